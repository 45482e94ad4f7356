/**
 * The JavaScript budget as the browser sees it: every script a page makes Chromium fetch —
 * its entry modules, the chunks they import, scripts loaded later (Pagefind's, when the reader
 * searches) and worker scripts — at most 15 KB gzip in total. The static count in
 * budgets.spec.ts reads only the <script src> tags, so it cannot see the last three.
 *
 * What a page loads is decided by its <script src> set, so one page of each set is loaded,
 * and the search page is loaded with a query, which is what pulls Pagefind in.
 * WebAssembly (Pagefind's search engine) is not JavaScript: it is reported, not budgeted.
 */
import { expect, test } from '@playwright/test';
import { JS_PER_PAGE_GZIP } from '../support/budgets.ts';
import { describeBytes as list, loadedScripts, totalBytes as sum } from '../support/loaded-scripts.ts';
import { listPages, readPageHtml } from './site';

// One page per distinct set of entry scripts.
const representatives = new Map<string, string>();
for (const p of listPages()) {
  if (p.path.endsWith('-presenter.html')) continue; // single files: their script is inline and hashed
  const scripts = [...readPageHtml(p).matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!).sort();
  const key = scripts.join(' ');
  if (!representatives.has(key)) representatives.set(key, p.path);
}

for (const [scripts, path] of representatives) {
  test(`${path} (and every page with its scripts) loads at most 15 KB gzip of JavaScript`, async ({ page }) => {
    const loaded = await loadedScripts(page, path);
    test.info().annotations.push({ type: 'JS gzip', description: `${sum(loaded.js)} B: ${list(loaded.js)} (entry: ${scripts || 'none'})` });
    expect(sum(loaded.js), list(loaded.js)).toBeLessThanOrEqual(JS_PER_PAGE_GZIP);
  });
}

test('the search page, searching, loads at most 15 KB gzip of JavaScript (Pagefind included)', async ({ page }) => {
  const loaded = await loadedScripts(page, 'search/?q=SEED', async (p) => {
    await expect(p.locator('[data-search-results] a').first()).toBeVisible();
  });
  const pagefind = [...loaded.js.keys()].filter((u) => u.includes('/pagefind/'));
  expect(pagefind.length, 'Pagefind was loaded').toBeGreaterThan(0);
  test.info().annotations.push({ type: 'JS gzip', description: `${sum(loaded.js)} B: ${list(loaded.js)}` });
  test.info().annotations.push({ type: 'WebAssembly and index (not JS)', description: `${sum(loaded.wasm)} B: ${list(loaded.wasm)}` });
  expect(sum(loaded.js), list(loaded.js)).toBeLessThanOrEqual(JS_PER_PAGE_GZIP);
});
