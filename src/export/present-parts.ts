/**
 * The parts of a tall chart in the presenter view (src/components/shell/PresentPage.astro): the
 * chart as the site draws it (currentColor, so D for dark still works), cut between its rows
 * like the slide PNGs (sections.ts), as decorative copies: the whole chart stays on the page,
 * visually hidden, for screen readers.
 */
import type { ChartSpec } from '../charts/spec.ts';
import { renderPlotSvg } from '../render/plot-svg.ts';
import { plotParts, type PlotPart } from './sections.ts';
import { exportPlot } from './standalone-svg.ts';

/**
 * The presenter's chart column on a 16:9 screen is about 0.95 of the screen's height tall;
 * type of 24 px at 1080 then needs the chart's height ≤ 0.95 × 1080 × (its type) / 24 units.
 */
const COLUMN = 0.95 * 1080;
const TYPE = 24;

export function presenterParts(spec: ChartSpec): PlotPart[] {
  const plot = exportPlot(spec, 'light');
  const limit = (COLUMN * plot.minFontSize) / TYPE;
  if (plot.height <= limit) return [];
  const options = spec.views[0].plot;
  const frame = { width: plot.width, height: plot.height, marginTop: options.marginTop ?? 0, marginBottom: options.marginBottom ?? 0 };
  // Cut where the export's copy of the plot has room (the same marks, the same places).
  const site = renderPlotSvg(options, { idPrefix: `${spec.id}-part`, title: spec.title, description: spec.summary })
    .replace(/<title[^>]*>[\s\S]*?<\/title>|<desc[^>]*>[\s\S]*?<\/desc>/g, '')
    .replace(/\s(?:id|role|aria-[a-z]+)="[^"]*"/g, '')
    // Plot's own font-size attribute (10) is overridden by its style (15): measure with the latter.
    .replace(/^(<svg[^>]*?\s)font-size="[^"]*"/, `$1font-size="${plot.fontSize}"`);
  let parts: PlotPart[] = [];
  for (let count = 2; count <= 8; count++) {
    parts = plotParts(site, frame, count, plot.markup);
    if (parts.every((p) => p.height <= limit) || parts.length < count) break;
  }
  return parts;
}
