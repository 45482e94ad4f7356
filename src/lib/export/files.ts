/**
 * The downloads every chart offers, built at build time, and what each one is called on
 * the page. One list feeds both the static route that writes the files
 * (src/pages/charts/[chart]/[file].ts) and the links under the chart
 * (src/components/ChartDownloads.astro), so a link never points at a file that was not built.
 */
import type { ChartSpec } from '../../charts/spec.ts';
import type { Evidence } from '../data/load.ts';
import { sourcesOf } from '../evidence.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { apaFile, bibtexFile, risFile, type ChartCitation } from './citation.ts';
import { chartCsv } from './csv.ts';
import { outlineSvg } from './outline.ts';
import { chartPngAsync, pngSvgs } from './png.ts';
import { chartDeck } from './pptx.ts';
import { FORMATS, standaloneSvg } from './standalone-svg.ts';
import { langDir } from './urls.ts';

export const DOWNLOAD_KINDS = [
  'svg',
  'svg-outlines',
  'pptx',
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
  'svg-outlines': '-outlines.svg',
  pptx: '.pptx',
  'slide-light': '-slide-light.png',
  'slide-dark': '-slide-dark.png',
  'social-light': '-social-light.png',
  'social-dark': '-social-dark.png',
  csv: '.csv',
  bib: '.bib',
  ris: '.ris',
  apa: '-apa.txt',
};

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export const CONTENT_TYPE: Record<DownloadKind, string> = {
  svg: 'image/svg+xml',
  'svg-outlines': 'image/svg+xml',
  pptx: PPTX_TYPE,
  'slide-light': 'image/png',
  'slide-dark': 'image/png',
  'social-light': 'image/png',
  'social-dark': 'image/png',
  csv: 'text/csv; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  apa: 'text/plain; charset=utf-8',
};

/** Kinds that a tall chart has in parts, one file each (the first keeps the plain name). */
export const PART_KINDS = ['slide-light', 'slide-dark'] as const satisfies readonly DownloadKind[];
export type PartKind = (typeof PART_KINDS)[number];
const isPartKind = (k: DownloadKind): k is PartKind => (PART_KINDS as readonly string[]).includes(k);

/**
 * The file's name, e.g. `trial-headlines-slide-dark.png`; a later part of a slide PNG
 * (`part` counted from 0) is `individual-trials-slide-dark-2.png`.
 */
export function downloadFileName(chartId: string, kind: DownloadKind, part = 0): string {
  if (part > 0 && isPartKind(kind)) return `${chartId}${SUFFIX[kind].replace(/\.png$/, `-${part + 1}.png`)}`;
  return `${chartId}${SUFFIX[kind]}`;
}

/** The file's path from the site's base: `charts/<id>/<file>`, under `nb/` for Norwegian. */
export function downloadPath(chartId: string, kind: DownloadKind, lang: Lang, part = 0): string {
  return `${langDir(lang)}charts/${chartId}/${downloadFileName(chartId, kind, part)}`;
}

/** The kind a file name stands for, or undefined. */
export function downloadKindOf(chartId: string, fileName: string): DownloadKind | undefined {
  return DOWNLOAD_KINDS.find((k) => downloadFileName(chartId, k) === fileName);
}

/** How many slide PNGs a chart has: 1, or one per part of a tall chart. */
export function slidePartCount(x: ChartExport): number {
  return pngSvgs(exportInput(x), 'slide', 'light').length;
}

export interface ChartExport {
  spec: ChartSpec;
  evidence: Evidence;
  /** Absolute address of the page that shows the chart. */
  url: string;
  /** What a slide's QR code opens: the embed pinned to this data version (src/lib/export/qr.ts). */
  link?: string;
  /** Absolute address of the embed pinned to this data version, when it is released (pinnedEmbedUrl). */
  pinnedUrl?: string | undefined;
}

const exportInput = (x: ChartExport) => ({ spec: x.spec, evidence: x.evidence, url: x.url, ...(x.link ? { link: x.link } : {}) });

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

/** The file's bytes (PNG, PowerPoint) or text (everything else); `part` of a slide PNG from 0. */
export async function buildDownload(kind: DownloadKind, x: ChartExport, part = 0): Promise<Uint8Array | string> {
  const input = exportInput(x);
  const sources = () => sourcesOf(x.evidence, x.spec.figures);
  switch (kind) {
    case 'svg':
      return standaloneSvg(input, FORMATS.document, { theme: 'light' });
    case 'svg-outlines':
      return outlineSvg(standaloneSvg(input, FORMATS.document, { theme: 'light' }));
    case 'pptx':
      return chartDeck(x);
    case 'slide-light':
      return chartPngAsync(input, 'slide', 'light', part);
    case 'slide-dark':
      return chartPngAsync(input, 'slide', 'dark', part);
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

// Where a chart is shown: in urls.ts (qr.ts needs them too, without the rest of this module).
export { absoluteUrl, chartPageUrl, pinnedEmbedUrl } from './urls.ts';
