/**
 * The rule at "no effect" (a ratio of 1) of a forest plot laid out with each row's name on a line
 * above its interval: drawn as one short piece around each row's interval line, with gaps where
 * the names and detail lines run, so it never strikes through text (a gutter, not a halo: halos
 * depend on the viewer, and slide tools and SVG editors drop them). The axis tick marks 1 below.
 */
import * as Plot from '@observablehq/plot';

/** Above the interval line: clear of the name above (its baseline 22 px up, its glyphs to ~-18). */
const ABOVE = 13;
/** Below the interval line: clear of a detail line under it (its glyphs from ~+8). */
const BELOW = 6;

/**
 * `rows`: each row's interval line (its y in px, on an identity y scale) and, where the chart tells
 * its story in steps, the row's step class: a row's piece of the rule appears with the row.
 */
export function noEffectRule(rows: readonly { lineY: number; step?: string }[]): Plot.Markish[] {
  const steps = [...new Set(rows.map((r) => r.step))];
  return steps.map((step) =>
    Plot.ruleX(
      rows.filter((r) => r.step === step).map((r) => ({ y1: r.lineY - ABOVE, y2: r.lineY + BELOW })),
      { x: () => 1, y1: 'y1', y2: 'y2', stroke: 'currentColor', strokeWidth: 1.5, strokeOpacity: 0.8, ...(step ? { className: step } : {}) },
    ),
  );
}
