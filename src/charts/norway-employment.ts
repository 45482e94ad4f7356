/**
 * The Norwegian multicentre IPS trial (Reme et al. 2019): competitive employment at 12 and
 * 18 months, IPS against high-quality usual care, and the difference between them.
 */
import type { Evidence } from '../data/load.ts';
import { figure, shortCitation, source } from '../data/evidence.ts';
import { formatPercent, formatPoints, formatTimepoint } from '../i18n/format.ts';
import { t, type Lang, messages } from '../i18n/index.ts';
import { differenceOfPercentages } from '../stats/stats.ts';
import { differenceBarsPlot } from './shapes/difference-bars.ts';
import { dumbbellPlot, dumbbellSteps, type DumbbellRow } from './shapes/dumbbell.ts';
import type { ChartSpec } from './spec.ts';

const TIMEPOINTS = [
  { timepoint: '12 months', ips: 'norway-employment-12m-ips', control: 'norway-employment-12m-control' },
  { timepoint: '18 months', ips: 'norway-employment-18m-ips', control: 'norway-employment-18m-control' },
] as const;

const words = (lang: Lang) => messages(lang).charts.norwayEmployment;

export function norwayEmployment(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const rows = TIMEPOINTS.map((tp) => {
    const ips = figure(e, tp.ips);
    const control = figure(e, tp.control);
    const diff = differenceOfPercentages(ips.value, control.value);
    return { tp, ips, control, diff, decimals: Math.max(ips.decimals, control.decimals) };
  });
  const plotRows: DumbbellRow[] = rows.map((r) => ({
    label: formatTimepoint(r.tp.timepoint, lang),
    intervention: { value: r.ips.value, decimals: r.ips.decimals, name: t(lang, 'ips') },
    control: { value: r.control.value, decimals: r.control.decimals, name: t(lang, 'control') },
    difference: { value: r.diff.estimate, decimals: r.decimals },
  }));
  const pct = (f: { value: number; decimals: number }) => formatPercent(f.value, lang, f.decimals);
  const [first, last] = [rows[0]!, rows[rows.length - 1]!];
  const summary = s.summary(
    formatTimepoint(last.tp.timepoint, lang),
    pct(last.ips),
    pct(last.control),
    formatPoints(last.diff.estimate, lang, last.decimals, true).replace(/^\+/, ''),
    formatTimepoint(first.tp.timepoint, lang),
    pct(first.ips),
    pct(first.control),
  );
  const cite = (id: string) => shortCitation(source(e, figure(e, id).source), lang);
  return {
    id: 'norway-employment',
    lang,
    title: s.title,
    summary,
    legend: [
      { key: 'intervention', label: t(lang, 'ips') },
      { key: 'control', label: t(lang, 'control') },
    ],
    views: [
      {
        id: 'percent',
        label: s.percentView,
        plot: dumbbellPlot(plotRows, lang, s.axis),
        table: {
          columns: [
            { label: t(lang, 'timepoint') },
            { label: t(lang, 'ips'), numeric: true },
            { label: t(lang, 'control'), numeric: true },
            { label: t(lang, 'difference'), numeric: true },
            { label: t(lang, 'source') },
          ],
          rows: rows.map((r) => [
            { text: formatTimepoint(r.tp.timepoint, lang) },
            { text: pct(r.ips), figure: r.ips },
            { text: pct(r.control), figure: r.control },
            { text: formatPoints(r.diff.estimate, lang, r.decimals), derived: `${r.ips.id} − ${r.control.id}` },
            { text: cite(r.tp.ips) },
          ]),
        },
      },
      {
        id: 'difference',
        label: s.diffView,
        plot: differenceBarsPlot(
          rows.map((r) => ({ label: formatTimepoint(r.tp.timepoint, lang), value: r.diff.estimate, decimals: r.decimals })),
          lang,
          s.diffAxis,
        ),
        table: {
          columns: [{ label: t(lang, 'timepoint') }, { label: t(lang, 'difference'), numeric: true }, { label: t(lang, 'source') }],
          rows: rows.map((r) => [
            { text: formatTimepoint(r.tp.timepoint, lang) },
            { text: formatPoints(r.diff.estimate, lang, r.decimals), derived: `${r.ips.id} − ${r.control.id}` },
            { text: cite(r.tp.ips) },
          ]),
        },
      },
    ],
    figures: rows.flatMap((r) => [r.ips, r.control]),
    steps: dumbbellSteps(lang, { intervention: t(lang, 'ips'), control: t(lang, 'control') }),
    derivations: [s.derivation(rows.map((r) => formatPoints(r.diff.estimate, lang, r.decimals)).join(', '))],
  };
}
