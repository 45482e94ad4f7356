/**
 * The downloads every chart offers, built at build time, and what each one is called on
 * the page. One list feeds both the static route that writes the files
 * (src/pages/[...lang]/charts/[chart]/[file].ts) and the links under the chart
 * (src/components/chart/ChartDownloads.astro), so a link never points at a file that was not built.
 */
import type { ChartSpec } from '../charts/spec.ts';
import type { Evidence } from '../data/load.ts';
import { sourcesOf } from '../data/evidence.ts';
import { t } from '../i18n/index.ts';
import { apaFile, bibtexFile, risFile, type ChartCitation } from './citation.ts';
import { chartCsv } from './csv.ts';
import { outlineSvg } from './outline.ts';
import { chartPngAsync, pngSvgs } from './png.ts';
import { chartDeck } from './pptx.ts';
import { FORMATS, standaloneSvg } from './standalone-svg.ts';
import type { DownloadKind } from '../site/urls.ts';

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

/** How many slide PNGs a chart has: 1, or one per part of a tall chart. */
export function slidePartCount(x: ChartExport): number {
  return pngSvgs(exportInput(x), 'slide', 'light').length;
}

export interface ChartExport {
  spec: ChartSpec;
  evidence: Evidence;
  /** Absolute address of the page that shows the chart. */
  url: string;
  /** What a slide's QR code opens: the embed pinned to this data version (src/export/qr.ts). */
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
