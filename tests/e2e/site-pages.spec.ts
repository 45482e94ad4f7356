/**
 * The site as a whole, read from the built files: every page in both languages, no figure typed
 * into prose, no broken internal link or #anchor, well-formed external links, language
 * alternates and social-card metadata on every page, robots.txt, the sitemap, the data
 * downloads, and a policy brief that prints on one A4 page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { BASE_PATH, DIST_DIR } from './site';

/** The built site: dist/ (SITE_DIST overrides it, to check another build). */
const DIST = process.env['SITE_DIST'] ? path.resolve(process.env['SITE_DIST']) : DIST_DIR;
const SITE = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321');

function htmlFiles(dir = DIST, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(full, out);
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}
/** '/trials/seed/' for dist/trials/seed/index.html (base path excluded). */
const routeOf = (file: string) => `/${path.relative(DIST, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
const pages = htmlFiles().map((file) => ({ file, route: routeOf(file) }));
const docs = new Map<string, Document>();
const doc = (file: string): Document => {
  let d = docs.get(file);
  if (!d) {
    d = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
    docs.set(file, d);
  }
  return d;
};
const isNotFound = (route: string) => /^\/404(\.html|\/)?$/.test(route);

/** The file a site path (base included) is served from, or undefined. */
function fileFor(pathname: string): string | undefined {
  const rel = decodeURIComponent(pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : pathname.replace(/^\//, ''));
  const candidates = rel === '' || rel.endsWith('/') ? [path.join(DIST, rel, 'index.html')] : [path.join(DIST, rel), path.join(DIST, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && !readdirSafe(c));
}
const readdirSafe = (p: string) => {
  try {
    readdirSync(p);
    return true;
  } catch {
    return false;
  }
};

test('every page exists in both languages', () => {
  const en = pages.map((p) => p.route).filter((r) => !r.startsWith('/nb/') && !isNotFound(r));
  const nb = new Set(pages.map((p) => p.route).filter((r) => r.startsWith('/nb/')).map((r) => r.slice('/nb'.length)));
  const enSet = new Set(en);
  const missingNb = en.filter((r) => !nb.has(r));
  const missingEn = [...nb].filter((r) => !enSet.has(r));
  expect(en.length).toBeGreaterThan(10);
  expect(missingNb, 'English pages without a Norwegian twin under /nb/').toEqual([]);
  expect(missingEn, 'Norwegian pages without an English twin').toEqual([]);
});

test('no figure is typed into prose: every percentage comes from a data component', () => {
  // Percentages may appear only where the data put them: <Num> (data-figure), <Difference>
  // (data-derived), text quoted from data/ (data-text-from), charts, tables and code.
  const EXEMPT = '[data-figure], [data-derived], [data-text-from], svg, table, figure.chart, code, pre, script, style, textarea, template';
  const FIGURE = /\d(?:[\d.,\u00a0\u202f]*\d)?\s?(?:%|prosent\b|percent\b|percentage points?\b|prosentpoeng\b)/gi;
  const found: string[] = [];
  for (const p of pages) {
    const { document } = parseHTML(readFileSync(p.file, 'utf8'));
    for (const el of document.querySelectorAll(EXEMPT)) el.remove();
    const text = (document.body?.textContent ?? '').replace(/\s+/g, ' ');
    for (const m of text.matchAll(FIGURE)) found.push(`${p.route}: …${text.slice(Math.max(0, m.index - 50), m.index + m[0].length + 10)}…`);
  }
  expect(found, `figures typed by hand (use <Num id="…"/>):\n${found.join('\n')}`).toEqual([]);
});

test('no broken internal link or #anchor; external links are well-formed', () => {
  const problems: string[] = [];
  for (const p of pages) {
    const pageUrl = new URL(`${BASE_PATH}${p.route.slice(1)}`, SITE);
    for (const a of doc(p.file).querySelectorAll('a[href]')) {
      const href = (a.getAttribute('href') ?? '').trim();
      let url: URL;
      try {
        url = new URL(href, pageUrl);
      } catch {
        problems.push(`${p.route}: unparseable href "${href}"`);
        continue;
      }
      if (url.origin !== SITE.origin) {
        if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) problems.push(`${p.route}: external link with protocol ${url.protocol}: ${href}`);
        else if (url.protocol !== 'mailto:' && !/^[a-z0-9.-]+\.[a-z]{2,}\.?$/i.test(url.hostname)) problems.push(`${p.route}: external link without a proper host: ${href}`);
        continue;
      }
      const target = fileFor(url.pathname);
      if (!target) {
        problems.push(`${p.route}: link to ${url.pathname}, which the build does not have`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && target.endsWith('.html')) {
        const d = doc(target);
        const named = [...d.querySelectorAll('[name]')].some((el) => el.getAttribute('name') === id);
        if (!d.getElementById(id) && !named)
          problems.push(`${p.route}: link to ${url.pathname}#${id}, but that page has no element with id "${id}"`);
      }
    }
  }
  expect([...new Set(problems)]).toEqual([]);
});

test('every page names its language twin and carries social-card metadata', () => {
  const problems: string[] = [];
  for (const p of pages.filter((x) => !x.route.includes('/embed/') && !x.route.includes('/present/') && !isNotFound(x.route))) {
    const d = doc(p.file);
    const lang = d.documentElement.getAttribute('lang');
    if (lang !== (p.route.startsWith('/nb/') ? 'nb' : 'en')) problems.push(`${p.route}: <html lang="${lang}">`);
    const alternates = [...d.querySelectorAll('link[rel="alternate"][hreflang]')].map((l): [string, string] => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? '']);
    for (const want of ['en', 'nb', 'x-default']) if (!alternates.some(([h]) => h === want)) problems.push(`${p.route}: no <link rel="alternate" hreflang="${want}">`);
    for (const [h, href] of alternates) if (!fileFor(new URL(href).pathname)) problems.push(`${p.route}: hreflang ${h} points to ${href}, which is not built`);
    const switcher = d.querySelector('.site-header a[hreflang]');
    if (!switcher?.getAttribute('lang')) problems.push(`${p.route}: the language switcher has no lang`);
    const meta = (sel: string) => d.querySelector(sel)?.getAttribute('content') ?? '';
    for (const sel of ['meta[property="og:title"]', 'meta[property="og:description"]', 'meta[property="og:image"]', 'meta[name="twitter:card"]'])
      if (!meta(sel).trim()) problems.push(`${p.route}: no ${sel}`);
    const image = meta('meta[property="og:image"]');
    if (image && !fileFor(new URL(image).pathname)) problems.push(`${p.route}: og:image ${image} is not built`);
  }
  expect(problems).toEqual([]);
});

test('robots.txt points to the sitemap, which lists the pages in both languages', () => {
  const robots = readFileSync(path.join(DIST, 'robots.txt'), 'utf8');
  const sitemapUrl = new URL(`${BASE_PATH}sitemap.xml`, SITE).href;
  expect(robots).toContain(`Sitemap: ${sitemapUrl}`);
  const sitemap = readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  for (const route of ['', 'evidence/', 'sources/', 'glossary/', 'nb/', 'nb/sources/']) expect(locs).toContain(`${BASE_PATH}${route}`);
  expect(locs.some((l) => l.includes('/embed/') || l.includes('/present/') || l.includes('404'))).toBe(false);
  for (const l of locs) expect(fileFor(l), l).toBeTruthy();
});

test('every dataset downloads as CSV and JSON, and the release as one archive', () => {
  const release = readFileSync(path.join(DIST, 'data', 'release.json'), 'utf8');
  const version = (JSON.parse(release) as { dataVersion: string }).dataVersion;
  for (const name of ['figures', 'figures-norway', 'figures-seed', 'sources', 'studies', 'measures', 'discrepancies']) {
    const csv = readFileSync(path.join(DIST, 'data', `${name}.csv`), 'utf8');
    expect(csv.split('\r\n').length, name).toBeGreaterThan(2);
    const json = JSON.parse(readFileSync(path.join(DIST, 'data', `${name}.json`), 'utf8')) as { rows: unknown[]; dataVersion: string };
    expect(json.dataVersion).toBe(version);
    expect(json.rows.length).toBeGreaterThan(0);
  }
  const zip = readFileSync(path.join(DIST, 'data', `ips-evidence-data-${version}.zip`));
  expect(zip.subarray(0, 4).toString('hex')).toBe('504b0304');
});

for (const lang of ['en', 'nb'] as const) {
  test(`the policy brief prints on one A4 page (${lang})`, async ({ page }) => {
    await page.goto(`${lang === 'en' ? '' : 'nb/'}brief/`);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pageCount).toBe(1);
  });
}
