/**
 * Addresses and copy-paste code for embedding a chart elsewhere. Pure functions of the chart,
 * the site address and the base path, so pages, tests and docs all produce the same snippet.
 */
import type { Lang } from './i18n.ts';

export interface EmbedInput {
  site: URL | undefined;
  base: string;
  chartId: string;
  lang: Lang;
  title: string;
  /** The chart's drawn size, to give the frame a sensible aspect ratio without any script. */
  svgSize: { width?: number | undefined; height?: number | undefined };
  /** Pin to a data version: the embed then keeps that version's numbers. */
  version?: string;
}

/**
 * The frame's aspect ratio is set for a typical 640 px wide frame: the drawing scaled to that
 * width plus the text around it (title, summary, legend, source line). At other widths the
 * embed page scales the drawing to fit, so nothing scrolls or clips either way.
 */
const REFERENCE_WIDTH = 640;
const CHROME_HEIGHT = 210;

export function embedPath(base: string, chartId: string, lang: Lang, version?: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${lang === 'en' ? '' : `${lang}/`}embed/${version ? `v${version}/` : ''}${chartId}/`;
}

export function presentPath(base: string, chartId: string, lang: Lang): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${lang === 'en' ? '' : `${lang}/`}present/${chartId}/`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(input: EmbedInput): { src: string; present: string; html: string; script: string } {
  const origin = input.site ? input.site.origin : '';
  const src = `${origin}${embedPath(input.base, input.chartId, input.lang, input.version)}`;
  const drawn = ((input.svgSize.height ?? 300) * REFERENCE_WIDTH) / (input.svgSize.width ?? 420);
  const width = REFERENCE_WIDTH;
  const height = Math.round(drawn + CHROME_HEIGHT);
  const b = input.base.endsWith('/') ? input.base : `${input.base}/`;
  const html =
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(input.title)}" loading="lazy" ` +
    `style="width:100%;max-width:720px;aspect-ratio:${width}/${height};border:0" data-ips-embed></iframe>`;
  const script = `<script src="${origin}${b}embed-resize.js" defer></script>`;
  return { src, present: `${origin}${presentPath(input.base, input.chartId, input.lang)}`, html, script };
}
