/**
 * PNGs of a chart, drawn by resvg from the same standalone SVG as the download, with the
 * export font given as files and system fonts off, so every machine draws the same pixels.
 */
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY, fontFiles } from './font.ts';
import { FORMATS, standaloneParts, type ExportInput, type Theme } from './standalone-svg.ts';

export type PngFormat = 'slide' | 'social';

function options(): ResvgRenderOptions {
  return {
    fitTo: { mode: 'original' },
    font: {
      fontFiles: fontFiles(),
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'error',
  };
}

const svgCache = new Map<string, string[]>();
const keyOf = (input: ExportInput) => `${input.spec.id}|${input.spec.lang}|${input.url}|${input.link ?? ''}|${input.evidence.release.version}`;

/**
 * The SVGs a chart's PNGs are drawn from, composed at the PNG's own size without the inline
 * font: one, or one per part of a tall chart on a slide (src/export/sections.ts).
 */
export function pngSvgs(input: ExportInput, format: PngFormat, theme: Theme): string[] {
  const key = `${keyOf(input)}|${format}|${theme}`;
  let svgs = svgCache.get(key);
  if (!svgs) {
    svgs = standaloneParts(input, FORMATS[format], { theme, embedFont: false });
    svgCache.set(key, svgs);
  }
  return svgs;
}

/** The SVG of one PNG (the first part unless told). */
export function pngSvg(input: ExportInput, format: PngFormat, theme: Theme, part = 0): string {
  const svg = pngSvgs(input, format, theme)[part];
  if (!svg) throw new Error(`${input.spec.id}: there is no part ${part + 1} of its ${format} PNG.`);
  return svg;
}

export function renderPng(svg: string): Buffer {
  return new Resvg(svg, options()).render().asPng();
}

/** Off the main thread (resvg's pool), so several PNGs can be drawn on several cores at once. */
export async function renderPngAsync(svg: string): Promise<Buffer> {
  return (await renderAsync(svg, options())).asPng();
}

export function chartPng(input: ExportInput, format: PngFormat, theme: Theme, part = 0): Buffer {
  return renderPng(pngSvg(input, format, theme, part));
}

export const PNG_VARIANTS = [
  { format: 'slide', theme: 'light' },
  { format: 'slide', theme: 'dark' },
  { format: 'social', theme: 'light' },
  { format: 'social', theme: 'dark' },
] as const satisfies ReadonlyArray<{ format: PngFormat; theme: Theme }>;

const pngCache = new Map<string, Promise<Buffer>>();

/**
 * One PNG of a chart. The first request for a chart starts all its PNGs on resvg's thread
 * pool (the build writes files one at a time, so the others then find theirs done or under
 * way, using every core), and each is kept for the build: the chart's PowerPoint file and its
 * topic's deck use the same slide images.
 */
export function chartPngAsync(input: ExportInput, format: PngFormat, theme: Theme, part = 0): Promise<Buffer> {
  const base = keyOf(input);
  const name = (f: PngFormat, t: Theme, p: number) => `${base}|${f}|${t}|${p}`;
  if (!pngCache.has(name(format, theme, part))) {
    for (const v of PNG_VARIANTS)
      pngSvgs(input, v.format, v.theme).forEach((svg, p) => {
        if (!pngCache.has(name(v.format, v.theme, p))) pngCache.set(name(v.format, v.theme, p), renderPngAsync(svg));
      });
  }
  const png = pngCache.get(name(format, theme, part));
  if (!png) throw new Error(`${input.spec.id}: there is no part ${part + 1} of its ${format} PNG.`);
  return png;
}
