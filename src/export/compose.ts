/**
 * A chart as one self-contained SVG file: title, summary sentence, legend, the plot, the
 * sources and "IPS Evidence · data version · address", all as SVG text in one embedded font,
 * in literal colours (no currentColor, no CSS variables, no external reference), so it looks
 * the same in a slide deck, a word processor, an image viewer or resvg (the PNGs).
 *
 * Composition only: the colours come from ./theme.ts, the standalone plot from
 * ./prepare-plot.ts, the words from ./words.ts, line breaking from ./text-layout.ts and the
 * placement of words and chart from ./layout.ts.
 */
import { FONT_STACK, fontFaceCss } from './font.ts';
import { plotParts } from './sections.ts';
import type { ExportFormat } from './formats.ts';
import { bestLayout, layoutDocument, requiredScale } from './layout.ts';
import { exportPlot, type PreparedPlot } from './prepare-plot.ts';
import { escapeXml } from '../site/escape.ts';
import { THEMES, type Theme } from './theme.ts';
import { exportTexts, type ExportInput, type Words } from './words.ts';

export interface ComposeOptions {
  theme?: Theme;
  /** Inline the font as @font-face data: URIs (the SVG download); resvg takes font files instead. */
  embedFont?: boolean;
}

/** Never more parts than this: a chart that needs more has too many rows for slides. */
const MAX_PARTS = 8;

/**
 * The finished SVG of a chart in a format. Fixed-size formats (slide, social) try the text
 * above the chart, the text beside it (sources across the bottom, or in the text column so a
 * tall chart gets the full height), and take whichever lets the chart be drawn largest.
 * A format with `chartText` may need several images for a tall chart: this is the first.
 */
export function standaloneSvg(input: ExportInput, format: ExportFormat, options: ComposeOptions = {}): string {
  return standaloneParts(input, format, options)[0]!;
}

/** Every image of a chart in a format: one, or one per part of a tall chart (see sections.ts). */
export function standaloneParts(input: ExportInput, format: ExportFormat, options: ComposeOptions = {}): string[] {
  const theme = options.theme ?? 'light';
  return composeParts(input, exportPlot(input.spec, theme), format, { ...options, theme });
}

export function composeSvg(input: ExportInput, plot: PreparedPlot, format: ExportFormat, options: ComposeOptions = {}): string {
  return composeParts(input, plot, format, options)[0]!;
}

export function composeParts(input: ExportInput, plot: PreparedPlot, format: ExportFormat, options: ComposeOptions = {}): string[] {
  const colours = THEMES[options.theme ?? 'light'];
  const all = exportTexts(input, format);
  const words = format.bare ? { ...all, title: '', source: '', footer: '' } : all;
  if (format.height === undefined) {
    const { body, height } = layoutDocument(words, plot, format, colours);
    return [wrapSvg(input, words, format, height, body, options)];
  }
  const whole = bestLayout(words, plot, format, colours);
  const needed = requiredScale(plot, format);
  if (whole.scale >= needed) return [wrapSvg(input, words, format, format.height, whole.render(), options)];
  // Too tall to be legible in one piece: 2, 3, … parts until every part is drawn large enough.
  let result: string[] = [];
  for (let count = 2; count <= MAX_PARTS; count++) {
    const parts = plotParts(plot.markup, plot, count);
    const layouts = parts.map((part, i) => {
      const partWords = format.bare ? words : { ...words, title: `${words.title} (${i + 1}/${parts.length})` };
      const layout = bestLayout(partWords, { ...plot, markup: part.markup, width: part.width, height: part.height }, format, colours);
      return { layout, partWords };
    });
    result = layouts.map(({ layout, partWords }) => wrapSvg(input, partWords, format, format.height!, layout.render(), options));
    if (parts.length < count || layouts.every(({ layout }) => layout.scale >= needed)) break;
  }
  return result;
}

/** The file around a laid-out body: size, accessible name and description, font, background. */
function wrapSvg(input: ExportInput, words: Words, format: ExportFormat, height: number, body: string, options: ComposeOptions): string {
  const colours = THEMES[options.theme ?? 'light'];
  const titleId = `${input.spec.id}-title`;
  const descId = `${input.spec.id}-desc`;
  const style = options.embedFont === false ? '' : `<defs><style>${fontFaceCss()}</style></defs>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${format.width}" height="${height}" viewBox="0 0 ${format.width} ${height}"` +
    ` role="img" aria-labelledby="${titleId}" aria-describedby="${descId}" xml:lang="${input.spec.lang}" font-family="${escapeXml(FONT_STACK)}">` +
    `<title id="${titleId}">${escapeXml(words.title)}</title><desc id="${descId}">${escapeXml(words.summary)}</desc>` +
    style +
    `<rect width="${format.width}" height="${height}" fill="${colours.background}"/>` +
    body +
    `</svg>\n`
  );
}
