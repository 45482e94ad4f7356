/**
 * The pooled effects of the reviews, built from the real data: every ratio of a review once,
 * risk ratios and odds ratios never on one axis, a log scale with a rule at 1, trials per row.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { forestDomain, forestTicks, ratioText, type ForestRow } from '../../../src/charts/shapes/forest.ts';
import { MEASURES, metaAnalyses, pooledRows } from '../../../src/charts/meta-analyses.ts';
import type { ChartSpec } from '../../../src/charts/spec.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { study, theFigure } from '../../../src/data/evidence.ts';
import { formatNumber } from '../../../src/i18n/format.ts';
import { renderPlotSvg } from '../../../src/render/plot-svg.ts';

const e = loadEvidence();
const en = metaAnalyses(e, 'en');
const nb = metaAnalyses(e, 'nb');

function svgOf(spec: ChartSpec, i: number) {
  const svg = renderPlotSvg(spec.views[i]!.plot, { idPrefix: spec.id, title: spec.title, description: spec.summary });
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}
const marks = (spec: ChartSpec, i: number) => (spec.views[i]!.plot.marks ?? []).flat() as Plot.Mark[];
const hasTitle = (m: Plot.Mark) => 'title' in (m as unknown as { channels: object }).channels;

/** Every risk or odds ratio that a review or meta-analysis in the evidence base reports. */
const reviewRatios = [...e.figures.values()].filter(
  (f) =>
    f.topic === 'evidence-base' &&
    f.study &&
    (MEASURES as readonly string[]).includes(f.measure) &&
    ['meta-analysis', 'review'].includes(study(e, f.study).kind),
);

describe('meta-analyses', () => {
  it('builds in both languages, with unique view ids and titled data marks', () => {
    for (const spec of [en, nb]) {
      expect(new Set(spec.views.map((v) => v.id)).size).toBe(spec.views.length);
      for (let i = 0; i < spec.views.length; i++) {
        const data = marks(spec, i).filter((m) => m instanceof Plot.Dot || m instanceof Plot.Link);
        expect(data.length).toBeGreaterThan(0);
        expect(data.filter((m) => !hasTitle(m))).toEqual([]);
        for (const c of svgOf(spec, i).querySelectorAll('circle')) expect(c.querySelector('title')?.textContent).toMatch(/95% CI|95 % KI|KI/);
      }
    }
  });

  it('shows every pooled ratio exactly once, and never risk and odds ratios in one view', () => {
    const shown = en.views.flatMap((v) => v.table.rows.map((r) => r[2]!.figure!.id));
    expect(shown.sort()).toEqual(reviewRatios.map((f) => f.id).sort());
    for (const v of en.views) expect(new Set(v.table.rows.map((r) => r[2]!.figure!.measure)).size).toBe(1);
    expect(en.views.map((v) => v.id)).toEqual(['risk-ratios', 'odds-ratios']);
  });

  it('draws a log scale with a rule at 1 that holds every interval', () => {
    en.views.forEach((v, i) => {
      expect((v.plot.x as { type?: string }).type).toBe('log');
      const rules = marks(en, i).filter((m) => m instanceof Plot.RuleX);
      expect(rules.length).toBe(1);
      const [lo, hi] = (v.plot.x as { domain: [number, number] }).domain;
      for (const r of v.table.rows) {
        const f = r[2]!.figure!;
        expect(f.ci_low!).toBeGreaterThan(lo);
        expect(f.ci_high!).toBeLessThan(hi);
        expect(r[2]!.text).toBe(ratioText(f, 'en'));
      }
      expect(lo).toBeLessThan(1);
    });
    const rows: ForestRow[] = [{ label: 'a', estimate: 2, low: 1.5, high: 30, group: 'g', status: 'published', valueText: '', title: '' }];
    const d = forestDomain(rows);
    expect(forestTicks(d)).toEqual([1, 2, 5, 10, 20]);
  });

  it("gives the number of trials per row from the data, and none where it is not the row's own", () => {
    const row = (id: string) => en.views.flatMap((v) => v.table.rows).find((r) => r[2]!.figure!.id === id)!;
    const brinchmann = theFigure(e, { study: 'brinchmann-2020', measure: 'rct-count', group: 'all' });
    expect(row('brinchmann-2020-rr-competitive-employment')[3]!.figure?.id).toBe(brinchmann.id);
    expect(row('brinchmann-2020-rr-competitive-employment')[3]!.text).toContain(formatNumber(brinchmann.value, 'en', 0));
    const active = theFigure(e, { study: 'de-winter-2022', measure: 'study-count', group: 'active-control-studies' });
    expect(row('de-winter-2022-or-active')[3]!.figure?.id).toBe(active.id);
    expect(row('probyn-2021-rr-neet')[3]!.figure).toBeUndefined();
    expect(row('frederick-2019-rr-competitive-employment')[3]!.figure).toBeUndefined();
    const svgText = svgOf(en, 0).querySelector('svg')!.textContent;
    expect(svgText).toContain(`${formatNumber(brinchmann.value, 'en', 0)} RCTs`);
  });

  it('summarises the ranges of the overall reviews from the data', () => {
    const overall = pooledRows(e, 'en').filter((r) => !r.beyond);
    for (const m of MEASURES) {
      const vals = overall.filter((r) => r.measure === m).map((r) => r.f);
      const lo = vals.reduce((a, b) => (b.value < a.value ? b : a));
      const hi = vals.reduce((a, b) => (b.value > a.value ? b : a));
      expect(en.summary).toContain(`from ${formatNumber(lo.value, 'en', lo.decimals)} to ${formatNumber(hi.value, 'en', hi.decimals)}`);
    }
    expect(reviewRatios.every((f) => f.ci_low! > 1)).toBe(en.summary.startsWith('All'));
  });
});
