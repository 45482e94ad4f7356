/**
 * The trials one by one, built from the real data: which trials, their differences from the
 * stats module, the three sort orders, and the developers' averages as labelled reference lines.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { individualTrials, NORWEGIAN_INCLUDED, REFERENCE, trialRows } from '../../../src/charts/individual-trials.ts';
import type { ChartSpec } from '../../../src/charts/spec.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { figure, figuresWhere, headlineComparisons } from '../../../src/data/evidence.ts';
import { formatPercent, formatPoints } from '../../../src/i18n/format.ts';
import { differenceOfPercentages } from '../../../src/stats/stats.ts';
import { renderPlotSvg } from '../../../src/render/plot-svg.ts';

const e = loadEvidence();
const en = individualTrials(e, 'en');
const nb = individualTrials(e, 'nb');

function svgOf(spec: ChartSpec, i: number) {
  const svg = renderPlotSvg(spec.views[i]!.plot, { idPrefix: spec.id, title: spec.title, description: spec.summary });
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}

const dataMarks = (spec: ChartSpec, view = 0) => (spec.views[view]!.plot.marks ?? []).flat() as Plot.Mark[];
const hasTitle = (m: Plot.Mark) => 'title' in (m as unknown as { channels: object }).channels;

describe('individual-trials', () => {
  it('builds in both languages, with unique view ids and titled data marks', () => {
    for (const spec of [en, nb]) {
      expect(new Set(spec.views.map((v) => v.id)).size).toBe(spec.views.length);
      expect(spec.views.map((v) => v.id)).toEqual(['year', 'effect', 'size']);
      for (let i = 0; i < spec.views.length; i++) {
        const marks = dataMarks(spec, i).filter((m) => m instanceof Plot.Dot || m instanceof Plot.RuleX);
        expect(marks.filter((m) => !hasTitle(m))).toEqual([]);
        for (const c of svgOf(spec, i).querySelectorAll('circle')) expect(c.querySelector('title')).not.toBeNull();
      }
    }
  });

  it('shows each evidence-base RCT with a headline, and of the Norwegian trials only the ones chosen', () => {
    const expected = headlineComparisons(
      e,
      (s) => s.kind === 'rct' && (s.topic === 'evidence-base' || (NORWEGIAN_INCLUDED as readonly string[]).includes(s.key)),
    ).map((c) => c.study.key);
    expect(
      trialRows(e, 'en')
        .map((r) => r.study.key)
        .sort(),
    ).toEqual(expected.sort());
    for (const key of ['seed', 'ipsinpain', 'awac']) expect(expected).not.toContain(key);
    expect(en.notes?.some((n) => n.includes('Norwegian'))).toBe(true);
  });

  it('computes each difference with the stats module and marks it derived', () => {
    for (const view of en.views)
      for (const row of view.table.rows) {
        const ips = row[4]!.figure!;
        const control = row[5]!.figure!;
        const d = differenceOfPercentages(ips.value, control.value).estimate;
        expect(row[6]!.text).toBe(formatPoints(d, 'en', Math.max(ips.decimals, control.decimals)));
        expect(row[6]!.derived).toBe(`${ips.id} − ${control.id}`);
      }
  });

  it('sorts by year, by difference and by size', () => {
    const [year, effect, size] = [en.views[0], en.views[1]!, en.views[2]!];
    const years = year.table.rows.map((r) => Number(r[1]!.text));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const diffs = effect.table.rows.map((r) => differenceOfPercentages(r[4]!.figure!.value, r[5]!.figure!.value).estimate);
    expect(diffs).toEqual([...diffs].sort((a, b) => b - a));
    const ns = size.table.rows.map((r) => r[3]!.figure?.value ?? -1);
    expect(ns).toEqual([...ns].sort((a, b) => b - a));
    for (const r of size.table.rows) {
      const key = trialRows(e, 'en').find((t) => t.intervention.id === r[4]!.figure!.id)!.study.key;
      expect(r[3]!.figure?.id).toBe(figuresWhere(e, { study: key, measure: 'participants-randomised', group: 'all' })[0]?.id);
    }
  });

  it("draws the developers' averages as reference lines at their values, naming the source", () => {
    const ips = figure(e, REFERENCE.ips);
    const control = figure(e, REFERENCE.control);
    for (const view of en.views) {
      const rules = dataMarks(en, en.views.indexOf(view)).filter((m) => m instanceof Plot.RuleX);
      expect(rules.length).toBe(2);
      const doc = svgOf(en, en.views.indexOf(view));
      const text = doc.querySelector('svg')!.textContent;
      expect(text).toContain(formatPercent(ips.value, 'en', ips.decimals));
      expect(text).toContain(formatPercent(control.value, 'en', control.decimals));
      expect(text).toContain('IPS Employment Center');
    }
    expect(en.figures).toContain(ips);
    expect(en.figures).toContain(control);
  });

  it('shows a different outcome in the table and the notes (paid employment, multifaceted)', () => {
    const paid = trialRows(e, 'en').filter((r) => r.intervention.measure !== 'competitive-employment');
    expect(paid.length).toBeGreaterThan(0);
    for (const r of paid) {
      const row = en.views[0].table.rows.find((x) => x[4]!.figure?.id === r.intervention.id)!;
      expect(row[2]!.text).toContain(e.measures.get(r.intervention.measure)!.label);
      expect(en.notes?.some((n) => n.includes(r.label))).toBe(true);
    }
    expect(en.notes?.join(' ')).toContain('multifaceted');
  });

  it('summarises the range of differences from the data', () => {
    const diffs = trialRows(e, 'en').map((r) => ({ d: r.diff, dec: r.decimals }));
    const lo = diffs.reduce((a, b) => (b.d < a.d ? b : a));
    const hi = diffs.reduce((a, b) => (b.d > a.d ? b : a));
    expect(en.summary).toContain(formatPoints(lo.d, 'en', lo.dec).replace(/^\+/, '').replace(' points', ''));
    expect(en.summary).toContain(formatPoints(hi.d, 'en', hi.dec, true).replace(/^\+/, ''));
  });
});
