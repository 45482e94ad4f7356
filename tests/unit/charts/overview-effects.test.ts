/**
 * The effect on employment in the Norwegian trials of the overview (studies.yaml `overview: true`), built from the real data: the
 * difference in percentage points for each, a 95% CI only where counts exist in data/, and a
 * stated reason where they do not.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { overviewEffects } from '../../../src/charts/overview-effects.ts';
import type { ChartSpec } from '../../../src/charts/spec.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { figuresWhere, headlineComparisons } from '../../../src/data/evidence.ts';
import { formatNumber, formatPoints } from '../../../src/i18n/format.ts';
import { renderPlotSvg } from '../../../src/render/plot-svg.ts';
import { inOverview } from '../../../src/site/site-structure.ts';
import { differenceOfPercentages, riskDifference } from '../../../src/stats/stats.ts';

const e = loadEvidence();
const en = overviewEffects(e, 'en');
const nb = overviewEffects(e, 'nb');
const headlines = headlineComparisons(e, inOverview);
const overviewKeys = [...e.studies.values()].filter((s) => s.overview).map((s) => s.key);
const countOf = (f: (typeof headlines)[number]['intervention']) =>
  figuresWhere(e, { study: f.study, measure: 'participants-employed', group: f.group, timepoint: f.timepoint }).find((x) => x.denominator !== undefined);

function svgOf(spec: ChartSpec, i: number) {
  const svg = renderPlotSvg(spec.views[i]!.plot, { idPrefix: spec.id, title: spec.title, description: spec.summary });
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}
const marks = (spec: ChartSpec, i: number) => (spec.views[i]!.plot.marks ?? []).flat() as Plot.Mark[];
const hasTitle = (m: Plot.Mark) => 'title' in (m as unknown as { channels: object }).channels;
const dataTitles = (doc: Document) => [...doc.querySelectorAll('title')].filter((t) => !t.id).map((t) => t.textContent ?? '');

describe('overview-effects', () => {
  it('builds in both languages, one titled dot per trial', () => {
    for (const spec of [en, nb]) {
      expect(new Set(spec.views.map((v) => v.id)).size).toBe(spec.views.length);
      const dots = marks(spec, 0).filter((m) => m instanceof Plot.Dot);
      expect(dots.filter((m) => !hasTitle(m))).toEqual([]);
      expect(dataTitles(svgOf(spec, 0)).length).toBe(headlines.length);
    }
    expect(headlines.map((h) => h.study.key)).toEqual(overviewKeys);
    expect(headlines.length).toBeGreaterThan(1);
  });

  it("shows each trial's difference from the stats module, in the order of studies.yaml", () => {
    const rows = en.views[0].table.rows;
    expect(rows.length).toBe(headlines.length);
    const order = rows.map((r) => headlines.find((h) => r[2]!.derived === `${h.intervention.id} − ${h.control.id}`)!.study.key);
    expect(order).toEqual(overviewKeys);
    for (const r of rows) {
      const h = headlines.find((x) => r[2]!.derived === `${x.intervention.id} − ${x.control.id}`)!;
      const d = differenceOfPercentages(h.intervention.value, h.control.value);
      expect(r[2]!.text).toBe(formatPoints(d.estimate, 'en', Math.max(h.intervention.decimals, h.control.decimals)));
    }
  });

  it('gives a CI exactly where counts exist (Newcombe, labelled fitted), and says why not elsewhere', () => {
    const rows = en.views[0].table.rows;
    for (const r of rows) {
      const h = headlines.find((x) => r[2]!.derived === `${x.intervention.id} − ${x.control.id}`)!;
      const ci = countOf(h.intervention);
      const cc = countOf(h.control);
      if (ci && cc) {
        const d = riskDifference({ events: ci.numerator!, total: ci.denominator! }, { events: cc.numerator!, total: cc.denominator! });
        expect(r[3]!.text).toContain(formatNumber(100 * d.low, 'en', 1));
        expect(r[3]!.text).toContain(formatNumber(100 * d.high, 'en', 1));
        expect(r[3]!.derived).toMatch(/Newcombe/);
      } else {
        expect(r[3]!.derived).toBeUndefined();
        expect(r[3]!.text).toMatch(/no CI/);
      }
    }
    // As many intervals as trials with counts in both arms (IPSinPain's fitted counts, and the
    // Norwegian trial's counts derived for the site's meta-analysis), and at least one.
    const withCounts = headlines.filter((h) => countOf(h.intervention) && countOf(h.control));
    expect(withCounts.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r[3]!.derived).length).toBe(withCounts.length);
    const text = svgOf(en, 0).querySelector('svg')!.textContent!;
    expect(text).toMatch(/from fitted counts/);
    if (withCounts.length < headlines.length) expect(text).toMatch(/no CI: no counts published/);
    expect(en.derivations.join(' ')).toMatch(/fitted/);
  });

  it('has a rule at 0 inside the scale, and a summary that reports what the interval shows', () => {
    const x = en.views[0].plot.x as { domain: [number, number] };
    expect(x.domain[0]).toBeLessThan(0);
    expect(marks(en, 0).filter((m) => m instanceof Plot.RuleX).length).toBeGreaterThan(0);
    expect(svgOf(en, 0).querySelectorAll('line').length).toBeGreaterThan(0);
    // The summary says an interval includes no difference exactly when every computed one does.
    const cis = headlines
      .map((h) => [countOf(h.intervention), countOf(h.control)] as const)
      .filter(([a, b]) => a && b)
      .map(([a, b]) => riskDifference({ events: a!.numerator!, total: a!.denominator! }, { events: b!.numerator!, total: b!.denominator! }));
    if (cis.every((d) => d.low < 0 && d.high > 0)) expect(en.summary).toMatch(/includes no difference/);
    else expect(en.summary).not.toMatch(/includes no difference/);
    expect(en.steps?.length).toBe(headlines.length);
  });
});
