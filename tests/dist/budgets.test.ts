/**
 * Budgets, measured on the built files (scripts/page-weights.ts): the browser gets a few
 * kilobytes of script and never the charting library; a page stays light. What a page makes
 * Chromium load at run time (lazy imports, workers, Pagefind) is weighed in the browser:
 * tests/e2e/script-budget.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { measurePages } from '../../scripts/page-weights.ts';
import { JS_PER_PAGE_GZIP, PAGE_TOTAL_GZIP } from '../support/budgets.ts';
import { BASE_PATH, DIST_DIR, describeDist, hasDist, listPages } from './dist.ts';

describeDist('budgets', () => {
  const pages = hasDist() ? measurePages(DIST_DIR, BASE_PATH) : [];

  it('every page is weighed, its scripts and styles found through the base path', () => {
    expect(pages.length).toBe(listPages().length);
    // A page that loads a script but whose script was not found would weigh 0 B of JS.
    const home = pages.find((p) => p.page === BASE_PATH)!;
    expect(home.scripts.length).toBeGreaterThan(0);
    expect(home.js.raw).toBeGreaterThan(0);
  });

  it('JavaScript per page is at most 15 KB gzip', () => {
    const over = pages.filter((p) => p.js.gzip > JS_PER_PAGE_GZIP).map((p) => `${p.page}: ${p.js.gzip} B`);
    expect(over).toEqual([]);
  });

  it('every page, HTML + CSS + JS + images, is at most 150 KB gzip', () => {
    const over = pages.filter((p) => p.total.gzip > PAGE_TOTAL_GZIP).map((p) => `${p.page}: ${p.total.gzip} B`);
    expect(over).toEqual([]);
  });

  it('no Plot or d3 code reaches the browser', () => {
    const assets = path.join(DIST_DIR, '_astro');
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    // Names that survive minification: Plot's and d3's own identifiers in strings and errors.
    const signatures = [/observablehq/i, /\bd3-[a-z]+/, /scaleLinear|scaleBand|geoPath|forceSimulation/, /plot-d6a7b5/];
    for (const file of js) {
      const text = readFileSync(path.join(assets, file), 'utf8');
      for (const sig of signatures) expect(text, `${file} contains ${sig}`).not.toMatch(sig);
    }
  });
});
