/**
 * Budgets, measured on the built files (scripts/page-weights.ts): the browser gets a few
 * kilobytes of script and never the charting library; a page stays light.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { measurePages } from '../../scripts/page-weights.ts';
import { JS_PER_PAGE_GZIP, PAGE_TOTAL_GZIP } from '../support/budgets.ts';
import { measurePaint } from '../support/paint-timing.ts';
import { BASE_PATH as BASE, DIST_DIR } from './site';


const pages = measurePages(DIST_DIR);

test('JavaScript per page is at most 15 KB gzip', () => {
  const over = pages.filter((p) => p.js.gzip > JS_PER_PAGE_GZIP).map((p) => `${p.page}: ${p.js.gzip} B`);
  expect(over).toEqual([]);
});

test('every page, HTML + CSS + JS + images, is at most 150 KB gzip', () => {
  const over = pages.filter((p) => p.total.gzip > PAGE_TOTAL_GZIP).map((p) => `${p.page}: ${p.total.gzip} B`);
  expect(over).toEqual([]);
});

test('no Plot or d3 code reaches the browser', () => {
  const assets = path.join(DIST_DIR, '_astro');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  // Names that survive minification: Plot's and d3's own identifiers in strings and errors.
  const signatures = [/observablehq/i, /\bd3-[a-z]+/, /scaleLinear|scaleBand|geoPath|forceSimulation/, /plot-d6a7b5/];
  for (const file of js) {
    const text = readFileSync(path.join(assets, file), 'utf8');
    for (const sig of signatures) expect(text, `${file} contains ${sig}`).not.toMatch(sig);
  }
});


// The pages a reader meets first: the home page, a trial page, an embed and a presenter view.
for (const path of ['/', '/trials/norway/', '/embed/trial-headlines/', '/present/trial-headlines/']) {
  test(`largest contentful paint of ${path} is at most 1.0 s with the CPU slowed 4×`, async ({ browser }) => {
    // The median of five fresh loads (the first also warms the server and the disk cache).
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
      runs.push((await measurePaint(page, path.replace(/^\//, BASE))).lcp);
      await page.close();
    }
    const median = runs.sort((a, b) => a - b)[2]!;
    console.log(`LCP ${path}: median ${Math.round(median)} ms (runs ${runs.map(Math.round).join(', ')})`);
    expect(median, `LCP runs: ${runs.map(Math.round).join(', ')} ms`).toBeGreaterThan(0);
    expect(median, `LCP runs: ${runs.map(Math.round).join(', ')} ms`).toBeLessThanOrEqual(1000);
  });
}
