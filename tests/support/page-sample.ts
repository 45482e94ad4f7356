/**
 * Which built pages the browser visits. Every content page, every current embed and every
 * presenter view is visited. Two kinds of page repeat a template with other data and are
 * sampled, deterministically (the same pages every run, so a failure reproduces):
 *
 * - pinned embeds, /embed/v<version>/<chart>/ (and /nb/…): every chart once, spread over the
 *   released versions and both languages, so every release and every language is visited too;
 * - single-file presenter copies, /present/<chart>/<chart>-presenter.html: the same chart as
 *   the presenter view beside it with everything inlined; one per language, a different chart
 *   in each (tests/e2e/present.spec.ts opens the storied ones from file:// as well).
 *
 * What is not visited is still read: tests/dist/ checks every page's HTML (structure without
 * JavaScript, CSP, links, validity).
 */
import type { BuiltPage } from './built-site.ts';

export type PageKind = 'content' | 'embed' | 'present' | 'pinned-embed' | 'presenter-copy';

const PINNED = /^\/(?:(nb)\/)?embed\/v(\d+\.\d+\.\d+)\/([a-z0-9-]+)\/$/;
const COPY = /^\/(?:(nb)\/)?present\/([a-z0-9-]+)\/\2-presenter\.html$/;

export function pageKind(page: Pick<BuiltPage, 'route'>): PageKind {
  if (PINNED.test(page.route)) return 'pinned-embed';
  if (COPY.test(page.route)) return 'presenter-copy';
  if (/^\/(nb\/)?embed\//.test(page.route)) return 'embed';
  if (/^\/(nb\/)?present\//.test(page.route)) return 'present';
  return 'content';
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

/** The pages the browser visits, in path order. */
export function visitedPages(all: readonly BuiltPage[]): BuiltPage[] {
  const pinned = all.flatMap((page) => {
    const m = PINNED.exec(page.route);
    return m ? [{ page, group: `v${m[2]} ${m[1] ?? 'en'}`, chart: m[3]! }] : [];
  });
  const copies = all.flatMap((page) => {
    const m = COPY.exec(page.route);
    return m ? [{ page, group: m[1] ?? 'en', chart: m[2]! }] : [];
  });
  const sampled = new Set([...spread(pinned, true), ...spread(copies, false)]);
  return all.filter((p) => {
    const kind = pageKind(p);
    return kind === 'pinned-embed' || kind === 'presenter-copy' ? sampled.has(p) : true;
  });
}
