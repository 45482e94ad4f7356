/**
 * One sweep over the built site: each visited page (tests/support/page-sample.ts: every content
 * page in both languages; the per-chart pages (/charts/<id>/, /embed/<id>/, /present/<id>/) every
 * chart in every kind, in one language each, alternating; pinned embeds and single-file copies
 * sampled) is loaded ONCE with JavaScript on, and on that load:
 *
 * - axe: zero violations against WCAG 2.0/2.1/2.2 A and AA, in the light colour scheme;
 * - dark: the colour scheme is switched to dark on the same page and the colour rules run again;
 *   the site's own dark state (data-theme="dark", set by the header's Dark button or an embed's
 *   theme=dark) is then shown to give exactly the same colours;
 * - no request to another origin and no console error, from load until the checks end;
 * - embeds and presenter views at 1280×720: the chart is drawn big enough for its type to be at
 *   least 10 px (legible on a projector; src/styles/standalone.css);
 *
 * and once more with JavaScript OFF (a cheap load: no script runs): every chart is drawn, visible
 * and of non-zero size, the first heading is visible, and still nothing is requested from another
 * origin. What the HTML alone shows (lang, title, role="img", marks, captions, CSP) is checked
 * for every page in tests/dist/.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import {
  chartsOn,
  isNotFoundPage,
  isRedirectPage,
  listPages,
  pageChart,
  pageKind,
  pageLanguage,
  PER_CHART_KINDS,
  readPageHtml,
  shownInParts,
  visitedPages,
  type BuiltPage,
} from './site';

/** Charts whose presenter view comes in parts: checked part by part in present.spec.ts. */
const SHOWN_IN_PARTS = shownInParts(listPages());

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The axe rules that depend on colour: the only ones a change of scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/**
 * An axe run of `rules` (WCAG tags, or rule ids) that lists only violations: for passes,
 * incomplete and inapplicable results axe then keeps one node each instead of every one (its
 * `resultTypes`), which makes a run on a page of many chart labels markedly cheaper. Which rules
 * run and what counts as a violation do not change; the canary below runs the same way.
 * (`options()` replaces AxeBuilder's options, the rule selection included: it comes first.)
 */
function axe(page: Page, rules: { tags: string[] } | { rules: string[] }): AxeBuilder {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  return 'tags' in rules ? builder.withTags(rules.tags) : builder.withRules(rules.rules);
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

/** One readable block per violation: rule id, impact, help, URL, and every failing target. */
function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes
        .map((n) => {
          const selector = n.target.map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join(' >> ');
          const html = n.html.length > 160 ? `${n.html.slice(0, 157)}...` : n.html;
          return `      - ${selector}\n          ${html}`;
        })
        .join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets}`;
    })
    .join('\n');
}

/** A context with JavaScript off, one per worker: opening a page in it costs little. */
const test = base.extend<{ noJs: Page }, { noJsContext: BrowserContext }>({
  noJsContext: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light', reducedMotion: 'reduce', locale: 'en-GB' });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  noJs: async ({ noJsContext }, use) => {
    const page = await noJsContext.newPage();
    await use(page);
    await page.close();
  },
});

/** Requests to origins other than `own`, recorded from now on. */
function watchForeign(page: Page, own: string): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== own) foreign.push(`${r.resourceType()} ${url}`);
  });
  return foreign;
}

test('axe canary: a known violation is detected and reported', async ({ page }) => {
  // Guards against a silently broken axe setup (no rules run → every page "passes").
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>canary</title></head><body><nav><a href="#a">a</a></nav><nav><a href="#b">b</a></nav><main><h1>Canary</h1><input type="text"><p style="color:#777;background:#888">low contrast</p></main></body></html>',
  );
  const { violations } = await axe(page, { tags: WCAG_TAGS }).analyze();
  expect(violations.map((v) => v.id)).toContain('label');
  // Only the WCAG rules ran: the two unnamed <nav>s break a best-practice rule (landmark-unique),
  // which would be reported if the rule selection were lost.
  expect(violations.filter((v) => !v.tags.some((t) => WCAG_TAGS.includes(t))).map((v) => v.id)).toEqual([]);
  expect(
    (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id),
    'the canary breaks a best-practice rule',
  ).toContain('landmark-unique');
  const report = formatViolations(violations);
  expect(report).toContain('label: ');
  expect(report).toMatch(/- input\b/);
  // The dark pass runs only the colour rules: they must still find a contrast failure.
  const colour = await axe(page, { rules: COLOUR_RULES }).analyze();
  expect(colour.violations.map((v) => v.id)).toEqual(['color-contrast']);
});

test('the sweep visits every content page and samples every template', () => {
  const all = listPages();
  const visited = visitedPages(all);
  const kinds = (pages: readonly BuiltPage[]) => new Set(pages.map(pageKind));
  expect([...kinds(visited)].sort()).toEqual([...kinds(all)].sort());
  // Every content page, in both languages.
  for (const p of all.filter((x) => pageKind(x) === 'content')) expect(visited).toContain(p);
  // The per-chart pages: two of every kind, one per language (templateSample); every one of
  // them is opened by per-chart-pages.spec.ts.
  for (const kind of PER_CHART_KINDS) {
    const built = all.filter((p) => pageKind(p) === kind);
    const seen = visited.filter((p) => pageKind(p) === kind);
    expect(built.length, kind).toBeGreaterThan(2);
    expect(new Set(seen.map(pageLanguage)), `${kind}: both languages`).toEqual(new Set(['en', 'nb']));
    expect(new Set(seen.map((p) => pageChart(p))).size, `${kind}: two charts`).toBe(2);
  }
  // Every chart is also visited, in both languages, on a content page.
  const chartsVisited = (lang: string) => new Set(visited.filter((p) => pageLanguage(p) === lang && pageKind(p) === 'content').flatMap(chartsOn));
  const allCharts = new Set(all.filter((p) => pageKind(p) === 'chart-page').map((p) => pageChart(p)));
  for (const lang of ['en', 'nb']) expect(chartsVisited(lang), lang).toEqual(allCharts);
  // Pinned embeds: every release and both languages.
  const pinned = (pages: readonly BuiltPage[]) => new Set(pages.filter((p) => pageKind(p) === 'pinned-embed').map((p) => p.route.replace(/[a-z0-9-]+\/$/, '')));
  expect([...pinned(visited)].sort()).toEqual([...pinned(all)].sort());
  // Single-file presenter copies: both languages.
  const copies = (pages: readonly BuiltPage[]) => new Set(pages.filter((p) => pageKind(p) === 'presenter-copy').map(pageLanguage));
  expect(copies(visited)).toEqual(copies(all));
});

for (const builtPage of visitedPages(listPages())) {
  const kind = pageKind(builtPage);

  if (isRedirectPage(builtPage)) {
    test(`${builtPage.path}: a retired address sends the reader on`, async ({ page }) => {
      const target = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(readPageHtml(builtPage))?.[1];
      expect(target, 'the refresh names its target').toBeTruthy();
      await page.goto(builtPage.path);
      await expect(page).toHaveURL((url) => url.pathname === target);
    });
    continue;
  }

  test(`${builtPage.path}: axe light and dark, no foreign request or console error, without JavaScript too`, async ({ page, noJs, baseURL }) => {
    test.setTimeout(120_000);
    const own = new URL(baseURL!).origin;
    const url = new URL(builtPage.path, own).href;
    const foreign = watchForeign(page, own);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));

    // Embeds and presenter views are measured as a slide: 1280×720.
    const slide = kind === 'embed' || kind === 'present' || kind === 'pinned-embed' || kind === 'presenter-copy';
    if (slide) await page.setViewportSize({ width: 1280, height: 720 });
    const response = await page.goto(url);
    const status = response?.status() ?? 0;
    if (isNotFoundPage(builtPage)) expect(status, 'status of the 404 page').toBeLessThan(500);
    else expect(status, `status of ${builtPage.path}`).toBeLessThan(400);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });

    // Light.
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
    const light = await axe(page, { tags: WCAG_TAGS }).analyze();
    expect.soft(light.violations.length, `axe, light scheme, on ${builtPage.path}:\n${formatViolations(light.violations)}`).toBe(0);
    const lightBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

    // Dark, on the same load: only the colour rules can change.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const darkBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect.soft(darkBackground, 'the page really turned dark').not.toBe(lightBackground);
    const dark = await axe(page, { rules: COLOUR_RULES }).analyze();
    expect.soft(dark.violations.length, `axe colour rules, dark scheme, on ${builtPage.path}:\n${formatViolations(dark.violations)}`).toBe(0);
    // The site's own dark state (the header's Dark button, an embed's theme=dark: data-theme="dark")
    // on a light device gives the very colours just checked, so the axe run above covers it too.
    const colours = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('html, body, a, .chart__svg svg')]
          .slice(0, 6)
          .map((e) => `${getComputedStyle(e).color} on ${getComputedStyle(e).backgroundColor}`)
          .join(' | '),
      );
    const emulatedDark = await colours();
    await page.emulateMedia({ colorScheme: 'light' });
    const theme = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    expect.soft(await colours(), 'data-theme="dark" on a light device: the same colours as the dark scheme').toBe(emulatedDark);
    await page.evaluate(
      (t) => (t === null ? document.documentElement.removeAttribute('data-theme') : document.documentElement.setAttribute('data-theme', t)),
      theme,
    );

    // Legible on a slide: 15-unit type drawn at 10 px or more. A chart the presenter view shows
    // in parts (more rows than a slide holds legibly) is checked part by part in present.spec.ts.
    // Read without waiting: most content pages have no chart (a locator would wait for one).
    const chartId = await page.evaluate(() => document.querySelector('figure.chart[data-chart]')?.getAttribute('data-chart') ?? null);
    if (slide && !(chartId && SHOWN_IN_PARTS.has(chartId)) && (await page.locator('.chart__svg:not([hidden]) svg').count()) > 0) {
      const svg = page.locator('.chart__svg:not([hidden]) svg').first();
      const box = (await svg.boundingBox())!;
      const [, , w, h] = (await svg.getAttribute('viewBox'))!.split(/\s+/).map(Number);
      const scale = Math.min(box.width / w!, box.height / h!);
      expect
        .soft(scale, `drawn at ${scale.toFixed(2)}× in a ${Math.round(box.width)}×${Math.round(box.height)} box at 1280×720`)
        .toBeGreaterThanOrEqual(10 / 15);
    }

    await page.waitForLoadState('networkidle');
    expect.soft(foreign, `requests to other origins with JavaScript on:\n${foreign.join('\n')}`).toEqual([]);
    // The 404 page is served with status 404 by design; Chromium logs that as a console error.
    expect
      .soft(
        errors.filter((e) => !(isNotFoundPage(builtPage) && /404/.test(e))),
        'console errors',
      )
      .toEqual([]);

    // Without JavaScript: the charts are drawn at build time, so they are all there.
    const foreignNoJs = watchForeign(noJs, own);
    await noJs.goto(url);
    // Read in one pass (a page may hold many charts): is the first <h1> visible, and for each
    // chart, how many drawings are shown and at what size. Visible as Playwright means it: a box
    // of non-zero size and not visibility:hidden.
    const shown = await noJs.evaluate(() => {
      const visible = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
      };
      const h1 = document.querySelector('h1');
      return {
        h1: h1 !== null && visible(h1),
        charts: [...document.querySelectorAll('figure.chart[data-chart]')].map((figure) => {
          // On pages each view is drawn narrow and wide and CSS shows one: count the visible drawing.
          const svgs = [...figure.querySelectorAll('.chart__svg:not([hidden]) svg[role="img"]')].filter(visible);
          const box = svgs[0]?.getBoundingClientRect();
          return { id: figure.getAttribute('data-chart') ?? '', views: svgs.length, area: box ? box.width * box.height : 0 };
        }),
      };
    });
    expect.soft(shown.h1, 'the first <h1> is visible without JavaScript').toBe(true);
    shown.charts.forEach(({ id, views, area }, i) => {
      const name = `chart #${i + 1} (${id}) without JavaScript`;
      expect.soft(views, `${name}: one view shown`).toBe(1);
      if (views === 1) expect.soft(area, `${name}: drawn at a size`).toBeGreaterThan(0);
    });
    await noJs.waitForLoadState('load');
    expect.soft(foreignNoJs, `requests to other origins without JavaScript:\n${foreignNoJs.join('\n')}`).toEqual([]);
  });
}
