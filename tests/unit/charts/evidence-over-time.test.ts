/**
 * The evidence base over time, built from the real data: the developers' counts and averages in
 * date order, the talk's undated version placed and marked, missing averages said in words.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { evidenceOverTime, orderSnapshots, SNAPSHOTS, snapshots } from '../../../src/charts/evidence-over-time.ts';
import type { ChartSpec } from '../../../src/charts/spec.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { figuresWhere, theFigure } from '../../../src/data/evidence.ts';
import { formatNumber, formatPercent, formatPoints } from '../../../src/i18n/format.ts';
import { differenceOfPercentages } from '../../../src/stats/stats.ts';
import { renderPlotSvg } from '../../../src/render/plot-svg.ts';

const e = loadEvidence();
const en = evidenceOverTime(e, 'en');
const nb = evidenceOverTime(e, 'nb');

function svgOf(spec: ChartSpec, i: number) {
  const svg = renderPlotSvg(spec.views[i]!.plot, { idPrefix: spec.id, title: spec.title, description: spec.summary });
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}

/** Every mark that draws data (dots, bars, connectors) carries a title channel. */
function untitledDataMarks(spec: ChartSpec): string[] {
  return spec.views.flatMap((v) =>
    ((v.plot.marks ?? []).flat() as Plot.Mark[])
      .filter((m) => m instanceof Plot.Dot || m instanceof Plot.BarX)
      .filter((m) => !('title' in (m as unknown as { channels: object }).channels))
      .map((m) => `${v.id}: ${m.constructor.name}`),
  );
}

describe('evidence-over-time', () => {
  it('builds in both languages, with unique view ids and titled data marks', () => {
    for (const spec of [en, nb]) {
      expect(spec.summary.length).toBeGreaterThan(40);
      expect(new Set(spec.views.map((v) => v.id)).size).toBe(spec.views.length);
      expect(untitledDataMarks(spec)).toEqual([]);
      for (let i = 0; i < spec.views.length; i++)
        for (const c of svgOf(spec, i).querySelectorAll('circle, rect')) expect(c.querySelector('title'), `${spec.lang} view ${i}`).not.toBeNull();
    }
    expect(nb.title).not.toBe(en.title);
  });

  it('shows every developer summary, with its count from the data, in date order', () => {
    const rows = snapshots(e, 'en');
    expect(rows.map((r) => r.key).sort()).toEqual([...SNAPSHOTS].sort());
    const table = en.views[0].table;
    rows.forEach((r, i) => {
      const count = theFigure(e, { study: r.key, measure: 'rct-count', group: 'all' });
      expect(table.rows[i]![2]!.figure?.id).toBe(count.id);
      expect(table.rows[i]![2]!.text).toBe(formatNumber(count.value, 'en', count.decimals));
    });
    const dated = rows.filter((r) => r.when).map((r) => r.when!);
    expect(dated).toEqual([...dated].sort());
  });

  it('places an undated summary by its count, between the dated ones, and says so', () => {
    const rows = snapshots(e, 'en');
    rows.forEach((r, i) => {
      if (r.when) return;
      expect(rows[i - 1]!.count.value).toBeLessThanOrEqual(r.count.value);
      expect(rows[i + 1]!.count.value).toBeGreaterThanOrEqual(r.count.value);
      expect(en.notes?.some((n) => n.includes(r.name) && n.includes(rows[i - 1]!.name))).toBe(true);
    });
    const made = orderSnapshots([{ when: '2010', count: { value: 10 } }, { count: { value: 15 } }, { when: '2020', count: { value: 20 } }]);
    expect(made.map((m) => m.count.value)).toEqual([10, 15, 20]);
  });

  it("draws the talk's version hollow and dashed, never like a sourced summary", () => {
    const talk = snapshots(e, 'en').filter((r) => r.talk);
    expect(talk.length).toBe(1);
    const hollow = [...svgOf(en, 0).querySelectorAll('circle')].filter((c) => c.getAttribute('fill') === 'none');
    expect(hollow.length).toBe(2);
    for (const c of hollow) expect(c.querySelector('title')?.textContent).toContain(talk[0]!.label);
    // A constant fill sits on the mark's group.
    const hollowBars = [...svgOf(en, 1).querySelectorAll('rect')].filter((r) => (r.getAttribute('fill') ?? r.parentElement?.getAttribute('fill')) === 'none');
    expect(hollowBars.length).toBe(1);
    expect(hollowBars[0]!.parentElement!.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  it('says in words where averages are missing, and computes differences with the stats module', () => {
    const rows = snapshots(e, 'en');
    const table = en.views[0].table;
    rows.forEach((r, i) => {
      const ips = figuresWhere(e, { study: r.key, measure: 'mean-competitive-employment', group: 'ips' })[0];
      const control = figuresWhere(e, { study: r.key, measure: 'mean-competitive-employment', group: 'control' })[0];
      const cells = table.rows[i]!;
      if (ips && control) {
        const d = differenceOfPercentages(ips.value, control.value).estimate;
        expect(cells[5]!.text).toBe(formatPoints(d, 'en', Math.max(ips.decimals, control.decimals)));
        expect(cells[5]!.derived).toBe(`${ips.id} − ${control.id}`);
      } else {
        expect(cells[5]!.text).toBe('—');
      }
    });
    const svgText = svgOf(en, 0).querySelector('svg')!.textContent;
    expect(svgText).toContain('averages not shown');
  });

  it('summarises the first and last counts and averages from the data', () => {
    const rows = snapshots(e, 'en');
    const withMeans = rows.filter((r) => r.ips && r.control);
    const last = withMeans[withMeans.length - 1]!;
    expect(en.summary).toContain(formatNumber(rows[0]!.count.value, 'en', 0));
    expect(en.summary).toContain(formatNumber(rows[rows.length - 1]!.count.value, 'en', 0));
    expect(en.summary).toContain(formatPercent(last.ips!.value, 'en', last.ips!.decimals));
    expect(en.summary).toContain(formatPercent(withMeans[0]!.control!.value, 'en', withMeans[0]!.control!.decimals));
    expect(en.figures.map((f) => f.id)).toContain('evidence-rct-count-reme-2019');
  });
});
