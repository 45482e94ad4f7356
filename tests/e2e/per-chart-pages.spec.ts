/**
 * Every per-chart page, in both languages: /charts/<id>/, /embed/<id>/ and /present/<id>/ (and
 * /nb/…), and every chart once among the pinned embeds. These pages are one template each with
 * a different chart, so the costly checks (axe light and dark, JavaScript off: sweep.spec.ts;
 * keyboard and pointer: chart-interaction.spec.ts) run on a sample of them
 * (tests/support/page-sample.ts). What depends on the chart itself is checked here, on every one:
 *
 * - the page answers, with no console error and no request to another origin;
 * - its chart is drawn, visible and of non-zero size, with its text summary;
 * - embeds and presenter views, as a slide (1280×720): 15-unit type drawn at 10 px or more, so
 *   the chart is legible on a projector (a chart the presenter view shows in parts is checked
 *   part by part in present.spec.ts).
 *
 * One browser page per language and kind opens the pages one after another: a failure names the
 * page, and the rest are still checked (soft assertions).
 */
import { expect, test, type Page } from '@playwright/test';
import { listPages, pageChart, pageKind, pageLanguage, PER_CHART_KINDS, pinnedEveryChart, shownInParts, type BuiltPage } from './site';

const all = listPages();
const SHOWN_IN_PARTS = shownInParts(all);

const groups: { name: string; pages: BuiltPage[]; slide: boolean }[] = [
  ...PER_CHART_KINDS.flatMap((kind) =>
    (['en', 'nb'] as const).map((lang) => ({
      name: `${kind} (${lang})`,
      pages: all.filter((p) => pageKind(p) === kind && pageLanguage(p) === lang),
      slide: kind !== 'chart-page',
    })),
  ),
  { name: 'pinned embeds, every chart once', pages: pinnedEveryChart(all), slide: true },
];

test('every per-chart page of both languages, and every chart among the pinned embeds, is opened here', () => {
  for (const kind of PER_CHART_KINDS) {
    const built = all.filter((p) => pageKind(p) === kind);
    expect(built.length, kind).toBeGreaterThan(2);
    for (const p of built)
      expect(
        groups.some((g) => g.pages.includes(p)),
        p.route,
      ).toBe(true);
  }
  const charts = (pages: readonly BuiltPage[]) => new Set(pages.filter((p) => pageKind(p) === 'pinned-embed').map((p) => pageChart(p)));
  expect(charts(groups.at(-1)!.pages)).toEqual(charts(all));
});

/** Opens `path` on `page` and checks what depends on its chart; soft, so every page is reported. */
async function checkChartPage(page: Page, own: string, path: string, slide: boolean): Promise<void> {
  const errors: string[] = [];
  const foreign: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') errors.push(m.text());
  };
  const onError = (e: Error) => errors.push(e.message);
  const onRequest = (r: { url(): string }) => {
    const url = r.url();
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== own) foreign.push(url);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
  try {
    const response = await page.goto(path, { waitUntil: 'load' });
    expect.soft(response?.status() ?? 0, `${path}: status`).toBeLessThan(400);
    const chart = await page.evaluate(() => {
      const figure = document.querySelector('figure.chart[data-chart]');
      const svg = [...(figure?.querySelectorAll('.chart__svg:not([hidden]) svg[role="img"]') ?? [])].find((s) => {
        const r = s.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(s).visibility !== 'hidden';
      });
      if (!figure || !svg) return null;
      const box = svg.getBoundingClientRect();
      const [, , w, h] = (svg.getAttribute('viewBox') ?? '0 0 0 0').split(/\s+/).map(Number);
      return {
        id: figure.getAttribute('data-chart'),
        width: box.width,
        height: box.height,
        scale: Math.min(box.width / w!, box.height / h!),
        summary: (figure.querySelector('.chart__summary, figcaption')?.textContent ?? '').trim().length,
      };
    });
    expect.soft(chart, `${path}: a chart is drawn and visible`).not.toBeNull();
    if (chart) {
      expect.soft(chart.width * chart.height, `${path}: drawn at a size`).toBeGreaterThan(0);
      expect.soft(chart.summary, `${path}: a text summary`).toBeGreaterThan(0);
      if (slide && !SHOWN_IN_PARTS.has(chart.id ?? ''))
        expect
          .soft(chart.scale, `${path}: drawn at ${chart.scale.toFixed(2)}× in a ${Math.round(chart.width)}×${Math.round(chart.height)} box at 1280×720`)
          .toBeGreaterThanOrEqual(10 / 15);
    }
    expect.soft(errors, `${path}: console errors`).toEqual([]);
    expect.soft(foreign, `${path}: requests to other origins`).toEqual([]);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('request', onRequest);
  }
}

for (const group of groups) {
  test(`${group.name}: ${group.pages.length} pages answer, draw their chart${group.slide ? ', legible on a slide' : ''}, no console error or foreign request`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    if (group.slide) await page.setViewportSize({ width: 1280, height: 720 });
    const own = new URL(baseURL!).origin;
    for (const p of group.pages) await checkChartPage(page, own, p.path, group.slide);
  });
}
