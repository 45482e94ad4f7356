/**
 * The static endpoints that write every chart's downloads at build time, one file per
 * (language, chart, kind): `charts/<id>/<file>` in English, `nb/charts/<id>/<file>` in Norwegian;
 * and one PowerPoint deck per topic, `charts/decks/<topic>.pptx` (src/pages/[...lang]/charts/).
 * File names and addresses are src/site/urls.ts's.
 * The chart list is src/charts/index.ts, so a chart added there gets its downloads.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, chartSpec, type ChartId } from '../charts/index.ts';
import { loadEvidence, type Evidence } from '../data/load.ts';
import type { Topic } from '../data/schemas.ts';
import type { Lang } from '../i18n/index.ts';
import { CONTENT_TYPE, PPTX_TYPE, buildDownload, slidePartCount, type ChartExport } from './files.ts';
import { chartTopics, topicDeck } from './pptx.ts';
import {
  DOWNLOAD_KINDS,
  PART_KINDS,
  chartPageUrl,
  deckFileName,
  downloadFileName,
  langRoutes,
  pinnedEmbedUrl,
  slideUrl,
  type DownloadKind,
} from '../site/urls.ts';

interface Props {
  lang: Lang;
  id: ChartId;
  kind: DownloadKind;
  part: number;
}

/** A chart, ready to export, with the addresses of this build (site and base). */
export function chartExport(id: ChartId, lang: Lang, evidence: Evidence, site: URL | string | undefined): ChartExport {
  const base = import.meta.env.BASE_URL;
  return {
    spec: chartSpec(id, evidence, lang),
    evidence,
    url: chartPageUrl(lang, id, site, base),
    link: slideUrl(lang, id, evidence.release.version, site, base),
    pinnedUrl: pinnedEmbedUrl(lang, id, evidence.release.version, site, base),
  };
}

export function downloadRoute(): { getStaticPaths: GetStaticPaths; GET: APIRoute<Props> } {
  return {
    getStaticPaths: () => {
      const evidence = loadEvidence();
      return langRoutes((lang) =>
        (Object.keys(charts) as ChartId[]).flatMap((id) => {
          const parts = slidePartCount(chartExport(id, lang, evidence, import.meta.env.SITE));
          return DOWNLOAD_KINDS.flatMap((kind) =>
            Array.from({ length: (PART_KINDS as readonly string[]).includes(kind) ? parts : 1 }, (_, part) => ({
              params: { chart: id, file: downloadFileName(id, kind, part) },
              props: { id, kind, part },
            })),
          );
        }),
      );
    },
    GET: async ({ props, site }) => {
      const { lang, id, kind, part } = props;
      const body = await buildDownload(kind, chartExport(id, lang, loadEvidence(), site), part);
      return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
        headers: { 'Content-Type': CONTENT_TYPE[kind] },
      });
    },
  };
}

/** The topics that have a deck: those some chart draws figures of. */
export function deckTopics(lang: Lang): Topic[] {
  const evidence = loadEvidence();
  const found = new Set((Object.keys(charts) as ChartId[]).flatMap((id) => chartTopics(chartSpec(id, evidence, lang), evidence)));
  return [...found];
}

export function deckRoute(): { getStaticPaths: GetStaticPaths; GET: APIRoute<{ lang: Lang; topic: Topic }> } {
  return {
    getStaticPaths: () => langRoutes((lang) => deckTopics(lang).map((topic) => ({ params: { file: deckFileName(topic) }, props: { topic } }))),
    GET: async ({ props, site }) => {
      const { lang } = props;
      const evidence = loadEvidence();
      const ids = (Object.keys(charts) as ChartId[]).filter((id) => chartTopics(chartSpec(id, evidence, lang), evidence).includes(props.topic));
      const body = await topicDeck(
        props.topic,
        lang,
        ids.map((id) => chartExport(id, lang, evidence, site)),
      );
      return new Response(new Uint8Array(body), { headers: { 'Content-Type': PPTX_TYPE } });
    },
  };
}
