/**
 * Who took part in SEED, built from the real data: the published baseline profile sorted by
 * share, never the talk's preliminary figures, the mean age in the summary and the table.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { seedBaseline } from '../../../src/charts/seed-baseline.ts';
import type { ChartSpec } from '../../../src/charts/spec.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { figure, figuresWhere } from '../../../src/data/evidence.ts';
import { formatFigure, formatPercent, statusLabel } from '../../../src/i18n/format.ts';
import { renderPlotSvg } from '../../../src/render/plot-svg.ts';

const e = loadEvidence();
const en = seedBaseline(e, 'en');
const nb = seedBaseline(e, 'nb');
/** The baseline shares in the data: every seed figure measured as a share at baseline, except the site's own. */
const shares = figuresWhere(e, { study: 'seed', timepoint: 'baseline' }).filter((f) => f.unit === 'percent');

function svgOf(spec: ChartSpec, i: number) {
  const svg = renderPlotSvg(spec.views[i]!.plot, { idPrefix: spec.id, title: spec.title, description: spec.summary });
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}
const marks = (spec: ChartSpec, i: number) => (spec.views[i]!.plot.marks ?? []).flat() as Plot.Mark[];
const hasTitle = (m: Plot.Mark) => 'title' in (m as unknown as { channels: object }).channels;
const dataTitles = (doc: Document) => [...doc.querySelectorAll('title')].filter((t) => !t.id).map((t) => t.textContent ?? '');

describe('seed-baseline', () => {
  it('builds in both languages, with unique view ids and a titled bar per share', () => {
    for (const spec of [en, nb]) {
      expect(new Set(spec.views.map((v) => v.id)).size).toBe(spec.views.length);
      spec.views.forEach((_, i) => {
        const bars = marks(spec, i).filter((m) => m instanceof Plot.BarX);
        expect(bars.length).toBeGreaterThan(0);
        expect(bars.filter((m) => !hasTitle(m))).toEqual([]);
        const titles = dataTitles(svgOf(spec, i));
        expect(titles.length).toBe(shares.length);
        for (const t of titles) expect(t).toMatch(/ · .+: \S/);
      });
    }
  });

  it('shows every published baseline share once, largest first', () => {
    const rows = en.views[0].table.rows.filter((r) => r[1]!.figure?.unit === 'percent');
    expect(rows.map((r) => r[1]!.figure!.id).sort()).toEqual(shares.map((f) => f.id).sort());
    const values = rows.map((r) => r[1]!.figure!.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    for (const r of rows) expect(r[1]!.text).toBe(formatPercent(r[1]!.figure!.value, 'en', r[1]!.figure!.decimals));
    // The y axis is drawn in the same order.
    expect((en.views[0].plot.y as { domain: string[] }).domain.length).toBe(shares.length);
  });

  it('uses the baseline paper for bullying, never the talk', () => {
    const bullied = figure(e, 'seed-baseline-share-bullied');
    expect(bullied.source).not.toBe('reme-talk');
    const cell = en.views[0].table.rows.flat().find((c) => c.figure?.id === bullied.id)!;
    expect(cell.text).toBe(formatPercent(bullied.value, 'en', bullied.decimals));
    expect(en.figures.filter((f) => f.status === 'presentation')).toEqual([]);
  });

  it('names the participants and mean age in the summary, and marks a share that is not peer-reviewed', () => {
    const n = figure(e, 'seed-participants-randomised');
    const age = figure(e, 'seed-baseline-mean-age');
    for (const [spec, lang] of [
      [en, 'en'],
      [nb, 'nb'],
    ] as const) {
      expect(spec.summary).toContain(formatFigure(n, lang));
      expect(spec.summary).toContain(formatFigure(age, lang));
      expect(spec.summary.split(/[.;]\s/).length).toBeLessThanOrEqual(3);
    }
    const grey = shares.filter((f) => f.status !== 'published');
    const text = svgOf(en, 0).querySelector('svg')!.textContent!;
    for (const f of grey) expect(text).toContain(statusLabel(f.status, 'en'));
  });
});
