/**
 * The forest plot: one row per estimate (a ratio with its 95% confidence interval) on a log
 * scale, a rule at 1 (no difference), rows in groups with a heading each. Used for the pooled
 * effects of the IPS reviews and for the studies of unemployment and health.
 *
 * Laid out for a phone like the dumbbell chart: each row's label sits on a line of its own
 * above its interval, with the estimate in words at the right of that line, so the scale gets
 * the full width. Rows are placed in pixels (an identity y scale) so a group heading can take
 * less height than a row.
 */
import * as Plot from '@observablehq/plot';
import type { Figure, Status } from '../../data/schemas.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/index.ts';
import { noEffectRule } from './no-effect-rule.ts';
import { CHART_FONT_SIZE, CHART_STYLE, CHART_WIDTH } from '../frame.ts';

export interface ForestRow {
  /** The row's name, on the line above its interval. Unique within a plot. */
  label: string;
  estimate: number;
  /** The 95% confidence interval, when the source gives one; a row without it is a point only. */
  low?: number;
  high?: number;
  /** The heading the row is listed under; rows of a group must be next to each other. */
  group: string;
  /** Figures that are not peer-reviewed (grey, presentation) are drawn hollow. */
  status: Status;
  /** The estimate in words, at the right of the label line: "2.07 (1.82–2.35)". */
  valueText: string;
  /** Optional text in a right-hand column on the interval's line, e.g. "27 RCTs". */
  side?: string;
  /** The hover and focus text: "Row · Series: value (95% CI …)". */
  title: string;
  /** Point radius in pixels (default 7), e.g. to show a row's weight. */
  size?: number;
}

export interface ForestOptions {
  lang: Lang;
  /** The x axis label, naming the ratio and the log scale. */
  axisLabel: string;
  /** A literal colour from the palette. */
  colour: string;
}

interface Placed extends ForestRow {
  /** Baseline of the label line, in pixels. */
  labelY: number;
  /** The interval's line, in pixels. */
  lineY: number;
}

const HEADING_HEIGHT = 38;
const ROW_HEIGHT = 60;
const MARGIN_TOP = 12;
const MARGIN_BOTTOM = 52;
const MARGIN_LEFT = 14;
const EDGE = 4;

/** Decimals a number was written with (a CI bound of 1.70 reads back as 1.7, so the
 *  figure's own precision is the floor). */
function decimalsOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot === -1 ? 0 : s.length - dot - 1;
}

/** A ratio for the chart, compact: "2.07 (1.82–2.35)"; without a CI just the estimate. */
export function ratioText(f: Figure, lang: Lang, noCi = ''): string {
  if (f.ci_low === undefined || f.ci_high === undefined) return `${formatNumber(f.value, lang, f.decimals)}${noCi}`;
  const d = Math.max(f.decimals, decimalsOf(f.ci_low), decimalsOf(f.ci_high));
  return `${formatNumber(f.value, lang, d)} (${formatNumber(f.ci_low, lang, d)}–${formatNumber(f.ci_high, lang, d)})`;
}

/** Candidate ticks on a log scale, from which those inside the domain are shown. */
const TICKS = [0.5, 1, 1.5, 2, 3, 5, 10, 20, 50, 100];

/** A domain that holds every interval and 1, with a little air on each side. */
export function forestDomain(rows: readonly ForestRow[]): [number, number] {
  const values = rows.flatMap((r) => [r.estimate, r.low ?? r.estimate, r.high ?? r.estimate]);
  const low = Math.min(1, ...values) / 1.25;
  const high = Math.max(1, ...values) * 1.15;
  return [low, high];
}

export function forestTicks([low, high]: [number, number]): number[] {
  let ticks = TICKS.filter((t) => t >= low && t <= high);
  // Over more than a decade the in-between ticks crowd a phone-sized axis.
  if (high / low > 12) ticks = ticks.filter((t) => ![1.5, 3].includes(t));
  return ticks;
}

export function forestPlot(rows: readonly ForestRow[], options: ForestOptions): Plot.PlotOptions {
  const { lang, colour } = options;
  const placed: Placed[] = [];
  const headings: Array<{ text: string; y: number }> = [];
  let y = MARGIN_TOP;
  let group: string | undefined;
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      headings.push({ text: group, y: y + 24 });
      y += HEADING_HEIGHT;
    }
    placed.push({ ...row, labelY: y + 18, lineY: y + 40 });
    y += ROW_HEIGHT;
  }
  const hasSide = rows.some((r) => r.side);
  const marginRight = hasSide ? 84 : 14;
  const height = y + MARGIN_BOTTOM;
  const domain = forestDomain(rows);
  const withInterval = placed.filter((r) => r.low !== undefined && r.high !== undefined);
  const hollow = (r: ForestRow) => r.status === 'grey' || r.status === 'presentation';
  return {
    width: CHART_WIDTH,
    height,
    marginLeft: MARGIN_LEFT,
    marginRight,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    style: CHART_STYLE,
    x: {
      type: 'log',
      domain,
      ticks: forestTicks(domain),
      tickFormat: (d: number) => formatNumber(d, lang, d < 1 || !Number.isInteger(d) ? 1 : 0),
      label: options.axisLabel,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 42,
      grid: true,
    },
    y: { type: 'identity', axis: null },
    // Point sizes are pixels, not data to be scaled.
    r: { type: 'identity' },
    marks: [
      // No difference: a ratio of 1, in pieces around each interval (never through a name).
      ...noEffectRule(placed),
      Plot.text(headings, {
        frameAnchor: 'left',
        y: 'y',
        dx: EDGE - MARGIN_LEFT,
        text: 'text',
        textAnchor: 'start',
        fill: 'currentColor',
        fontWeight: 700,
        fontSize: CHART_FONT_SIZE + 1,
      }),
      Plot.text(placed, {
        frameAnchor: 'left',
        y: 'labelY',
        dx: EDGE - MARGIN_LEFT,
        text: 'label',
        textAnchor: 'start',
        fill: 'currentColor',
        fontWeight: 600,
      }),
      Plot.text(placed, {
        frameAnchor: 'right',
        y: 'labelY',
        dx: marginRight - EDGE,
        text: 'valueText',
        textAnchor: 'end',
        fill: 'currentColor',
      }),
      Plot.text(
        placed.filter((r) => r.side),
        { frameAnchor: 'right', y: 'lineY', dx: marginRight - EDGE, text: 'side', textAnchor: 'end', fill: 'currentColor' },
      ),
      Plot.link(withInterval, {
        x1: 'low',
        x2: 'high',
        y1: 'lineY',
        y2: 'lineY',
        stroke: colour,
        strokeWidth: 3,
        title: 'title',
      }),
      // Short caps at the ends of each interval.
      Plot.link(
        withInterval.flatMap((r) => [
          { x: r.low!, y: r.lineY, title: r.title },
          { x: r.high!, y: r.lineY, title: r.title },
        ]),
        { x1: 'x', x2: 'x', y1: (d: { y: number }) => d.y - 6, y2: (d: { y: number }) => d.y + 6, stroke: colour, strokeWidth: 2, title: 'title' },
      ),
      Plot.dot(placed, {
        x: 'estimate',
        y: 'lineY',
        r: (r: ForestRow) => r.size ?? 7,
        fill: (r: ForestRow) => (hollow(r) ? 'none' : colour),
        stroke: (r: ForestRow) => (hollow(r) ? colour : 'white'),
        strokeWidth: (r: ForestRow) => (hollow(r) ? 2.5 : 1.5),
        title: 'title',
      }),
    ],
  };
}
