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
import { t } from '../i18n.ts';
import { renderPlotSvg } from '../render/plot-svg.ts';
import { palette } from '../../styles/palette.ts';
import { FONT_STACK, fontFaceCss, fontMetrics, type FontWeight } from './font.ts';

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
  /** Smallest title and source sizes the layout may shrink to when the text crowds the chart. */
  minTitle?: number;
  minSource?: number;
}

export const FORMATS = {
  /** The SVG download: the chart at its drawn size (420 px) with its text around it. */
  document: { width: 468, padX: 24, padY: 24, title: 22, summary: 15, legend: 15, source: 12, footer: 12 },
  /** 16:9 slide: type legible from the back of a hall (title 56 px, source 24 px at 1920). */
  slide: {
    width: 1920,
    height: 1080,
    padX: 96,
    padY: 72,
    title: 56,
    summary: 34,
    legend: 32,
    source: 24,
    footer: 22,
    minTitle: 48,
    minSource: 22,
  },
  /** Social card (Open Graph / X large image): shown at ~500 px wide, so large type again. */
  social: {
    width: 1200,
    height: 630,
    padX: 56,
    padY: 48,
    title: 42,
    summary: 26,
    legend: 24,
    source: 18,
    footer: 17,
    minTitle: 32,
    minSource: 15,
  },
} as const satisfies Record<string, ExportFormat>;
export type FormatName = keyof typeof FORMATS;

export interface ExportInput {
  spec: ChartSpec;
  evidence: Evidence;
  /** Absolute address of the page that shows the chart (printed in the footer). */
  url: string;
}

// ---------------------------------------------------------------- the plot

export interface PreparedPlot {
  /** The plot's <svg> element, colours made literal, ready to nest (x/y/width/height added later). */
  markup: string;
  width: number;
  height: number;
  /** The plot's own font size in px (15 on the site). */
  fontSize: number;
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
export function preparePlotSvg(svg: string, theme: Theme): PreparedPlot {
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
  return { markup: root.toString(), width, height, fontSize: Number(fontSize ?? root.getAttribute('font-size') ?? 15) || 15 };
}

// ---------------------------------------------------------------- text layout

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);
}

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

/** The words around the chart, in its language. */
export function exportTexts(input: ExportInput) {
  const { spec, evidence, url } = input;
  const cites = [...new Set(sourcesOf(evidence, spec.figures).map(shortCitation))];
  return {
    title: spec.title,
    summary: spec.summary,
    legend: spec.legend.map((l) => ({ colour: palette[l.key], label: l.label })),
    source: cites.length ? `${t(spec.lang, 'sources')}: ${cites.join('; ')}` : '',
    footer: `${t(spec.lang, 'siteName')} · ${t(spec.lang, 'dataVersion').toLowerCase()} ${evidence.release.version} · ${url}`,
  };
}

export interface ComposeOptions {
  theme?: Theme;
  /** Inline the font as @font-face data: URIs (the SVG download); resvg takes font files instead. */
  embedFont?: boolean;
}

/**
 * The finished SVG of a chart in a format. Fixed-size formats (slide, social) try the text
 * above the chart, the text beside it (sources across the bottom, or in the text column so a
 * tall chart gets the full height), and take whichever lets the chart be drawn largest.
 */
export function standaloneSvg(input: ExportInput, format: ExportFormat, options: ComposeOptions = {}): string {
  const theme = options.theme ?? 'light';
  const plot = preparePlotSvg(chartPlotSvg(input.spec), theme);
  return composeSvg(input, plot, format, { ...options, theme });
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

function shrink(format: ExportFormat, step: number): ExportFormat {
  const k = (n: number) => Math.round(n * step * 10) / 10;
  return {
    ...format,
    title: Math.max(format.minTitle ?? 0, k(format.title)),
    summary: k(format.summary),
    legend: k(format.legend),
    source: Math.max(format.minSource ?? 0, k(format.source)),
    footer: Math.max(format.minSource ?? 0, k(format.footer)),
  };
}

export function composeSvg(input: ExportInput, plot: PreparedPlot, format: ExportFormat, options: ComposeOptions = {}): string {
  const theme = options.theme ?? 'light';
  const colours = THEMES[theme];
  const words = exportTexts(input);
  let body: string;
  let height: number;
  if (format.height === undefined) {
    ({ body, height } = layoutDocument(words, plot, format, theme));
  } else {
    // Full-size text unless the chart's type is small and smaller text buys a clearly larger chart.
    const target = (format.summary * CHART_TYPE_TARGET) / plot.fontSize;
    let best = layoutFixed(words, plot, format, theme);
    for (const step of TEXT_STEPS.slice(1)) {
      if (best.scale >= target) break;
      const t = layoutFixed(words, plot, shrink(format, step), theme);
      if (t.scale > best.scale * WORTH_SHRINKING) best = t;
    }
    body = best.render();
    height = format.height;
  }

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
  /** The source line and "IPS Evidence · data version · address", in a column `width` wide. */
  const foot = (width: number) => {
    const source = block(words.source, format.source, width, 400, 'muted', 1.3);
    const footer = block(words.footer, format.footer, width, 400, 'muted', 1.3);
    const gap = source.lines.length ? format.source * 0.35 : 0;
    return {
      height: blockHeight(source) + gap + blockHeight(footer),
      render: (x: number, top: number) =>
        textLines(source, x, top, theme) + textLines(footer, x, top + blockHeight(source) + gap, theme),
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
