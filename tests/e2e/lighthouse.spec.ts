/**
 * Lighthouse (mobile settings, run offline against the built site in the same Chromium the
 * other tests use): performance, accessibility, best practices and SEO each at least 98 on the
 * home page, a trial page, an embed and a presenter view.
 */
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BASE_PATH } from './site';

const PAGES = ['', 'trials/norway/', 'embed/trial-headlines/', 'present/trial-headlines/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const chromePath = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => p && existsSync(p));

test.describe.configure({ mode: 'serial' });

let chrome: chromeLauncher.LaunchedChrome;
test.beforeAll(async () => {
  chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
test.afterAll(async () => {
  await chrome?.kill();
});

for (const path of PAGES) {
  test(`Lighthouse ≥ 98 in every category: /${path}`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const url = `${new URL(baseURL!).origin}${BASE_PATH}${path}`;
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES], formFactor: 'mobile' });
    const lhr = result!.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}: ${ref.id}`),
    );
    console.log(`Lighthouse /${path}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
    for (const c of CATEGORIES) expect(scores[c], `${c} on /${path}; audits below 1: ${failing.join(', ')}`).toBeGreaterThanOrEqual(98);
  });
}
