/**
 * IPSinPain: how many took part, by source. The registry record (NCT02697656) gives an
 * enrollment of 65 in two arms (treatment as usual + self-help, treatment as usual + IPS);
 * the published paper analyses IPS + treatment as usual against treatment as usual alone,
 * 38 and 20. Both are drawn on one scale, neither is "corrected" (data/discrepancies.yaml).
 */
import * as Plot from '@observablehq/plot';
import type { Evidence } from '../data/load.ts';
import type { Figure } from '../data/schemas.ts';
import { figure, shortCitation, source } from '../data/evidence.ts';
import { formatNumber, statusLabel } from '../i18n/format.ts';
import { t, type Lang, inLang, messages } from '../i18n/index.ts';
import { palette, type PaletteKey } from '../styles/palette.ts';
import type { ChartSpec } from './spec.ts';
import { CHART_STYLE, CHART_WIDTH } from './frame.ts';

const IDS = { enrolled: 'ipsinpain-enrollment-registry', ips: 'ipsinpain-analysed-ips', control: 'ipsinpain-analysed-control' } as const;
const DISCREPANCIES = ['ipsinpain-participants', 'ipsinpain-comparator'] as const;

const words = (lang: Lang) => messages(lang).charts.ipsinpainFlow;

interface Segment {
  row: string;
  key: PaletteKey;
  x1: number;
  x2: number;
  /** Under the bar, from the segment's start. */
  label: string;
  title: string;
}

export function ipsinpainFlow(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const enrolled = figure(e, IDS.enrolled);
  const ips = figure(e, IDS.ips);
  const control = figure(e, IDS.control);
  const n = (f: Figure | number) => formatNumber(typeof f === 'number' ? f : f.value, lang, typeof f === 'number' ? 0 : f.decimals);
  // ChartSpec work-around: src/stats/stats.ts has no helper for adding counts, so the sum of
  // the two published arm sizes is done here and shown as derived with its formula.
  const total = ips.value + control.value;
  const registry = source(e, enrolled.source);
  const paper = source(e, ips.source);
  const registryRow = s.registryRow(registry.registry ?? shortCitation(registry, lang));
  const paperRow = s.paperRow(shortCitation(paper, lang));
  const rows = [registryRow, paperRow];
  const status = (f: Figure) => statusLabel(f.status, lang);

  const segments: Segment[] = [
    {
      row: registryRow,
      key: 'neutral',
      x1: 0,
      x2: enrolled.value,
      label: `${n(enrolled)} ${s.enrolled} · ${s.registryArms}`,
      title: `${registryRow} · ${s.enrolled}: ${n(enrolled)} (${s.registryArms}; ${status(enrolled)})`,
    },
    {
      row: paperRow,
      key: 'intervention',
      x1: 0,
      x2: ips.value,
      label: `${n(ips)} ${s.ips}`,
      title: `${paperRow} · ${s.ipsLong}: ${n(ips)} (${status(ips)})`,
    },
    {
      row: paperRow,
      key: 'control',
      x1: ips.value,
      x2: total,
      label: `${n(control)} ${s.control}`,
      title: `${paperRow} · ${s.controlLong}: ${n(control)} (${status(control)}; ${n(total)} ${s.inAll})`,
    },
  ];
  const xMax = 10 * Math.ceil((Math.max(enrolled.value, total) + 5) / 10);

  const plot: Plot.PlotOptions = {
    width: CHART_WIDTH,
    height: 2 * 112 + 24 + 56,
    marginLeft: 20,
    marginRight: 24,
    marginTop: 24,
    marginBottom: 56,
    style: CHART_STYLE,
    x: { domain: [0, xMax], label: s.axis, labelAnchor: 'center', labelArrow: 'none', labelOffset: 40, ticks: 5, tickFormat: (d: number) => n(d), grid: true },
    y: { domain: rows, axis: null, padding: 0.6 },
    marks: [
      Plot.barX(segments, { x1: 'x1', x2: 'x2', y: 'row', fill: (d: Segment) => palette[d.key], stroke: 'white', strokeWidth: 1, title: 'title' }),
      Plot.ruleX([0], { stroke: 'currentColor' }),
      // The registry's enrollment, carried down over the paper's bar, so the gap shows without arithmetic.
      Plot.ruleX([enrolled.value], { stroke: 'currentColor', strokeDasharray: '4 3', strokeWidth: 1.5 }),
      Plot.text(rows, {
        frameAnchor: 'left',
        y: (d: string) => d,
        text: (d: string) => d,
        dy: -28,
        dx: 6,
        textAnchor: 'start',
        fill: 'currentColor',
        fontWeight: 600,
      }),
      Plot.text(segments, { x: 'x1', y: 'row', text: 'label', dy: 28, dx: 2, textAnchor: 'start', fill: 'currentColor', fontSize: 14 }),
      // The paper's total under the end of its bar (beside it, it would sit on the dashed rule).
      Plot.text([total], {
        x: (d: number) => d,
        y: () => paperRow,
        text: (d: number) => `= ${n(d)}`,
        dy: 28,
        dx: -2,
        textAnchor: 'end',
        fill: 'currentColor',
        fontWeight: 600,
        fontSize: 14,
      }),
    ],
  };

  const notes = DISCREPANCIES.map((k) => e.discrepancies.get(k))
    .filter((d) => d !== undefined)
    .map((d) => inLang(d, 'note', lang));
  return {
    id: 'ipsinpain-flow',
    lang,
    title: s.title,
    summary: s.summary(n(enrolled), n(ips), n(control), n(total)),
    legend: [
      { key: 'neutral', label: s.enrolledLegend },
      { key: 'intervention', label: s.ipsLong },
      { key: 'control', label: s.controlLong },
    ],
    views: [
      {
        id: 'counts',
        label: messages(lang).chartCommon.views.counts,
        plot,
        table: {
          columns: [{ label: t(lang, 'source') }, { label: s.what }, { label: s.number, numeric: true }],
          rows: [
            [{ text: registryRow }, { text: `${s.enrolled} (${s.registryArms})` }, { text: n(enrolled), figure: enrolled }],
            [{ text: paperRow }, { text: s.ipsLong }, { text: n(ips), figure: ips }],
            [{ text: paperRow }, { text: s.controlLong }, { text: n(control), figure: control }],
            [{ text: paperRow }, { text: s.sum(n(ips), n(control)) }, { text: n(total), derived: `${ips.id} + ${control.id}` }],
          ],
        },
      },
    ],
    figures: [enrolled, ips, control],
    derivations: [s.derivation(n(total), n(ips), n(control))],
    notes,
  };
}
