/**
 * The data downloads in Norwegian: /nb/data/<dataset>.csv for every dataset, with Norwegian
 * column names, ";" between fields and decimal commas (src/lib/data-export.ts). The JSON files
 * and the archive are the same in both languages and live only under /data/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDownloads, type DataDownload } from '../../../lib/data-export.ts';
import { dataDirectory, loadEvidence } from '../../../lib/data/load.ts';

let cache: DataDownload[] | undefined;
const files = () => (cache ??= dataDownloads(loadEvidence(), dataDirectory(), 'nb'));

export const getStaticPaths: GetStaticPaths = () => files().map((f) => ({ params: { file: f.name } }));

export const GET: APIRoute = ({ params }) => {
  const f = files().find((x) => x.name === params['file']);
  if (!f) return new Response('Not found', { status: 404 });
  return new Response(f.body as string, { headers: { 'content-type': f.contentType } });
};
