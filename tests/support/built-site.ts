/**
 * The built site in dist/, as every test sees it: its pages, its base path and its public address.
 *
 * The base path and address are read from the build itself (the home page's canonical link), not
 * from the environment: `npm test` builds once under a sub-path (BASE_PATH=/ips-evidence/,
 * SITE_URL=https://example.org), a contributor may build at the root, and the tests follow
 * whichever build is there. Without a canonical link they fall back to BASE_PATH and SITE_URL.
 *
 * Page paths are URL paths as served by `astro preview`, base path included:
 *   dist/index.html               → /ips-evidence/
 *   dist/trials/norway/index.html → /ips-evidence/trials/norway/
 *   dist/404.html                 → /ips-evidence/404.html
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the built site (SITE_DIST overrides it, to check another build). */
export const DIST_DIR: string = process.env['SITE_DIST']
  ? `${process.env['SITE_DIST'].replace(/\/+$/, '')}/`
  : fileURLToPath(new URL('../../dist/', import.meta.url));

export const hasDist = (): boolean => existsSync(join(DIST_DIR, 'index.html')) && statSync(DIST_DIR).isDirectory();

const normaliseBase = (raw: string): string => {
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
};

/** Where the build says it lives: the canonical link of its home page. */
function canonicalOfHome(): URL | undefined {
  try {
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    return href ? new URL(href) : undefined;
  } catch {
    return undefined;
  }
}

const home = canonicalOfHome();

/** Astro's base path as '/' or '/something/'. */
export const BASE_PATH: string = home ? normaliseBase(home.pathname) : normaliseBase(process.env['BASE_PATH'] ?? '/');

/** The public origin the build was made for (SITE_URL), e.g. https://example.org. */
export const SITE_ORIGIN: string = home ? home.origin : new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;

export interface BuiltPage {
  /** URL path on the preview server, e.g. '/ips-evidence/trials/norway/'. */
  readonly path: string;
  /** Path inside the site, base excluded: '/trials/norway/'. */
  readonly route: string;
  /** Absolute path of the HTML file in dist/. */
  readonly file: string;
}

function walkHtml(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walkHtml(full, out);
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
  }
}

/** Site route (base excluded) of an HTML file inside dist/: '/trials/norway/'. */
export function routeFor(file: string): string {
  const rel = relative(DIST_DIR, file).split(sep).join('/');
  return `/${rel}`.replace(/(^|\/)index\.html$/, '$1');
}

/** URL path (with base) of an HTML file inside dist/. */
export function pagePathFor(file: string): string {
  return `${BASE_PATH}${routeFor(file).slice(1)}`;
}

let cache: readonly BuiltPage[] | undefined;

/**
 * Every page the build produced, sorted by path. Throws (so the test run fails loudly)
 * when dist/ is missing or has no HTML — run `npm run build` first.
 */
export function listPages(): readonly BuiltPage[] {
  if (cache !== undefined) return cache;
  if (!existsSync(DIST_DIR) || !statSync(DIST_DIR).isDirectory()) {
    throw new Error(`No built site at ${DIST_DIR}: run \`npm run build\` before these tests.`);
  }
  const files: string[] = [];
  walkHtml(DIST_DIR, files);
  if (files.length === 0) {
    throw new Error(`No *.html files under ${DIST_DIR}: run \`npm run build\` before these tests.`);
  }
  cache = files.map((file) => ({ path: pagePathFor(file), route: routeFor(file), file })).sort((a, b) => a.path.localeCompare(b.path));
  return cache;
}

/** The built HTML of a page, as written to dist/. */
export function readPageHtml(page: BuiltPage): string {
  return readFileSync(page.file, 'utf8');
}

/** True for the site's 404 page, which a static server may answer with status 404. */
export function isNotFoundPage(page: BuiltPage): boolean {
  return /^\/404(\.html|\/)?$/.test(page.route);
}

/** True for a page left at a retired address (src/redirects.txt): it only sends the reader on. */
export function isRedirectPage(page: BuiltPage): boolean {
  return /<meta http-equiv="refresh"/.test(readPageHtml(page));
}

/** The file a site path (base included) is served from, or undefined. */
export function fileFor(pathname: string): string | undefined {
  const rel = decodeURIComponent(pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : pathname.replace(/^\//, ''));
  const candidates = rel === '' || rel.endsWith('/') ? [join(DIST_DIR, rel, 'index.html')] : [join(DIST_DIR, rel), join(DIST_DIR, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
