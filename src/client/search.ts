/**
 * The search page's behaviour: loads Pagefind's index for the page's language (built after
 * `astro build` by src/integrations/site-index.ts), searches as the reader types or submits, announces
 * the number of results in a live region, and keeps the query in the address (?q=) so a search
 * can be linked and the Back button returns to it. Pagefind runs as WebAssembly, which the
 * search page's Content-Security-Policy allows ('wasm-unsafe-eval', src/site/security.ts).
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}
interface Messages {
  searching: string;
  none: string;
  one: string;
  many: string;
  unavailable: string;
}

const MAX_RESULTS = 25;

const form = document.querySelector<HTMLFormElement>('[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const statusEl = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

/** Pagefind's excerpt is HTML with <mark> around the hits: keep the text and the marks only. */
function excerptNode(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search__excerpt';
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  for (const node of tpl.content.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      p.append(mark);
    } else p.append(node.textContent ?? '');
  }
  return p;
}

async function start(): Promise<void> {
  if (!form || !input || !statusEl || !list) return;
  const base = form.dataset['base'] ?? '/';
  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as Messages;
  statusEl.textContent = '';

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // In the page's own thread: the worker would be another 12 KB gzip of script, over the
    // page's budget, and an index of a few hundred pages needs no thread of its own.
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await pagefind.init();
  } catch {
    statusEl.textContent = messages.unavailable;
    return;
  }

  let latest = 0;
  const run = async (query: string, immediate: boolean) => {
    const ticket = ++latest;
    const q = query.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q) {
      list.replaceChildren();
      list.hidden = true;
      statusEl.textContent = '';
      return;
    }
    statusEl.textContent = messages.searching;
    const search = await pagefind.debouncedSearch(q, {}, immediate ? 0 : 250);
    if (search === null || ticket !== latest) return; // a newer query took over
    const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(
      ...found.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title ?? d.url;
        li.append(a, excerptNode(d.excerpt));
        return li;
      }),
    );
    list.hidden = found.length === 0;
    const n = search.results.length;
    // Which plural form: the page's language decides (Intl.PluralRules), not a count of 1.
    const form = new Intl.PluralRules(document.documentElement.lang).select(n);
    statusEl.textContent = fill(n === 0 ? messages.none : form === 'one' ? messages.one : messages.many, { n, q });
  };

  input.addEventListener('input', () => void run(input.value, false));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value, true);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    await run(initial, true);
  }
}

void start();
