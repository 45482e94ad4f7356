/**
 * A chart view's drawing, made once per build and reused: a chart appears on its topic page, its
 * own page, the evidence page, its embed and presenter views, and feeds a dozen downloads; Plot
 * is the slow step, and the same spec and width always give the same SVG.
 *
 * Specs are built once per data version and language (src/charts/index.ts `chartSpec`), so the
 * spec object is the cache key; a spec for a pinned older release is another object.
 */
import type { ChartSpec } from '../charts/spec.ts';
import { drawPlot, type PlotDrawing } from './plot-svg.ts';

const drawings = new WeakMap<ChartSpec, Map<string, PlotDrawing>>();

/**
 * View `index` of a chart as SVG, at its own width or `width` (the wide drawing for desktop
 * pages). Its ids are prefixed with the chart id (and the view id after the first view, so the
 * first view's ids never change when views are added); its accessible name carries the view's
 * label when there are several.
 */
export function chartViewSvg(spec: ChartSpec, index: number, width?: number): string {
  return chartViewDrawing(spec, index, width).svg;
}

/**
 * The same drawing as a DOM element, for the downloads to prepare without parsing the markup
 * again. A copy: the cached element stays as drawn.
 */
export function chartViewElement(spec: ChartSpec, index: number, width?: number): Element {
  return chartViewDrawing(spec, index, width).element.cloneNode(true) as Element;
}

function chartViewDrawing(spec: ChartSpec, index: number, width?: number): PlotDrawing {
  let bySize = drawings.get(spec);
  if (!bySize) drawings.set(spec, (bySize = new Map()));
  const key = `${index}@${width ?? 'own'}`;
  let drawing = bySize.get(key);
  if (drawing === undefined) {
    const view = spec.views[index];
    if (!view) throw new Error(`Chart "${spec.id}" has no view ${index} (it has ${spec.views.length}).`);
    const idPrefix = (index === 0 ? spec.id : `${spec.id}-${view.id}`) + (width === undefined ? '' : '-wide');
    const title = spec.views.length > 1 ? `${spec.title} (${view.label})` : spec.title;
    drawing = drawPlot(width === undefined ? view.plot : { ...view.plot, width }, { idPrefix, title, description: spec.summary });
    bySize.set(key, drawing);
  }
  return drawing;
}
