/**
 * IPSinPain participants by source, built from the real data: the registry's enrollment and the
 * paper's two arms on one scale, their sum computed and marked derived, the disagreement noted.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ipsinpainFlow } from '../../../src/charts/ipsinpain-flow.ts';
import type { ChartSpec } from '../../../src/charts/spec.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { figure } from '../../../src/data/evidence.ts';
import { formatNumber } from '../../../src/i18n/format.ts';
import { renderPlotSvg } from '../../../src/render/plot-svg.ts';

const e = loadEvidence();
const en = ipsinpainFlow(e, 'en');
const nb = ipsinpainFlow(e, 'nb');
const enrolled = figure(e, 'ipsinpain-enrollment-registry');
const ips = figure(e, 'ipsinpain-analysed-ips');
const control = figure(e, 'ipsinpain-analysed-control');

function svgOf(spec: ChartSpec, i: number) {
  const svg = renderPlotSvg(spec.views[i]!.plot, { idPrefix: spec.id, title: spec.title, description: spec.summary });
  return parseHTML(`<html><body>${svg}</body></html>`).document;
}
const marks = (spec: ChartSpec, i: number) => (spec.views[i]!.plot.marks ?? []).flat() as Plot.Mark[];
const hasTitle = (m: Plot.Mark) => 'title' in (m as unknown as { channels: object }).channels;
const dataTitles = (doc: Document) => [...doc.querySelectorAll('title')].filter((t) => !t.id).map((t) => t.textContent ?? '');

describe('ipsinpain-flow', () => {
  it('builds in both languages, with unique view ids and a titled bar per segment', () => {
    for (const spec of [en, nb]) {
      expect(new Set(spec.views.map((v) => v.id)).size).toBe(spec.views.length);
      const bars = marks(spec, 0).filter((m) => m instanceof Plot.BarX);
      expect(bars.filter((m) => !hasTitle(m))).toEqual([]);
      const titles = dataTitles(svgOf(spec, 0));
      expect(titles.length).toBe(3);
      expect(titles.join('\n')).toContain(formatNumber(enrolled.value, spec.lang));
    }
  });

  it('keeps both sources with their own status, and the sum as derived', () => {
    expect(enrolled.status).toBe('registry');
    expect(ips.status).toBe('published');
    const cells = en.views[0].table.rows.flat();
    for (const f of [enrolled, ips, control]) expect(cells.find((c) => c.figure?.id === f.id)?.text).toBe(formatNumber(f.value, 'en'));
    const sum = cells.find((c) => c.derived)!;
    expect(sum.text).toBe(formatNumber(ips.value + control.value, 'en'));
    expect(sum.derived).toBe(`${ips.id} + ${control.id}`);
    expect(en.derivations.join(' ')).toContain(formatNumber(ips.value + control.value, 'en'));
  });

  it('says what each source reports, and neither is corrected', () => {
    for (const [spec, lang] of [
      [en, 'en'],
      [nb, 'nb'],
    ] as const) {
      for (const v of [enrolled.value, ips.value, control.value, ips.value + control.value]) expect(spec.summary).toContain(formatNumber(v, lang));
    }
    expect(en.notes).toContain(e.discrepancies.get('ipsinpain-participants')!.note);
    expect(en.notes).toContain(e.discrepancies.get('ipsinpain-comparator')!.note);
    // One scale for both bars, wide enough for the larger count; a dashed rule at the enrollment.
    const x = en.views[0].plot.x as { domain: [number, number] };
    expect(x.domain[1]).toBeGreaterThanOrEqual(Math.max(enrolled.value, ips.value + control.value));
    expect(svgOf(en, 0).querySelector('[stroke-dasharray]')).not.toBeNull();
  });
});
