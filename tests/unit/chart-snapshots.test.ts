/**
 * Every view of every registered chart, rendered to SVG exactly as the build does, compared with
 * its committed snapshot in tests/unit/__snapshots__/charts/. Ids, classes and coordinates are
 * already stable (src/render/plot-svg.ts), so a diff here is a real change in a picture:
 * look at it, then update with `npx vitest run tests/unit/chart-snapshots.test.ts -u`.
 */
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/index.ts';
import { loadEvidence } from '../../src/data/load.ts';
import { renderPlotSvg } from '../../src/render/plot-svg.ts';

const evidence = loadEvidence();

/** Pretty-print one element per line, so a snapshot diff points at the mark that moved. */
const normalise = (svg: string) => svg.replace(/></g, '>\n<');

describe.each(Object.keys(charts))('%s', (id) => {
  const spec = charts[id as keyof typeof charts](evidence, 'en');
  it.each(spec.views.map((v) => [v.id, v] as const))('view "%s" matches its snapshot', async (viewId, view) => {
    const svg = renderPlotSvg(view.plot, { idPrefix: `${spec.id}-${viewId}`, title: spec.title, description: spec.summary });
    await expect(normalise(svg)).toMatchFileSnapshot(`./__snapshots__/charts/${spec.id}--${viewId}.svg`);
  });
});
