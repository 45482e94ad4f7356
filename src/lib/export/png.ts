/**
 * PNGs of a chart, drawn by resvg from the same standalone SVG as the download, with the
 * export font given as files and system fonts off, so every machine draws the same pixels.
 */
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY, fontFiles } from './font.ts';
import { FORMATS, standaloneSvg, type ExportInput, type Theme } from './standalone-svg.ts';

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

/** The SVG a PNG is drawn from: composed at the PNG's own size, without the inline font. */
export function pngSvg(input: ExportInput, format: PngFormat, theme: Theme): string {
  return standaloneSvg(input, FORMATS[format], { theme, embedFont: false });
}

export function renderPng(svg: string): Buffer {
  return new Resvg(svg, options()).render().asPng();
}

/** Off the main thread (resvg's pool), so several PNGs can be drawn on several cores at once. */
export async function renderPngAsync(svg: string): Promise<Buffer> {
  return (await renderAsync(svg, options())).asPng();
}

export function chartPng(input: ExportInput, format: PngFormat, theme: Theme): Buffer {
  return renderPng(pngSvg(input, format, theme));
}

export const PNG_VARIANTS = [
  { format: 'slide', theme: 'light' },
  { format: 'slide', theme: 'dark' },
  { format: 'social', theme: 'light' },
  { format: 'social', theme: 'dark' },
] as const satisfies ReadonlyArray<{ format: PngFormat; theme: Theme }>;

const batches = new Map<string, Map<string, Promise<Buffer>>>();

/**
 * One PNG of a chart, drawn together with the chart's other PNGs on resvg's thread pool:
 * the build writes files one at a time, so the first request starts all four and the
 * others find theirs done (or under way), using every core.
 */
export function chartPngAsync(input: ExportInput, format: PngFormat, theme: Theme): Promise<Buffer> {
  const key = `${input.spec.id}|${input.spec.lang}|${input.url}|${input.evidence.release.version}`;
  let batch = batches.get(key);
  if (!batch) {
    batch = new Map(PNG_VARIANTS.map((v) => [`${v.format}-${v.theme}`, renderPngAsync(pngSvg(input, v.format, v.theme))]));
    batches.set(key, batch);
  }
  const name = `${format}-${theme}`;
  const png = batch.get(name)!;
  batch.delete(name);
  if (batch.size === 0) batches.delete(key);
  return png;
}
