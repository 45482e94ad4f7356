/**
 * Layout as readers meet it: charts use the width on a desktop and stay legible on a phone,
 * a tap shows a mark's value, every chart has a page of its own with a visible Present link,
 * and paper is always light (the brief on one page, A4 and Letter, in both languages).
 */
import { expect, test, type Page } from '@playwright/test';
import { BASE_PATH, listPages, readPageHtml } from './site';

const TOPIC_PAGES = ['', 'evidence/', 'trials/norway/', 'trials/seed/', 'trials/ipsinpain/', 'trials/awac/', 'why-work-matters/'];
const LANG_ROOTS = ['', 'nb/'];

/** Width and smallest on-screen text size of every chart drawing that is shown. */
async function shownCharts(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('.chart__svg svg')]
      .filter((svg) => svg.getClientRects().length > 0)
      .map((svg) => {
        const box = svg.getBoundingClientRect();
        const scale = box.width / svg.viewBox.baseVal.width;
        let minText = Infinity;
        for (const text of svg.querySelectorAll('text')) {
          if (text.getClientRects().length === 0 || !text.textContent?.trim()) continue;
          minText = Math.min(minText, parseFloat(getComputedStyle(text).fontSize) * scale);
        }
        return { chart: svg.closest('figure')?.getAttribute('data-chart'), width: box.width, minText };
      }),
  );
}

test.describe('charts use the width they have', () => {
  for (const path of TOPIC_PAGES) {
    test(`desktop 1280×800: every chart on /${path} is at least 800 px wide`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${BASE_PATH}${path}`);
      const charts = await shownCharts(page);
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) expect(c.width, c.chart ?? '').toBeGreaterThanOrEqual(800);
    });
    test(`phone 390×844: chart text on /${path} is at least 12 px`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${BASE_PATH}${path}`);
      const charts = await shownCharts(page);
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) expect(c.minText, c.chart ?? '').toBeGreaterThanOrEqual(12);
    });
  }
});

test.describe('touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  test('tapping a mark shows its value, as hover and keyboard focus do', async ({ page }) => {
    await page.goto(`${BASE_PATH}trials/norway/`);
    const figure = page.locator('figure[data-chart="norway-employment"]');
    const mark = figure.locator('.chart__svg:not([hidden]) [data-tip]').filter({ visible: true }).first();
    const expected = await mark.getAttribute('data-tip');
    await mark.tap();
    await expect(figure.locator('.chart__tip')).toBeVisible();
    await expect(figure.locator('.chart__tip')).toHaveText(expected ?? '');
  });
});

test.describe('a page per chart', () => {
  // Which charts the site shows, from the built topic pages; each must have a page in each language.
  const chartIds = [...new Set(listPages().flatMap((p) => [...readPageHtml(p).matchAll(/data-chart="([a-z0-9-]+)"/g)].map((m) => m[1]!)))];
  test('every chart has /charts/<id>/ in both languages, with a Present link (built files)', () => {
    expect(chartIds.length).toBeGreaterThan(5);
    const built = new Map(listPages().map((p) => [p.path, p]));
    for (const lang of LANG_ROOTS) {
      for (const id of chartIds) {
        const page = built.get(`${BASE_PATH}${lang}charts/${id}/`);
        expect(page, `${lang}charts/${id}/`).toBeDefined();
        const html = readPageHtml(page!);
        expect(html).toContain(`data-chart="${id}"`);
        expect(html).toMatch(/class="chart__present"/);
      }
    }
  });
  for (const lang of LANG_ROOTS) {
    test(`a ${lang || 'en/'} chart page shows the chart and a visible Present link`, async ({ page }) => {
      const response = await page.goto(`${BASE_PATH}${lang}charts/norway-employment/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('figure[data-chart="norway-employment"]')).toBeVisible();
      await expect(page.locator('a.chart__present')).toBeVisible();
      await expect(page.locator('a.chart__present')).toHaveAttribute('href', `${BASE_PATH}${lang}present/norway-employment/`);
    });
  }
  test('chart cards on topic pages link to the chart page', async ({ page }) => {
    await page.goto(`${BASE_PATH}trials/norway/`);
    const link = page.locator('figure[data-chart="norway-employment"] .chart__actions a').first();
    await expect(link).toHaveAttribute('href', `${BASE_PATH}charts/norway-employment/`);
  });
});

test.describe('print', () => {
  test('printing with the site set to Dark gives dark text on white', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${BASE_PATH}brief/`);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = ([r, g, b]: number[]) => (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      return { text: luminance(rgb(getComputedStyle(document.body).color)), page: luminance(rgb(getComputedStyle(document.documentElement).backgroundColor)) };
    });
    expect(colours.text).toBeLessThan(0.3);
    expect(colours.page).toBeGreaterThan(0.95);
  });
  for (const lang of LANG_ROOTS) {
    for (const format of ['A4', 'Letter'] as const) {
      test(`the ${lang || 'en/'} brief prints on one ${format} page`, async ({ page }) => {
        await page.goto(`${BASE_PATH}${lang}brief/`);
        const pdf = await page.pdf({ format, preferCSSPageSize: false });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
        expect(pages.length).toBe(1);
      });
    }
  }
});
