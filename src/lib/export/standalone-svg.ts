/**
 * A chart as one self-contained SVG file: title, summary sentence, legend, the plot, the
 * sources and "IPS Evidence · data version · address", all as SVG text in one embedded font,
 * in literal colours (no currentColor, no CSS variables, no external reference), so it looks
 * the same in a slide deck, a word processor, an image viewer or resvg (the PNGs).
 *
 * The plot is the chart's first view, rendered by the site's own renderer and nested as an
 * <svg> with its viewBox, so it scales to whatever space the layout gives it.
 */
import { DOMParser } from 'linkedom';
import type { ChartSpec } from '../../charts/spec.ts';
import type { Evidence } from '../data/load.ts';
import { shortCitation, sourcesOf } from '../evidence.ts';
import { t } from '../../i18n/index.ts';
import { renderPlotSvg } from '../render/plot-svg.ts';
import { palette } from '../../styles/palette.ts';
import { FONT_STACK, fontFaceCss, fontMetrics, type FontWeight } from './font.ts';
import { qrSvg, shortUrl } from './qr.ts';
import { plotParts } from './sections.ts';
import { escapeXml } from '../../site/escape.ts';

export type Theme = 'light' | 'dark';

/** The site's colours (src/styles/global.css), as literals. */
export const THEMES: Record<Theme, { background: string; text: string; muted: string; rule: string }> = {
  light: { background: '#ffffff', text: '#1a1d21', muted: '#4a5058', rule: '#d5d9de' },
  dark: { background: '#111418', text: '#e8eaed', muted: '#b4bac2', rule: '#3a4048' },
};

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
   * large in one piece is shown in parts (src/lib/export/sections.ts), one image each.
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
   * The picture on a PowerPoint slide (src/lib/export/pptx.ts): 10 × 3.875 in of the
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

export interface ExportInput {
  spec: ChartSpec;
  evidence: Evidence;
  /** Absolute address of the page that shows the chart (printed in the footer). */
  url: string;
  /**
   * The address a slide's QR code opens and its footer prints (the embed pinned to this data
   * version, src/lib/export/qr.ts); `url` when absent.
   */
  link?: string;
}

// ---------------------------------------------------------------- the plot

export interface PreparedPlot {
  /** The plot's <svg> element, colours made literal, ready to nest (x/y/width/height added later). */
  markup: string;
  width: number;
  height: number;
  /** The plot's own font size in px (15 on the site). */
  fontSize: number;
  /** Its smallest type (an annotation may be 13), in its own units. */
  minFontSize: number;
  /** Plot's margins: the header above the rows and the axis below them (for parts). */
  marginTop: number;
  marginBottom: number;
}

/** The chart's first view as Plot draws it on the page. */
export function chartPlotSvg(spec: ChartSpec): string {
  return renderPlotSvg(spec.views[0].plot, { idPrefix: `${spec.id}-export`, title: spec.title, description: spec.summary });
}

/** CSS custom properties the site's charts may use, by theme colour. */
const VARIABLES: Record<string, keyof (typeof THEMES)['light']> = {
  '--fg': 'text',
  '--muted': 'muted',
  '--bg': 'background',
  '--chart-background': 'background',
  '--plot-background': 'background',
  '--rule': 'rule',
};

/** currentColor and var(--…) in an attribute or style value, made literal. */
function literalColours(value: string, theme: Theme): string {
  const c = THEMES[theme];
  return value
    .replace(/var\(\s*(--[\w-]+)\s*(?:,[^()]*(?:\([^()]*\)[^()]*)*)?\)/g, (_m, name: string) => c[VARIABLES[name] ?? 'text'])
    .replace(/currentcolor/gi, c.text);
}

const HALO = /^(white|#fff|#ffffff)$/i;

/**
 * Makes Plot's SVG stand alone in a theme: drops its <style> (CSS variables) and inline
 * styles (keeping the font size), replaces currentColor and var() with the theme's colours,
 * turns the white halo around dots into the background colour, and sets the export font.
 */
export function preparePlotSvg(
  svg: string,
  theme: Theme,
  margins: { marginTop?: number | undefined; marginBottom?: number | undefined } = {},
): PreparedPlot {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement as unknown as Element;
  if (!root || root.tagName.toLowerCase() !== 'svg') throw new Error('The chart renderer did not return an <svg>.');
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  if (!(width > 0 && height > 0)) throw new Error('The chart <svg> has no width and height.');

  const style = root.getAttribute('style') ?? '';
  const fontSize = /font-size:\s*([\d.]+)px/.exec(style)?.[1];
  if (fontSize) root.setAttribute('font-size', fontSize);
  root.setAttribute('font-family', FONT_STACK);
  for (const name of ['style', 'class', 'role', 'aria-labelledby', 'aria-describedby', 'width', 'height', 'xmlns'])
    root.removeAttribute(name);
  for (const child of Array.from(root.children)) {
    const tag = child.tagName.toLowerCase();
    if (tag === 'style' || tag === 'title' || tag === 'desc') child.remove();
  }
  for (const el of Array.from(root.querySelectorAll('style'))) el.remove();

  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      let value = attr.value;
      if (attr.name === 'stroke' && HALO.test(value.trim())) value = THEMES[theme].background;
      value = literalColours(value, theme);
      if (attr.name === 'style') value = value.replace(/font-family:[^;]*;?/g, '');
      if (attr.name.startsWith('aria-')) {
        el.removeAttribute(attr.name);
        continue;
      }
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
  }
  root.setAttribute('overflow', 'visible');
  const base = Number(fontSize ?? root.getAttribute('font-size') ?? 15) || 15;
  return {
    markup: root.toString(),
    width,
    height,
    fontSize: base,
    minFontSize: smallestType(root, base),
    marginTop: margins.marginTop ?? 0,
    marginBottom: margins.marginBottom ?? 0,
  };
}

/** The smallest font size any <text> of the plot is drawn at (sizes inherit from groups). */
function smallestType(root: Element, base: number): number {
  let min = Infinity;
  const walk = (el: Element, size: number) => {
    const own = Number(el.getAttribute('font-size'));
    const s = own > 0 ? own : size;
    if (el.tagName.toLowerCase() === 'text' && (el.textContent ?? '').trim()) min = Math.min(min, s);
    for (const child of Array.from(el.children)) walk(child, s);
  };
  walk(root, base);
  return Number.isFinite(min) ? min : base;
}

// ---------------------------------------------------------------- text layout

/** Kerning is not measured, so lines are filled to 97% of the room they have. */
const FIT = 0.97;

export function textWidth(text: string, size: number, weight: FontWeight = 400): number {
  return fontMetrics(weight).width(text, size);
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

interface Block {
  lines: string[];
  size: number;
  weight: FontWeight;
  colour: 'text' | 'muted';
  lineHeight: number;
}

const blockHeight = (b: Block) => b.lines.length * b.size * b.lineHeight;

/** Lines of text from their top edge; the baseline sits about 0.8 em below it. */
function textLines(b: Block, x: number, top: number, theme: Theme): string {
  const fill = THEMES[theme][b.colour];
  return b.lines
    .map(
      (line, i) =>
        `<text x="${r(x)}" y="${r(top + i * b.size * b.lineHeight + b.size * 0.92)}" font-size="${b.size}"${b.weight === 700 ? ' font-weight="700"' : ''} fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('');
}

const r = (n: number) => String(Math.round(n * 100) / 100);

interface LegendItem {
  colour: string;
  label: string;
}

/**
 * Legend items flowed into rows: a round swatch, then the label, as on the page. A label
 * too long for the width wraps under itself, beside its swatch.
 */
function layoutLegend(items: readonly LegendItem[], size: number, maxWidth: number) {
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
    render(left: number, top: number, theme: Theme): string {
      return placed
        .map(({ item, lines, x: dx, row: i }) => {
          const cy = top + i * lineHeight + lineHeight / 2;
          return (
            `<circle cx="${r(left + dx + swatch / 2)}" cy="${r(cy)}" r="${r(swatch / 2)}" fill="${item.colour}"/>` +
            lines
              .map(
                (line, j) =>
                  `<text x="${r(left + dx + indent)}" y="${r(cy + j * lineHeight + size * 0.34)}" font-size="${size}" fill="${THEMES[theme].text}">${escapeXml(line)}</text>`,
              )
              .join('')
          );
        })
        .join('');
    },
  };
}

// ---------------------------------------------------------------- composition

/** Widths of the text column, as a share of the inner width, tried for the side-by-side layouts. */
const SIDE_FRACTIONS = [0.3, 0.36, 0.42, 0.5];

/** The words around the chart, in its language, for a format (fixed sizes print the short address). */
export function exportTexts(input: ExportInput, format?: ExportFormat) {
  const { spec, evidence, url } = input;
  const lang = spec.lang;
  const all = [...new Set(sourcesOf(evidence, spec.figures).map((s) => shortCitation(s, lang)))];
  const max = format?.maxSources ?? Infinity;
  const rest = all.length - max;
  const cites = rest > 0 ? [...all.slice(0, max), lang === 'nb' ? `og ${rest} til` : `and ${rest} more`] : all;
  const address = format?.height === undefined ? url : shortUrl(input.link ?? url);
  return {
    title: spec.title,
    summary: spec.summary,
    legend: spec.legend.map((l) => ({ colour: palette[l.key], label: l.label })),
    source: cites.length ? `${t(lang, 'sources')}: ${rest > 0 ? cites.slice(0, -1).join('; ') + ' ' + cites.at(-1) : cites.join('; ')}` : '',
    footer: `${t(lang, 'siteName')} · ${t(lang, 'dataVersion').toLowerCase()} ${evidence.release.version} · ${address}`,
    /** What the QR code opens. */
    link: input.link ?? url,
  };
}

export interface ComposeOptions {
  theme?: Theme;
  /** Inline the font as @font-face data: URIs (the SVG download); resvg takes font files instead. */
  embedFont?: boolean;
}

/** The chart's first view, prepared for a theme, with its margins (for cutting it into parts). */
export function exportPlot(spec: ChartSpec, theme: Theme): PreparedPlot {
  const options = spec.views[0].plot;
  return preparePlotSvg(chartPlotSvg(spec), theme, { marginTop: options.marginTop, marginBottom: options.marginBottom });
}

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

interface Candidate {
  scale: number;
  fits: boolean;
  render: () => string;
}

/** Text sizes tried, as a share of the format's own, when the text leaves the chart too little room. */
const TEXT_STEPS = [1, 0.9, 0.8, 0.7];
/** Smaller text is taken only when it lets the chart grow by more than this factor... */
const WORTH_SHRINKING = 1.15;
/** ...and only while the chart's own type is smaller than this share of the summary's. */
const CHART_TYPE_TARGET = 0.75;
/** Never more parts than this: a chart that needs more has too many rows for slides. */
const MAX_PARTS = 8;

function shrink(format: ExportFormat, step: number): ExportFormat {
  const k = (n: number) => Math.round(n * step * 10) / 10;
  const text = (n: number) => Math.max(format.minText ?? 0, k(n));
  return {
    ...format,
    title: Math.max(format.minTitle ?? 0, k(format.title)),
    summary: text(format.summary),
    legend: text(format.legend),
    source: Math.max(format.minSource ?? 0, k(format.source)),
    footer: Math.max(format.minSource ?? 0, k(format.footer)),
  };
}

/** The scale a plot must be drawn at for its smallest type to reach the format's `chartText`. */
export function requiredScale(plot: PreparedPlot, format: ExportFormat): number {
  return format.chartText ? format.chartText / plot.minFontSize : 0;
}

/** The best layout of one image: full-size text unless smaller text buys a clearly larger chart. */
function bestLayout(words: Words, plot: PreparedPlot, format: ExportFormat, theme: Theme): Candidate {
  const needed = requiredScale(plot, format);
  const target = Math.max((format.summary * CHART_TYPE_TARGET) / plot.fontSize, needed);
  let best = layoutFixed(words, plot, format, theme);
  for (const step of TEXT_STEPS.slice(1)) {
    if (best.scale >= target) break;
    const t = layoutFixed(words, plot, shrink(format, step), theme);
    if (t.scale > best.scale * WORTH_SHRINKING || (best.scale < needed && t.scale >= needed)) best = t;
  }
  return best;
}

export function composeSvg(input: ExportInput, plot: PreparedPlot, format: ExportFormat, options: ComposeOptions = {}): string {
  return composeParts(input, plot, format, options)[0]!;
}

export function composeParts(input: ExportInput, plot: PreparedPlot, format: ExportFormat, options: ComposeOptions = {}): string[] {
  const theme = options.theme ?? 'light';
  const all = exportTexts(input, format);
  const words = format.bare ? { ...all, title: '', source: '', footer: '' } : all;
  if (format.height === undefined) {
    const { body, height } = layoutDocument(words, plot, format, theme);
    return [wrapSvg(input, words, format, height, body, options)];
  }
  const whole = bestLayout(words, plot, format, theme);
  const needed = requiredScale(plot, format);
  if (whole.scale >= needed) return [wrapSvg(input, words, format, format.height, whole.render(), options)];
  // Too tall to be legible in one piece: 2, 3, … parts until every part is drawn large enough.
  let result: string[] = [];
  for (let count = 2; count <= MAX_PARTS; count++) {
    const parts = plotParts(plot.markup, plot, count);
    const layouts = parts.map((part, i) => {
      const partWords = format.bare ? words : { ...words, title: `${words.title} (${i + 1}/${parts.length})` };
      const layout = bestLayout(partWords, { ...plot, markup: part.markup, width: part.width, height: part.height }, format, theme);
      return { layout, partWords };
    });
    result = layouts.map(({ layout, partWords }) => wrapSvg(input, partWords, format, format.height!, layout.render(), options));
    if (parts.length < count || layouts.every(({ layout }) => layout.scale >= needed)) break;
  }
  return result;
}

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

type Words = ReturnType<typeof exportTexts>;

/** Blocks of text and the chart, measured for one format. */
function parts(words: Words, plot: PreparedPlot, format: ExportFormat, theme: Theme) {
  const block = (
    text: string,
    size: number,
    width: number,
    weight: FontWeight,
    colour: Block['colour'],
    lineHeight: number,
  ): Block => ({
    lines: text ? wrapText(text, size, width, weight) : [],
    size,
    weight,
    colour,
    lineHeight,
  });
  /** Title, summary and legend, in a column `width` wide. */
  const head = (width: number) => {
    const title = block(words.title, format.title, width, 700, 'text', 1.15);
    const summary = block(words.summary, format.summary, width, 400, 'text', 1.3);
    const legend = layoutLegend(words.legend, format.legend, width);
    const gapA = format.title * 0.45;
    const gapB = format.summary * 0.6;
    return {
      height: blockHeight(title) + gapA + blockHeight(summary) + (legend.height ? gapB + legend.height : 0),
      render(x: number, top: number): string {
        let y = top;
        let out = textLines(title, x, y, theme);
        y += blockHeight(title) + gapA;
        out += textLines(summary, x, y, theme);
        y += blockHeight(summary) + gapB;
        if (legend.height) out += legend.render(x, y, theme);
        return out;
      },
    };
  };
  /**
   * The source line and "IPS Evidence · data version · address", in a column `width` wide;
   * with a QR code to the address at its right when the format has one.
   */
  const foot = (width: number) => {
    const qr = format.qr ?? 0;
    const qrGap = qr ? format.source : 0;
    const textW = width - qr - qrGap;
    const source = block(words.source, format.source, textW, 400, 'muted', 1.3);
    const footer = block(words.footer, format.footer, textW, 400, 'muted', 1.3);
    const gap = source.lines.length ? format.source * 0.35 : 0;
    const textH = blockHeight(source) + gap + blockHeight(footer);
    const height = Math.max(textH, qr);
    return {
      height,
      render: (x: number, top: number) => {
        const t = top + height - textH;
        return (
          textLines(source, x, t, theme) +
          textLines(footer, x, t + blockHeight(source) + gap, theme) +
          (qr ? qrSvg(words.link, x + width - qr, top + height - qr, qr) : '')
        );
      },
    };
  };
  const chartGap = format.height === undefined ? 8 : format.summary;
  const nest = (x: number, y: number, scale: number) =>
    plot.markup.replace(
      /^<svg/,
      `<svg x="${r(x)}" y="${r(y)}" width="${r(plot.width * scale)}" height="${r(plot.height * scale)}"`,
    );
  return { head, foot, chartGap, nest };
}

/** The SVG download: as tall as its content. */
function layoutDocument(words: Words, plot: PreparedPlot, format: ExportFormat, theme: Theme): { body: string; height: number } {
  const { head, foot, chartGap, nest } = parts(words, plot, format, theme);
  const innerW = format.width - 2 * format.padX;
  // The download: the chart at the width it was drawn for (or the room there is), text around it.
  const h = head(innerW);
  const f = foot(innerW);
  const scale = Math.min(1, innerW / plot.width);
  const chartTop = format.padY + h.height + chartGap;
  const footTop = chartTop + plot.height * scale + chartGap;
  const height = Math.ceil(footTop + f.height + format.padY);
  const body =
    h.render(format.padX, format.padY) +
    nest(format.padX + (innerW - plot.width * scale) / 2, chartTop, scale) +
    f.render(format.padX, footTop);
  return { body, height };
}

/** A fixed-size image (slide, social card): the layout that draws the chart largest. */
function layoutFixed(words: Words, plot: PreparedPlot, format: ExportFormat, theme: Theme): Candidate {
  const { head, foot, chartGap, nest } = parts(words, plot, format, theme);
  const innerW = format.width - 2 * format.padX;
  const height = format.height!;
  const top = format.padY;
  const bottom = height - format.padY;
  const wide = foot(innerW);
  const wideFootTop = bottom - wide.height;
  const candidates: Candidate[] = [];
  // 1. Text above the chart, sources across the bottom.
  {
    const h = head(innerW);
    const chartTop = top + h.height + chartGap;
    const availH = wideFootTop - chartGap - chartTop;
    const scale = Math.min(innerW / plot.width, availH / plot.height);
    candidates.push({
      scale,
      fits: availH > 0,
      render: () =>
        h.render(format.padX, top) +
        nest(format.padX + (innerW - plot.width * scale) / 2, chartTop + (availH - plot.height * scale) / 2, scale) +
        wide.render(format.padX, wideFootTop),
    });
  }
  for (const fraction of SIDE_FRACTIONS) {
    const gutter = format.title;
    const textW = Math.round(innerW * fraction);
    const chartW = innerW - textW - gutter;
    const chartLeft = format.padX + textW + gutter;
    const h = head(textW);
    // 2. Text at the left, the chart at the right, sources across the bottom.
    {
      const room = wideFootTop - chartGap - top;
      const scale = Math.min(chartW / plot.width, room / plot.height);
      candidates.push({
        scale,
        fits: h.height <= room,
        render: () =>
          h.render(format.padX, top) +
          nest(chartLeft + (chartW - plot.width * scale) / 2, top + (room - plot.height * scale) / 2, scale) +
          wide.render(format.padX, wideFootTop),
      });
    }
    // 3. Everything but the chart in the left column, the chart the full height at the right.
    {
      const f = foot(textW);
      const room = bottom - top;
      const scale = Math.min(chartW / plot.width, room / plot.height);
      candidates.push({
        scale,
        fits: h.height + chartGap + f.height <= room,
        render: () =>
          h.render(format.padX, top) +
          nest(chartLeft + (chartW - plot.width * scale) / 2, top + (room - plot.height * scale) / 2, scale) +
          f.render(format.padX, bottom - f.height),
      });
    }
  }
  // The largest chart wins; within 2%, the earlier (simpler) layout.
  const fitting = candidates.filter((c) => c.fits);
  return fitting.reduce((a, b) => (b.scale > a.scale * 1.02 ? b : a), fitting[0] ?? candidates[1]!);
}
