/**
 * Severe and moderate mental illness in the Norwegian trial, built from the real data: a
 * part-to-whole bar from the slide deck, with its base (n screened) and status made clear.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { norwayDiagnoses } from '../../../src/charts/norway-diagnoses.ts';
import type { ChartSpec } from '../../../src/charts/spec.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { figure } from '../../../src/data/evidence.ts';
import { formatNumber, formatPercent, statusLabel } from '../../../src/i18n/format.ts';
import { renderPlotSvg } from '../../../src/render/plot-svg.ts';

const e = loadEvidence();
const en = norwayDiagnoses(e, 'en');
const nb = norwayDiagnoses(e, 'nb');
const severe = figure(e, 'norway-share-severe');
const moderate = figure(e, 'norway-share-moderate');
const base = figure(e, 'norway-participants-screened');
const all = figure(e, 'norway-participants-randomised');

function svgOf(spec: ChartSpec, i: number) {
  const svg = renderPlotSvg(spec.views[i]!.plot, { idPrefix: spec.id, title: spec.title, description: spec.summary });
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}
const marks = (spec: ChartSpec, i: number) => (spec.views[i]!.plot.marks ?? []).flat() as Plot.Mark[];
const hasTitle = (m: Plot.Mark) => 'title' in (m as unknown as { channels: object }).channels;
const dataTitles = (doc: Document) => [...doc.querySelectorAll('title')].filter((t) => !t.id).map((t) => t.textContent ?? '');

describe('norway-diagnoses', () => {
  it('builds in both languages, with unique view ids and titled bars', () => {
    for (const spec of [en, nb]) {
      expect(new Set(spec.views.map((v) => v.id)).size).toBe(spec.views.length);
      spec.views.forEach((_, i) => {
        const bars = marks(spec, i).filter((m) => m instanceof Plot.BarX);
        expect(bars.length).toBeGreaterThan(0);
        expect(bars.filter((m) => !hasTitle(m))).toEqual([]);
        for (const t of dataTitles(svgOf(spec, i))) expect(t).toContain(statusLabel(severe.status, spec.lang));
      });
    }
  });

  it('draws the two parts as one whole from the data', () => {
    expect(severe.value + moderate.value).toBe(100);
    const titles = dataTitles(svgOf(en, 0));
    expect(titles.length).toBe(2);
    expect(titles[0]).toContain(formatPercent(severe.value, 'en', severe.decimals));
    expect(titles[1]).toContain(formatPercent(moderate.value, 'en', moderate.decimals));
  });

  it('makes the base and the status clear: in the summary, on the chart and in the table', () => {
    expect(severe.status).toBe('grey');
    for (const [spec, lang] of [
      [en, 'en'],
      [nb, 'nb'],
    ] as const) {
      expect(spec.summary).toContain(formatNumber(base.value, lang));
      expect(spec.summary).toContain(formatNumber(all.value, lang));
      const text = svgOf(spec, 0).querySelector('svg')!.textContent!;
      expect(text).toContain(`n = ${formatNumber(base.value, lang)}`);
      expect(text).toContain(statusLabel(severe.status, lang));
    }
    const talk = figure(e, 'norway-share-severe-talk');
    expect(en.views[0].table.rows.flat().find((c) => c.figure?.id === talk.id)?.text).toBe(formatPercent(talk.value, 'en', talk.decimals));
    expect(en.summary).toMatch(/the talk gives the same split/);
  });
});
