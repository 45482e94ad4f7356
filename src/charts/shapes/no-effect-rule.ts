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

/** `lines`: the y (px, on an identity y scale) of each row's interval line. */
export function noEffectRule(lines: readonly number[]): Plot.Markish {
  return Plot.ruleX(
    lines.map((y) => ({ y1: y - ABOVE, y2: y + BELOW })),
    { x: () => 1, y1: 'y1', y2: 'y2', stroke: 'currentColor', strokeWidth: 1.5, strokeOpacity: 0.8 },
  );
}
