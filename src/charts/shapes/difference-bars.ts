/**
 * Differences in percentage points as bars from zero, one per row, labelled with their value.
 * The "Difference" view of a two-arm comparison when no confidence interval can be computed
 * (a bar, not a dot with whiskers, so nobody reads an interval into it).
 */
import * as Plot from '@observablehq/plot';
import { formatPoints } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/index.ts';
import { palette } from '../../styles/palette.ts';
import { CHART_STYLE, CHART_WIDTH, valueAxis } from '../frame.ts';

export interface DifferenceRow {
  label: string;
  value: number;
  decimals: number;
}

export function differenceBarsPlot(rows: readonly DifferenceRow[], lang: Lang, axisLabel: string): Plot.PlotOptions {
  const max = Math.max(10, ...rows.map((r) => Math.abs(r.value)));
  const text = (r: DifferenceRow) => formatPoints(r.value, lang, r.decimals);
  return {
    width: CHART_WIDTH,
    height: rows.length * 66 + 64,
    marginLeft: 44,
    marginRight: 52,
    marginTop: 30,
    marginBottom: 48,
    style: CHART_STYLE,
    x: valueAxis(axisLabel, { domain: [Math.min(0, ...rows.map((r) => r.value)), Math.ceil((max * 1.25) / 5) * 5] }),
    y: { domain: rows.map((r) => r.label), axis: null, padding: 0.45 },
    marks: [
      Plot.text(rows, { frameAnchor: 'left', y: 'label', text: 'label', dy: -22, dx: -40, textAnchor: 'start', fill: 'currentColor', fontWeight: 600 }),
      Plot.barX(rows, {
        x: 'value',
        y: 'label',
        fill: palette.intervention,
        insetTop: 6,
        insetBottom: 6,
        title: (r: DifferenceRow) => `${r.label}: ${text(r)}`,
      }),
      Plot.text(rows, { x: 'value', y: 'label', text, dx: 8, textAnchor: 'start', fill: 'currentColor', fontWeight: 600 }),
      Plot.ruleX([0], { stroke: 'currentColor' }),
    ],
  };
}
