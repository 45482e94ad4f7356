/**
 * The three AWaC populations, built from the real data: shares of the baseline table computed
 * from its counts, and the project page's and the talk's splits beside them, each with its status.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { awacPopulations } from '../../../src/charts/awac-populations.ts';
import type { ChartSpec } from '../../../src/charts/spec.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { figure } from '../../../src/data/evidence.ts';
import { formatNumber, formatPercent, statusLabel } from '../../../src/i18n/format.ts';
import { renderPlotSvg } from '../../../src/render/plot-svg.ts';
import { percentFromCounts } from '../../../src/stats/stats.ts';

const e = loadEvidence();
const en = awacPopulations(e, 'en');
const nb = awacPopulations(e, 'nb');
const total = figure(e, 'awac-baseline-n-total');
const counts = ['awac-baseline-n-at-risk', 'awac-baseline-n-sick-leave', 'awac-baseline-n-long-term-benefits'].map((id) => figure(e, id));
const discrepancy = e.discrepancies.get('awac-subgroup-shares')!;

function svgOf(spec: ChartSpec, i: number) {
  const svg = renderPlotSvg(spec.views[i]!.plot, { idPrefix: spec.id, title: spec.title, description: spec.summary });
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}
const marks = (spec: ChartSpec, i: number) => (spec.views[i]!.plot.marks ?? []).flat() as Plot.Mark[];
const hasTitle = (m: Plot.Mark) => 'title' in (m as unknown as { channels: object }).channels;
const dataTitles = (doc: Document) => [...doc.querySelectorAll('title')].filter((t) => !t.id).map((t) => t.textContent ?? '');

describe('awac-populations', () => {
  it('builds in both languages, with unique view ids and titled bars', () => {
    for (const spec of [en, nb]) {
      expect(spec.views.map((v) => v.id)).toEqual(['sources', 'counts']);
      spec.views.forEach((_, i) => {
        const titled = marks(spec, i).filter((m) => m instanceof Plot.BarX && hasTitle(m));
        expect(titled.length).toBe(1);
        expect(dataTitles(svgOf(spec, i)).length).toBe(i === 0 ? 9 : 3);
      });
      expect(spec.legend.length).toBe(3);
    }
  });

  it("computes the baseline table's shares from its counts, with the stats module", () => {
    expect(counts.reduce((a, f) => a + f.value, 0)).toBe(total.value);
    const row = en.views[0].table.rows[0]!;
    counts.forEach((f, i) => {
      const share = percentFromCounts({ events: f.value, total: total.value });
      expect(row[i + 1]!.text).toContain(formatPercent(share, 'en', 1));
      expect(row[i + 1]!.derived).toContain(f.id);
      expect(en.summary).toContain(formatPercent(share, 'en', 1));
    });
    const countRows = en.views[1]!.table.rows;
    counts.forEach((f, i) => expect(countRows[i]![1]!.text).toBe(formatNumber(f.value, 'en')));
  });

  it('shows every split the discrepancy names, each with its status, and its note', () => {
    const shown = new Set(en.figures.map((f) => f.id));
    for (const id of discrepancy.figures!) expect(shown).toContain(id);
    expect(en.notes).toContain(discrepancy.note);
    const text = svgOf(en, 0).querySelector('svg')!.textContent!;
    for (const f of en.figures.filter((x) => x.unit === 'percent')) expect(text).toContain(statusLabel(f.status, 'en'));
    // Each stated share appears in the table as written.
    const cells = en.views[0].table.rows.flat();
    for (const f of en.figures.filter((x) => x.unit === 'percent'))
      expect(cells.find((c) => c.figure?.id === f.id)?.text).toBe(formatPercent(f.value, 'en', f.decimals));
  });
});
