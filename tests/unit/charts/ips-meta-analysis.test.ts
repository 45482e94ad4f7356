/**
 * The three charts of the site's own meta-analysis (ips-trials-forest, ips-cumulative,
 * ips-labbe), built from the real data: which trials are pooled and with which counts, that the
 * drawn numbers are the module's, that computed rows are marked derived, that every data mark
 * has a title, and that steps name classes the marks carry.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ipsCumulative } from '../../../src/charts/ips-cumulative.ts';
import { ipsLabbe } from '../../../src/charts/ips-labbe.ts';
import { ipsTrialsForest } from '../../../src/charts/ips-trials-forest.ts';
import type { ChartSpec } from '../../../src/charts/spec.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { COMPUTED_HERE, figuresWhere, synthesisPool } from '../../../src/data/evidence.ts';
import { formatNumber } from '../../../src/i18n/format.ts';
import { cumulativeByYear, poolRiskRatios } from '../../../src/stats/meta-analysis.ts';
import { renderPlotSvg } from '../../../src/render/plot-svg.ts';
import { meanOfPercentages } from '../../../src/stats/stats.ts';

const e = loadEvidence();
const pool = synthesisPool(e, 'ips');
const pooled = poolRiskRatios(pool);
const builders = { 'ips-trials-forest': ipsTrialsForest, 'ips-cumulative': ipsCumulative, 'ips-labbe': ipsLabbe };
const specs = Object.values(builders).flatMap((b) => [b(e, 'en'), b(e, 'nb')]);

const marksOf = (spec: ChartSpec, view: number) => (spec.views[view]!.plot.marks ?? []).flat() as Plot.Mark[];
const hasTitle = (m: Plot.Mark) => 'title' in (m as unknown as { channels: object }).channels;
const isData = (m: Plot.Mark) => m instanceof Plot.Dot || m instanceof Plot.Link || m instanceof Plot.Area || m instanceof Plot.Line;
const classOf = (m: Plot.Mark) => (m as unknown as { className?: string }).className;

function svgOf(spec: ChartSpec, i: number) {
  const svg = renderPlotSvg(spec.views[i]!.plot, { idPrefix: spec.id, title: spec.title, description: spec.summary });
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}

describe('the pool (data contract)', () => {
  it('holds the trials with synthesis in studies.yaml, in publication order, and not the multifaceted MHTS', () => {
    expect(pool.map((t) => t.id)).toEqual(['burns-2007', 'davis-2012', 'hoffmann-2014', 'oshima-2014']);
    expect(pool.map((t) => t.id)).not.toContain('drake-2013-mhts');
    for (const t of pool) expect(e.studies.get(t.id)!.synthesis?.pool).toBe('ips');
  });

  it('takes each arm from its headline row or the participants-employed row of the same group and time', () => {
    for (const t of pool) {
      for (const arm of [t.ipsArm, t.controlArm]) {
        const row = arm.countRow;
        expect(
          row === arm.headline || (row.measure === 'participants-employed' && row.group === arm.headline.group && row.timepoint === arm.headline.timepoint),
        ).toBe(true);
        if (row.status === 'derived') expect(row.formula).toMatch(new RegExp(arm.headline.id));
      }
      expect(t.ips).toEqual({ events: t.ipsArm.countRow.numerator, total: t.ipsArm.countRow.denominator });
      expect(t.control).toEqual({ events: t.controlArm.countRow.numerator, total: t.controlArm.countRow.denominator });
    }
    // Burns 2007 has published counts (85/156 vs 43/156), used as they are.
    const burns = pool.find((t) => t.id === 'burns-2007')!;
    expect([burns.ips, burns.control]).toEqual([
      { events: 85, total: 156 },
      { events: 43, total: 156 },
    ]);
    expect(burns.ipsArm.countRow.status).toBe('published');
  });

  it('derived counts are the published rate times the arm size in the data, rounded', () => {
    for (const t of pool)
      for (const [arm, side] of [
        [t.ipsArm, 'ips'],
        [t.controlArm, 'control'],
      ] as const) {
        if (arm.countRow.status !== 'derived') continue;
        const size = figuresWhere(e, { study: t.id, measure: 'participants-randomised', group: side });
        expect(size).toHaveLength(1);
        expect(arm.countRow.denominator).toBe(size[0]!.value);
        expect(Math.abs(arm.countRow.numerator! - (arm.headline.value * size[0]!.value) / 100)).toBeLessThanOrEqual(0.5);
      }
  });
});

describe.each(specs.map((s) => [`${s.id} (${s.lang})`, s] as const))('%s', (_name, spec) => {
  it('has unique view ids, titled data marks and titled SVG shapes', () => {
    expect(new Set(spec.views.map((v) => v.id)).size).toBe(spec.views.length);
    spec.views.forEach((_v, i) => {
      const data = marksOf(spec, i).filter(isData);
      expect(data.length).toBeGreaterThan(0);
      expect(data.filter((m) => !hasTitle(m))).toEqual([]);
      // Every trial can be hovered or focused by its name.
      const titles = [...svgOf(spec, i).querySelectorAll('title')].map((t) => t.textContent ?? '');
      const labels = synthesisPool(e, 'ips', spec.lang).map((t) => t.label);
      for (const label of spec.id === 'ips-cumulative' ? [] : labels)
        expect(
          titles.some((t) => t.startsWith(label)),
          label,
        ).toBe(true);
    });
  });

  it('has steps that name classes its first view draws, each step adding to the last', () => {
    const classes = new Set(marksOf(spec, 0).map(classOf).filter(Boolean));
    expect(spec.steps?.length).toBeGreaterThan(1);
    spec.steps!.forEach((step, i) => {
      for (const c of step.show) expect(classes.has(c), `${c} is drawn`).toBe(true);
      if (i > 0) expect(step.show).toEqual(expect.arrayContaining(spec.steps![i - 1]!.show));
    });
  });

  it('marks every computed row derived, with its method and input rows, and no source', () => {
    const computed = spec.figures.filter((f) => f.source === COMPUTED_HERE);
    expect(computed.length).toBeGreaterThan(0);
    for (const f of computed) {
      expect(f.status).toBe('derived');
      expect(e.figures.has(f.id)).toBe(false);
      for (const t of pool) if (f.id.endsWith('-rr') && f.id === 'ips-pooled-rr') expect(f.locator).toContain(t.ipsArm.countRow.id);
    }
    for (const f of spec.figures.filter((g) => g.source !== COMPUTED_HERE)) expect(e.figures.get(f.id)).toBe(f);
  });
});

describe('ips-trials-forest', () => {
  const en = ipsTrialsForest(e, 'en');
  it('shows each trial, the pooled risk ratio (REML + HKSJ) and the prediction interval, as the module computes them', () => {
    const rows = en.views[0].table.rows.map((r) => r.map((c) => c.text));
    expect(rows).toHaveLength(pool.length + 2);
    const two = (x: number) => formatNumber(x, 'en', 2);
    expect(rows[pool.length]![3]).toBe(`${two(pooled.rr.estimate)} (${two(pooled.rr.low)}–${two(pooled.rr.high)})`);
    expect(rows[pool.length + 1]![3]).toBe(`${two(pooled.prediction!.low)} to ${two(pooled.prediction!.high)}`);
    pool.forEach((t, i) => expect(rows[i]![1]).toBe(`${t.ips.events}/${t.ips.total}`));
    const rr = en.figures.find((f) => f.id === 'ips-pooled-rr')!;
    expect([rr.value, rr.ci_low, rr.ci_high]).toEqual([pooled.rr.estimate, pooled.rr.low, pooled.rr.high].map((x) => Number(x.toFixed(4))));
    const pi = en.figures.find((f) => f.id === 'ips-pooled-prediction-interval')!;
    expect([pi.ci_low, pi.ci_high]).toEqual([pooled.prediction!.low, pooled.prediction!.high].map((x) => Number(x.toFixed(4))));
  });
  it('says what the pooled interval shows, from the data', () => {
    const two = (x: number) => formatNumber(x, 'en', 2);
    expect(en.summary).toContain(`${pool.length} randomised trials`);
    expect(en.summary).toContain(two(pooled.rr.estimate));
    // The interval includes 1 with these trials: the sentence must say so, not claim an effect.
    if (pooled.rr.low <= 1 && pooled.rr.high >= 1) expect(en.summary).toMatch(/includes no difference/);
    expect(en.derivations.join(' ')).toMatch(/REML.*Hartung–Knapp–Sidik–Jonkman.*k−2/);
  });
  it('offers a grouping as a view once the trials fall into two of its groups', () => {
    const comparators = new Set(pool.map((t) => t.groups.comparator));
    const regions = new Set(pool.map((t) => t.groups.region));
    const populations = new Set(pool.map((t) => t.groups.population));
    expect(en.views.map((v) => v.id)).toEqual([
      'all',
      ...(populations.size > 1 ? ['population'] : []),
      ...(regions.size > 1 ? ['region'] : []),
      ...(comparators.size > 1 ? ['comparator'] : []),
    ]);
  });
});

describe('ips-cumulative', () => {
  const en = ipsCumulative(e, 'en');
  const steps = cumulativeByYear(pool);
  it('has a row per publication year, the last one the pool of all trials', () => {
    const rows = en.views[0].table.rows;
    expect(rows.map((r) => r[0]!.text)).toEqual(steps.map((s) => String(s.year)));
    expect(rows.at(-1)![4]!.text).toBe(ipsTrialsForest(e, 'en').views[0].table.rows[pool.length]![3]!.text);
    expect(rows[0]![4]!.derived).toMatch(steps[0]!.pooled ? /meta-analysis/ : /not pooled/);
  });
});

describe('ips-labbe', () => {
  const en = ipsLabbe(e, 'en');
  it('places each trial at its published rates and marks the unweighted mean as not pooled', () => {
    const dots = marksOf(en, 0).filter((m) => m instanceof Plot.Dot);
    const trialDots = (dots[0] as unknown as { data: Array<{ x: number; y: number }> }).data;
    expect(trialDots.map((d) => [d.x, d.y])).toEqual(pool.map((t) => [t.controlArm.headline.value, t.ipsArm.headline.value]));
    const mean = en.figures.find((f) => f.id === 'ips-unweighted-mean-ips')!;
    expect(mean.value).toBe(Number(meanOfPercentages(pool.map((t) => t.ipsArm.headline.value)).estimate.toFixed(4)));
    expect(mean.locator).toMatch(/not a pooled estimate/);
    expect(en.views[0].table.rows.at(-1)![2]!.derived).toMatch(/not a pooled estimate/);
  });
});
