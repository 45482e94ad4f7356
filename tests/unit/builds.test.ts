/**
 * Real builds, run one after the other (two Astro builds at once in one project share caches):
 *
 * 1. A malformed data file stops the real build, and the build log names the file, the row and
 * the problem. Runs `astro build` on a corrupted copy of data/ (IPS_DATA_DIR), into a
 * scratch folder, so it proves the wiring from data/ to the build, not just the validator.
 * 2. The site can live under a sub-path (as on GitHub Pages): built with SITE_URL and BASE_PATH
 * set, every link, script, image, download, embed snippet and social-card URL stays inside that
 * path and points at a file the build produced; so do the pages left at retired addresses. The
 * build, PNGs included, stays within its 60 s budget.
 * 3. 1,000 SYNTHETIC trials (scripts/synthetic-data.ts) build within the 120 s budget, and every
 * page of that build keeps the real site's page and script budgets.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { measurePages } from '../../scripts/page-weights.ts';
import { writeSyntheticData } from '../../scripts/synthetic-data.ts';
import { BUILD_1000_TRIALS_SECONDS, BUILD_SECONDS, JS_PER_PAGE_GZIP, PAGE_TOTAL_GZIP } from '../support/budgets.ts';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The environment for a child `astro build`: this process's, without what vitest (itself Vite)
 * put there — BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, VITEST… — which Astro would otherwise
 * take for its own settings (BASE_URL=/ silently overrides BASE_PATH).
 */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(k) || k.startsWith('VITEST')) continue;
    env[k] = v;
  }
  return {
    ...env,
    // The project's Node 24 first: Astro 7 needs it, whatever node started the tests.
    PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-badbuild-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('stops with a message naming the file, the row, the field and the value', { timeout: 120_000 }, () => {
  const data = path.join(scratch, 'data');
  cpSync(path.join(root, 'data'), data, { recursive: true });
  const file = path.join(data, 'figures', 'norway.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.startsWith('norway-employment-18m-ips,'));
  expect(i).toBeGreaterThan(0);
  lines[i] = lines[i]!.replace(',37.4,percent,', ',137.4,percent,');
  writeFileSync(file, lines.join('\n'));

  const result = spawnSync(
    path.join(root, 'node_modules/.bin/astro'),
    ['build', '--outDir', path.join(scratch, 'dist')],
    { cwd: root, env: buildEnv({ IPS_DATA_DIR: data }), encoding: 'utf8' },
  );
  const log = `${result.stdout}\n${result.stderr}`;
  expect(result.status, log.slice(-2000)).not.toBe(0);
  expect(log).toContain(
    `figures/norway.csv, line ${i + 1} (id "norway-employment-18m-ips"), field "value": expected a percentage from 0 to 100, found 137.4.`,
  );
});

const SITE = 'https://example.org';
const BASE = '/ips-evidence/';

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) htmlFiles(full, out);
    else if (e.name.endsWith('.html')) out.push(full);
  }
  return out;
}

it('builds under /ips-evidence/ with every internal URL inside it', { timeout: 240_000 }, () => {
  const dist = path.join(scratch, 'dist');
  const redirectsFile = path.join(scratch, 'redirects.txt');
  writeFileSync(redirectsFile, '/old-norway/ /trials/norway/\n/nb/gammel-norge/ /nb/trials/norway/\n/data/old-figures.csv /data/figures-norway.csv\n');
  const start = performance.now();
  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', dist], {
    cwd: root,
    encoding: 'utf8',
    // Retired addresses too: their pages must send readers on inside the sub-path.
    env: buildEnv({ SITE_URL: SITE, BASE_PATH: BASE, IPS_REDIRECTS_FILE: redirectsFile }),
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-3000)).toBe(0);
  // The full build, every PNG included, within its budget (with the other tests running beside it).
  const seconds = (performance.now() - start) / 1000;
  console.info(`build: the whole site under ${BASE} built in ${seconds.toFixed(1)} s`);
  expect(seconds).toBeLessThanOrEqual(BUILD_SECONDS);

  const moved = readFileSync(path.join(dist, 'old-norway', 'index.html'), 'utf8');
  expect(moved).toContain(`<meta http-equiv="refresh" content="0; url=${BASE}trials/norway/">`);
  expect(moved).toContain(`<link rel="canonical" href="${SITE}${BASE}trials/norway/">`);
  expect(readFileSync(path.join(dist, 'nb', 'gammel-norge', 'index.html'), 'utf8')).toContain('<html lang="nb">');
  expect(readFileSync(path.join(dist, '_redirects'), 'utf8')).toBe(
    `${BASE}old-norway/ ${BASE}trials/norway/ 301\n${BASE}nb/gammel-norge/ ${BASE}nb/trials/norway/ 301\n${BASE}data/old-figures.csv ${BASE}data/figures-norway.csv 301\n`,
  );

  const problems: string[] = [];
  for (const file of htmlFiles(dist)) {
    const page = path.relative(dist, file);
    const html = readFileSync(file, 'utf8').replace(/<textarea[\s\S]*?<\/textarea>/g, (t) => t.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    for (const m of html.matchAll(/\s(?:href|src|content|action)="([^"#?]*)[^"]*"/g)) {
      const url = m[1]!;
      let local: string | undefined;
      if (url.startsWith('/') && !url.startsWith('//')) {
        if (!url.startsWith(BASE)) problems.push(`${page}: ${url} is outside ${BASE}`);
        else local = url.slice(BASE.length);
      } else if (url.startsWith(SITE)) {
        const p = url.slice(SITE.length);
        if (!p.startsWith(BASE)) problems.push(`${page}: ${url} is outside ${BASE}`);
        else local = p.slice(BASE.length);
      }
      if (local === undefined) continue;
      const target = path.join(dist, decodeURIComponent(local));
      if (!existsSync(target) && !existsSync(path.join(target, 'index.html'))) problems.push(`${page}: ${url} does not exist in the build`);
    }
  }
  expect([...new Set(problems)]).toEqual([]);
});

const TRIALS = 1000;

it(`builds ${TRIALS.toLocaleString('en')} synthetic trials within ${BUILD_1000_TRIALS_SECONDS} s, every page within its budgets`, { timeout: 300_000 }, () => {
  const data = writeSyntheticData(TRIALS, path.join(scratch, 'data-scale'));
  const dist = path.join(scratch, 'dist-scale');
  const start = performance.now();
  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', dist], {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv({ IPS_DATA_DIR: data }),
  });
  const seconds = (performance.now() - start) / 1000;
  expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-3000)).toBe(0);
  console.info(`scale: ${TRIALS} synthetic trials built in ${seconds.toFixed(1)} s`);
  expect(seconds).toBeLessThanOrEqual(BUILD_1000_TRIALS_SECONDS);

  // The same budgets as the real site's (tests/e2e/budgets.spec.ts).
  const pages = measurePages(dist, '/');
  expect(pages.length).toBeGreaterThan(50);
  const over = pages.filter((p) => p.js.gzip > JS_PER_PAGE_GZIP || p.total.gzip > PAGE_TOTAL_GZIP).map((p) => `${p.page}: JS ${p.js.gzip} B, total ${p.total.gzip} B gzip`);
  expect(over).toEqual([]);
  // The trials are on the site: grouped on the evidence page, listed in the bibliography.
  expect(readFileSync(path.join(dist, 'evidence', 'index.html'), 'utf8')).toMatch(/too many to draw one row each/);
  expect(readFileSync(path.join(dist, 'sources', 'index.html'), 'utf8')).toContain(`SYNTHETIC trial ${TRIALS} for scale benchmarks`);
});
