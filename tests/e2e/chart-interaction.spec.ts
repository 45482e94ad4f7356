/**
 * Every chart, in a real browser: Tab into it and the arrow keys move between its marks, the
 * value shows beside the mark and is announced; hovering a mark shows it too; Escape closes;
 * each view toggle switches both the chart and its data table.
 *
 * Which pages and charts (tests/support/page-sample.ts): every content page with charts, in both
 * languages, each of its charts tried in one of them (the languages alternating over the page's
 * charts; every chart on the page is checked to be enhanced in both). The per-chart pages
 * (/charts/<id>/, /embed/<id>/, /present/<id>/) are one template each with the same chart
 * element: two of each kind are tried, one per language, other charts than the sweep samples
 * (templateSample); every chart is tried on its content page. Pinned embeds and single-file presenter copies render the same component with other
 * data or inlined: the sweep (sweep.spec.ts) and tests/dist cover them, and they are skipped here.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadEvidence } from '../../src/data/load.ts';
import { formatPercent } from '../../src/i18n/format.ts';
import { chartsOn as chartsIn, chartsToTry, listPages, pageKind, pageLanguage, PER_CHART_KINDS, templateSample } from './site';

const all = listPages();
const chartPages = [...all.filter((p) => pageKind(p) === 'content' && chartsIn(p).length > 0), ...templateSample(all, 6)].sort((a, b) =>
  a.path.localeCompare(b.path),
);

test('the trials try every chart on every content page, and every per-chart kind in both languages', () => {
  const tried = chartPages.flatMap((p) =>
    chartsToTry(p, all).map((id) => ({ kind: pageKind(p), lang: pageLanguage(p), id, twin: p.route.replace(/^\/nb\//, '/') })),
  );
  // Content pages: every chart each one shows (in either language) is tried on it.
  for (const p of all.filter((x) => pageKind(x) === 'content'))
    for (const id of chartsIn(p))
      expect(
        tried.some((t) => t.kind === 'content' && t.twin === p.route.replace(/^\/nb\//, '/') && t.id === id),
        `${id} on ${p.route}`,
      ).toBe(true);
  expect(new Set(tried.filter((t) => t.kind === 'content').map((t) => t.lang))).toEqual(new Set(['en', 'nb']));
  // Per-chart kinds: both languages.
  for (const kind of PER_CHART_KINDS) expect(new Set(tried.filter((t) => t.kind === kind).map((t) => t.lang)), kind).toEqual(new Set(['en', 'nb']));
});

async function chartsOn(page: Page): Promise<Locator[]> {
  await page.waitForFunction(() => customElements.get('ips-chart') !== undefined);
  return page.locator('ips-chart[data-enhanced]').all();
}

for (const builtPage of chartPages) {
  const toTry = chartsToTry(builtPage, all);
  test(`charts on ${builtPage.path}: ${toTry.join(', ') || 'none tried here, all enhanced'}: keyboard, hover and views`, async ({ page }) => {
    // A page may hold eight charts, each tried by keyboard, pointer and every view: room to do
    // that on a busy machine (a limit on the run, not a measurement of it).
    test.setTimeout(120_000);
    await page.goto(builtPage.path);
    const charts = await chartsOn(page);
    // Every chart on the page is enhanced, the ones tried in the other language too.
    expect(charts.length).toBe(chartsIn(builtPage).length);
    await expect(page.locator('ips-chart:not([data-enhanced])')).toHaveCount(0);
    for (const chart of charts) {
      const id = await chart.locator('figure.chart').getAttribute('data-chart');
      if (!toTry.includes(id!)) continue;
      const tip = chart.locator('.chart__tip');
      const live = chart.locator('.chart__live');
      const view = chart.locator('.chart__svg:not([hidden])');
      // Only the drawing that is shown: a page holds each view narrow and wide (.chart__drawing,
      // CSS shows one); embeds and presenter views hold one drawing.
      const drawing = (await view.locator('.chart__drawing').count()) > 0 ? view.locator('.chart__drawing').filter({ visible: true }) : view;
      const marks = drawing.locator('[data-tip]');
      const count = await marks.count();
      expect(count, `${id}: marks with a value`).toBeGreaterThan(0);
      const first = await marks.first().getAttribute('data-tip');
      const last = await marks.last().getAttribute('data-tip');

      // Keyboard: focus shows the first mark; End the last; ArrowRight wraps to the first; Escape hides.
      await view.focus();
      await expect(tip, `${id}: tip on focus`).toBeVisible();
      await expect(tip).toHaveText(first!);
      await page.keyboard.press('End');
      await expect(tip).toHaveText(last!);
      await expect(live).toContainText(last!);
      await expect(live).toContainText(`${count} / ${count}`);
      await page.keyboard.press('ArrowRight');
      await expect(tip).toHaveText(first!);
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();

      // Hover: pointing at a mark shows its value. (A presenter view of a tall chart shows it in
      // parts, each a cropped picture of the whole; the whole chart's marks are not under the
      // pointer there, and present.spec.ts steps through the parts instead.)
      const inParts = (await page.locator('.present__part').count()) > 0;
      if (!inParts) {
        await view.blur();
        await marks.last().scrollIntoViewIfNeeded();
        const box = (await marks.last().boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await expect(tip, `${id}: tip on hover`).toHaveText(last!);
        await page.mouse.move(0, 0);
      }

      // Views: each toggle shows exactly its own chart and table.
      const radios = chart.locator('.chart__views input[type="radio"]');
      for (let i = 0; i < (inParts ? 0 : await radios.count()); i++) {
        const radio = radios.nth(i);
        const value = (await radio.getAttribute('value'))!;
        await radio.check();
        await expect(chart.locator(`.chart__svg[data-view="${value}"]`)).toBeVisible();
        await expect(chart.locator('.chart__svg:not([hidden])')).toHaveCount(1);
        // Embeds and presenter views show the chart alone; pages also switch the data table.
        if ((await chart.locator('.chart__table-scroll').count()) > 0) {
          await expect(chart.locator('.chart__table-scroll:not([hidden])')).toHaveCount(1);
          await expect(chart.locator(`.chart__table-scroll[data-view="${value}"]`)).not.toHaveAttribute('hidden');
        }
      }
      if ((await radios.count()) > 0) await radios.first().check();
    }
  });
}

test('the Norwegian trial chart shows the 18-month IPS rate from the data on keyboard focus', async ({ page }) => {
  const f = loadEvidence().figures.get('norway-employment-18m-ips')!;
  const expected = formatPercent(f.value, 'en', f.decimals);
  await page.goto('trials/norway/');
  await chartsOn(page);
  const chart = page.locator('ips-chart[data-enhanced]:has(figure[data-chart="norway-employment"])');
  const view = chart.locator('.chart__svg:not([hidden])');
  await view.focus();
  const tip = chart.locator('.chart__tip');
  for (let i = 0; i < 8 && !((await tip.textContent()) ?? '').includes(expected); i++) await page.keyboard.press('ArrowRight');
  await expect(tip).toContainText(`IPS: ${expected}`);
  await expect(tip).toContainText('18 months');
});
