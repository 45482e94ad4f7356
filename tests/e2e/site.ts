/**
 * Helpers shared by the browser tests: which pages did the build produce?
 *
 * The tests cover every page in dist/ — no hand-kept list. Page paths are URL paths
 * as served by `astro preview`, including Astro's base path (BASE_PATH, default '/'):
 *   dist/index.html               → /
 *   dist/trials/norway/index.html → /trials/norway/
 *   dist/404.html                 → /404.html
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the built site. */
export const DIST_DIR: string = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Astro's base path as '/' or '/something/'. */
export const BASE_PATH: string = (() => {
  const trimmed = (process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
})();

export interface BuiltPage {
  /** URL path on the preview server, e.g. '/trials/norway/'. */
  readonly path: string;
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

/** URL path (with base) of an HTML file inside dist/. */
export function pagePathFor(file: string): string {
  const rel = relative(DIST_DIR, file).split(sep).join('/');
  if (rel === 'index.html') return BASE_PATH;
  if (rel.endsWith('/index.html')) return `${BASE_PATH}${rel.slice(0, -'index.html'.length)}`;
  return `${BASE_PATH}${rel}`;
}

let cache: readonly BuiltPage[] | undefined;

/**
 * Every page the build produced, sorted by path. Throws (so the test run fails loudly)
 * when dist/ is missing or has no HTML — run `npx astro build` first.
 */
export function listPages(): readonly BuiltPage[] {
  if (cache !== undefined) return cache;
  if (!existsSync(DIST_DIR) || !statSync(DIST_DIR).isDirectory()) {
    throw new Error(`No built site at ${DIST_DIR}: run \`npx astro build\` before the browser tests.`);
  }
  const files: string[] = [];
  walkHtml(DIST_DIR, files);
  if (files.length === 0) {
    throw new Error(`No *.html files under ${DIST_DIR}: run \`npx astro build\` before the browser tests.`);
  }
  cache = files
    .map((file) => ({ path: pagePathFor(file), file }))
    .sort((a, b) => a.path.localeCompare(b.path));
  return cache;
}

/** The built HTML of a page, as written to dist/. */
export function readPageHtml(page: BuiltPage): string {
  return readFileSync(page.file, 'utf8');
}

/** True for the site's 404 page, which a static server may answer with status 404. */
export function isNotFoundPage(page: BuiltPage): boolean {
  return page.path === `${BASE_PATH}404.html` || page.path === `${BASE_PATH}404/`;
}
