/**
 * The two ends of a difference or ratio axis in words ("← more without IPS", "more work with IPS
 * →"), above the plot's top corners, in the small chart type: which way is better is read before
 * any number.
 */
import * as Plot from '@observablehq/plot';
import { CHART_SMALL_FONT_SIZE } from '../frame.ts';

export interface DirectionLabelsAt {
  /** How far above the plot's top edge, in px (negative: above). */
  dy: number;
  /** Horizontal nudges of the left and right words from their corners. */
  leftDx: number;
  rightDx: number;
}

export function directionLabels(left: string, right: string, at: DirectionLabelsAt): Plot.Markish[] {
  const end = (text: string, side: 'left' | 'right') =>
    Plot.text([text], {
      frameAnchor: side === 'left' ? 'top-left' : 'top-right',
      text: (d: string) => d,
      dx: side === 'left' ? at.leftDx : at.rightDx,
      dy: at.dy,
      textAnchor: side === 'left' ? 'start' : 'end',
      fill: 'currentColor',
      fontSize: CHART_SMALL_FONT_SIZE,
    });
  return [end(left, 'left'), end(right, 'right')];
}
