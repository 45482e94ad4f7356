/**
 * The embed page's options, from its URL and from the host page. Each URL option is parsed as
 * valid, invalid or missing; invalid and unknown values are ignored and never written into the
 * page. The embed tells its host its height, so the optional resize script can fit the frame.
 */
import { oneOf, parseEmbedOptions, THEMES, type Theme } from '../site/embed-options.ts';
import { applyStep, readSteps } from './story.ts';

/**
 * A transparent embed stays transparent: a theme set later (the host's message) sets only its
 * text colours (data-embed-scheme, EmbedPage.astro), so the host's background keeps showing.
 */
let transparent = false;
function setTheme(theme: Theme) {
  const root = document.documentElement;
  if (theme.startsWith('transparent')) transparent = true;
  if (!transparent) {
    root.setAttribute('data-theme', theme);
    return;
  }
  root.setAttribute('data-theme', 'transparent');
  const scheme = theme === 'transparent' ? 'auto' : theme.replace('transparent-', '');
  if (scheme === 'light' || scheme === 'dark') root.setAttribute('data-embed-scheme', scheme);
  else root.removeAttribute('data-embed-scheme');
}

const steps = readSteps(document);
const { theme, lang, step, controls, ignored } = parseEmbedOptions(location.search, steps.length);

if (theme.kind === 'valid') setTheme(theme.value);

const pageLang = document.documentElement.lang;
if (lang.kind === 'valid' && lang.value !== pageLang) {
  // Each language is its own prebuilt page, which the page names in an alternate link (EmbedPage.astro);
  // `lang.value` is one of the allowed languages, so it is safe in the selector.
  const twin = document.querySelector<HTMLLinkElement>(`link[rel="alternate"][hreflang="${lang.value}"]`);
  const path = twin ? new URL(twin.href).pathname : location.pathname;
  if (path !== location.pathname) location.replace(`${path}${location.search}${location.hash}`);
}

if (step.kind === 'valid' && steps.length > 0) applyStep(document, steps, step.value - 1);

if (controls.kind === 'valid' && !controls.value) document.documentElement.classList.add('embed--no-controls');

// Names only, never values: a hostile value must not reach the page, nor the console verbatim.
if (ignored.length) console.info(`IPS Evidence embed: ignored ${ignored.length} option(s): ${[...new Set(ignored)].join(', ')}`);

// The host may set the theme later, e.g. when its own dark mode changes.
window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent || window.parent === window) return;
  const data = event.data as { type?: unknown; theme?: unknown } | null;
  if (!data || data.type !== 'ips-embed:theme' || typeof data.theme !== 'string') return;
  const t = oneOf(data.theme, THEMES);
  if (t.kind === 'valid') setTheme(t.value);
});

// Tell the host how tall the content wants to be (the resize script uses it; nothing else must).
// The page's sizes follow the frame's height as well as its width (so it fits any frame), so the
// height it "wants" is measured as if the frame had no height limit: type by width alone, the
// drawing at its full width (html.embed--measuring, EmbedPage.astro). Measured synchronously and
// undone before anything is painted; measuring the fitted layout instead would shrink the frame a
// little more on every message.
if (window.parent !== window) {
  const chart = document.querySelector('figure.chart');
  const root = document.documentElement;
  const report = () => {
    const figure = document.querySelector<HTMLElement>('.chart--embed');
    if (!figure) return;
    root.classList.add('embed--measuring');
    const height = Math.ceil(figure.getBoundingClientRect().height);
    root.classList.remove('embed--measuring');
    window.parent.postMessage({ type: 'ips-embed:height', chart: chart?.getAttribute('data-chart'), height }, '*');
  };
  new ResizeObserver(report).observe(root);
  report();
}
