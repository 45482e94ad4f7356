/**
 * SEED competitive employment, built from the real data: the two published rates, their
 * difference from src/stats/stats.ts, and the published odds ratio on a log scale with a rule at 1.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { seedEmployment } from '../../../src/charts/seed-employment.ts';
import type { ChartSpec } from '../../../src/charts/spec.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { figure } from '../../../src/data/evidence.ts';
import { formatFigure, formatPercent, formatPoints } from '../../../src/i18n/format.ts';
import { renderPlotSvg } from '../../../src/render/plot-svg.ts';
import { differenceOfPercentages } from '../../../src/stats/stats.ts';

const e = loadEvidence();
const en = seedEmployment(e, 'en');
const nb = seedEmployment(e, 'nb');
const ips = figure(e, 'seed-employment-ips');
const control = figure(e, 'seed-employment-control');
const or = figure(e, 'seed-employment-or');

function svgOf(spec: ChartSpec, i: number) {
  const svg = renderPlotSvg(spec.views[i]!.plot, { idPrefix: spec.id, title: spec.title, description: spec.summary });
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}
const marks = (spec: ChartSpec, i: number) => (spec.views[i]!.plot.marks ?? []).flat() as Plot.Mark[];
const hasTitle = (m: Plot.Mark) => 'title' in (m as unknown as { channels: object }).channels;
/** Titles of drawn marks (not the SVG's own <title>, which has an id). */
const dataTitles = (doc: Document) => [...doc.querySelectorAll('title')].filter((t) => !t.id).map((t) => t.textContent ?? '');
const isData = (m: Plot.Mark) => m instanceof Plot.Dot || m instanceof Plot.BarX;

describe('seed-employment', () => {
  it('builds in both languages, with unique view ids and titled data marks', () => {
    for (const spec of [en, nb]) {
      expect(spec.id).toBe('seed-employment');
      expect(new Set(spec.views.map((v) => v.id)).size).toBe(spec.views.length);
      spec.views.forEach((_, i) => {
        const data = marks(spec, i).filter(isData);
        expect(data.length).toBeGreaterThan(0);
        expect(data.filter((m) => !hasTitle(m))).toEqual([]);
        // One hover title per drawn data point: two bars, or the odds ratio's one square.
        const titles = dataTitles(svgOf(spec, i));
        expect(titles.length).toBe(i === 0 ? 2 : 1);
        for (const t of titles) expect(t).toMatch(/ · .+: \S/);
      });
    }
    expect(nb.summary).not.toBe(en.summary);
  });

  it('shows the published rates and the odds ratio with its CI, in the summary and the table', () => {
    for (const lang of ['en', 'nb'] as const) {
      const spec = lang === 'en' ? en : nb;
      expect(spec.summary).toContain(formatPercent(ips.value, lang, ips.decimals));
      expect(spec.summary).toContain(formatPercent(control.value, lang, control.decimals));
      expect(spec.summary).toContain(formatFigure(or, lang));
      const cells = spec.views[0].table.rows.flat();
      expect(cells.find((c) => c.figure?.id === ips.id)?.text).toBe(formatPercent(ips.value, lang, ips.decimals));
      expect(cells.find((c) => c.figure?.id === or.id)?.text).toBe(formatFigure(or, lang));
    }
    // "all of it above 1" only because the published interval's lower end is above 1.
    expect(or.ci_low!).toBeGreaterThan(1);
    expect(en.summary).toMatch(/above 1/);
  });

  it('computes the difference with the stats module and marks it derived', () => {
    const diff = differenceOfPercentages(ips.value, control.value);
    const cell = en.views[0].table.rows.flat().find((c) => c.derived);
    expect(cell?.text).toBe(formatPoints(diff.estimate, 'en', Math.max(ips.decimals, control.decimals)));
    expect(cell?.derived).toContain(ips.id);
    expect(en.derivations.join(' ')).toContain(formatPoints(diff.estimate, 'en', 0));
  });

  it('draws the odds ratio on a log scale with a rule at 1 that holds the interval', () => {
    const view = en.views.find((v) => v.id === 'odds-ratio')!;
    const x = view.plot.x as { type: string; domain: [number, number] };
    expect(x.type).toBe('log');
    expect(x.domain[0]).toBeLessThan(1);
    expect(x.domain[0]).toBeLessThan(or.ci_low!);
    expect(x.domain[1]).toBeGreaterThan(or.ci_high!);
    const rules = (view.plot.marks ?? []).flat().filter((m) => m instanceof Plot.RuleX) as Plot.RuleX[];
    expect(rules.length).toBe(1);
    const title = svgOf(en, 1).querySelector('path title, circle title')?.textContent ?? '';
    expect(title).toContain(formatFigure(or, 'en'));
  });

  it('tells its story control first, then IPS, then the effect, with step classes on the marks', () => {
    expect(en.steps?.map((s) => s.show.at(-1))).toEqual(['step-control', 'step-intervention', 'step-difference']);
    const svg = svgOf(en, 0);
    for (const step of ['step-control', 'step-intervention', 'step-difference']) expect(svg.querySelector(`.${step}`)).not.toBeNull();
  });
});
