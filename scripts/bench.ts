/**
 * The performance report: `npm run bench`. Builds the site (timed), then prints for every page
 * its bytes (HTML with inline SVG and CSS, JS, images; raw and gzip) and requests, and for the
 * key pages the largest contentful paint and time to the first chart in Chromium with the CPU
 * slowed 4×, served by `astro preview`. The budgets themselves are enforced by
 * tests/e2e/budgets.spec.ts; this prints the figures the README quotes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { measurePaint } from '../tests/support/paint-timing.ts';
import { loadedScripts, totalBytes } from '../tests/support/loaded-scripts.ts';
import { measurePages } from './page-weights.ts';

const PORT = 4339;
const exe = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => p && existsSync(p));

const t0 = performance.now();
const build = spawnSync('astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - t0) / 1000;

const kb = (n: number) => (n / 1024).toFixed(1);
const pages = measurePages();
console.log(`build: ${buildSeconds.toFixed(1)} s, ${pages.length} pages\n`);
console.log(['page', 'HTML KB (gz)', 'CSS KB (gz)', 'JS KB (gz)', 'img KB (gz)', 'total gz KB', 'requests'].join('\t'));
for (const p of pages.filter((x) => !/\/embed\/v\d|-presenter\.html$/.test(x.page)))
  console.log([p.page, `${kb(p.html.raw)} (${kb(p.html.gzip)})`, `${kb(p.css.raw)} (${kb(p.css.gzip)})`, `${kb(p.js.raw)} (${kb(p.js.gzip)})`, `${kb(p.images.raw)} (${kb(p.images.gzip)})`, kb(p.total.gzip), p.requests].join('\t'));
const largest = pages.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
const maxJs = pages.reduce((a, b) => (b.js.gzip > a.js.gzip ? b : a));
console.log(`\nlargest page: ${largest.page} ${kb(largest.total.gzip)} KB gzip; most JS: ${maxJs.page} ${kb(maxJs.js.gzip)} KB gzip`);

const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(`http://127.0.0.1:${PORT}/`).then(() => true, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ ...(exe ? { executablePath: exe } : {}), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  console.log('\npage\tLCP ms (4× CPU)\tfirst chart ms');
  for (const path of ['/', '/trials/norway/', '/evidence/', '/embed/trial-headlines/', '/present/trial-headlines/']) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
      runs.push(await measurePaint(page, `http://127.0.0.1:${PORT}${path}`));
      await page.close();
    }
    runs.sort((a, b) => a.lcp - b.lcp);
    const m = runs[1]!;
    console.log(`${path}\t${Math.round(m.lcp)}\t${m.firstChart === null ? '–' : Math.round(m.firstChart)}`);
  }
  // The static count above sees only <script src>; the search page imports Pagefind when the
  // reader searches, so its real figure is measured in the browser.
  const page = await browser.newPage();
  const search = await loadedScripts(page, `http://127.0.0.1:${PORT}/search/?q=SEED`, async (p) => {
    await p.locator('[data-search-results] a').first().waitFor();
  });
  await page.close();
  console.log(`\nsearch page, searching (Pagefind loaded): JS ${kb(totalBytes(search.js))} KB gzip; WebAssembly and index ${kb(totalBytes(search.wasm))} KB (not JS)`);
  await browser.close();
} finally {
  server.kill();
}
