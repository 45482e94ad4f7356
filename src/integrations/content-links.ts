/**
 * A Sätteri hast plugin (Astro's Markdown/MDX pipeline) for the pages in content/<lang>/:
 *
 * 1. It links the first use of each glossary term on a page to its entry: "randomised trials" →
 *    <a href="/glossary/#rct">. Only running text is touched: never inside links, headings, code,
 *    a component (<Num>, <Chart>, …), or on the glossary page itself. The terms and their phrases
 *    live in content/glossary/<lang>.yaml (read by src/site/glossary.ts).
 * 2. It resolves site-relative links: authors write `[SEED](/trials/seed/)` in either language,
 *    and the link gets the base path and, on a Norwegian page, the /nb/ prefix. Links to files
 *    (/data/figures.csv) only get the base path.
 */
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { findTerms } from '../site/glossary.ts';
import type { Lang } from '../i18n/index.ts';
import { DEFAULT_LANG, localPath, normaliseBase, splitPath } from '../site/urls.ts';

/** Elements whose text is never linked. */
const SKIP = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'dfn',
  'abbr',
  'button',
  'label',
  'summary',
  'th',
  'figure',
  'svg',
  'script',
  'style',
  'title',
]);

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

interface Options {
  /** Astro's base path ('/' or '/sub/'). */
  base: string;
}

interface ParentLike {
  type: string;
  tagName?: string;
  name?: string | null;
}

/** Which language an MDX file under content/<lang>/ is in, or undefined for other files. */
function pageOf(fileURL: URL | undefined): { lang: Lang; glossary: boolean } | undefined {
  if (!fileURL) return undefined;
  const file = fileURLToPath(fileURL).split('\\').join('/');
  const m = /\/content\/(en|nb)\/(.+)\.mdx?$/.exec(file);
  if (!m) return undefined;
  return { lang: m[1] as Lang, glossary: m[2] === 'glossary' };
}

/**
 * A link written as a site path ('/trials/seed/#x') as the page's language and base path need it;
 * anything else (other sites, '#anchors', already-prefixed paths) unchanged.
 */
export function resolveSiteLink(href: string, lang: Lang, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const b = normaliseBase(base);
  if (b !== '/' && href.startsWith(b)) return href;
  const [pathPart = '', rest = ''] = /^([^?#]*)(.*)$/.exec(href)?.slice(1) ?? [];
  const isFile = /\.[a-z0-9]+$/i.test(pathPart);
  // Files are the same in every language; a path with a language prefix already has its language.
  const alreadyLocal = splitPath(pathPart, '/').lang !== DEFAULT_LANG;
  return `${localPath(isFile || alreadyLocal ? DEFAULT_LANG : lang, pathPart.slice(1), base)}${rest}`;
}

export function contentLinks({ base }: Options): HastPluginEntry {
  return (ctx) => {
    const page = pageOf(ctx.fileURL);
    if (!page || page.glossary) return null;
    const used = new Set<string>();
    const href = (id: string) => `${localPath(page.lang, 'glossary/', base)}#${id}`;
    return {
      name: 'ips-content-links',
      element: {
        filter: ['a'],
        visit(node, c) {
          const raw = node.properties?.['href'];
          if (typeof raw !== 'string') return;
          const resolved = resolveSiteLink(raw, page.lang, base);
          if (resolved !== raw) c.setProperty(node, 'href', resolved);
        },
      },
      text(node, c) {
        if (!/\p{L}/u.test(node.value)) return;
        for (let p: ParentLike | undefined = c.parent(node); p; p = c.parent(p as never)) {
          if (p.type === 'element' && SKIP.has(p.tagName ?? '')) return;
          if (p.type === 'mdxJsxFlowElement' || p.type === 'mdxJsxTextElement') {
            // A component (<Num>, <Chart>, …) renders its own text; plain HTML tags are prose.
            const name = p.name ?? '';
            if (!/^[a-z][a-z0-9]*$/.test(name) || SKIP.has(name)) return;
          }
        }
        const parts = findTerms(node.value, page.lang, used);
        if (!parts) return;
        c.replaceNode(
          node,
          parts.map((part) =>
            typeof part === 'string'
              ? { type: 'text' as const, value: part }
              : {
                  type: 'element' as const,
                  tagName: 'a',
                  properties: { href: href(part.id), className: ['glossary-term'] },
                  children: [{ type: 'text' as const, value: part.text }],
                },
          ),
        );
      },
    };
  };
}
