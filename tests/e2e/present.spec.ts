/**
 * The presenter view: the keys step through each chart's story (what is drawn changes and the
 * URL hash follows), and the single-file copy opened from file:// with the network blocked
 * makes no request and steps the same way. On a 1280×720 screen every chart's type, measured
 * in the browser, is at least 16 px in the presenter view (24 px at 1920×1080: legible from
 * the back of a room; a tall chart is shown in parts to get there) and 10 px in an embed
 * framed as a slide. The presenter's QR code, read by zbarimg from a real screenshot, opens
 * the chart pinned to this data version.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { charts, type ChartId } from '../../src/charts/index.ts';
import { loadEvidence } from '../../src/data/load.ts';
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

/**
 * The smallest type of the chart as drawn on screen: every visible <text> of the chart (or of
 * the part of it shown), its computed font size times the SVG's scale on screen.
 */
const smallestType = (page: Page) =>
  page.evaluate(() => {
    const part = document.querySelector<HTMLElement>('.present__part:not([hidden])');
    const partShown = part && getComputedStyle(part.parentElement!).display !== 'none';
    const svg = (partShown ? part : document.querySelector('.chart__svg:not([hidden])'))!.querySelector('svg')!;
    let min = Infinity;
    let count = 0;
    for (const text of Array.from(svg.querySelectorAll('text'))) {
      const box = text.getBoundingClientRect();
      if (!text.textContent?.trim() || box.width === 0 || box.height === 0) continue;
      const ctm = text.getScreenCTM();
      if (!ctm) continue;
      // A part is cut from the whole chart: text outside its crop (the nearest <svg>) is not drawn.
      const crop = text.closest('svg')!.getBoundingClientRect();
      if (box.bottom <= crop.top || box.top >= crop.bottom) continue;
      const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b);
      min = Math.min(min, size);
      count++;
    }
    return { min, count, part: partShown ? (part.dataset.caption ?? '') : '' };
  });

// The presenter view: 24 px of 1080 is 16 px of 720. An embed framed as a slide: 10 px.
const MIN_TYPE = { present: 16, embed: 10 } as const;

for (const [view, chartId] of (['present', 'embed'] as const).flatMap((v) => (Object.keys(charts) as ChartId[]).map((id) => [v, id] as const))) {
  test(`${view}/${chartId}: at 1280×720 the chart's type is at least ${MIN_TYPE[view]} px`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    if (view === 'embed') {
      // A chart with more rows than a slide holds legibly is shown in parts by the presenter
      // view and the slide PNGs (both checked for it); a whole-chart embed of it is for pages.
      await page.goto(`present/${chartId}/`);
      test.skip((await page.locator('.present__part').count()) > 0, `${chartId} is shown in parts on slides`);
    }
    await page.goto(`${view}/${chartId}/`);
    const parts = view === 'present' ? await page.locator('.present__part').count() : 0;
    // Every part of a chart shown in parts, one after the other (→ steps through them).
    for (let i = 0; i < Math.max(parts, 1); i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const { min, count, part } = await smallestType(page);
      expect(count, `${chartId}: text found`).toBeGreaterThan(0);
      expect(min, `${chartId}${part ? ` (${part})` : ''}: smallest type ${min.toFixed(1)} px`).toBeGreaterThanOrEqual(MIN_TYPE[view]);
    }
  });
}

test('a tall chart is shown in parts in the presenter view, → steps through them, and all its rows are there', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('present/individual-trials/');
  const parts = await page.locator('.present__part').count();
  expect(parts).toBeGreaterThan(1);
  await expect(page.locator('.present__counter')).toHaveText(`1 / ${parts}`);
  await expect(page.locator('.present__part').first()).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present__part').nth(1)).toBeVisible();
  await expect(page.locator('.present__part').first()).toBeHidden();
  await expect(page.locator('.present__caption')).toHaveText(`Part 2 of ${parts}`);
  // The whole chart stays on the page for screen readers.
  await expect(page.getByRole('img', { name: /trial by trial/ }).first()).toBeAttached();
});

test('the presenter view carries a QR code that opens the chart pinned to this data version', async ({ page }, info) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('present/trial-headlines/');
  const qr = page.locator('.present__qr');
  await expect(qr).toBeVisible();
  const box = (await qr.boundingBox())!;
  expect(box.width, 'big enough to scan from a seat').toBeGreaterThanOrEqual(100);
  const dir = mkdtempSync(path.join(tmpdir(), 'ips-present-qr-'));
  const file = path.join(dir, 'present.png');
  writeFileSync(file, await page.screenshot());
  let decoded: string;
  try {
    decoded = execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' }).trim();
  } catch (e) {
    throw new Error(`zbarimg could not read the QR code (is zbar-tools installed? scripts/ensure-debian-packages.sh): ${(e as Error).message}`, { cause: e });
  }
  const url = new URL(decoded);
  expect(url.pathname).toBe(`${BASE_PATH}embed/v${evidence.release.version}/trial-headlines/`);
  await expect(page.locator('.present__link')).toHaveText(decoded.replace(/^https?:\/\//, ''));
  info.annotations.push({ type: 'qr', description: decoded });
});

test('on a phone held upright the chart is drawn, and the page scrolls to it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('nb/present/meta-analyses/');
  const box = await chartBox(page);
  expect(box.height).toBeGreaterThan(300);
  expect(box.width).toBeGreaterThan(300);
});
