/**
 * The policy brief prints on one A4 page, in both languages (Chromium's PDF printer).
 * Everything this file once also read from the built files — both languages, no figure typed
 * into prose, links and anchors, language alternates, social cards, robots.txt, the sitemap, the
 * data downloads — is in tests/dist/ (pages.test.ts, links.test.ts).
 */
import { expect, test } from '@playwright/test';

for (const lang of ['en', 'nb'] as const) {
  test(`the policy brief prints on one A4 page (${lang})`, async ({ page }) => {
    await page.goto(`${lang === 'en' ? '' : 'nb/'}brief/`);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pageCount).toBe(1);
  });
}
