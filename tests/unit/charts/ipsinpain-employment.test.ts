/**
 * IPSinPain employment, built from the real data: the published rates, with Wilson intervals
 * and the Newcombe interval of the difference computed from the fitted counts in data/.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ipsinpainEmployment } from '../../../src/charts/ipsinpain-employment.ts';
import type { ChartSpec } from '../../../src/charts/spec.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { figure } from '../../../src/data/evidence.ts';
import { formatInterval, formatNumber, formatPercent } from '../../../src/i18n/format.ts';
import { renderPlotSvg } from '../../../src/render/plot-svg.ts';
import { riskDifference, wilsonInterval } from '../../../src/stats/stats.ts';

const e = loadEvidence();
const en = ipsinpainEmployment(e, 'en');
const nb = ipsinpainEmployment(e, 'nb');
const rate = { ips: figure(e, 'ipsinpain-employment-12m-ips'), control: figure(e, 'ipsinpain-employment-12m-control') };
const fitted = { ips: figure(e, 'ipsinpain-employed-12m-ips-fitted'), control: figure(e, 'ipsinpain-employed-12m-control-fitted') };
const counts = (f: typeof fitted.ips) => ({ events: f.numerator!, total: f.denominator! });
const diff = riskDifference(counts(fitted.ips), counts(fitted.control));

function svgOf(spec: ChartSpec, i: number) {
  const svg = renderPlotSvg(spec.views[i]!.plot, { idPrefix: spec.id, title: spec.title, description: spec.summary });
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}
const marks = (spec: ChartSpec, i: number) => (spec.views[i]!.plot.marks ?? []).flat() as Plot.Mark[];
const hasTitle = (m: Plot.Mark) => 'title' in (m as unknown as { channels: object }).channels;
const dataTitles = (doc: Document) => [...doc.querySelectorAll('title')].filter((t) => !t.id).map((t) => t.textContent ?? '');

describe('ipsinpain-employment', () => {
  it('builds in both languages, with views percent and difference and titled dots that carry the CI', () => {
    for (const spec of [en, nb]) {
      expect(spec.views.map((v) => v.id)).toEqual(['percent', 'difference']);
      spec.views.forEach((_, i) => {
        const dots = marks(spec, i).filter((m) => m instanceof Plot.Dot);
        expect(dots.length).toBeGreaterThan(0);
        expect(dots.filter((m) => !hasTitle(m))).toEqual([]);
        const titles = dataTitles(svgOf(spec, i));
        expect(titles.length).toBe(i === 0 ? 2 : 1);
        for (const t of titles) expect(t).toMatch(spec.lang === 'nb' ? /95 % KI .+ til / : /95% CI .+ to /);
      });
    }
  });

  it('uses the fitted counts, which are marked derived in the data and fit the published rates', () => {
    for (const arm of ['ips', 'control'] as const) {
      expect(fitted[arm].status).toBe('derived');
      expect(formatNumber((100 * fitted[arm].numerator!) / fitted[arm].denominator!, 'en', rate[arm].decimals)).toBe(
        formatNumber(rate[arm].value, 'en', rate[arm].decimals),
      );
    }
    expect(en.notes?.join(' ')).toMatch(/fitted here, not read in the paper/);
  });

  it("shows each arm's Wilson interval and the Newcombe interval of the difference, as derived cells", () => {
    const rows = en.views[0].table.rows;
    for (const [i, arm] of (['ips', 'control'] as const).entries()) {
      const w = wilsonInterval(counts(fitted[arm]));
      expect(rows[i]![1]!.text).toBe(formatPercent(rate[arm].value, 'en', rate[arm].decimals));
      expect(rows[i]![3]!.text).toBe(formatInterval(100 * w.low, 100 * w.high, 'en', 1));
      expect(rows[i]![3]!.derived).toMatch(/Wilson/);
    }
    const d = en.views[1]!.table.rows[0]!;
    expect(d[2]!.text).toContain(formatNumber(100 * diff.low, 'en', 1));
    expect(d[2]!.text).toContain(formatNumber(100 * diff.high, 'en', 1));
    expect(d[2]!.derived).toMatch(/Newcombe/);
    expect(en.derivations.join(' ')).toMatch(/Newcombe/);
  });

  it('says the difference\'s interval includes no difference only because it does, and no "not significant" it cannot source', () => {
    const crosses = diff.low < 0 && diff.high > 0;
    expect(crosses).toBe(true);
    expect(en.summary).toContain('includes no difference');
    expect(en.summary).not.toMatch(/significan/i);
    expect(en.summary).toContain(formatNumber(100 * diff.high, 'en', 1));
  });

  it('draws the difference around a rule at 0 on a symmetric scale that holds the interval', () => {
    const x = en.views[1]!.plot.x as { domain: [number, number] };
    expect(x.domain[0]).toBe(-x.domain[1]);
    expect(x.domain[0]).toBeLessThan(100 * diff.low);
    expect(x.domain[1]).toBeGreaterThan(100 * diff.high);
    expect(marks(en, 1).filter((m) => m instanceof Plot.RuleX).length).toBe(1);
  });

  it('has a story: comparison, IPS, then the intervals', () => {
    expect(en.steps?.map((s) => s.show.length)).toEqual([1, 2, 3]);
    expect(svgOf(en, 0).querySelector('.step-ci')).not.toBeNull();
  });
});
