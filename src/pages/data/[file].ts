/**
 * The data downloads: /data/<dataset>.csv and .json for every dataset, and
 * /data/ips-evidence-data-<version>.zip, the whole release (src/lib/data-export.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDownloads, type DataDownload } from '../../lib/data-export.ts';
import { dataDirectory, loadEvidence } from '../../lib/data/load.ts';

let cache: DataDownload[] | undefined;
const files = () => (cache ??= dataDownloads(loadEvidence(), dataDirectory()));

export const getStaticPaths: GetStaticPaths = () => files().map((f) => ({ params: { file: f.name } }));

export const GET: APIRoute = ({ params }) => {
  const f = files().find((x) => x.name === params['file']);
  if (!f) return new Response('Not found', { status: 404 });
  const body = typeof f.body === 'string' ? f.body : new Uint8Array(f.body);
  return new Response(body, { headers: { 'content-type': f.contentType } });
};
