/**
 * Smoke: the home page loads, and every internal <a href> on every built page resolves.
 * Links are read from the built HTML in dist/ (fast: no browser per page), then each
 * distinct internal URL is requested once from the preview server.
 */
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { BASE_PATH, listPages, readPageHtml } from './site';

test('home page loads with status 200 and shows an <h1>', async ({ page }) => {
  const response = await page.goto(BASE_PATH);
  expect(response?.status(), `status of ${BASE_PATH}`).toBe(200);
  await expect(page.locator('h1').first()).toBeVisible();
});

test('every internal <a href> on every built page resolves', async ({ request, baseURL }) => {
  const own = new URL(baseURL ?? 'http://127.0.0.1:4329/');
  // Absolute links to the configured public site (SITE_URL) count as internal too.
  const siteOrigin = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;

  /** internal URL path+query → pages linking to it */
  const links = new Map<string, Set<string>>();
  for (const builtPage of listPages()) {
    const { document } = parseHTML(readPageHtml(builtPage));
    const pageUrl = new URL(builtPage.path, own);
    for (const a of document.querySelectorAll('a[href]')) {
      const href = (a.getAttribute('href') ?? '').trim();
      if (href === '' || /^(mailto|tel|javascript|data|sms):/i.test(href)) continue;
      let target: URL;
      try {
        target = new URL(href, pageUrl);
      } catch {
        const key = `(unparseable href) ${href}`;
        links.set(key, (links.get(key) ?? new Set<string>()).add(builtPage.path));
        continue;
      }
      if (target.origin !== own.origin && target.origin !== siteOrigin) continue; // external
      const key = `${target.pathname}${target.search}`;
      const from = links.get(key) ?? new Set<string>();
      from.add(builtPage.path);
      links.set(key, from);
    }
  }

  const broken: string[] = [];
  const entries = [...links.entries()];
  const CONCURRENCY = 8;
  for (let i = 0; i < entries.length; i += CONCURRENCY) {
    await Promise.all(
      entries.slice(i, i + CONCURRENCY).map(async ([path, from]) => {
        const source = [...from].slice(0, 5).join(', ') + (from.size > 5 ? `, … (${from.size} pages)` : '');
        if (path.startsWith('(unparseable href)')) {
          broken.push(`  ${path}  ← ${source}`);
          return;
        }
        const response = await request.get(new URL(path, own).href, { failOnStatusCode: false });
        if (response.status() >= 400) broken.push(`  ${response.status()} ${path}  ← ${source}`);
        await response.dispose();
      }),
    );
  }

  expect(broken.sort(), `${broken.length} of ${links.size} internal link target(s) do not resolve:\n${broken.join('\n')}`).toEqual([]);
});
