/**
 * Unemployment and health, built from the real data: every ratio of the health studies drawn
 * once, grouped by outcome, Roelfs 2011 without an interval, and the talk's claims not drawn.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../src/charts/spec.ts';
import { ratioText } from '../../../src/charts/shapes/forest.ts';
import { healthRows, unemploymentHealth } from '../../../src/charts/unemployment-health.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { figure } from '../../../src/data/evidence.ts';
import { formatNumber } from '../../../src/i18n/format.ts';
import { renderPlotSvg } from '../../../src/render/plot-svg.ts';

const e = loadEvidence();
const en = unemploymentHealth(e, 'en');
const nb = unemploymentHealth(e, 'nb');

function svgOf(spec: ChartSpec, i: number) {
  const svg = renderPlotSvg(spec.views[i]!.plot, { idPrefix: spec.id, title: spec.title, description: spec.summary });
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}
const marks = (spec: ChartSpec, i: number) => (spec.views[i]!.plot.marks ?? []).flat() as Plot.Mark[];
const hasTitle = (m: Plot.Mark) => 'title' in (m as unknown as { channels: object }).channels;

const healthRatios = [...e.figures.values()].filter((f) => f.topic === 'health' && ['hazard-ratio', 'odds-ratio', 'risk-ratio'].includes(f.measure));

describe('unemployment-health', () => {
  it('builds in both languages, with unique view ids and titled data marks', () => {
    for (const spec of [en, nb]) {
      expect(new Set(spec.views.map((v) => v.id)).size).toBe(spec.views.length);
      for (let i = 0; i < spec.views.length; i++) {
        const data = marks(spec, i).filter((m) => m instanceof Plot.Dot || m instanceof Plot.Link);
        expect(data.filter((m) => !hasTitle(m))).toEqual([]);
        const circles = [...svgOf(spec, i).querySelectorAll('circle')];
        expect(circles.length).toBe(spec.views[i]!.table.rows.length);
        for (const c of circles) expect(c.querySelector('title')).not.toBeNull();
      }
    }
  });

  it('draws every hazard, odds and risk ratio of the health studies once, in the full view', () => {
    const all = en.views.find((v) => v.id === 'all')!;
    expect(all.table.rows.map((r) => r[3]!.figure!.id).sort()).toEqual(healthRatios.map((f) => f.id).sort());
    const main = en.views[0].table.rows.map((r) => r[3]!.figure!.id);
    expect(main.length).toBeLessThan(all.table.rows.length);
    for (const r of all.table.rows) expect(r[3]!.text).toContain(ratioText(r[3]!.figure!, 'en', ', no CI'));
  });

  it("never draws the talk's claims as estimates", () => {
    for (const f of en.figures) {
      expect(f.status).not.toBe('presentation');
      expect(f.measure).not.toBe('times-higher-risk');
    }
  });

  it('groups rows by outcome, each group together', () => {
    const outcomes = healthRows(e, 'en').map((r) => r.outcome);
    const order = outcomes.filter((o, i) => outcomes[i - 1] !== o);
    expect(new Set(order).size).toBe(order.length);
    expect(order).toEqual(['mortality', 'suicide', 'distress', 'cardiovascular']);
  });

  it('draws Roelfs 2011 as a point without an interval, and says so', () => {
    const roelfs = figure(e, 'roelfs-2011-mortality-hr');
    expect(roelfs.ci_low).toBeUndefined();
    const doc = svgOf(en, 0);
    const title = [...doc.querySelectorAll('circle title')].map((t) => t.textContent).find((t) => t?.startsWith('Roelfs'));
    expect(title).toContain(formatNumber(roelfs.value, 'en', roelfs.decimals));
    expect(title).not.toContain('CI');
    const linkTitles = [...doc.querySelectorAll('path title')].map((t) => t.textContent ?? '');
    expect(linkTitles.some((t) => t.startsWith('Roelfs'))).toBe(false);
    expect(en.notes?.some((n) => n.startsWith('Roelfs') && n.includes('no confidence interval'))).toBe(true);
  });

  it('summarises the range of the first view from the data', () => {
    const rows = healthRows(e, 'en').filter((r) => r.main);
    const lo = rows.reduce((a, b) => (b.f.value < a.f.value ? b : a)).f;
    const hi = rows.reduce((a, b) => (b.f.value > a.f.value ? b : a)).f;
    expect(en.summary).toContain(formatNumber(lo.value, 'en', lo.decimals));
    expect(en.summary).toContain(formatNumber(hi.value, 'en', hi.decimals));
    expect(en.summary).toContain(`${rows.length} main estimates`);
    expect(rows.length).toBe(en.views[0].table.rows.length);
  });
});
