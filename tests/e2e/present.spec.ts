/**
 * The presenter view: the keys step through each chart's story (what is drawn changes and the
 * URL hash follows), and the single-file copy opened from file:// with the network blocked
 * makes no request and steps the same way. (That every chart, in the presenter view and in an
 * embed, is drawn big enough on a 1280×720 slide for its type to be at least 10 px is checked by
 * the sweep, tests/e2e/sweep.spec.ts, on the same load as axe.)
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { charts, type ChartId } from '../../src/charts/index.ts';
import { loadEvidence } from '../../src/lib/data/load.ts';
import { BASE_PATH, DIST_DIR } from './site';

const evidence = loadEvidence();
const storied = (Object.keys(charts) as ChartId[]).filter((id) => (charts[id](evidence, 'en').steps?.length ?? 0) > 1);

const hiddenMarks = (page: Page) => page.locator('.chart__svg').first().locator('g.is-stepped-out').count();

async function stepThrough(page: Page, steps: number) {
  await expect(page.locator('.present__counter')).toHaveText(`1 / ${steps}`);
  const first = await hiddenMarks(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present__counter')).toHaveText(`2 / ${steps}`);
  expect(await hiddenMarks(page), 'a step shows more of the chart').toBeLessThan(first);
  await page.keyboard.press('End');
  await expect(page.locator('.present__counter')).toHaveText(`${steps} / ${steps}`);
  expect(await hiddenMarks(page)).toBe(0);
  await page.keyboard.press('Home');
  await expect(page.locator('.present__counter')).toHaveText(`1 / ${steps}`);
  expect(await hiddenMarks(page)).toBe(first);
  await page.keyboard.press(' ');
  await expect(page.locator('.present__counter')).toHaveText(`2 / ${steps}`);
}

test('at least one chart tells a story in steps', () => {
  expect(storied.length).toBeGreaterThan(0);
});

for (const chartId of storied) {
  const steps = charts[chartId](evidence, 'en').steps!.length;

  test(`${chartId}: keys step the story, the hash follows, D switches dark`, async ({ page }) => {
    await page.goto(`${BASE_PATH}present/${chartId}/`);
    await stepThrough(page, steps);
    await expect(page).toHaveURL(/#step-2$/);
    await expect(page.locator('.present__caption')).toHaveText(charts[chartId](evidence, 'en').steps![1]!.caption);
    await page.keyboard.press('d');
    const theme = await page.locator('html').getAttribute('data-theme');
    expect(['dark', 'light']).toContain(theme);
    // A link to a step opens at that step.
    await page.goto(`${BASE_PATH}present/${chartId}/#step-${steps}`);
    await expect(page.locator('.present__counter')).toHaveText(`${steps} / ${steps}`);
  });

  test(`${chartId}: the single-file copy works from file:// with no network`, async ({ page }) => {
    const file = path.join(DIST_DIR, 'present', chartId, `${chartId}-presenter.html`);
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    await page.context().route('**/*', (route) => {
      const u = route.request().url();
      if (u === url || u.startsWith(`${url}#`)) return route.continue();
      requests.push(u);
      return route.abort();
    });
    await page.goto(url);
    await expect(page.locator('figure.chart svg').first()).toBeVisible();
    await stepThrough(page, steps);
    expect(requests).toEqual([]);
  });
}

/** The drawn chart's box: on a slide, type is only as legible as the chart is big. */
const chartBox = async (page: Page) => (await page.locator('.chart__svg:not([hidden]) svg').first().boundingBox())!;

test('on a phone held upright the chart is drawn, and the page scrolls to it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('nb/present/meta-analyses/');
  const box = await chartBox(page);
  expect(box.height).toBeGreaterThan(300);
  expect(box.width).toBeGreaterThan(300);
});
