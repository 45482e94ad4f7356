/**
 * Which built pages the browser visits. Every content page is visited, in both languages. Pages
 * that repeat one template with other data are sampled, deterministically (the same pages every
 * run, so a failure reproduces), as issue 12 asks ("templates that differ only in data are
 * sampled: at least one per release and per language"):
 *
 * - the per-chart pages, /charts/<chart>/, /embed/<chart>/ and /present/<chart>/ (and /nb/…):
 *   one template each, the chart the only difference. The sweep (axe, dark, no JavaScript) and
 *   the chart trials each open two of every kind, one per language, different charts each
 *   (`templateSample`). Every one of these pages, every chart in both languages, is still opened
 *   by tests/e2e/per-chart-pages.spec.ts (status, console, foreign requests, the chart drawn, and
 *   legible on a 1280×720 slide); every chart is also swept, in both languages, on the content
 *   page that shows it, which is always visited;
 * - pinned embeds, /embed/v<version>/<chart>/ (and /nb/…): one per released version and
 *   language in the sweep; every chart once, spread over the versions and languages, in
 *   per-chart-pages.spec.ts;
 * - single-file presenter copies, /present/<chart>/<chart>-presenter.html: the same chart as
 *   the presenter view beside it with everything inlined; one per language, a different chart
 *   in each (tests/e2e/present.spec.ts opens the storied ones from file:// as well).
 *
 * What is not visited is still read: tests/dist/ checks every page's HTML (structure without
 * JavaScript, CSP, links, validity).
 */
import { readPageHtml, type BuiltPage } from './built-site.ts';

export type PageKind = 'content' | 'chart-page' | 'embed' | 'present' | 'pinned-embed' | 'presenter-copy';
/** The kinds with one page per chart and language, the chart their only difference. */
export type PerChartKind = 'chart-page' | 'embed' | 'present';
export const PER_CHART_KINDS: readonly PerChartKind[] = ['chart-page', 'embed', 'present'];

const PINNED = /^\/(?:(nb)\/)?embed\/v(\d+\.\d+\.\d+)\/([a-z0-9-]+)\/$/;
const COPY = /^\/(?:(nb)\/)?present\/([a-z0-9-]+)\/\2-presenter\.html$/;
const PER_CHART = /^\/(?:(nb)\/)?(charts|embed|present)\/([a-z0-9-]+)\/$/;

export function pageKind(page: Pick<BuiltPage, 'route'>): PageKind {
  if (PINNED.test(page.route)) return 'pinned-embed';
  if (COPY.test(page.route)) return 'presenter-copy';
  const perChart = PER_CHART.exec(page.route);
  if (perChart) return perChart[2] === 'charts' ? 'chart-page' : (perChart[2] as 'embed' | 'present');
  if (/^\/(nb\/)?embed\//.test(page.route)) return 'embed';
  if (/^\/(nb\/)?present\//.test(page.route)) return 'present';
  return 'content';
}

/** The language of a page: 'nb' under /nb/, else 'en'. */
export const pageLanguage = (page: Pick<BuiltPage, 'route'>): 'en' | 'nb' => (page.route.startsWith('/nb/') ? 'nb' : 'en');

/** The chart a per-chart page, pinned embed or presenter copy shows; undefined for other pages. */
export function pageChart(page: Pick<BuiltPage, 'route'>): string | undefined {
  return PER_CHART.exec(page.route)?.[3] ?? PINNED.exec(page.route)?.[3] ?? COPY.exec(page.route)?.[2];
}

/** Who samples: the sweep and the chart trials take opposite languages of each per-chart page. */
export type Sampler = 'sweep' | 'interaction';

// Per kind, where the alternation starts, so that a chart's embed and presenter view are in
// different languages for each sampler.
const KIND_OFFSET: Record<PerChartKind, number> = { 'chart-page': 1, embed: 0, present: 1 };

/**
 * The per-chart pages a sampler opens: for every kind, every chart once, the i-th chart (in id
 * order) in English when i + the kind's offset (+ 1 for the sweep) is even, else in Norwegian.
 */
export function perChartSample(all: readonly BuiltPage[], sampler: Sampler): BuiltPage[] {
  const picked: BuiltPage[] = [];
  for (const kind of PER_CHART_KINDS) {
    const pages = all.filter((p) => pageKind(p) === kind);
    const ids = [...new Set(pages.map((p) => pageChart(p)!))].sort();
    ids.forEach((id, i) => {
      const lang = (i + KIND_OFFSET[kind] + (sampler === 'sweep' ? 1 : 0)) % 2 === 0 ? 'en' : 'nb';
      const page = pages.find((p) => pageChart(p) === id && pageLanguage(p) === lang) ?? pages.find((p) => pageChart(p) === id);
      if (page) picked.push(page);
    });
  }
  return picked;
}

/**
 * Picks, from pages keyed by (group, chart), every chart once with the groups taken in turn,
 * and then one page for any group still unvisited. `perChart: false` picks one page per group.
 */
function spread(pages: readonly { page: BuiltPage; group: string; chart: string }[], perChart: boolean): BuiltPage[] {
  const groups = [...new Set(pages.map((p) => p.group))].sort();
  const charts = [...new Set(pages.map((p) => p.chart))].sort();
  const find = (group: string, chart: string) => pages.find((p) => p.group === group && p.chart === chart)?.page;
  const picked = new Set<BuiltPage>();
  if (perChart) {
    charts.forEach((chart, i) => {
      const page = find(groups[i % groups.length]!, chart) ?? pages.find((p) => p.chart === chart)?.page;
      if (page) picked.add(page);
    });
  }
  groups.forEach((group, i) => {
    if ([...picked].some((p) => pages.find((x) => x.page === p)?.group === group)) return;
    const page = find(group, charts[i % charts.length]!) ?? pages.find((p) => p.group === group)?.page;
    if (page) picked.add(page);
  });
  return [...picked];
}

/**
 * Two pages of every per-chart kind, one per language, for the checks too costly to run on every
 * chart (axe, the chart trials): the k-th kind's English page shows the (2k + shift)-th chart in
 * id order and its Norwegian page the next, so the kinds and the samplers see different charts.
 */
export function templateSample(all: readonly BuiltPage[], shift: number): BuiltPage[] {
  return PER_CHART_KINDS.flatMap((kind, k) => {
    const pages = all.filter((p) => pageKind(p) === kind);
    const ids = [...new Set(pages.map((p) => pageChart(p)!))].sort();
    return (['en', 'nb'] as const).flatMap((lang, l) => {
      const id = ids[(2 * k + l + shift) % ids.length];
      return pages.filter((p) => pageChart(p) === id && pageLanguage(p) === lang);
    });
  });
}

/** Pinned embeds keyed by release and language (the group) and chart. */
export function pinnedGroups(all: readonly BuiltPage[]) {
  return all.flatMap((page) => {
    const m = PINNED.exec(page.route);
    return m ? [{ page, group: `v${m[2]} ${m[1] ?? 'en'}`, chart: m[3]! }] : [];
  });
}

/** Every chart once among the pinned embeds, the releases and languages taken in turn. */
export const pinnedEveryChart = (all: readonly BuiltPage[]): BuiltPage[] => spread(pinnedGroups(all), true);

/** The pages the sweep visits, in path order. */
export function visitedPages(all: readonly BuiltPage[]): BuiltPage[] {
  const pinned = pinnedGroups(all);
  const copies = all.flatMap((page) => {
    const m = COPY.exec(page.route);
    return m ? [{ page, group: m[1] ?? 'en', chart: m[2]! }] : [];
  });
  const sampled = new Set([...spread(pinned, false), ...spread(copies, false), ...templateSample(all, 0)]);
  return all.filter((p) => (pageKind(p) === 'content' ? true : sampled.has(p)));
}

/** The charts a page shows (data-chart), in page order, each once. */
export function chartsOn(page: BuiltPage): string[] {
  return [...new Set([...readPageHtml(page).matchAll(/data-chart="([a-z0-9-]+)"/g)].map((m) => m[1]!))];
}

/**
 * The charts the chart trials (chart-interaction.spec.ts) try on a content page: each content
 * page with charts is opened in both languages, and its charts are shared between them, the
 * j-th chart of the k-th page (in path order) tried in English when j + k is even, else in
 * Norwegian. So every chart on every content page is tried once, on every page with two charts
 * or more both languages are tried, and a page with one chart gives it to English and Norwegian
 * in turn.
 */
export function chartsToTry(page: BuiltPage, all: readonly BuiltPage[]): string[] {
  if (pageKind(page) !== 'content') return chartsOn(page);
  const twin = (p: Pick<BuiltPage, 'route'>) => p.route.replace(/^\/nb\//, '/');
  const withCharts = [...new Set(all.filter((p) => pageKind(p) === 'content' && chartsOn(p).length > 0).map(twin))].sort();
  const k = withCharts.indexOf(twin(page));
  const lang = pageLanguage(page) === 'en' ? 0 : 1;
  return chartsOn(page).filter((_, j) => (j + k) % 2 === lang);
}

/**
 * Charts whose presenter view comes in parts (more rows than a slide holds legibly), read from
 * the built presenter pages: tests/e2e/present.spec.ts checks those part by part.
 */
export function shownInParts(all: readonly BuiltPage[]): Set<string> {
  return new Set(all.filter((p) => pageKind(p) === 'present' && /class="present__part"/.test(readPageHtml(p))).map((p) => pageChart(p)!));
}
