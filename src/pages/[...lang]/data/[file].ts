/**
 * The data downloads: /data/<dataset>.csv and .json for every dataset, and
 * /data/ips-evidence-data-<version>.zip, the whole release (and every earlier release's archive); in Norwegian /nb/data/<dataset>.csv
 * only, with Norwegian column names, ";" between fields and decimal commas (the JSON files and
 * the archive are the same in both languages and live only under /data/). See src/export/data-export.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDownloads, releaseArchives, type DataDownload } from '../../../export/data-export.ts';
import { dataDirectory, loadEvidence } from '../../../data/load.ts';
import type { Lang } from '../../../i18n/index.ts';
import { absolute, DEFAULT_LANG, langRoutes, localPath } from '../../../site/urls.ts';

const cache = new Map<Lang, DataDownload[]>();
// The archive's README names the page that lists the downloads, as the address to cite.
const files = (lang: Lang, site: URL | undefined) => {
  let hit = cache.get(lang);
  if (!hit) cache.set(lang, (hit = downloads(lang, absolute(site, localPath(lang, 'sources/', import.meta.env.BASE_URL)))));
  return hit;
};

/** A language's files; under /data/ also the archive of every earlier release, whose address stays. */
const downloads = (lang: Lang, dataPage?: string) => [
  ...dataDownloads(loadEvidence(), dataDirectory(), lang, dataPage),
  ...(lang === DEFAULT_LANG ? releaseArchives(dataDirectory(), dataPage) : []),
];

export const getStaticPaths: GetStaticPaths = () => langRoutes((lang) => downloads(lang).map((f) => ({ params: { file: f.name } })));

export const GET: APIRoute<{ lang: Lang }> = ({ params, props, site }) => {
  const f = files(props.lang, site).find((x) => x.name === params['file']);
  if (!f) return new Response('Not found', { status: 404 });
  const body = typeof f.body === 'string' ? f.body : new Uint8Array(f.body);
  return new Response(body, { headers: { 'content-type': f.contentType } });
};
