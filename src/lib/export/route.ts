/**
 * The static endpoints that write every chart's downloads at build time, one file per
 * (chart, kind): `charts/<id>/<file>` in English, `nb/charts/<id>/<file>` in Norwegian.
 * The chart list is src/charts/index.ts, so a chart added there gets its downloads.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, chartSpec, type ChartId } from '../../charts/index.ts';
import { loadEvidence } from '../data/load.ts';
import type { Lang } from '../i18n.ts';
import { CONTENT_TYPE, DOWNLOAD_KINDS, buildDownload, chartPageUrl, downloadFileName, pinnedEmbedUrl, type DownloadKind } from './files.ts';

interface Props {
  id: ChartId;
  kind: DownloadKind;
}

export function downloadRoute(lang: Lang): { getStaticPaths: GetStaticPaths; GET: APIRoute<Props> } {
  return {
    getStaticPaths: () =>
      (Object.keys(charts) as ChartId[]).flatMap((id) =>
        DOWNLOAD_KINDS.map((kind) => ({ params: { chart: id, file: downloadFileName(id, kind) }, props: { id, kind } })),
      ),
    GET: async ({ props, site }) => {
      const { id, kind } = props;
      const evidence = loadEvidence();
      const url = chartPageUrl(id, lang, site, import.meta.env.BASE_URL);
      const pinnedUrl = pinnedEmbedUrl(id, lang, evidence.release.version, site, import.meta.env.BASE_URL);
      const body = await buildDownload(kind, { spec: chartSpec(id, evidence, lang), evidence, url, pinnedUrl });
      return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
        headers: { 'Content-Type': CONTENT_TYPE[kind] },
      });
    },
  };
}
