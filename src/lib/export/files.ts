/**
 * The downloads every chart offers, built at build time, and what each one is called on
 * the page. One list feeds both the static route that writes the files
 * (src/pages/charts/[chart]/[file].ts) and the links under the chart
 * (src/components/ChartDownloads.astro), so a link never points at a file that was not built.
 */
import type { ChartSpec } from '../../charts/spec.ts';
import { chartPages } from '../chart-pages.ts';
import { listReleases } from '../data/releases.ts';
import type { Evidence } from '../data/load.ts';
import { sourcesOf } from '../evidence.ts';
import { t, type Lang } from '../i18n.ts';
import { apaFile, bibtexFile, risFile, type ChartCitation } from './citation.ts';
import { chartCsv } from './csv.ts';
import { chartPngAsync } from './png.ts';
import { FORMATS, standaloneSvg } from './standalone-svg.ts';

export const DOWNLOAD_KINDS = [
  'svg',
  'slide-light',
  'slide-dark',
  'social-light',
  'social-dark',
  'csv',
  'bib',
  'ris',
  'apa',
] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

const SUFFIX: Record<DownloadKind, string> = {
  svg: '.svg',
  'slide-light': '-slide-light.png',
  'slide-dark': '-slide-dark.png',
  'social-light': '-social-light.png',
  'social-dark': '-social-dark.png',
  csv: '.csv',
  bib: '.bib',
  ris: '.ris',
  apa: '-apa.txt',
};

export const CONTENT_TYPE: Record<DownloadKind, string> = {
  svg: 'image/svg+xml',
  'slide-light': 'image/png',
  'slide-dark': 'image/png',
  'social-light': 'image/png',
  'social-dark': 'image/png',
  csv: 'text/csv; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  apa: 'text/plain; charset=utf-8',
};

/** The file's name, e.g. `trial-headlines-slide-dark.png`. */
export function downloadFileName(chartId: string, kind: DownloadKind): string {
  return `${chartId}${SUFFIX[kind]}`;
}

/** The file's path from the site's base: `charts/<id>/<file>`, under `nb/` for Norwegian. */
export function downloadPath(chartId: string, kind: DownloadKind, lang: Lang): string {
  return `${lang === 'en' ? '' : `${lang}/`}charts/${chartId}/${downloadFileName(chartId, kind)}`;
}

/** The kind a file name stands for, or undefined. */
export function downloadKindOf(chartId: string, fileName: string): DownloadKind | undefined {
  return DOWNLOAD_KINDS.find((k) => downloadFileName(chartId, k) === fileName);
}

export interface ChartExport {
  spec: ChartSpec;
  evidence: Evidence;
  /** Absolute address of the page that shows the chart. */
  url: string;
  /** Absolute address of the embed pinned to this data version, when it is released (pinnedEmbedUrl). */
  pinnedUrl?: string | undefined;
}

export function chartCitation(x: ChartExport): ChartCitation {
  return {
    ...(x.pinnedUrl ? { pinnedUrl: x.pinnedUrl } : {}),
    id: x.spec.id,
    title: x.spec.title,
    siteName: t(x.spec.lang, 'siteName'),
    version: x.evidence.release.version,
    date: x.evidence.release.date,
    url: x.url,
    lang: x.spec.lang,
  };
}

/** The file's bytes (PNG) or text (everything else). */
export async function buildDownload(kind: DownloadKind, x: ChartExport): Promise<Uint8Array | string> {
  const input = { spec: x.spec, evidence: x.evidence, url: x.url };
  const sources = () => sourcesOf(x.evidence, x.spec.figures);
  switch (kind) {
    case 'svg':
      return standaloneSvg(input, FORMATS.document, { theme: 'light' });
    case 'slide-light':
      return chartPngAsync(input, 'slide', 'light');
    case 'slide-dark':
      return chartPngAsync(input, 'slide', 'dark');
    case 'social-light':
      return chartPngAsync(input, 'social', 'light');
    case 'social-dark':
      return chartPngAsync(input, 'social', 'dark');
    case 'csv':
      return chartCsv(x.evidence, x.spec.figures, x.spec.lang);
    case 'bib':
      return bibtexFile(chartCitation(x), sources());
    case 'ris':
      return risFile(chartCitation(x), sources());
    case 'apa':
      return apaFile(chartCitation(x), sources());
  }
}

// ---------------------------------------------------------------- where a chart is shown

/**
 * The address a chart is cited by: the page that shows it (src/lib/chart-pages.ts, the
 * same page embeds link back to), with the figure's anchor; the language's home page when
 * no page shows it yet.
 */
export function chartPageUrl(chartId: string, lang: Lang, site: URL | string | undefined, base: string): string {
  const page = chartPages(lang).get(chartId) ?? '';
  return absoluteUrl(site, base, `${lang === 'en' ? '' : `${lang}/`}${page}#chart-${chartId}`);
}

/**
 * The embed pinned to a data version, /embed/v<version>/<id>/ (under /nb/ in Norwegian), when
 * that version is released (data/releases/<version>/, built by src/lib/embed-routes.ts); a
 * version not yet released has no pinned address, and undefined is returned.
 */
export function pinnedEmbedUrl(chartId: string, lang: Lang, version: string, site: URL | string | undefined, base: string): string | undefined {
  if (!listReleases().some((r) => r.version === version)) return undefined;
  return absoluteUrl(site, base, `${lang === 'en' ? '' : `${lang}/`}embed/v${version}/${chartId}/`);
}

/** `site` + `base` + a path, as an absolute URL. */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return new URL(`${b}${path}`, site ?? 'http://localhost:4321').href;
}
