/**
 * The paired-dot ("dumbbell") chart: for each row, the comparison arm and the IPS arm on one
 * percentage scale, joined by a line whose length is the difference. Used wherever two arms
 * are compared on a rate: the overview of trials, a trial's time points.
 */
import * as Plot from '@observablehq/plot';
import { formatPercent, formatPoints } from '../../i18n/format.ts';
import { messages, type Lang } from '../../i18n/index.ts';
import { palette } from '../../styles/palette.ts';
import type { StoryStep } from '../spec.ts';
import { CHART_STYLE, CHART_WIDTH, percentAxis } from '../frame.ts';

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
  /** Difference in percentage points, when it is shown (computed by src/stats/stats.ts). */
  difference?: { value: number; decimals: number };
}

interface Point extends ArmValue {
  row: string;
  arm: 'intervention' | 'control';
  /** True when this arm is the lower of the two, so its label goes to the left. */
  low: boolean;
}

const ROW_HEIGHT = 66;
/** The widest row name, in ems of the chart's type: the drawing's width less its margins. */
const LABEL_EMS = 24;

export function dumbbellPlot(rows: readonly DumbbellRow[], lang: Lang, axisLabel: string): Plot.PlotOptions {
  const points: Point[] = rows.flatMap((r) => [
    { row: r.label, arm: 'control', ...r.control, low: r.control.value <= r.intervention.value },
    { row: r.label, arm: 'intervention', ...r.intervention, low: r.intervention.value < r.control.value },
  ]);
  const percent = (p: Point) => formatPercent(p.value, lang, p.decimals);
  // Each arm is its own set of marks with its own step class, so a story can show the
  // comparison arm first, then IPS, then the difference (see dumbbellSteps).
  const armMarks = (arm: Point['arm']): Plot.Markish[] => {
    const mine = points.filter((p) => p.arm === arm);
    const className = `step-${arm}`;
    return [
      Plot.dot(mine, {
        x: 'value',
        y: 'row',
        r: 7,
        fill: palette[arm],
        stroke: 'white',
        strokeWidth: 1.5,
        className,
        title: (p: Point) => `${p.row} · ${p.name}: ${percent(p)}`,
      }),
      ...[true, false].map((low) =>
        Plot.text(
          mine.filter((p) => p.low === low),
          { x: 'value', y: 'row', text: percent, dx: low ? -11 : 11, textAnchor: low ? 'end' : 'start', fill: 'currentColor', fontWeight: 600, className },
        ),
      ),
    ];
  };
  return {
    width: CHART_WIDTH,
    height: rows.length * ROW_HEIGHT + 64,
    marginLeft: 44,
    marginRight: 52,
    marginTop: 30,
    marginBottom: 48,
    style: CHART_STYLE,
    x: percentAxis(axisLabel, lang),
    y: { domain: rows.map((r) => r.label), axis: null, padding: 0.6 },
    marks: [
      // The row's name on a line of its own above it, and its difference at the right.
      // A long name (a trial with its outcome) is cut with an ellipsis rather than run past the
      // chart's edge in a narrow frame; the table and the mark's title keep it whole.
      Plot.text(rows, {
        frameAnchor: 'left',
        y: 'label',
        text: 'label',
        dy: -22,
        dx: -40,
        textAnchor: 'start',
        fill: 'currentColor',
        fontWeight: 600,
        lineWidth: LABEL_EMS,
        textOverflow: 'ellipsis',
      }),
      Plot.text(
        rows.filter((r) => r.difference),
        {
          frameAnchor: 'right',
          y: 'label',
          dy: -22,
          dx: 48,
          textAnchor: 'end',
          text: (r: DumbbellRow) => formatPoints(r.difference!.value, lang, r.difference!.decimals),
          fill: 'currentColor',
          className: 'step-difference',
        },
      ),
      Plot.link(rows, {
        x1: (r: DumbbellRow) => r.control.value,
        x2: (r: DumbbellRow) => r.intervention.value,
        y1: 'label',
        y2: 'label',
        stroke: palette.neutral,
        strokeWidth: 4,
        strokeOpacity: 0.7,
        className: 'step-difference',
      }),
      ...armMarks('control'),
      ...armMarks('intervention'),
    ],
  };
}

/** The story of a two-arm comparison: the comparison arm, then IPS beside it, then the gap. */
export function dumbbellSteps(lang: Lang, names: { intervention: string; control: string }): StoryStep[] {
  const say = messages(lang).chartCommon.steps;
  return [
    { caption: say.first(names.control), show: ['step-control'] },
    { caption: say.then(names.intervention), show: ['step-control', 'step-intervention'] },
    { caption: say.difference, show: ['step-control', 'step-intervention', 'step-difference'] },
  ];
}
