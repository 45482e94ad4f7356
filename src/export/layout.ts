/**
 * Where the words and the chart go in one image. The SVG download is as tall as its content;
 * fixed-size images (slide, social card) try the text above the chart and beside it, and take
 * whichever draws the chart largest, shrinking the text a little when that buys a clearly
 * larger chart.
 */
import { qrSvg } from './qr.ts';
import type { ExportFormat } from './formats.ts';
import type { PreparedPlot } from './prepare-plot.ts';
import { block, blockHeight, layoutLegend, r, textLines } from './text-layout.ts';
import type { ExportColours } from './theme.ts';
import type { Words } from './words.ts';

export interface Candidate {
  scale: number;
  fits: boolean;
  render: () => string;
}

/** Widths of the text column, as a share of the inner width, tried for the side-by-side layouts. */
const SIDE_FRACTIONS = [0.3, 0.36, 0.42, 0.5];
/** Text sizes tried, as a share of the format's own, when the text leaves the chart too little room. */
const TEXT_STEPS = [1, 0.9, 0.8, 0.7];
/** Smaller text is taken only when it lets the chart grow by more than this factor... */
const WORTH_SHRINKING = 1.15;
/** ...and only while the chart's own type is smaller than this share of the summary's. */
const CHART_TYPE_TARGET = 0.75;

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
export function bestLayout(words: Words, plot: PreparedPlot, format: ExportFormat, colours: ExportColours): Candidate {
  const needed = requiredScale(plot, format);
  const target = Math.max((format.summary * CHART_TYPE_TARGET) / plot.fontSize, needed);
  let best = layoutFixed(words, plot, format, colours);
  for (const step of TEXT_STEPS.slice(1)) {
    if (best.scale >= target) break;
    const t = layoutFixed(words, plot, shrink(format, step), colours);
    if (t.scale > best.scale * WORTH_SHRINKING || (best.scale < needed && t.scale >= needed)) best = t;
  }
  return best;
}

/** Blocks of text and the chart, measured for one format. */
function parts(words: Words, plot: PreparedPlot, format: ExportFormat, colours: ExportColours) {
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
        let out = textLines(title, x, y, colours);
        y += blockHeight(title) + gapA;
        out += textLines(summary, x, y, colours);
        y += blockHeight(summary) + gapB;
        if (legend.height) out += legend.render(x, y, colours);
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
          textLines(source, x, t, colours) +
          textLines(footer, x, t + blockHeight(source) + gap, colours) +
          (qr ? qrSvg(words.link, x + width - qr, top + height - qr, qr) : '')
        );
      },
    };
  };
  const chartGap = format.height === undefined ? 8 : format.summary;
  const nest = (x: number, y: number, scale: number) =>
    plot.markup.replace(/^<svg/, `<svg x="${r(x)}" y="${r(y)}" width="${r(plot.width * scale)}" height="${r(plot.height * scale)}"`);
  return { head, foot, chartGap, nest };
}

/** The SVG download: as tall as its content. */
export function layoutDocument(words: Words, plot: PreparedPlot, format: ExportFormat, colours: ExportColours): { body: string; height: number } {
  const { head, foot, chartGap, nest } = parts(words, plot, format, colours);
  const innerW = format.width - 2 * format.padX;
  // The download: the chart at the width it was drawn for (or the room there is), text around it.
  const h = head(innerW);
  const f = foot(innerW);
  const scale = Math.min(1, innerW / plot.width);
  const chartTop = format.padY + h.height + chartGap;
  const footTop = chartTop + plot.height * scale + chartGap;
  const height = Math.ceil(footTop + f.height + format.padY);
  const body = h.render(format.padX, format.padY) + nest(format.padX + (innerW - plot.width * scale) / 2, chartTop, scale) + f.render(format.padX, footTop);
  return { body, height };
}

/** A fixed-size image (slide, social card): the layout that draws the chart largest. */
function layoutFixed(words: Words, plot: PreparedPlot, format: ExportFormat, colours: ExportColours): Candidate {
  const { head, foot, chartGap, nest } = parts(words, plot, format, colours);
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
