/**
 * Lighthouse (mobile settings, run offline against the built site in the same Chromium the other
 * tests use): accessibility, best practices and SEO each at least 98 on one page of each kind —
 * the home page, an embed and a presenter view. These scores do not depend on the
 * machine's speed. Lighthouse's performance score and the largest contentful paint do, so they are
 * reported by `npm run bench`, not tested.
 */
import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.ts';
import { BASE_PATH } from './site';

// One page of each kind a reader lands on: a content page, an embed and a presenter view (the
// sweep runs axe on every content page; Lighthouse adds best practices and SEO).
const PAGES = ['', 'embed/trial-headlines/', 'present/trial-headlines/'];
const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;
const chromePath = findChromium();

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let chrome: chromeLauncher.LaunchedChrome;
test.beforeAll(async () => {
  chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
});
test.afterAll(async () => {
  await chrome?.kill();
});

for (const path of PAGES) {
  test(`Lighthouse ≥ 98 in accessibility, best practices and SEO: /${path}`, async ({ baseURL }) => {
    const url = `${new URL(baseURL!).origin}${BASE_PATH}${path}`;
    // No throttling: nothing measured here depends on time, and a slow machine must not time out.
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      formFactor: 'mobile',
      throttlingMethod: 'provided',
      maxWaitForLoad: 90_000,
    });
    const lhr = result!.lhr;
    expect(lhr.runtimeError, JSON.stringify(lhr.runtimeError)).toBeUndefined();
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c}: ${ref.id}`),
    );
    console.log(`Lighthouse /${path}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
    for (const c of CATEGORIES) expect(scores[c], `${c} on /${path}; audits below 1: ${failing.join(', ')}`).toBeGreaterThanOrEqual(98);
  });
}
