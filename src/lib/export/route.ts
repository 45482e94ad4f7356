/**
 * The static endpoints that write every chart's downloads at build time, one file per
 * (chart, kind): `charts/<id>/<file>` in English, `nb/charts/<id>/<file>` in Norwegian; and
 * one PowerPoint deck per topic, `charts/decks/<topic>.pptx`.
 * The chart list is src/charts/index.ts, so a chart added there gets its downloads.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, chartSpec, type ChartId } from '../../charts/index.ts';
import { loadEvidence, type Evidence } from '../data/load.ts';
import type { Topic } from '../data/schemas.ts';
import type { Lang } from '../../i18n/index.ts';
import {
  CONTENT_TYPE,
  DOWNLOAD_KINDS,
  PART_KINDS,
  PPTX_TYPE,
  buildDownload,
  chartPageUrl,
  downloadFileName,
  pinnedEmbedUrl,
  slidePartCount,
  type ChartExport,
  type DownloadKind,
} from './files.ts';
import { chartTopics, topicDeck } from './pptx.ts';
import { slideUrl } from './qr.ts';

interface Props {
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
    url: chartPageUrl(id, lang, site, base),
    link: slideUrl(id, lang, evidence.release.version, site, base),
    pinnedUrl: pinnedEmbedUrl(id, lang, evidence.release.version, site, base),
  };
}

export function downloadRoute(lang: Lang): { getStaticPaths: GetStaticPaths; GET: APIRoute<Props> } {
  return {
    getStaticPaths: () => {
      const evidence = loadEvidence();
      return (Object.keys(charts) as ChartId[]).flatMap((id) => {
        const parts = slidePartCount(chartExport(id, lang, evidence, import.meta.env.SITE));
        return DOWNLOAD_KINDS.flatMap((kind) =>
          Array.from({ length: (PART_KINDS as readonly string[]).includes(kind) ? parts : 1 }, (_, part) => ({
            params: { chart: id, file: downloadFileName(id, kind, part) },
            props: { id, kind, part },
          })),
        );
      });
    },
    GET: async ({ props, site }) => {
      const { id, kind, part } = props;
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

/** The file name of a topic's deck, e.g. `norway.pptx`. */
export const deckFileName = (topic: Topic) => `${topic}.pptx`;

export function deckRoute(lang: Lang): { getStaticPaths: GetStaticPaths; GET: APIRoute<{ topic: Topic }> } {
  return {
    getStaticPaths: () => deckTopics(lang).map((topic) => ({ params: { file: deckFileName(topic) }, props: { topic } })),
    GET: async ({ props, site }) => {
      const evidence = loadEvidence();
      const ids = (Object.keys(charts) as ChartId[]).filter((id) => chartTopics(chartSpec(id, evidence, lang), evidence).includes(props.topic));
      const body = await topicDeck(props.topic, lang, ids.map((id) => chartExport(id, lang, evidence, site)));
      return new Response(new Uint8Array(body), { headers: { 'Content-Type': PPTX_TYPE } });
    },
  };
}
