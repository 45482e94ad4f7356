/**
 * The sizes of each kind of image a chart is downloaded as: the SVG document, the 16:9 slide,
 * the social card and the picture on a PowerPoint slide. A change to how large something is
 * printed in one output is made here.
 */

/** Sizes of one output. `height` absent: as tall as the content (the SVG download). */
export interface ExportFormat {
  width: number;
  height?: number;
  padX: number;
  padY: number;
  /** Font sizes in px of the output. */
  title: number;
  summary: number;
  legend: number;
  source: number;
  footer: number;
  /** Smallest sizes the layout may shrink the text to when it crowds the chart. */
  minTitle?: number;
  minSource?: number;
  minText?: number;
  /**
   * Smallest type of the chart itself, in px of the output. A chart that cannot be drawn that
   * large in one piece is shown in parts (src/export/sections.ts), one image each.
   */
  chartText?: number;
  /** Side of the QR code to the chart's address, in px, printed at the bottom right. */
  qr?: number;
  /** At most this many citations on the source line; the rest are counted ("and 8 more"). */
  maxSources?: number;
  /**
   * Only the summary, the legend and the chart: for a PowerPoint slide, which sets the title,
   * the sources and the QR code as its own (editable, searchable) text and picture.
   */
  bare?: boolean;
}

export const FORMATS = {
  /** The SVG download: the chart at its drawn size (420 px) with its text around it. */
  document: { width: 468, padX: 24, padY: 24, title: 22, summary: 15, legend: 15, source: 12, footer: 12 },
  /**
   * 16:9 slide: type legible from the back of a hall. Every piece of text, the chart's own
   * included, is at least 24 px at 1920 (the title 56): a tall chart is split into parts.
   */
  slide: {
    width: 1920,
    height: 1080,
    padX: 80,
    padY: 60,
    title: 56,
    summary: 34,
    legend: 32,
    source: 26,
    footer: 24,
    minTitle: 44,
    minSource: 24,
    minText: 24,
    chartText: 24,
    qr: 176,
  },
  /**
   * Social card (Open Graph / X large image), seen at ~500 px wide: a simple card whose words
   * (title, summary, legend, sources, address) are at least 24 px of 1200, i.e. 10 px as seen;
   * the chart beside them is a picture of its shape, as large as the room allows.
   */
  social: {
    width: 1200,
    height: 630,
    padX: 48,
    padY: 40,
    title: 44,
    summary: 28,
    legend: 26,
    source: 24,
    footer: 24,
    minTitle: 36,
    minSource: 24,
    minText: 24,
    maxSources: 2,
  },
  /**
   * The picture on a PowerPoint slide (src/export/pptx.ts): 10 × 3.875 in of the
   * 10 × 5.625 in slide, between the title and the sources; 24 px here is 9 pt on the slide.
   */
  deck: {
    width: 1920,
    height: 744,
    padX: 77,
    padY: 8,
    title: 0,
    summary: 34,
    legend: 32,
    source: 0,
    footer: 0,
    minText: 26,
    chartText: 24,
    bare: true,
  },
} as const satisfies Record<string, ExportFormat>;
export type FormatName = keyof typeof FORMATS;
