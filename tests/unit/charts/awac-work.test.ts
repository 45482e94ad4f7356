/**
 * AWaC work participation, built from the real data: the 12-month rates, the published
 * differences (12 and 18 months, long-term-benefits subgroup) with their status, and the
 * 6.9 vs 7.0 rounding kept visible rather than corrected.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { awacWork, formatPValue } from '../../../src/charts/awac-work.ts';
import type { ChartSpec } from '../../../src/charts/spec.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { figure } from '../../../src/data/evidence.ts';
import { formatNumber, formatPercent, formatPoints } from '../../../src/i18n/format.ts';
import { renderPlotSvg } from '../../../src/render/plot-svg.ts';
import { differenceOfPercentages } from '../../../src/stats/stats.ts';

const e = loadEvidence();
const en = awacWork(e, 'en');
const nb = awacWork(e, 'nb');
const ips = figure(e, 'awac-work-12m-intervention');
const control = figure(e, 'awac-work-12m-control');
const diffs = ['awac-difference-12m', 'awac-difference-18m', 'awac-difference-ltb'].map((id) => figure(e, id));

function svgOf(spec: ChartSpec, i: number) {
  const svg = renderPlotSvg(spec.views[i]!.plot, { idPrefix: spec.id, title: spec.title, description: spec.summary });
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}
const marks = (spec: ChartSpec, i: number) => (spec.views[i]!.plot.marks ?? []).flat() as Plot.Mark[];
const hasTitle = (m: Plot.Mark) => 'title' in (m as unknown as { channels: object }).channels;
const dataTitles = (doc: Document) => [...doc.querySelectorAll('title')].filter((t) => !t.id).map((t) => t.textContent ?? '');

describe('awac-work', () => {
  it('builds in both languages, with views rates and differences and titled data marks', () => {
    for (const spec of [en, nb]) {
      expect(spec.views.map((v) => v.id)).toEqual(['rates', 'differences']);
      spec.views.forEach((_, i) => {
        const data = marks(spec, i).filter((m) => m instanceof Plot.BarX || m instanceof Plot.Dot);
        expect(data.length).toBeGreaterThan(0);
        expect(data.filter((m) => !hasTitle(m))).toEqual([]);
        expect(dataTitles(svgOf(spec, i)).length).toBe(i === 0 ? 2 : diffs.length);
      });
    }
  });

  it('states the rates and the p-value as published', () => {
    expect(en.summary).toContain(formatPercent(ips.value, 'en', ips.decimals));
    expect(en.summary).toContain(formatPercent(control.value, 'en', control.decimals));
    expect(en.summary).toContain(formatPValue(ips.p_value!, 'en'));
    expect(nb.summary).toContain(formatPValue(ips.p_value!, 'nb'));
    expect(formatPValue('=0.015', 'nb')).toBe(`p = ${formatNumber(0.015, 'nb', 3)}`);
    expect(formatPValue('<=0.001', 'en')).toBe('p ≤ 0.001');
  });

  it('draws each published difference once, an open dot where it is not peer-reviewed', () => {
    const rows = en.views[1]!.table.rows.filter((r) => r[1]!.figure);
    for (const f of diffs) expect(rows.filter((r) => r[1]!.figure!.id === f.id).length).toBe(1);
    const circles = [...svgOf(en, 1).querySelectorAll('circle')];
    expect(circles.length).toBe(diffs.length);
    circles.forEach((c, i) => expect(c.getAttribute('fill') === 'none').toBe(diffs[i]!.status !== 'published'));
    expect(en.notes?.[0]).toMatch(/open dot/i);
  });

  it('keeps the published 12-month difference and the subtraction of the rounded rates side by side', () => {
    const sub = differenceOfPercentages(ips.value, control.value);
    const derivedCell = en.views[1]!.table.rows.flat().find((c) => c.derived)!;
    expect(derivedCell.text).toBe(formatPoints(sub.estimate, 'en', 1));
    const published = en.views[1]!.table.rows.flat().find((c) => c.figure?.id === 'awac-difference-12m')!;
    expect(published.text).toBe(formatPoints(diffs[0]!.value, 'en', diffs[0]!.decimals));
    expect(Math.abs(sub.estimate - diffs[0]!.value)).toBeGreaterThan(0);
    expect(en.notes).toContain(e.discrepancies.get('awac-difference-12m')!.note);
  });

  it('has a story and a scale with room for every difference', () => {
    expect(en.steps?.length).toBe(3);
    const x = en.views[1]!.plot.x as { domain: [number, number] };
    expect(x.domain[0]).toBe(0);
    expect(x.domain[1]).toBeGreaterThan(Math.max(...diffs.map((f) => f.value)));
  });
});
