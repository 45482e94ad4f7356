/**
 * The static paths of the per-chart pages: the chart pages and presenter views (one per chart
 * and language), and the embed pages: every chart for the current data, and every chart for
 * every released data version (pinned embeds), so a version once embedded stays built.
 */
import { charts, chartSpec, type ChartId } from '../charts/index.ts';
import { loadEvidence, type Evidence } from '../data/load.ts';
import { listReleases } from '../data/releases.ts';
import { withStructureOf } from './site-structure.ts';
import { oembedFor } from './embed.ts';
import type { Lang } from '../i18n/index.ts';
import { langRoutes } from './urls.ts';

export interface EmbedRoute {
  params: { path: string };
  props: { chartId: ChartId; evidence: Evidence; pinned?: string; latest: string };
}

export function embedRoutes(): EmbedRoute[] {
  const current = loadEvidence();
  const latest = current.release.version;
  const ids = Object.keys(charts) as ChartId[];
  const routes: EmbedRoute[] = ids.map((chartId) => ({ params: { path: chartId }, props: { chartId, evidence: current, latest } }));
  for (const release of listReleases()) {
    // A release from before the structure lived in data/ shows the current trials' overview.
    const evidence = withStructureOf(loadEvidence(release.dir), current);
    // A chart added after a release has no pinned page for it: its ids or data may not exist there.
    for (const chartId of ids) {
      try {
        chartSpec(chartId, evidence, 'en');
      } catch {
        continue;
      }
      routes.push({ params: { path: `v${release.version}/${chartId}` }, props: { chartId, evidence, pinned: release.version, latest } });
    }
  }
  return routes;
}

/** The static paths of a page per chart and language: /charts/<id>/, /present/<id>/ and their /nb/ twins. */
export function chartRoutes() {
  return langRoutes(() => (Object.keys(charts) as ChartId[]).map((chart) => ({ params: { chart }, props: { chartId: chart } })));
}

/**
 * The static oEmbed answer (https://oembed.com/, type "rich") of every embed page, at
 * <embed page>oembed.json; each embed page links to its own (rel="alternate",
 * type="application/json+oembed"), so a CMS given the embed's address finds the snippet.
 */
export function oembedRoute() {
  return {
    getStaticPaths: () => langRoutes(() => embedRoutes()),
    GET: ({ props, site }: { props: EmbedRoute['props'] & { lang: Lang }; site: URL | undefined }) => {
      const { lang } = props;
      const spec = chartSpec(props.chartId, props.evidence, lang);
      const body = oembedFor({
        site,
        base: import.meta.env.BASE_URL,
        spec,
        evidence: props.evidence,
        lang,
        ...(props.pinned ? { version: props.pinned } : {}),
      });
      return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json+oembed; charset=utf-8' } });
    },
  };
}
