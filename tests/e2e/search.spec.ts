/**
 * Search (Pagefind, built after `astro build`): it runs in Chromium under the site's
 * Content-Security-Policy, finds pages in the reader's language, and works from the keyboard.
 */
import { expect, test } from '@playwright/test';

test('finds "SEED" on an English page, from the keyboard', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('search/');
  const input = page.getByRole('searchbox', { name: 'Search the site' });
  await input.focus();
  await page.keyboard.type('SEED');
  await page.keyboard.press('Enter');
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.some((h) => h.endsWith('/trials/seed/') && !h.includes('/nb/'))).toBe(true);
  expect(hrefs.every((h) => !h.includes('/nb/'))).toBe(true);
  await expect(page.getByRole('status')).toContainText('SEED');
  // The query is in the address, so the search can be linked and survives Back.
  expect(new URL(page.url()).searchParams.get('q')).toBe('SEED');
  // Tab from the form reaches the results.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null || document.activeElement?.tagName === 'A')).toBe(true);
  expect(errors).toEqual([]);
});

test('finds "jobbspesialist" on a Norwegian page, from a linked query', async ({ page }) => {
  await page.goto('nb/search/?q=jobbspesialist');
  await expect(page.getByRole('searchbox', { name: 'Søk på nettstedet' })).toHaveValue('jobbspesialist');
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((h) => h.includes('/nb/'))).toBe(true);
  expect(hrefs.some((h) => h.endsWith('/nb/what-is-ips/'))).toBe(true);
  await expect(page.locator('[data-search-results] mark').first()).toContainText(/jobbspesialist/i);
});

test('says so when nothing matches', async ({ page }) => {
  await page.goto('search/?q=xyzzyplugh');
  await expect(page.getByRole('status')).toHaveText('No page matches “xyzzyplugh”.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and lists every page', async ({ page }) => {
    await page.goto('search/');
    await expect(page.getByRole('status')).toContainText('needs JavaScript');
    await expect(page.locator('.search__all a[href$="/trials/seed/"]')).toHaveCount(1);
  });
});
