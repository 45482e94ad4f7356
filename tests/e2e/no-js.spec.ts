/**
 * With JavaScript OFF, every built page is a complete document and every chart is
 * there: charts are rendered to SVG at build time, not in the browser.
 *
 * Chart contract:
 *   <figure class="chart" data-chart="…">
 *     <div class="chart__svg" data-view="…"><svg role="img" …>…marks…</svg></div>  one per view (on pages,
 *       two drawings per view, narrow and wide, in .chart__drawing; CSS shows one);
 *     every view but the first is `hidden` (the browser script switches views)
 *     <figcaption>… <p class="chart__summary">…</p> …</figcaption>
 *   </figure>
 * Also: the page requests nothing from any origin other than the preview server.
 */
import { expect, test } from '@playwright/test';
import { isNotFoundPage, listPages } from './site';

test.use({ javaScriptEnabled: false });

const MARKS = 'path, rect, circle, line, text';

for (const builtPage of listPages()) {
  test(`${builtPage.path} without JavaScript`, async ({ page, baseURL }) => {
    const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1:4329/').origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (/^(data|blob|about):/.test(url)) return;
      if (new URL(url).origin !== ownOrigin) foreign.push(`${request.resourceType()} ${url}`);
    });

    const response = await page.goto(builtPage.path);
    expect(response, `no response for ${builtPage.path}`).not.toBeNull();
    const status = response?.status() ?? 0;
    if (isNotFoundPage(builtPage)) expect(status, 'status of the 404 page').toBeLessThan(500);
    else expect(status, `status of ${builtPage.path}`).toBeLessThan(400);

    // Page basics. Soft assertions: one run reports every problem on the page.
    // Without JS nothing changes after load, so read values once instead of polling.
    const lang = (await page.locator('html').getAttribute('lang')) ?? '';
    expect.soft(lang.trim(), '<html lang> must be set').not.toBe('');
    expect.soft((await page.title()).trim(), '<title> must be non-empty').not.toBe('');
    const h1 = page.locator('h1');
    const h1Count = await h1.count();
    expect.soft(h1Count, 'page must have an <h1>').toBeGreaterThanOrEqual(1);
    if (h1Count > 0) {
      expect.soft(await h1.first().isVisible(), 'the first <h1> must be visible').toBe(true);
      expect.soft(((await h1.first().textContent()) ?? '').trim(), 'the first <h1> must have text').not.toBe('');
    }

    // Charts.
    const charts = page.locator('figure.chart[data-chart]');
    const chartCount = await charts.count();
    for (let i = 0; i < chartCount; i++) {
      const figure = charts.nth(i);
      const name = `chart #${i + 1} (data-chart="${(await figure.getAttribute('data-chart')) ?? ''}") on ${builtPage.path}`;

      // A page holds each view drawn narrow and wide; CSS shows the one that fits, so exactly one shows.
      const svgs = figure.locator('.chart__svg:not([hidden]) svg[role="img"]').filter({ visible: true });
      const svgCount = await svgs.count();
      expect.soft(svgCount, `${name}: exactly one shown svg[role="img"] in .chart__svg`).toBe(1);
      expect
        .soft(await figure.locator('.chart__svg svg:not([role="img"]):not(svg svg)').count(), `${name}: every view's svg has role="img"`)
        .toBe(0);
      if (svgCount >= 1) {
        const svg = svgs.first();
        expect.soft(await svg.isVisible(), `${name}: svg must be visible`).toBe(true);
        const box = await svg.boundingBox();
        expect.soft(box?.width ?? 0, `${name}: svg width must be > 0`).toBeGreaterThan(0);
        expect.soft(box?.height ?? 0, `${name}: svg height must be > 0`).toBeGreaterThan(0);
        expect.soft(await svg.locator(MARKS).count(), `${name}: svg must contain a mark (${MARKS})`).toBeGreaterThan(0);
      }

      const captions = figure.locator('figcaption, .chart__summary');
      const captionCount = await captions.count();
      expect.soft(captionCount, `${name}: needs a <figcaption> / .chart__summary`).toBeGreaterThan(0);
      for (let j = 0; j < captionCount; j++) {
        const text = (await captions.nth(j).textContent()) ?? '';
        expect.soft(text.trim(), `${name}: figcaption/.chart__summary #${j + 1} must have text`).not.toBe('');
      }
    }

    expect.soft(foreign, `requests to origins other than ${ownOrigin}:\n${foreign.join('\n')}`).toEqual([]);
  });
}
