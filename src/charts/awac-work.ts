/**
 * AWaC (Reme et al. 2015): increased or maintained work participation with work-focused CBT
 * and individual job support (IPS), against usual care. The rates at 12 months, and the
 * differences as published: 12 months (conference abstract and the talk), 18 months, and the
 * subgroup on long-term benefits. No CIs were published and no counts are known, so none is drawn.
 */
import * as Plot from '@observablehq/plot';
import type { Evidence } from '../data/load.ts';
import type { Figure } from '../data/schemas.ts';
import { figure, shortCitation, source } from '../data/evidence.ts';
import { formatNumber, formatPercent, formatPoints, formatTimepoint, statusLabel } from '../i18n/format.ts';
import { t, type Lang, inLang, messages } from '../i18n/index.ts';
import { differenceOfPercentages } from '../stats/stats.ts';
import { palette } from '../styles/palette.ts';
import { dumbbellSteps } from './shapes/dumbbell.ts';
import { armBarsPlot, type ArmBar } from './shapes/labelled-rows.ts';
import type { ChartSpec } from './spec.ts';
import { CHART_STYLE, CHART_WIDTH, percentAxis, valueAxis } from './frame.ts';

const RATES = { intervention: 'awac-work-12m-intervention', control: 'awac-work-12m-control' } as const;
/** The published differences, in the order drawn; `also` are rows stating the same value elsewhere. */
const DIFFERENCES = [
  { id: 'awac-difference-12m', also: ['awac-difference-12m-talk'], row: 'all' },
  { id: 'awac-difference-18m', also: [], row: 'all' },
  { id: 'awac-difference-ltb', also: [], row: 'ltb' },
] as const;
const DISCREPANCIES = ['awac-difference-12m', 'awac-control-rate-12m'] as const;

const words = (lang: Lang) => messages(lang).charts.awacWork;

/** "=0.015" as published → "p = 0.015" (or "p = 0,015" in Norwegian). */
export function formatPValue(p: string, lang: Lang): string {
  const m = /^(<=|>=|=|<|>)\s*(\d*\.?\d+)$/.exec(p.trim());
  if (!m) return `p ${p}`;
  const op = { '<=': '≤', '>=': '≥', '=': '=', '<': '<', '>': '>' }[m[1] as '<=' | '>=' | '=' | '<' | '>'];
  const decimals = m[2]!.includes('.') ? m[2]!.split('.')[1]!.length : 0;
  return `p ${op} ${formatNumber(Number(m[2]), lang, decimals)}`;
}

interface DiffRow {
  label: string;
  f: Figure;
  also: Figure[];
  published: boolean;
}

export function awacWork(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const ips = figure(e, RATES.intervention);
  const control = figure(e, RATES.control);
  const when = formatTimepoint(ips.timepoint ?? '', lang);
  const pct = (f: Figure) => formatPercent(f.value, lang, f.decimals);
  const pts = (f: Figure) => formatPoints(f.value, lang, f.decimals);
  const p = (f: Figure) => (f.p_value ? formatPValue(f.p_value, lang) : '');
  const cite = (f: Figure) => shortCitation(source(e, f.source), lang);
  const subtraction = differenceOfPercentages(ips.value, control.value);
  const decimals = Math.max(ips.decimals, control.decimals);

  const bars: ArmBar[] = [
    { label: s.arms.intervention, key: 'intervention', f: ips },
    { label: s.arms.control, key: 'control', f: control },
  ];
  // Usual care first, then the intervention (the story steps).
  const ratesPlot = armBarsPlot(bars, {
    x: percentAxis(s.axis, lang),
    value: pct,
    title: (d) => `${d.label} · ${s.outcome}, ${when}: ${pct(d.f)}${d.f.p_value ? ` (${p(d.f)}, ${s.against} ${s.arms.control.toLowerCase()})` : ''}`,
    note: `${t(lang, 'difference')}: ${p(ips)}`,
  });

  const rows: DiffRow[] = DIFFERENCES.map((d) => {
    const f = figure(e, d.id);
    const label = d.row === 'ltb' ? s.ltb : `${s.all}, ${formatTimepoint(f.timepoint ?? '', lang)}`;
    return { label, f, also: d.also.map((id) => figure(e, id)), published: f.status === 'published' };
  });
  const maxDiff = Math.max(...rows.map((r) => r.f.value));
  // Room to the right of the largest dot for its value and p-value.
  const xMax = 10 * Math.ceil((maxDiff * 1.9) / 10);
  const rowTitle = (r: DiffRow) =>
    `${r.label} · ${t(lang, 'difference')}: ${pts(r.f)}${r.f.p_value ? ` (${p(r.f)})` : ''} — ${[r.f, ...r.also].map((f) => `${cite(f)}, ${statusLabel(f.status, lang)}`).join('; ')}`;
  const diffPlot: Plot.PlotOptions = {
    width: CHART_WIDTH,
    height: 68 * (rows.length + 0.5) + 24 + 56,
    marginLeft: 20,
    marginRight: 24,
    marginTop: 24,
    marginBottom: 56,
    style: CHART_STYLE,
    x: valueAxis(s.diffAxis, { domain: [0, xMax], tickFormat: (d: number) => formatNumber(d, lang, 0) }),
    y: { domain: rows.map((r) => r.label), axis: null, padding: 0.5 },
    marks: [
      Plot.ruleX([0], { stroke: 'currentColor', strokeWidth: 1.5 }),
      Plot.text(rows, { frameAnchor: 'left', y: 'label', text: 'label', dy: -24, dx: 6, textAnchor: 'start', fill: 'currentColor', fontWeight: 600 }),
      Plot.link(rows, { x1: 0, x2: (r: DiffRow) => r.f.value, y1: 'label', y2: 'label', stroke: palette.intervention, strokeWidth: 3 }),
      Plot.dot(rows, {
        x: (r: DiffRow) => r.f.value,
        y: 'label',
        r: 7,
        fill: (r: DiffRow) => (r.published ? palette.intervention : 'none'),
        stroke: palette.intervention,
        strokeWidth: 2.5,
        title: rowTitle,
      }),
      Plot.text(rows, {
        x: (r: DiffRow) => r.f.value,
        y: 'label',
        text: (r: DiffRow) => `${formatPoints(r.f.value, lang, r.f.decimals).replace(/ .*$/, '')}${r.f.p_value ? `  (${p(r.f)})` : ''}`,
        dx: 12,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
    ],
  };

  const later = [
    s.later(formatPoints(rows[1]!.f.value, lang, rows[1]!.f.decimals, true), s.at(formatTimepoint(rows[1]!.f.timepoint ?? '', lang))),
    s.later(formatNumber(rows[2]!.f.value, lang, rows[2]!.f.decimals), s.inLtb),
  ];
  const discrepancies = DISCREPANCIES.map((k) => e.discrepancies.get(k)).filter((d) => d !== undefined);
  const inDiscrepancy = new Set(discrepancies.flatMap((d) => d.figures ?? []));
  const notes = [
    s.openDot,
    // Each row's own caveat, unless a note on where sources disagree already covers it.
    ...rows.filter((r) => r.f.note && !inDiscrepancy.has(r.f.id)).map((r) => `${r.label}: ${inLang(r.f, 'note', lang)}.`),
    ...discrepancies.map((d) => inLang(d, 'note', lang)),
  ];
  return {
    id: 'awac-work',
    lang,
    title: s.title,
    summary: s.summary(when, pct(ips), pct(control), p(ips), later),
    legend: bars.map((b) => ({ key: b.key, label: b.label })),
    views: [
      {
        id: 'rates',
        label: s.viewRates(when),
        plot: ratesPlot,
        table: {
          columns: [{ label: t(lang, 'group') }, { label: `${s.outcome}, ${when}`, numeric: true }, { label: t(lang, 'source') }],
          rows: [
            ...bars.map((b) => [{ text: b.label }, { text: pct(b.f), figure: b.f }, { text: cite(b.f) }]),
            [
              { text: s.subtracted(pct(ips), pct(control)) },
              { text: formatPoints(subtraction.estimate, lang, decimals), derived: `${ips.id} − ${control.id}` },
              { text: cite(ips) },
            ],
          ],
        },
      },
      {
        id: 'differences',
        label: s.viewDiff,
        plot: diffPlot,
        table: {
          columns: [{ label: s.comparison }, { label: t(lang, 'difference'), numeric: true }, { label: s.pValue, numeric: true }, { label: t(lang, 'source') }],
          rows: [
            ...rows.flatMap((r) =>
              [r.f, ...r.also].map((f) => [{ text: r.label }, { text: pts(f), figure: f }, { text: f.p_value ? p(f) : '–' }, { text: cite(f) }]),
            ),
            [
              { text: `${rows[0]!.label}: ${s.subtracted(pct(ips), pct(control)).toLowerCase()}` },
              { text: formatPoints(subtraction.estimate, lang, decimals), derived: `${ips.id} − ${control.id}` },
              { text: '–' },
              { text: cite(ips) },
            ],
          ],
        },
      },
    ],
    figures: [ips, control, ...rows.flatMap((r) => [r.f, ...r.also])],
    steps: dumbbellSteps(lang, s.arms),
    derivations: [
      s.derivation(formatPoints(subtraction.estimate, lang, decimals), formatPoints(rows[0]!.f.value, lang, rows[0]!.f.decimals).replace(/^\+/, '')),
    ],
    notes,
  };
}
