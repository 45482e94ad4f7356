/**
 * The code a host pastes to embed a chart, and the frame size that code asks for. Pure functions
 * of plain values (no DOM, no Astro), so the chart page, the oEmbed answer and the tests all get
 * the same snippet.
 *
 * Why the frame size is computed here: an iframe cannot know its content's height without a
 * script on the host page, and many hosts (CMSs, slide tools) allow none. So the snippet gives the
 * frame an aspect ratio, and the embed page (src/components/shell/EmbedPage.astro) fits the chart into
 * whatever box it gets. For the chart to be legible and not just "fitted", the ratio has to leave
 * the drawing its full width at every width. The embed page's type scales with the frame above
 * EMBED_REFERENCE_WIDTH (the layout is then the reference layout, scaled, and one ratio fits all
 * sizes) and stops shrinking at a floor below it (the words then take relatively more height).
 * So the ratio is the larger of what the layout needs at the reference width and at the narrow
 * width, from the same type scale the page's CSS is written from (EMBED_TYPE).
 */

import { escapeXml } from './escape.ts';

/** Above this frame width, everything in the embed scales with the frame. */
export const EMBED_REFERENCE_WIDTH = 640;
/** The narrowest frame a chart's text must stay legible in (phones in portrait, narrow columns). */
export const EMBED_NARROW_WIDTH = 320;
/** Below this frame width the summary is visually hidden (still read by screen readers). */
export const EMBED_SUMMARY_MIN_WIDTH = 480;

interface TypeStep {
  /** Size in px at the reference width; it scales with the frame above it. */
  ref: number;
  /** Never smaller than this, in px. */
  min: number;
}
interface TextStep extends TypeStep {
  lineHeight: number;
  /** At most this many lines (CSS line-clamp), so a long text cannot push the chart out. */
  maxLines: number;
  /** Average glyph advance in em, a little generous, for estimating line breaks. */
  advance: number;
  /** Space under (or over, for the footer) the block, in em. */
  gap: number;
}

/**
 * The embed page's type scale. EmbedPage.astro writes these into CSS custom properties, so the
 * page and this model cannot drift apart.
 */
export const EMBED_TYPE = {
  pad: { ref: 16, min: 8 },
  /**
   * The drawing's widest: charts are drawn 420 px wide with 15 px type, so at the full width of a
   * 640 px frame their labels would outsize the title. Capped, they stay below the title's size;
   * in narrow frames (below `min`) the drawing takes the full width.
   */
  drawing: { ref: 600, min: 320 },
  title: { ref: 24, min: 15, lineHeight: 1.2, maxLines: 3, advance: 0.58, gap: 0.3 },
  summary: { ref: 16, min: 13, lineHeight: 1.4, maxLines: 6, advance: 0.52, gap: 0.4 },
  legend: { ref: 15, min: 12, lineHeight: 1.4, maxLines: 3, advance: 0.52, gap: 0.4 },
  footer: { ref: 13, min: 11, lineHeight: 1.35, maxLines: 4, advance: 0.52, gap: 0.3 },
} as const satisfies { pad: TypeStep; drawing: TypeStep } & Record<'title' | 'summary' | 'legend' | 'footer', TextStep>;

/**
 * Type is sized by the frame's width, but never more than a frame this much wider than tall
 * allows: in a landscape frame (a slide) the height is what runs out, so the type follows it.
 * 1vh binds below a height of 0.75 × width.
 */
export const EMBED_LANDSCAPE_RATIO = 0.75;

/** The size of a type step at a frame width, as the CSS computes it (for a frame not landscape). */
export function typeSize(step: TypeStep, frameWidth: number): number {
  return Math.max(step.min, (step.ref * frameWidth) / EMBED_REFERENCE_WIDTH);
}

/** What the layout model needs to know about a chart: its words and the drawn size of each view. */
export interface EmbedLayoutInput {
  title: string;
  summary: string;
  legend: readonly string[];
  /** The view switch's labels (its legend word first); empty when the chart has one view. */
  viewLabels: readonly string[];
  /** The source line as plain text, status badges included (each counts two characters more, for its padding). */
  sources: string;
  /** The line under it: site name and data version. */
  credit: string;
  /** Plot's width and height for each view. */
  views: ReadonlyArray<{ width?: number | undefined; height?: number | undefined }>;
}

/** Lines a text of `chars` characters takes in a box `width` px wide at `size` px. */
function lines(chars: number, width: number, size: number, advance: number): number {
  // Words do not break mid-word, so a line holds on average about half a word less than it could.
  const perLine = Math.max(1, Math.floor(width / (size * advance)) - 4);
  return Math.max(1, Math.ceil(chars / perLine));
}

/** Lines a row of legend items (swatch + label, wrapping as whole items) takes. */
function itemLines(labels: readonly string[], width: number, size: number, advance: number): number {
  let rows = 1;
  let used = 0;
  for (const label of labels) {
    // Swatch 0.9em + 0.4em space before the label, 1.25em gap after it (Chart.astro's legend).
    const w = (label.length * advance + 2.55) * size;
    if (used > 0 && used + w > width) {
      rows++;
      used = 0;
    }
    used += w;
  }
  return rows;
}

/** The drawing's height per unit of width: the tallest view, so switching views never makes it shrink. */
export function drawingAspect(views: EmbedLayoutInput['views']): number {
  const aspects = views.map((v) => (v.height ?? 300) / (v.width ?? 420));
  return Math.max(...aspects);
}

export interface EmbedLayoutEstimate {
  frameWidth: number;
  /** Height of the words and padding around the drawing. */
  words: number;
  /** Height of the drawing at its full width (the inner width, up to EMBED_TYPE.drawing). */
  drawing: number;
  /** The frame height that gives the drawing its full width. */
  height: number;
}

/** The embed page's layout at a frame width (portrait or square frames), estimated from the type scale. */
export function estimateLayout(input: EmbedLayoutInput, frameWidth: number): EmbedLayoutEstimate {
  const pad = typeSize(EMBED_TYPE.pad, frameWidth);
  const inner = frameWidth - 2 * pad;
  const block = (step: TextStep, chars: number) => {
    const size = typeSize(step, frameWidth);
    const n = Math.min(step.maxLines, lines(chars, inner, size, step.advance));
    return size * (n * step.lineHeight + step.gap);
  };
  let words = 2 * pad + block(EMBED_TYPE.title, input.title.length);
  if (frameWidth >= EMBED_SUMMARY_MIN_WIDTH) words += block(EMBED_TYPE.summary, input.summary.length);
  const legend = EMBED_TYPE.legend;
  const legendSize = typeSize(legend, frameWidth);
  const itemBlock = (labels: readonly string[]) =>
    legendSize * (Math.min(legend.maxLines, itemLines(labels, inner, legendSize, legend.advance)) * legend.lineHeight + legend.gap);
  if (input.legend.length > 0) words += itemBlock(input.legend);
  if (input.viewLabels.length > 0) words += itemBlock(input.viewLabels);
  words += block(EMBED_TYPE.footer, input.sources.length);
  words += block(EMBED_TYPE.footer, input.credit.length);
  const drawingWidth = Math.min(inner, typeSize(EMBED_TYPE.drawing, frameWidth));
  const drawing = drawingWidth * drawingAspect(input.views);
  return { frameWidth, words, drawing, height: words + drawing };
}

export interface EmbedFrame {
  /** The aspect ratio as width / height, at the reference width. */
  width: number;
  height: number;
  /** The widest the responsive frame gets: tall charts stop earlier, so the frame stays scrollable past. */
  maxWidth: number;
}

/** A little room for fonts wider than the estimate (the host's system font is not ours). */
const SAFETY = 1.05;
/** The tallest a responsive frame should get at its widest, in px. */
const MAX_FRAME_HEIGHT = 1500;
const MAX_FRAME_WIDTH = 720;

/**
 * The responsive frame's aspect ratio: the larger of what the layout needs at the reference width
 * and at the narrow width (where the type stops shrinking), so the drawing gets its full width at
 * every frame width from narrow to wide.
 */
export function embedFrame(input: EmbedLayoutInput): EmbedFrame {
  const needs = [EMBED_NARROW_WIDTH, EMBED_REFERENCE_WIDTH].map((w) => estimateLayout(input, w).height / w);
  const ratio = Math.max(...needs) * SAFETY;
  const width = EMBED_REFERENCE_WIDTH;
  const height = Math.round(width * ratio);
  const maxWidth = Math.min(MAX_FRAME_WIDTH, Math.max(EMBED_REFERENCE_WIDTH * 0.75, Math.round(MAX_FRAME_HEIGHT / ratio / 10) * 10));
  return { width, height, maxWidth };
}

/** The slide frame: 16:9, like a projector or a reveal.js/PowerPoint slide. */
export const SLIDE_RATIO = { width: 16, height: 9 } as const;

export interface SnippetInput {
  /** Absolute (or, without a site address, root-relative) URL of the embed page. */
  src: string;
  title: string;
  frame: EmbedFrame;
}

/**
 * The responsive snippet: as wide as its column (up to the frame's max width), as tall as the
 * chart's aspect ratio says. `data-ips-embed` marks it for the optional resize script.
 */
export function responsiveSnippet({ src, title, frame }: SnippetInput): string {
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" loading="lazy" ` +
    `style="display:block;width:100%;max-width:${frame.maxWidth}px;aspect-ratio:${frame.width}/${frame.height};border:0" data-ips-embed></iframe>`
  );
}

/**
 * The slide snippet: a 16:9 box filling the slide's width, never taller than the slide
 * (max-height), for reveal.js, Google Slides web embeds and the like. The resize script leaves
 * it alone (`data-ips-embed="slide"`).
 */
export function slideSnippet({ src, title }: Omit<SnippetInput, 'frame'>): string {
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" loading="lazy" ` +
    `style="display:block;width:100%;height:auto;max-height:100%;aspect-ratio:${SLIDE_RATIO.width}/${SLIDE_RATIO.height};border:0" data-ips-embed="slide"></iframe>`
  );
}

/** The optional resize script's tag. */
export function resizeScriptTag(scriptUrl: string): string {
  return `<script src="${escapeXml(scriptUrl)}" defer></script>`;
}

/** https://oembed.com/ §2.3.4, type "rich": the responsive snippet and its size at the reference width. */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export function oembedResponse(input: {
  snippet: SnippetInput;
  providerName: string;
  providerUrl: string;
  thumbnail?: { url: string; width: number; height: number };
}): OEmbedRich {
  const { frame } = input.snippet;
  return {
    version: '1.0',
    type: 'rich',
    title: input.snippet.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: responsiveSnippet(input.snippet),
    width: frame.width,
    height: frame.height,
    ...(input.thumbnail ? { thumbnail_url: input.thumbnail.url, thumbnail_width: input.thumbnail.width, thumbnail_height: input.thumbnail.height } : {}),
  };
}
