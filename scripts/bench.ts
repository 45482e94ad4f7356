/**
 * The performance report: `npm run bench`. Everything that depends on how fast the machine is
 * lives here, reported against its budget, and not in `npm test` (a busy machine must not fail a
 * test). In order:
 *
 * 1. the site's build, timed (budget 60 s on two cores, PNGs included), into dist/;
 * 2. every page's bytes (HTML with inline SVG and CSS, JS, images; raw and gzip) and requests;
 * 3. served by `astro preview` on a free port: the largest contentful paint and time to the first
 *    chart in Chromium with the CPU slowed 4× (median of five; budget 1.0 s), Lighthouse's
 *    performance score (budget 98), and the search page's JavaScript with Pagefind loaded;
 * 4. a build with 1,000 SYNTHETIC trials (scripts/synthetic-data.ts), timed (budget 120 s), and
 *    every page of it against the page and script budgets.
 *
 * Times are reported, never asserted. The byte budgets of the 1,000-trial build do not depend on
 * speed: if one is exceeded, bench says so and exits with status 1.
 * `npm run bench -- --quick` skips step 4.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/support/chromium.ts';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BUILD_1000_TRIALS_SECONDS, BUILD_SECONDS, JS_PER_PAGE_GZIP, PAGE_TOTAL_GZIP } from '../tests/support/budgets.ts';
import { loadedScripts, totalBytes } from '../tests/support/loaded-scripts.ts';
import { measurePaint } from '../tests/support/paint-timing.ts';
import { measurePages } from './page-weights.ts';
import { writeSyntheticData } from './synthetic-data.ts';

const LCP_BUDGET_MS = 1000;
const LIGHTHOUSE_PERFORMANCE_MIN = 98;
const KEY_PAGES = ['/', '/trials/norway/', '/evidence/', '/embed/trial-headlines/', '/present/trial-headlines/'];
const exe = findChromium();
const quick = process.argv.includes('--quick');
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
const summary: string[] = [];
let sizeBudgetExceeded = false;

/** The environment for a child build, without BASE_PATH/SITE_URL (bench builds at the root). */
function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { BASE_PATH: _b, SITE_URL: _s, ...env } = process.env;
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

function timedBuild(args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const build = spawnSync('astro', ['build', ...args], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  return (performance.now() - t0) / 1000;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

// 1. The build.
const buildSeconds = timedBuild([], buildEnv());
const kb = (n: number) => (n / 1024).toFixed(1);
const pages = measurePages(path.resolve('dist'), '/');
console.log(`build: ${buildSeconds.toFixed(1)} s, ${pages.length} pages (budget ${BUILD_SECONDS} s: ${verdict(buildSeconds <= BUILD_SECONDS)})\n`);
summary.push(`full build: ${buildSeconds.toFixed(1)} s (budget ${BUILD_SECONDS} s, ${verdict(buildSeconds <= BUILD_SECONDS)})`);

// 2. Bytes.
console.log(['page', 'HTML KB (gz)', 'CSS KB (gz)', 'JS KB (gz)', 'img KB (gz)', 'total gz KB', 'requests'].join('\t'));
for (const p of pages.filter((x) => !/\/embed\/v\d|-presenter\.html$/.test(x.page)))
  console.log(
    [
      p.page,
      `${kb(p.html.raw)} (${kb(p.html.gzip)})`,
      `${kb(p.css.raw)} (${kb(p.css.gzip)})`,
      `${kb(p.js.raw)} (${kb(p.js.gzip)})`,
      `${kb(p.images.raw)} (${kb(p.images.gzip)})`,
      kb(p.total.gzip),
      p.requests,
    ].join('\t'),
  );
const largest = pages.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
const maxJs = pages.reduce((a, b) => (b.js.gzip > a.js.gzip ? b : a));
console.log(`\nlargest page: ${largest.page} ${kb(largest.total.gzip)} KB gzip; most JS: ${maxJs.page} ${kb(maxJs.js.gzip)} KB gzip`);

// 3. In the browser.
const PORT = await freePort();
const origin = `http://127.0.0.1:${PORT}`;
const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore', env: buildEnv() });
try {
  let up = false;
  for (let i = 0; i < 150 && !up; i++) {
    up = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (!up) await new Promise((r) => setTimeout(r, 200));
  }
  if (!up) throw new Error(`astro preview did not answer on ${origin}`);
  const browser = await chromium.launch({
    ...(exe ? { executablePath: exe } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  console.log('\npage\tLCP ms (4× CPU, median of 5)\tfirst chart ms\truns');
  for (const p of KEY_PAGES) {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
      runs.push(await measurePaint(page, `${origin}${p}`));
      await page.close();
    }
    runs.sort((a, b) => a.lcp - b.lcp);
    const m = runs[2]!;
    console.log(`${p}\t${Math.round(m.lcp)}\t${m.firstChart === null ? '–' : Math.round(m.firstChart)}\t${runs.map((r) => Math.round(r.lcp)).join(', ')}`);
    summary.push(`LCP ${p}: ${Math.round(m.lcp)} ms (budget ${LCP_BUDGET_MS} ms, ${verdict(m.lcp <= LCP_BUDGET_MS)})`);
  }
  // The static count above sees only <script src>; the search page imports Pagefind when the
  // reader searches, so its real figure is measured in the browser.
  const page = await browser.newPage();
  const search = await loadedScripts(page, `${origin}/search/?q=SEED`, async (p) => {
    await p.locator('[data-search-results] a').first().waitFor();
  });
  await page.close();
  await browser.close();
  console.log(
    `\nsearch page, searching (Pagefind loaded): JS ${kb(totalBytes(search.js))} KB gzip; WebAssembly and index ${kb(totalBytes(search.wasm))} KB (not JS)`,
  );

  // Lighthouse's performance score (mobile, simulated throttling): it depends on the machine.
  const chrome = await chromeLauncher.launch({
    ...(exe ? { chromePath: exe } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    console.log('\npage\tLighthouse performance (mobile)');
    for (const p of ['/', '/trials/norway/', '/embed/trial-headlines/', '/present/trial-headlines/']) {
      const result = await lighthouse(`${origin}${p}`, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'], formFactor: 'mobile' });
      const score = Math.round((result?.lhr.categories['performance']?.score ?? 0) * 100);
      console.log(`${p}\t${score}`);
      summary.push(`Lighthouse performance ${p}: ${score} (budget ≥ ${LIGHTHOUSE_PERFORMANCE_MIN}, ${verdict(score >= LIGHTHOUSE_PERFORMANCE_MIN)})`);
    }
  } finally {
    chrome.kill();
  }
} finally {
  server.kill();
}

// 4. A thousand trials.
if (!quick) {
  const TRIALS = 1000;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-bench-'));
  try {
    const data = writeSyntheticData(TRIALS, path.join(scratch, 'data'));
    const dist = path.join(scratch, 'dist');
    const seconds = timedBuild(['--outDir', dist], buildEnv({ IPS_DATA_DIR: data }));
    const scaled = measurePages(dist, '/');
    const over = scaled
      .filter((p) => p.js.gzip > JS_PER_PAGE_GZIP || p.total.gzip > PAGE_TOTAL_GZIP)
      .map((p) => `${p.page}: JS ${p.js.gzip} B, total ${p.total.gzip} B gzip`);
    const grouped = /too many to draw one row each/.test(readFileSync(path.join(dist, 'evidence', 'index.html'), 'utf8'));
    const listed = readFileSync(path.join(dist, 'sources', 'index.html'), 'utf8').includes(`SYNTHETIC trial ${TRIALS} for scale benchmarks`);
    console.log(
      `\n${TRIALS} synthetic trials: built in ${seconds.toFixed(1)} s, ${scaled.length} pages; pages over the page or script budget: ${over.length}${over.length ? `\n  ${over.join('\n  ')}` : ''}`,
    );
    summary.push(
      `build with ${TRIALS} synthetic trials: ${seconds.toFixed(1)} s (budget ${BUILD_1000_TRIALS_SECONDS} s, ${verdict(seconds <= BUILD_1000_TRIALS_SECONDS)})`,
    );
    summary.push(
      `pages of the ${TRIALS}-trial build within the page (${PAGE_TOTAL_GZIP / 1024} KB) and script (${JS_PER_PAGE_GZIP / 1024} KB) budgets: ${over.length === 0 ? 'all' : `${over.length} OVER`}; trials grouped on /evidence/: ${grouped}; listed in the bibliography: ${listed}`,
    );
    if (over.length > 0 || !grouped || !listed) sizeBudgetExceeded = true;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

console.log(`\n── summary ──\n${summary.join('\n')}`);
if (sizeBudgetExceeded) {
  console.error('bench: the 1,000-trial build breaks a size budget (see above)');
  process.exit(1);
}
