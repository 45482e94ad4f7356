/**
 * The home page's overview: each Norwegian trial's main result, IPS arm against comparison
 * arm, with the difference. Rows come from the `headline` of each study in studies.yaml,
 * so a new trial with a headline appears here without code.
 */
import type { Evidence } from '../data/load.ts';
import { headlineComparisons, shortCitation, source } from '../data/evidence.ts';
import { formatPercent, formatPoints, formatTimepoint } from '../i18n/format.ts';
import { inLang, t, type Lang, messages } from '../i18n/index.ts';
import { inOverview } from '../site/site-structure.ts';
import { differenceOfPercentages } from '../stats/stats.ts';
import { dumbbellPlot, dumbbellSteps, type DumbbellRow } from './shapes/dumbbell.ts';
import type { ChartSpec } from './spec.ts';

const words = (lang: Lang) => messages(lang).charts.trialHeadlines;

export function trialHeadlines(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  // The trials in the overview (studies.yaml `overview: true`), in that file's order.
  const comparisons = headlineComparisons(e, inOverview);
  const rows = comparisons.map((c) => {
    const diff = differenceOfPercentages(c.intervention.value, c.control.value);
    const decimals = Math.max(c.intervention.decimals, c.control.decimals);
    const arm = (id: string) => {
      const a = c.study.arms?.find((x) => x.id === id);
      return a ? inLang(a, 'label', lang) : undefined;
    };
    return {
      ...c,
      diff,
      decimals,
      label: inLang(c.study, 'short', lang) ?? inLang(c.study, 'name', lang),
      ipsName: arm(c.intervention.group),
      controlName: arm(c.control.group),
    };
  });
  const plotRows: DumbbellRow[] = rows.map((r) => ({
    label: r.label,
    intervention: { value: r.intervention.value, decimals: r.intervention.decimals, name: r.ipsName ?? t(lang, 'ips') },
    control: { value: r.control.value, decimals: r.control.decimals, name: r.controlName ?? t(lang, 'control') },
    difference: { value: r.diff.estimate, decimals: r.decimals },
  }));
  const diffs = rows.map((r) => r.diff.estimate);
  const up = diffs.filter((d) => d > 0).length;
  const lo = rows.reduce((a, b) => (b.diff.estimate < a.diff.estimate ? b : a));
  const hi = rows.reduce((a, b) => (b.diff.estimate > a.diff.estimate ? b : a));
  const pts = (r: (typeof rows)[number]) => formatPoints(r.diff.estimate, lang, r.decimals, true).replace(/^\+/, '');
  const outcome = (r: (typeof rows)[number]) =>
    `${(() => {
      const m = e.measures.get(r.intervention.measure);
      return m ? inLang(m, 'label', lang) : r.intervention.measure;
    })()}${r.intervention.timepoint ? `, ${formatTimepoint(r.intervention.timepoint, lang)}` : ''}`;
  return {
    id: 'trial-headlines',
    lang,
    title: s.title(rows.length),
    summary: s.summary(rows.length, up, pts(lo).replace(` ${t(lang, 'percentagePoints')}`, ''), pts(hi)),
    legend: [
      { key: 'intervention', label: t(lang, 'ips') },
      { key: 'control', label: t(lang, 'control') },
    ],
    views: [
      {
        id: 'percent',
        label: messages(lang).chartCommon.views.percent,
        plot: dumbbellPlot(plotRows, lang, s.axis),
        table: {
          columns: [
            { label: t(lang, 'trial') },
            { label: t(lang, 'outcome') },
            { label: t(lang, 'ips'), numeric: true },
            { label: t(lang, 'control'), numeric: true },
            { label: t(lang, 'difference'), numeric: true },
            { label: t(lang, 'source') },
          ],
          rows: rows.map((r) => [
            { text: r.label },
            { text: outcome(r) },
            { text: formatPercent(r.intervention.value, lang, r.intervention.decimals), figure: r.intervention },
            { text: formatPercent(r.control.value, lang, r.control.decimals), figure: r.control },
            { text: formatPoints(r.diff.estimate, lang, r.decimals), derived: `${r.intervention.id} − ${r.control.id}` },
            { text: shortCitation(source(e, r.intervention.source), lang) },
          ]),
        },
      },
    ],
    figures: rows.flatMap((r) => [r.intervention, r.control]),
    steps: dumbbellSteps(lang, { intervention: t(lang, 'ips'), control: t(lang, 'control') }),
    derivations: [s.derivation],
    notes: [
      s.outcomeNote,
      ...rows.flatMap((r) => {
        const notes = [...new Set([inLang(r.intervention, 'note', lang), inLang(r.control, 'note', lang)].flatMap((n) => n?.split(/;\s*/) ?? []))];
        return notes.length ? [`${r.label}: ${notes.join('; ')}.`] : [];
      }),
    ],
  };
}
