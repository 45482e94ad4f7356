/**
 * The data downloads: /data/<dataset>.csv and .json for every dataset, and
 * /data/ips-evidence-data-<version>.zip, the whole release, for every released version (src/lib/data-export.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDownloads, releaseArchives, type DataDownload } from '../../lib/data-export.ts';
import { dataDirectory, loadEvidence } from '../../lib/data/load.ts';
import { absoluteUrl } from '../../lib/export/files.ts';

let cache: DataDownload[] | undefined;
// The archive's README names the page that lists the downloads, as the address to cite.
const files = (site: URL | undefined) => {
  const dataPage = absoluteUrl(site, import.meta.env.BASE_URL, 'sources/');
  return (cache ??= [...dataDownloads(loadEvidence(), dataDirectory(), 'en', dataPage), ...releaseArchives(dataDirectory(), dataPage)]);
};

export const getStaticPaths: GetStaticPaths = () =>
  [...dataDownloads(loadEvidence(), dataDirectory()), ...releaseArchives(dataDirectory())].map((f) => ({ params: { file: f.name } }));

export const GET: APIRoute = ({ params, site }) => {
  const f = files(site).find((x) => x.name === params['file']);
  if (!f) return new Response('Not found', { status: 404 });
  const body = typeof f.body === 'string' ? f.body : new Uint8Array(f.body);
  return new Response(body, { headers: { 'content-type': f.contentType } });
};
