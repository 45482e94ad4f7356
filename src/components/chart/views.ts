/**
 * A chart card's drawings (made once per build, src/render/chart-drawings.ts): each view of the chart as SVG, and on a page
 * also a wide drawing for desktop screens; and the card's shape (tall or wide), which decides
 * how the embed and presenter pages lay it out.
 */
import type { ChartSpec } from '../../charts/spec.ts';
import { CHART_WIDTH_WIDE } from '../../charts/frame.ts';
import { chartViewSvg } from '../../render/chart-drawings.ts';

export type ChartVariant = 'page' | 'embed' | 'present';

export type DrawnView = ChartSpec['views'][number] & {
  /** The view drawn at the chart's own width (420 px): phones, embeds, the presenter view. */
  svg: string;
  /** On a page, the same view drawn 880 px wide for desktop screens. */
  svgWide: string | undefined;
};

export function drawViews(spec: ChartSpec, variant: ChartVariant): DrawnView[] {
  return spec.views.map((view, i) => ({
    ...view,
    svg: chartViewSvg(spec, i),
    // On a page the chart is also drawn wide, with the same type size, for desktop screens: a
    // narrow drawing scaled up to 800 px would shout, and a wide one scaled down to a phone would
    // whisper. CSS shows the one that fits its card (a container query); the other is not rendered.
    svgWide: variant === 'page' ? chartViewSvg(spec, i, CHART_WIDTH_WIDE) : undefined,
  }));
}

/**
 * Taller than about 0.6 of its width, a chart drawn under its title on a 16:9 screen gets only
 * the height left over, and its type shrinks below what a projector shows: the presenter view
 * then puts the words beside it instead (as the slide PNG does; src/styles/standalone.css).
 */
export const TALL = 0.6;

/** Judged on the tallest view, so the layout does not jump when the reader switches views. */
export function chartShape(views: readonly Pick<DrawnView, 'plot'>[]): 'tall' | 'wide' {
  return Math.max(...views.map((v) => (v.plot.height ?? 0) / (v.plot.width ?? 1))) > TALL ? 'tall' : 'wide';
}
