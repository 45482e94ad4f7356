/**
 * Horizontal rows on a 0–100 % axis, each row's name on a line above it (so a long name never
 * squeezes the scale on a phone). The frame is shared by every chart drawn this way; the bars come
 * in two kinds: one bar per arm of a trial, each with its story step (`armBarsPlot`), and shares
 * of one group in one colour (`shareBarMarks`).
 */
import * as Plot from '@observablehq/plot';
import type { Figure } from '../../data/schemas.ts';
import { palette, type PaletteKey } from '../../styles/palette.ts';
import { CHART_STYLE, CHART_WIDTH } from '../frame.ts';

export interface RowsFrame {
  /** The rows' names, top to bottom: the y domain. */
  labels: string[];
  /** Vertical room per row: the row, and its name on a line above it. */
  rowStep: number;
  /** The y scale's padding, also the extra room (in rows) the height leaves for it. */
  padding: number;
  marginTop: number;
  marginBottom: number;
  marginRight?: number;
  /** The x axis, usually `percentAxis(…)`. */
  x: Plot.ScaleOptions;
}

/** The plot around the rows; its height grows with the number of rows, so each keeps its room. */
export function rowsFrame(f: RowsFrame): Omit<Plot.PlotOptions, 'marks'> {
  return {
    width: CHART_WIDTH,
    height: f.rowStep * (f.labels.length + f.padding) + f.marginTop + f.marginBottom,
    marginLeft: 20,
    marginRight: f.marginRight ?? 24,
    marginTop: f.marginTop,
    marginBottom: f.marginBottom,
    style: CHART_STYLE,
    x: f.x,
    y: { domain: f.labels, axis: null, padding: f.padding },
  };
}

export interface ArmBar {
  label: string;
  key: 'intervention' | 'control';
  f: Figure;
}

export interface ArmBarsOptions {
  x: Plot.ScaleOptions;
  /** Each arm's value as written (beside its bar). */
  value: (f: Figure) => string;
  /** Each bar's tooltip. */
  title: (arm: ArmBar) => string;
  /** The line under the axis stating the effect (its story step is the difference). */
  note: string;
}

/** Vertical room per arm: the bar, and its name on a line above it. */
const ARM_STEP = 72;

/** A two-arm comparison of rates: a bar per arm from 0, its name above, its value beside, and the effect under the axis. */
export function armBarsPlot(arms: readonly ArmBar[], o: ArmBarsOptions): Plot.PlotOptions {
  return {
    ...rowsFrame({ labels: arms.map((b) => b.label), rowStep: ARM_STEP, padding: 0.6, marginTop: 24, marginBottom: 86, x: o.x }),
    marks: [
      Plot.ruleX([0], { stroke: 'currentColor' }),
      // One set of marks per arm, with the arm's story step (the comparison first, then the intervention).
      ...arms.flatMap((b) => {
        const className = `step-${b.key}`;
        return [
          Plot.barX([b], { x: (d: ArmBar) => d.f.value, y: 'label', fill: palette[b.key], className, title: o.title }),
          Plot.text([b], {
            frameAnchor: 'left',
            y: 'label',
            text: 'label',
            dy: -30,
            dx: 6,
            textAnchor: 'start',
            fill: 'currentColor',
            fontWeight: 600,
            className,
          }),
          Plot.text([b], {
            x: (d: ArmBar) => d.f.value,
            y: 'label',
            text: (d: ArmBar) => o.value(d.f),
            dx: 8,
            textAnchor: 'start',
            fill: 'currentColor',
            fontWeight: 600,
            className,
          }),
        ];
      }),
      // Under the axis, so the two rates and the effect read together.
      Plot.text([o.note], {
        frameAnchor: 'bottom-left',
        text: (d: string) => d,
        dy: 80,
        textAnchor: 'start',
        fill: 'currentColor',
        className: 'step-difference',
      }),
    ],
  };
}

export interface ShareRow {
  label: string;
  f: Figure;
}

/** Shares of one group, one colour: the bars, the rule at 0 over their start, each name above and value beside. */
export function shareBarMarks<R extends ShareRow>(
  rows: readonly R[],
  o: { fill: PaletteKey; title: (r: R) => string; value: (r: R) => string },
): Plot.Markish[] {
  return [
    Plot.barX(rows, { x: (r: R) => r.f.value, y: 'label', fill: palette[o.fill], title: o.title }),
    Plot.ruleX([0], { stroke: 'currentColor' }),
    Plot.text(rows, { frameAnchor: 'left', y: 'label', text: 'label', dy: -22, dx: 6, textAnchor: 'start', fill: 'currentColor', fontWeight: 600 }),
    Plot.text(rows, { x: (r: R) => r.f.value, y: 'label', text: o.value, dx: 6, textAnchor: 'start', fill: 'currentColor' }),
  ];
}
