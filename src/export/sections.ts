/**
 * A tall chart (a row per trial or per estimate) cannot be drawn on one 16:9 slide with its
 * type at 24 px: 10 trials at 66 units a row need 1,250 px of height. So on slides it is shown
 * in parts, one slide each, every part with the chart's header (e.g. the reference lines'
 * labels) and its value axis, and a run of its rows in between.
 *
 * Parts are cut from the rendered plot rather than re-plotted: every chart is cut the same
 * way, whatever its module does. A cut goes through a horizontal band where no text or mark
 * sits (grid lines and rules that run the full height are ignored), nearest to an even split.
 */
import { DOMParser } from 'linkedom';

export interface PlotFrame {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
}

/** A part of a plot: rows [top, bottom) of its body, in the plot's own units. */
export interface PlotPart {
  top: number;
  bottom: number;
  /** The part as one <svg> (header, rows, axis), ready to nest like the whole plot. */
  markup: string;
  width: number;
  height: number;
}

/** Room kept on either side of a part for labels that hang outside the plot's frame. */
const SIDE = 16;
/** Below the plot's frame: the axis label hangs a little past it. */
const BELOW = 12;

type Interval = [number, number];

function translateOf(el: Element): [number, number] {
  const m = /translate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?\s*\)/.exec(el.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
}

function length(value: string | null, fontSize: number): number {
  if (!value) return 0;
  const v = value.trim();
  if (v.endsWith('em')) return parseFloat(v) * fontSize;
  return parseFloat(v) || 0;
}

/** Vertical extents of everything drawn in the plot, in its own units. */
export function occupied(markup: string): Interval[] {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = doc.documentElement as unknown as Element;
  const out: Interval[] = [];
  const walk = (el: Element, dy: number, fontSize: number) => {
    const [, ty] = el === root ? [0, 0] : translateOf(el);
    const y0 = dy + ty;
    const size = Number(el.getAttribute('font-size')) || fontSize;
    const tag = el.tagName.toLowerCase();
    if (tag === 'text') {
      const lines = Array.from(el.querySelectorAll('tspan'));
      let base = y0 + length(el.getAttribute('y'), size) + length(el.getAttribute('dy'), size);
      if (lines.length === 0) out.push([base - 0.8 * size, base + 0.3 * size]);
      for (const [i, t] of lines.entries()) {
        if (t.getAttribute('y') !== null) base = y0 + length(t.getAttribute('y'), size);
        if (i > 0 || t.getAttribute('dy') !== null) base += length(t.getAttribute('dy'), size);
        out.push([base - 0.8 * size, base + 0.3 * size]);
      }
      return;
    }
    if (tag === 'circle') {
      const cy = y0 + Number(el.getAttribute('cy') ?? 0);
      const r = Number(el.getAttribute('r') ?? 0) + 2;
      out.push([cy - r, cy + r]);
    } else if (tag === 'line' && el.getAttribute('x1') !== el.getAttribute('x2')) {
      // (A vertical line, a rule or a grid line, may be cut anywhere: each part draws its piece.)
      const a = y0 + Number(el.getAttribute('y1') ?? 0);
      const b = y0 + Number(el.getAttribute('y2') ?? 0);
      out.push([Math.min(a, b) - 2, Math.max(a, b) + 2]);
    } else if (tag === 'rect') {
      const y = y0 + Number(el.getAttribute('y') ?? 0);
      out.push([y, y + Number(el.getAttribute('height') ?? 0)]);
    } else if (tag === 'path') {
      // Every second number of a path's coordinates is a y (Plot writes absolute M/L/H/V/A
      // paths); good enough to know which rows a mark touches.
      const nums = (el.getAttribute('d') ?? '').match(/-?\d*\.?\d+(?:e-?\d+)?/gi)?.map(Number) ?? [];
      const ys = nums.filter((_, i) => i % 2 === 1).map((n) => y0 + n);
      if (ys.length) out.push([Math.min(...ys) - 2, Math.max(...ys) + 2]);
    }
    for (const child of Array.from(el.children)) walk(child, y0, size);
  };
  walk(root, 0, Number(root.getAttribute('font-size')) || 15);
  return out;
}

/** Where the plot's body may be cut: the middle of every gap between drawn things. */
export function cutLines(markup: string, frame: PlotFrame): number[] {
  const top = frame.marginTop;
  const bottom = frame.height - frame.marginBottom;
  const body = bottom - top;
  // Full-height rules and grid lines cross every row; they are cut with it.
  const marks = occupied(markup)
    .filter(([a, b]) => b - a < body * 0.5)
    .map(([a, b]): Interval => [Math.max(a, top), Math.min(b, bottom)])
    .filter(([a, b]) => b > a)
    .sort((p, q) => p[0] - q[0]);
  const cuts: number[] = [];
  let reach = top;
  for (const [a, b] of marks) {
    if (a > reach + 4) cuts.push((reach + a) / 2);
    reach = Math.max(reach, b);
  }
  return cuts;
}

/**
 * The plot cut into `count` parts of about equal height (fewer if there are not enough gaps).
 * The header (above the body) and the axis (below it) are repeated in every part. Where to
 * cut is read from `layout` (the same plot in another dress, e.g. the export's), else `markup`.
 */
export function plotParts(markup: string, frame: PlotFrame, count: number, layout = markup): PlotPart[] {
  const top = frame.marginTop;
  const bottom = frame.height - frame.marginBottom;
  const candidates = cutLines(layout, frame);
  const chosen: number[] = [];
  // A part holds at least a third of an even share of the rows, so none is left empty.
  const least = (bottom - top) / count / 3;
  for (let i = 1; i < count; i++) {
    const target = top + ((bottom - top) * i) / count;
    const free = candidates.filter((c) => c >= (chosen.at(-1) ?? top) + least && c <= bottom - least);
    if (!free.length) break;
    chosen.push(free.reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a)));
  }
  const edges = [top, ...new Set(chosen), bottom];
  const inner = markup.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const W = frame.width + 2 * SIDE;
  const crop = (y: number, from: number, to: number) =>
    `<svg x="0" y="${round(y)}" width="${W}" height="${round(to - from)}" viewBox="${-SIDE} ${round(from)} ${W} ${round(to - from)}" overflow="hidden">${inner}</svg>`;
  const rootAttrs = /^<svg([^>]*)>/.exec(markup)?.[1]?.replace(/\s(viewBox|overflow|width|height|x|y)="[^"]*"/g, '') ?? '';
  return edges.slice(1).map((end, i) => {
    const start = edges[i]!;
    const rows = end - start;
    const height = top + rows + frame.marginBottom + BELOW;
    const markupPart =
      `<svg${rootAttrs} viewBox="0 0 ${W} ${round(height)}" overflow="visible">` +
      crop(0, 0, top) +
      crop(top, start, end) +
      crop(top + rows, bottom, frame.height + BELOW) +
      `</svg>`;
    return { top: start, bottom: end, markup: markupPart, width: W, height };
  });
}

const round = (n: number) => String(Math.round(n * 100) / 100);
