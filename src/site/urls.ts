/**
 * Every address the site makes, in one place: the base path, the language prefix, a chart's
 * page, embed (current or pinned to a data release), presenter view and its single-file copy,
 * the downloads (chart files, topic decks, data files), the oEmbed answer, and absolute URLs
 * from the configured site address.
 *
 * Two kinds of answer: a *path* ('/ips-evidence/nb/charts/x/'), root-relative and under the
 * base path, for links inside the site; and a *URL* ('https://example.org/ips-evidence/…'),
 * absolute, for anything that leaves the site (citations, QR codes, oEmbed, sitemap). Paths
 * take the base last, so a call reads as "what, in which language, under which base".
 */
import { LANGS, type Lang } from '../i18n/index.ts';
import { chartPages } from './chart-pages.ts';
import { listReleases } from '../data/releases.ts';

/** The address of a build without SITE_URL (src/integrations/publish.ts says so when it builds). */
export const LOCAL_SITE = 'http://localhost:4321';

/** '/' or '/sub/': Astro's base with exactly one trailing slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The language whose pages have no prefix (Astro's i18n.defaultLocale, astro.config.mjs). */
export const DEFAULT_LANG: Lang = 'en';

/** A language's folder under the base: '' for English (the default), 'nb/' for Norwegian. */
export function langDir(lang: Lang): string {
  return lang === DEFAULT_LANG ? '' : `${lang}/`;
}

/** The root of a language: '/' for English, '/nb/' for Norwegian (under the base path). */
export function langRoot(lang: Lang, base: string): string {
  return `${normaliseBase(base)}${langDir(lang)}`;
}

/** A page's address in a language: localPath('nb', 'trials/seed/', '/') → '/nb/trials/seed/'. */
export function localPath(lang: Lang, path: string, base: string): string {
  return `${langRoot(lang, base)}${path.replace(/^\/+/, '')}`;
}

/**
 * Which language a URL path is in, and the path relative to that language's root:
 * '/nb/trials/seed/' → { lang: 'nb', path: 'trials/seed/' }.
 */
export function splitPath(pathname: string, base: string): { lang: Lang; path: string } {
  const b = normaliseBase(base);
  let rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  for (const lang of LANGS) {
    if (lang === DEFAULT_LANG) continue;
    if (rest === lang || rest.startsWith(`${lang}/`)) {
      rest = rest.slice(lang.length).replace(/^\/+/, '');
      return { lang, path: rest };
    }
  }
  return { lang: DEFAULT_LANG, path: rest };
}

/**
 * The address of the same page in another language. When the twin is not known to exist
 * (`exists` says no), the other language's home page, so the switcher never leads to a 404.
 */
export function twinPath(pathname: string, target: Lang, base: string, exists: (lang: Lang, path: string) => boolean = () => true): string {
  const { path } = splitPath(pathname, base);
  return exists(target, path) ? localPath(target, path, base) : langRoot(target, base);
}

/**
 * The routes under src/pages/[...lang]/ serve every language from one file: the rest segment
 * `lang` is undefined for English (no prefix) and 'nb' for Norwegian. `langRoutes` crosses
 * each language with a route's own paths.
 */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

export function langRoutes<P extends Record<string, string | undefined>, Props extends object>(
  paths: (lang: Lang) => ReadonlyArray<{ params: P; props?: Props }>,
): Array<{ params: P & { lang: string | undefined }; props: Props & { lang: Lang } }> {
  return LANGS.flatMap((lang) => paths(lang).map((p) => ({ params: { ...p.params, lang: langParam(lang) }, props: { ...(p.props as Props), lang } })));
}

// ── A chart's addresses ──────────────────────────────────────────────────────────────────

/** The chart's own page: /charts/<id>/. */
export const chartPath = (lang: Lang, chartId: string, base: string) => localPath(lang, `charts/${chartId}/`, base);

/** A file of the chart's downloads (CSV, SVG, PNG, PPTX, BibTeX, RIS…): /charts/<id>/<file>. */
export const chartFilePath = (lang: Lang, chartId: string, fileName: string, base: string) => `${chartPath(lang, chartId, base)}${fileName}`;

// ── A chart's downloads: what each file is called ───────────────────────────────────────

export const DOWNLOAD_KINDS = ['svg', 'svg-outlines', 'pptx', 'slide-light', 'slide-dark', 'social-light', 'social-dark', 'csv', 'bib', 'ris', 'apa'] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

const SUFFIX: Record<DownloadKind, string> = {
  svg: '.svg',
  'svg-outlines': '-outlines.svg',
  pptx: '.pptx',
  'slide-light': '-slide-light.png',
  'slide-dark': '-slide-dark.png',
  'social-light': '-social-light.png',
  'social-dark': '-social-dark.png',
  csv: '.csv',
  bib: '.bib',
  ris: '.ris',
  apa: '-apa.txt',
};

/** Kinds that a tall chart has in parts, one file each (the first keeps the plain name). */
export const PART_KINDS = ['slide-light', 'slide-dark'] as const satisfies readonly DownloadKind[];
type PartKind = (typeof PART_KINDS)[number];
const isPartKind = (k: DownloadKind): k is PartKind => (PART_KINDS as readonly string[]).includes(k);

/**
 * The file's name, e.g. `trial-headlines-slide-dark.png`; a later part of a slide PNG
 * (`part` counted from 0) is `individual-trials-slide-dark-2.png`.
 */
export function downloadFileName(chartId: string, kind: DownloadKind, part = 0): string {
  if (part > 0 && isPartKind(kind)) return `${chartId}${SUFFIX[kind].replace(/\.png$/, `-${part + 1}.png`)}`;
  return `${chartId}${SUFFIX[kind]}`;
}

/** The kind a file name stands for, or undefined. */
export function downloadKindOf(chartId: string, fileName: string): DownloadKind | undefined {
  return DOWNLOAD_KINDS.find((k) => downloadFileName(chartId, k) === fileName);
}

/** A file of the chart's downloads: /charts/<id>/<id>.csv, …-slide-dark-2.png. */
export const downloadPath = (lang: Lang, chartId: string, kind: DownloadKind, base: string, part = 0) =>
  chartFilePath(lang, chartId, downloadFileName(chartId, kind, part), base);

/** The file name of a topic's deck, e.g. `norway.pptx`. */
export const deckFileName = (topic: string) => `${topic}.pptx`;

/** A topic's PowerPoint deck: /charts/decks/<topic>.pptx. */
export const deckPath = (lang: Lang, topic: string, base: string) => localPath(lang, `charts/decks/${deckFileName(topic)}`, base);

/** The embed page: /embed/<id>/, or pinned to a data release: /embed/v<version>/<id>/. */
export const embedPath = (lang: Lang, chartId: string, base: string, version?: string) =>
  localPath(lang, `embed/${version ? `v${version}/` : ''}${chartId}/`, base);

/** The chart's static oEmbed answer, next to its embed page. */
export const oembedPath = (lang: Lang, chartId: string, base: string, version?: string) => `${embedPath(lang, chartId, base, version)}oembed.json`;

/** The presenter view: /present/<id>/. */
export const presentPath = (lang: Lang, chartId: string, base: string) => localPath(lang, `present/${chartId}/`, base);

/** The presenter view's single-file copy, written after the build next to it (src/integrations/single-file-presenter.ts). */
export const presenterFileName = (chartId: string) => `${chartId}-presenter.html`;

/** A data download: /data/<file> (the Norwegian CSVs under /nb/data/). */
export const dataFilePath = (lang: Lang, fileName: string, base: string) => localPath(lang, `data/${fileName}`, base);

/** An address under the base path, the same in every language: favicon, resize script, sitemap, a redirect's ends. */
export const sitePath = (path: string, base: string) => `${normaliseBase(base)}${path.replace(/^\/+/, '')}`;

// ── Absolute URLs ────────────────────────────────────────────────────────────────────────

/** A root-relative path as an absolute URL of this build (SITE_URL, or the local address). */
export function absolute(site: URL | string | undefined, path: string): string {
  return new URL(path, site ?? LOCAL_SITE).href;
}

/**
 * The address a chart is cited by: the page that shows it (src/site/chart-pages.ts, the same
 * page embeds link back to), with the figure's anchor; the language's home page when no page
 * shows it yet. Root-relative here; chartPageUrl makes it absolute. Like the paths, the
 * absolute URLs take the language first and the site and base last.
 */
export function chartHomePath(lang: Lang, chartId: string, base: string): string {
  return `${localPath(lang, chartPages(lang).get(chartId) ?? '', base)}#chart-${chartId}`;
}

export function chartPageUrl(lang: Lang, chartId: string, site: URL | string | undefined, base: string): string {
  return absolute(site, chartHomePath(lang, chartId, base));
}

const isReleased = (version: string) => listReleases().some((r) => r.version === version);

/**
 * The embed pinned to a data version, when that version is released (data/releases/<version>/,
 * built by src/site/embed-routes.ts); a version not yet released has no pinned address.
 */
export function pinnedEmbedUrl(lang: Lang, chartId: string, version: string, site: URL | string | undefined, base: string): string | undefined {
  return isReleased(version) ? absolute(site, embedPath(lang, chartId, base, version)) : undefined;
}

/**
 * The address a slide's QR code opens: the pinned embed (the numbers on the slide, kept as
 * they were), or the chart's page when this version is not released.
 */
export function slideUrl(lang: Lang, chartId: string, version: string, site: URL | string | undefined, base: string): string {
  return pinnedEmbedUrl(lang, chartId, version, site, base) ?? chartPageUrl(lang, chartId, site, base);
}
