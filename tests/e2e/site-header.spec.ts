/**
 * The header on every page: the language switcher keeps the reader on the same page, the colour
 * theme is chosen, remembered and applied before first paint, the menu folds on a phone and
 * works from the keyboard, and the current page is marked.
 */
import { expect, test } from '@playwright/test';

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  await page.goto('trials/seed/');
  const toNb = page.locator('.site-header a[hreflang="nb"]');
  await expect(toNb).toHaveAttribute('lang', 'nb');
  await toNb.click();
  await expect(page).toHaveURL(/\/nb\/trials\/seed\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  const toEn = page.locator('.site-header a[hreflang="en"]');
  await expect(toEn).toHaveAttribute('lang', 'en');
  await toEn.click();
  await expect(page).toHaveURL(/\/trials\/seed\/$/);
  expect(new URL(page.url()).pathname).not.toContain('/nb/');
});

test('marks the current page in the navigation', async ({ page }) => {
  await page.goto('glossary/');
  await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveText('Glossary');
  await page.goto('trials/awac/');
  await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveText('AWaC');
});

test('the theme buttons switch, announce and remember the choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('what-is-ips/');
  const group = page.getByRole('group', { name: 'Colour theme' });
  const dark = group.getByRole('button', { name: 'Dark' });
  await expect(group.getByRole('button', { name: /Automatic/ })).toHaveAttribute('aria-pressed', 'true');
  await dark.focus();
  await page.keyboard.press('Enter');
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(17, 20, 24)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  await group.getByRole('button', { name: /Automatic/ }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await page.evaluate(() => localStorage.getItem('ips-theme'))).toBeNull();
});

test('a remembered theme is applied before first paint, by the classic script in <head>', async ({ page }) => {
  await page.goto('what-is-ips/');
  await page.evaluate(() => localStorage.setItem('ips-theme', 'dark'));
  // Without the module scripts (blocked here), only public/theme.js can apply the theme: it runs
  // in <head> before the body is parsed, so the first paint already has the chosen colours.
  await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
  await page.goto('evidence/', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  const headScript = await page.evaluate(() => {
    const s = document.head.querySelector('script[src$="theme.js"]') as HTMLScriptElement | null;
    return s ? { module: s.type === 'module', async: s.async, defer: s.defer } : null;
  });
  expect(headScript).toEqual({ module: false, async: false, defer: false });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the menu folds behind a button that opens and closes it', async ({ page }) => {
    await page.goto('evidence/');
    const button = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await nav.locator('summary', { hasText: 'Trials' }).click();
    await expect(nav.getByRole('link', { name: 'SEED' })).toBeVisible();
    await nav.getByRole('link', { name: 'SEED' }).focus();
    await page.keyboard.press('Escape'); // closes the trials list
    await page.keyboard.press('Escape'); // closes the menu, focus back on its button
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    // Nothing in the header is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the navigation is a plain visible list', async ({ page }) => {
      await page.goto('evidence/');
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
      await expect(page.getByRole('link', { name: 'The evidence' })).toHaveAttribute('aria-current', 'page');
    });
  });
});
