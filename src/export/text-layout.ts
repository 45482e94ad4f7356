/**
 * Text layout for downloads: SVG has no line wrapping, so titles, summaries, legends and source
 * lines are broken into lines here, measured with the embedded font's own advance widths.
 */
import { fallbackFontMetrics, fontMetrics, type FontWeight } from './font.ts';
import { escapeXml } from '../site/escape.ts';
import type { ExportColours } from './theme.ts';

/** Kerning is not measured, so lines are filled to 97% of the room they have. */
const FIT = 0.97;

/** The width of a line in the embedded face or in the fallback face, whichever is wider. */
export function textWidth(text: string, size: number, weight: FontWeight = 400): number {
  return Math.max(fontMetrics(weight).width(text, size), fallbackFontMetrics(weight).width(text, size));
}

/**
 * Greedy word wrap with the export font's advance widths, at ordinary spaces only (a
 * no-break space, as in Norwegian "68 %", holds). A word longer than a line (an address)
 * is broken after a "/", "#", "?", "&" or "-"; failing that, it keeps a line.
 */
export function wrapText(text: string, size: number, maxWidth: number, weight: FontWeight = 400): string[] {
  const room = maxWidth * FIT;
  const fits = (s: string) => textWidth(s, size, weight) <= room;
  const words = text
    .split(/[ \t\r\n]+/)
    .filter(Boolean)
    .flatMap((w) => (fits(w) ? [w] : breakWord(w, fits)));
  const lines: string[] = [];
  let line = '';
  for (const { word, glue } of words.map((w) => (typeof w === 'string' ? { word: w, glue: ' ' } : w))) {
    const next = line ? `${line}${glue}${word}` : word;
    if (line && !fits(next)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Pieces of a long word, each joined to the one before without a space. */
function breakWord(word: string, fits: (s: string) => boolean): Array<string | { word: string; glue: string }> {
  const pieces = word.split(/(?<=[/#?&-])(?=.)/);
  const out: Array<string | { word: string; glue: string }> = [];
  let current = '';
  for (const piece of pieces) {
    if (current && !fits(current + piece)) {
      out.push(out.length ? { word: current, glue: '' } : current);
      current = piece;
    } else current += piece;
  }
  if (current) out.push(out.length ? { word: current, glue: '' } : current);
  return out;
}

/** A paragraph broken into lines, with its type. */
export interface Block {
  lines: string[];
  size: number;
  weight: FontWeight;
  colour: 'text' | 'muted';
  lineHeight: number;
}

/** A paragraph of `text` wrapped to `width`; no lines when there is no text. */
export function block(text: string, size: number, width: number, weight: FontWeight, colour: Block['colour'], lineHeight: number): Block {
  return { lines: text ? wrapText(text, size, width, weight) : [], size, weight, colour, lineHeight };
}

export const blockHeight = (b: Block) => b.lines.length * b.size * b.lineHeight;

/** Coordinates to a hundredth of a pixel: invisible, and far fewer bytes. */
export const r = (n: number) => String(Math.round(n * 100) / 100);

/** Lines of text from their top edge; the baseline sits about 0.8 em below it. */
export function textLines(b: Block, x: number, top: number, colours: ExportColours): string {
  const fill = colours[b.colour];
  return b.lines
    .map(
      (line, i) =>
        `<text x="${r(x)}" y="${r(top + i * b.size * b.lineHeight + b.size * 0.92)}" font-size="${b.size}"${b.weight === 700 ? ' font-weight="700"' : ''} fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('');
}

export interface LegendItem {
  colour: string;
  label: string;
}

/**
 * Legend items flowed into rows: a round swatch, then the label, as on the page. A label
 * too long for the width wraps under itself, beside its swatch.
 */
export function layoutLegend(items: readonly LegendItem[], size: number, maxWidth: number) {
  const swatch = size * 0.8;
  const indent = swatch + size * 0.4;
  const gap = size * 1.1;
  const lineHeight = size * 1.35;
  const placed: Array<{ item: LegendItem; lines: string[]; x: number; row: number }> = [];
  let x = 0;
  let row = 0;
  let rowLines = 1;
  for (const item of items) {
    const lines = wrapText(item.label, size, maxWidth - indent);
    const w = indent + Math.max(...lines.map((l) => textWidth(l, size)));
    if (x > 0 && (x + w > maxWidth || lines.length > 1)) {
      row += rowLines;
      x = 0;
      rowLines = 1;
    }
    placed.push({ item, lines, x, row });
    rowLines = Math.max(rowLines, lines.length);
    x = lines.length > 1 ? maxWidth : x + w + gap; // a wrapped item keeps its rows to itself
  }
  const rows = items.length ? row + rowLines : 0;
  return {
    height: rows * lineHeight,
    render(left: number, top: number, colours: ExportColours): string {
      return placed
        .map(({ item, lines, x: dx, row: i }) => {
          const cy = top + i * lineHeight + lineHeight / 2;
          return (
            `<circle cx="${r(left + dx + swatch / 2)}" cy="${r(cy)}" r="${r(swatch / 2)}" fill="${item.colour}"/>` +
            lines
              .map(
                (line, j) =>
                  `<text x="${r(left + dx + indent)}" y="${r(cy + j * lineHeight + size * 0.34)}" font-size="${size}" fill="${colours.text}">${escapeXml(line)}</text>`,
              )
              .join('')
          );
        })
        .join('');
    },
  };
}
