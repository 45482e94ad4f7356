/**
 * The site as a whole, read from the built files: every page in both languages, no figure typed
 * into prose, language alternates and social-card metadata on every page, robots.txt and the
 * sitemap, and the data downloads (CSV and JSON per dataset; the release archive opened with
 * `unzip`, holding exactly the released data files and the same exports as the site).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { BASE_PATH, DIST_DIR, SITE_ORIGIN, describeDist, fileFor, isNotFoundPage, isRedirectPage, listPages, readPageHtml } from './dist.ts';

describeDist('the built site', () => {
  const pages = listPages();
  const routes = pages.map((p) => p.route);

  it('every page exists in both languages', () => {
    const en = routes.filter((r) => !r.startsWith('/nb/') && !/^\/404(\.html|\/)?$/.test(r));
    const nb = new Set(routes.filter((r) => r.startsWith('/nb/')).map((r) => r.slice('/nb'.length)));
    const enSet = new Set(en);
    expect(en.length).toBeGreaterThan(10);
    expect(
      en.filter((r) => !nb.has(r)),
      'English pages without a Norwegian twin under /nb/',
    ).toEqual([]);
    expect(
      [...nb].filter((r) => !enSet.has(r)),
      'Norwegian pages without an English twin',
    ).toEqual([]);
  });

  it('no figure is typed into prose: every percentage comes from a data component', () => {
    // Percentages may appear only where the data put them: <Num> (data-figure), <Difference>
    // (data-derived), text quoted from data/ (data-text-from), charts, tables and code.
    const EXEMPT = '[data-figure], [data-derived], [data-text-from], svg, table, figure.chart, code, pre, script, style, textarea, template';
    const FIGURE = /\d(?:[\d.,\u00a0\u202f]*\d)?\s?(?:%|prosent\b|percent\b|percentage points?\b|prosentpoeng\b)/gi;
    const found: string[] = [];
    for (const p of pages) {
      const { document } = parseHTML(readPageHtml(p));
      for (const el of document.querySelectorAll(EXEMPT)) el.remove();
      const text = (document.body?.textContent ?? '').replace(/\s+/g, ' ');
      for (const m of text.matchAll(FIGURE)) found.push(`${p.route}: …${text.slice(Math.max(0, m.index - 50), m.index + m[0].length + 10)}…`);
    }
    expect(found, `figures typed by hand (use <Num id="…"/>):\n${found.join('\n')}`).toEqual([]);
  });

  it('every page names its language twin and carries social-card metadata', () => {
    const problems: string[] = [];
    const readers = pages.filter((x) => !x.route.includes('/embed/') && !x.route.includes('/present/') && !isNotFoundPage(x) && !isRedirectPage(x));
    expect(readers.length).toBeGreaterThan(10);
    for (const p of readers) {
      const { document: d } = parseHTML(readPageHtml(p));
      const lang = d.documentElement.getAttribute('lang');
      if (lang !== (p.route.startsWith('/nb/') ? 'nb' : 'en')) problems.push(`${p.route}: <html lang="${lang}">`);
      const alternates = [...d.querySelectorAll('link[rel="alternate"][hreflang]')].map((l): [string, string] => [
        l.getAttribute('hreflang') ?? '',
        l.getAttribute('href') ?? '',
      ]);
      for (const want of ['en', 'nb', 'x-default'])
        if (!alternates.some(([h]) => h === want)) problems.push(`${p.route}: no <link rel="alternate" hreflang="${want}">`);
      for (const [h, href] of alternates) {
        const url = new URL(href);
        if (url.origin !== SITE_ORIGIN || !fileFor(url.pathname)) problems.push(`${p.route}: hreflang ${h} points to ${href}, which is not built`);
      }
      const twin = alternates.find(([h]) => h === (lang === 'nb' ? 'en' : 'nb'))?.[1];
      if (twin && new URL(twin).pathname !== `${BASE_PATH}${(lang === 'nb' ? p.route.slice('/nb/'.length) : `nb${p.route}`).replace(/^\//, '')}`)
        problems.push(`${p.route}: hreflang twin ${twin} is not the same page in the other language`);
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

  it('robots.txt points to the sitemap, which lists the pages in both languages', () => {
    const robots = readFileSync(path.join(DIST_DIR, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE_ORIGIN}${BASE_PATH}sitemap.xml`);
    const sitemap = readFileSync(path.join(DIST_DIR, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    const paths = locs.map((l) => l.pathname);
    for (const route of ['', 'evidence/', 'sources/', 'glossary/', 'nb/', 'nb/sources/']) expect(paths).toContain(`${BASE_PATH}${route}`);
    expect(paths.some((l) => l.includes('/embed/') || l.includes('/present/') || l.includes('404'))).toBe(false);
    for (const l of locs) {
      expect(l.origin, l.href).toBe(SITE_ORIGIN);
      expect(fileFor(l.pathname), l.href).toBeTruthy();
    }
  });

  it('every dataset downloads as CSV and JSON of the same rows, in the built data version', () => {
    const version = (JSON.parse(readFileSync(path.join(DIST_DIR, 'data', 'release.json'), 'utf8')) as { dataVersion: string }).dataVersion;
    for (const name of ['figures', 'figures-norway', 'figures-seed', 'sources', 'studies', 'measures', 'discrepancies']) {
      const csv = readFileSync(path.join(DIST_DIR, 'data', `${name}.csv`), 'utf8');
      const csvRows = csv.split('\r\n').filter((l) => l !== '').length - 1;
      expect(csvRows, name).toBeGreaterThan(1);
      const json = JSON.parse(readFileSync(path.join(DIST_DIR, 'data', `${name}.json`), 'utf8')) as { rows: unknown[]; dataVersion: string };
      expect(json.dataVersion, name).toBe(version);
      expect(json.rows.length, name).toBeGreaterThan(0);
    }
  });

  it('the release archive opens with unzip, passes its CRC checks and holds the data and the same exports', () => {
    const version = (JSON.parse(readFileSync(path.join(DIST_DIR, 'data', 'release.json'), 'utf8')) as { dataVersion: string }).dataVersion;
    const archive = path.join(DIST_DIR, 'data', `ips-evidence-data-${version}.zip`);
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-zip-'));
    try {
      const test = spawnSync('unzip', ['-t', archive], { encoding: 'utf8' });
      expect(test.error, 'unzip could not be started (Debian: apt-get install unzip)').toBeUndefined();
      expect(test.status, test.stdout + test.stderr).toBe(0);
      expect(test.stdout).toMatch(/No errors detected/);
      expect(spawnSync('unzip', ['-q', archive, '-d', scratch]).status).toBe(0);
      const root = path.join(scratch, `ips-evidence-data-${version}`);
      const files = readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
      for (const f of [
        'README.md',
        'CHANGELOG.md',
        'release.yaml',
        'sources.yaml',
        'studies.yaml',
        'measures.yaml',
        'figures/norway.csv',
        'exports/figures.csv',
      ])
        expect(files, f).toContain(f);
      // The archive is the data the site was built from: its release.yaml names the version,
      // and each export in it is byte for byte the one the site offers.
      expect(readFileSync(path.join(root, 'release.yaml'), 'utf8')).toContain(version);
      const exports = files.filter((f) => f.startsWith('exports/'));
      expect(exports.length).toBeGreaterThan(4);
      // exports/nb/ holds the Norwegian files the site offers under /nb/data/.
      for (const f of exports) {
        const offered = f.startsWith('exports/nb/') ? path.join(DIST_DIR, 'nb', 'data', path.basename(f)) : path.join(DIST_DIR, 'data', path.basename(f));
        expect(readFileSync(path.join(root, f), 'utf8'), f).toBe(readFileSync(offered, 'utf8'));
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
