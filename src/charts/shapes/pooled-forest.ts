/**
 * The forest plot of the site's own meta-analysis: trials as squares sized by their weight,
 * pooled estimates as diamonds spanning their confidence interval, and the prediction interval
 * as a dashed line on a row of its own, all on a log scale with a rule at 1 (no difference).
 * Used by `ips-trials-forest` and `ips-cumulative`.
 *
 * Laid out for a phone like forest.ts: each row's name on a line of its own with the estimate
 * in words at its right, the interval under it, and an optional small line of detail (the
 * counts per arm) under that. Each kind of row carries its own step class, so the presenter
 * view can show the trials, then the pooled estimate, then the prediction interval.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/index.ts';
import { palette } from '../../styles/palette.ts';
import { CHART_FONT_SIZE, CHART_SMALL_FONT_SIZE, CHART_STYLE, CHART_WIDTH } from '../frame.ts';
import { noEffectRule } from './no-effect-rule.ts';

export interface PooledForestRow {
  /** 'trial': a square with its CI; 'pooled': a diamond over its CI; 'prediction': a dashed line. */
  kind: 'trial' | 'pooled' | 'prediction';
  /** The row's name, on the line above its interval. */
  label: string;
  /** A shorter name for the one-line layout, where the name has a narrow column. */
  shortLabel?: string;
  /** The estimate in words, at the right of the label line. */
  valueText: string;
  /** Small text under the interval, e.g. "IPS 85/156 · comparison 43/156". */
  detail?: string;
  /** Text at the right of the interval line, e.g. "38.9%" (weight). */
  side?: string;
  estimate: number;
  low: number;
  high: number;
  /** Square half-size in pixels for trials (default 6). */
  size?: number;
  /** Heading the row is listed under; rows of a group must be next to each other. */
  group?: string;
  /** The hover and focus text. */
  title: string;
  /** Step class, e.g. 'step-trials'. */
  step: string;
}

const HEADING_HEIGHT = 36;
const ROW_HEIGHT = 60;
const DETAIL_HEIGHT = 18;
const MARGIN_TOP = 10;
const MARGIN_BOTTOM = 52;
const MARGIN_LEFT = 14;
const EDGE = 4;
const DIAMOND_HALF_HEIGHT = 9;

interface Placed extends PooledForestRow {
  labelY: number;
  lineY: number;
  detailY: number;
}

/**
 * A domain that holds every trial and pooled interval and 1. A prediction interval may reach
 * far beyond (with 3 trials it spans two orders of magnitude), so it may widen the axis only
 * up to 3× each way; beyond that its line stops at the edge with an arrowhead, and its full
 * range is in words on its row and in the table.
 */
export function pooledForestDomain(rows: readonly PooledForestRow[]): [number, number] {
  const core = rows.filter((r) => r.kind !== 'prediction').flatMap((r) => [r.low, r.high]);
  let low = Math.min(1, ...core) / 1.25;
  let high = Math.max(1, ...core) * 1.15;
  const pi = rows.filter((r) => r.kind === 'prediction');
  if (pi.length) {
    low = Math.max(low / 3, Math.min(low, ...pi.map((r) => r.low / 1.1)));
    high = Math.min(high * 3, Math.max(high, ...pi.map((r) => r.high * 1.1)));
  }
  return [low, high];
}

/** Ticks of a log axis that may run from 0.05 to 50: the 1–2–5 series, and 1.5 and 3 on a short axis. */
export function pooledForestTicks([low, high]: [number, number]): number[] {
  const all = [0.05, 0.1, 0.2, 0.5, 1, 1.5, 2, 3, 5, 10, 20, 50];
  const inside = all.filter((t) => t >= low && t <= high);
  return high / low > 12 ? inside.filter((t) => t !== 1.5 && t !== 3) : inside;
}

/**
 * Above this many rows the plot switches to one line per row (name, interval, estimate side by
 * side, smaller type, no detail line): a slide fits a tall chart to its height, and rows of
 * three lines each would shrink 28 trials' type below legibility. The detail stays in the
 * hover text and the table.
 */
export const COMPACT_ABOVE = 8;

const COMPACT = { rowHeight: 26, headingHeight: 30, marginLeft: 172, marginRight: 112, fontSize: CHART_SMALL_FONT_SIZE };

export function pooledForestPlot(rows: readonly PooledForestRow[], options: { lang: Lang; axisLabel: string }): Plot.PlotOptions {
  const { lang } = options;
  const compact = rows.length > COMPACT_ABOVE;
  const placed: Placed[] = [];
  const headings: Array<{ text: string; y: number; step: string }> = [];
  let y = MARGIN_TOP;
  let group: string | undefined;
  for (const row of rows) {
    if (row.group !== undefined && row.group !== group) {
      group = row.group;
      headings.push({ text: group, y: y + (compact ? 20 : 24), step: row.step });
      y += compact ? COMPACT.headingHeight : HEADING_HEIGHT;
    }
    if (compact) {
      placed.push({ ...row, label: row.shortLabel ?? row.label, size: Math.min(row.size ?? 5, 6), labelY: y + 13, lineY: y + 13, detailY: y + 13 });
      y += COMPACT.rowHeight;
    } else {
      placed.push({ ...row, labelY: y + 18, lineY: y + 40, detailY: y + 60 });
      y += ROW_HEIGHT + (row.detail ? DETAIL_HEIGHT : 0);
    }
  }
  const hasSide = !compact && rows.some((r) => r.side);
  const marginLeft = compact ? COMPACT.marginLeft : MARGIN_LEFT;
  const marginRight = compact ? COMPACT.marginRight : hasSide ? 64 : 14;
  const fontSize = compact ? COMPACT.fontSize : CHART_FONT_SIZE;
  const diamond = compact ? 7 : DIAMOND_HALF_HEIGHT;
  const cap = compact ? 4 : 5;
  const domain = pooledForestDomain(rows);
  const [lo, hi] = domain;
  const clip = (x: number) => Math.min(hi, Math.max(lo, x));
  const steps = [...new Set(rows.map((r) => r.step))];
  const colour = palette.intervention;

  const perStep = (step: string): Plot.Markish[] => {
    const mine = placed.filter((r) => r.step === step);
    const trials = mine.filter((r) => r.kind === 'trial');
    const pooled = mine.filter((r) => r.kind === 'pooled');
    const prediction = mine.filter((r) => r.kind === 'prediction');
    const className = step;
    const clippedEnds = prediction.flatMap((r) => [
      ...(r.low < lo ? [{ x: lo, y: r.lineY, rotate: -90, title: r.title }] : []),
      ...(r.high > hi ? [{ x: hi, y: r.lineY, rotate: 90, title: r.title }] : []),
    ]);
    return [
      Plot.text(
        headings.filter((h) => h.step === step),
        {
          frameAnchor: 'left',
          y: 'y',
          dx: EDGE - marginLeft,
          text: 'text',
          textAnchor: 'start',
          fill: 'currentColor',
          fontWeight: 700,
          fontSize: fontSize + 1,
          className,
        },
      ),
      // Trial names semibold, pooled rows bold (font weight is a mark option, not a channel).
      // In the compact layout a long name is cut with an ellipsis at its column's width.
      ...(
        [
          [trials, 600],
          [[...pooled, ...prediction], 700],
        ] as const
      ).map(([these, fontWeight]) =>
        Plot.text(these, {
          frameAnchor: 'left',
          y: 'labelY',
          dx: EDGE - marginLeft,
          text: 'label',
          textAnchor: 'start',
          fill: 'currentColor',
          fontWeight,
          fontSize,
          ...(compact ? { lineWidth: (marginLeft - 2 * EDGE) / fontSize, textOverflow: 'ellipsis' as const } : {}),
          className,
        }),
      ),
      Plot.text(mine, {
        frameAnchor: 'right',
        y: 'labelY',
        dx: marginRight - EDGE,
        text: 'valueText',
        textAnchor: 'end',
        fill: 'currentColor',
        fontSize,
        className,
      }),
      Plot.text(
        mine.filter((r) => r.side && !compact),
        { frameAnchor: 'right', y: 'lineY', dx: marginRight - EDGE, text: 'side', textAnchor: 'end', fill: 'currentColor', className },
      ),
      Plot.text(
        mine.filter((r) => r.detail && !compact),
        {
          frameAnchor: 'left',
          y: 'detailY',
          dx: EDGE - marginLeft,
          text: 'detail',
          textAnchor: 'start',
          fill: 'currentColor',
          fontSize: CHART_SMALL_FONT_SIZE,
          className,
        },
      ),
      // Trials: the interval with caps, and a square whose size shows the trial's weight.
      Plot.link(trials, { x1: 'low', x2: 'high', y1: 'lineY', y2: 'lineY', stroke: colour, strokeWidth: 2.5, title: 'title', className }),
      Plot.link(
        trials.flatMap((r) => [
          { x: r.low, y: r.lineY, title: r.title },
          { x: r.high, y: r.lineY, title: r.title },
        ]),
        {
          x1: 'x',
          x2: 'x',
          y1: (d: { y: number }) => d.y - cap,
          y2: (d: { y: number }) => d.y + cap,
          stroke: colour,
          strokeWidth: 2,
          title: 'title',
          className,
        },
      ),
      Plot.dot(trials, {
        x: 'estimate',
        y: 'lineY',
        symbol: 'square',
        r: (r: Placed) => r.size ?? 6,
        fill: colour,
        stroke: 'white',
        strokeWidth: 1,
        title: 'title',
        className,
      }),
      // Pooled estimates: a diamond from the lower to the upper bound, widest at the bounds'
      // row and pointed at the estimate (linear in screen space, so straight on a log axis).
      Plot.areaX(
        pooled.flatMap((r, i) => [
          { key: i, x1: r.estimate, x2: r.estimate, y: r.lineY - diamond, title: r.title },
          { key: i, x1: r.low, x2: r.high, y: r.lineY, title: r.title },
          { key: i, x1: r.estimate, x2: r.estimate, y: r.lineY + diamond, title: r.title },
        ]),
        { x1: 'x1', x2: 'x2', y: 'y', z: 'key', fill: 'currentColor', fillOpacity: 0.85, stroke: 'currentColor', strokeWidth: 1, title: 'title', className },
      ),
      // The prediction interval: dashed, clipped to the axis with an arrowhead where it goes on.
      Plot.link(prediction, {
        x1: (r: Placed) => clip(r.low),
        x2: (r: Placed) => clip(r.high),
        y1: 'lineY',
        y2: 'lineY',
        stroke: 'currentColor',
        strokeWidth: 3,
        strokeDasharray: '6,4',
        title: 'title',
        className,
      }),
      Plot.dot(clippedEnds, { x: 'x', y: 'y', symbol: 'triangle', rotate: 'rotate', r: 6, fill: 'currentColor', title: 'title', className }),
      Plot.dot(prediction, { x: 'estimate', y: 'lineY', symbol: 'diamond', r: 5, fill: 'currentColor', title: 'title', className }),
    ];
  };

  return {
    width: CHART_WIDTH,
    height: y + MARGIN_BOTTOM,
    marginLeft,
    marginRight,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    style: CHART_STYLE,
    x: {
      type: 'log',
      domain,
      ticks: pooledForestTicks(domain),
      tickFormat: (d: number) => formatNumber(d, lang, d < 0.1 ? 2 : d < 1 || !Number.isInteger(d) ? 1 : 0),
      label: options.axisLabel,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 42,
      grid: true,
    },
    y: { type: 'identity', axis: null },
    r: { type: 'identity' },
    marks: [
      // No difference: a ratio of 1. In the one-line layout the names sit in the left margin, so
      // the rule runs whole; otherwise it is drawn in pieces around each interval, never through a name.
      ...(compact ? [Plot.ruleX([1], { stroke: 'currentColor', strokeWidth: 1.5, strokeOpacity: 0.8 })] : noEffectRule(placed)),
      ...steps.flatMap(perStep),
    ],
  };
}
