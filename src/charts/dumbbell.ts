/**
 * The paired-dot ("dumbbell") chart: for each row, the comparison arm and the IPS arm on one
 * percentage scale, joined by a line whose length is the difference. Used wherever two arms
 * are compared on a rate: the overview of trials, a trial's time points.
 */
import * as Plot from '@observablehq/plot';
import { formatPercent, formatPoints } from '../lib/format.ts';
import type { Lang } from '../lib/i18n.ts';
import { palette } from '../styles/palette.ts';

export interface ArmValue {
  value: number;
  /** Decimals as published, so labels keep the source's precision. */
  decimals: number;
  /** The arm's name in this row, e.g. "Sheltered employment". */
  name: string;
}

export interface DumbbellRow {
  /** The row's label on the y axis. */
  label: string;
  intervention: ArmValue;
  control: ArmValue;
  /** Difference in percentage points, when it is shown (computed by src/lib/stats.ts). */
  difference?: { value: number; decimals: number };
}

interface Point extends ArmValue {
  row: string;
  arm: 'intervention' | 'control';
  /** True when this arm is the lower of the two, so its label goes to the left. */
  low: boolean;
}

export const CHART_FONT_SIZE = 14;
const CHAR_WIDTH = CHART_FONT_SIZE * 0.56;

export function dumbbellPlot(rows: readonly DumbbellRow[], lang: Lang, axisLabel: string): Plot.PlotOptions {
  const points: Point[] = rows.flatMap((r) => [
    { row: r.label, arm: 'control', ...r.control, low: r.control.value <= r.intervention.value },
    { row: r.label, arm: 'intervention', ...r.intervention, low: r.intervention.value < r.control.value },
  ]);
  const longest = Math.max(...rows.map((r) => r.label.length));
  const percent = (p: Point) => formatPercent(p.value, lang, p.decimals);
  const valueLabel = (anchor: 'start' | 'end', low: boolean): Plot.Markish =>
    Plot.text(
      points.filter((p) => p.low === low),
      { x: 'value', y: 'row', text: percent, dx: low ? -14 : 14, textAnchor: anchor, fill: 'currentColor', fontWeight: 600 },
    );
  return {
    width: 560,
    height: rows.length * 72 + 60,
    marginLeft: Math.ceil(longest * CHAR_WIDTH) + 12,
    marginRight: 28,
    marginTop: 20,
    marginBottom: 48,
    style: { fontSize: `${CHART_FONT_SIZE}px`, fontFamily: 'inherit', background: 'transparent', overflow: 'visible' },
    x: {
      domain: [0, 100],
      label: axisLabel,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 40,
      tickFormat: (d: number) => formatPercent(d, lang, 0),
      ticks: 5,
      grid: true,
    },
    y: { domain: rows.map((r) => r.label), label: null, padding: 0.5, tickSize: 0 },
    marks: [
      Plot.link(rows, {
        x1: (r: DumbbellRow) => r.control.value,
        x2: (r: DumbbellRow) => r.intervention.value,
        y1: 'label',
        y2: 'label',
        stroke: palette.neutral,
        strokeWidth: 4,
        strokeOpacity: 0.7,
      }),
      Plot.dot(points, {
        x: 'value',
        y: 'row',
        r: 8,
        fill: (p: Point) => palette[p.arm],
        stroke: 'white',
        strokeWidth: 1.5,
        title: (p: Point) => `${p.row} · ${p.name}: ${percent(p)}`,
      }),
      valueLabel('end', true),
      valueLabel('start', false),
      Plot.text(
        rows.filter((r) => r.difference),
        {
          x: (r: DumbbellRow) => (r.control.value + r.intervention.value) / 2,
          y: 'label',
          dy: -20,
          text: (r: DumbbellRow) => formatPoints(r.difference!.value, lang, r.difference!.decimals),
          fill: 'currentColor',
        },
      ),
    ],
  };
}
