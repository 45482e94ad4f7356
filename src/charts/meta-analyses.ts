/**
 * The pooled effects of the reviews and meta-analyses of IPS: risk ratios and odds ratios with
 * their 95% confidence intervals, on a log scale, each with the number of trials pooled.
 * Risk ratios and odds ratios are different measures, so each has its own view and axis.
 */
import type { Evidence } from '../lib/data/load.ts';
import type { Figure, Study } from '../lib/data/schemas.ts';
import { figuresWhere, shortCitation, source, study } from '../lib/evidence.ts';
import { formatFigure, formatNumber } from '../lib/format.ts';
import { t, type Lang, inLang } from '../i18n/index.ts';
import { palette } from '../styles/palette.ts';
import { forestPlot, ratioText, type ForestRow } from './forest.ts';
import type { ChartSpec, ChartView, DataTable } from './spec.ts';

export const MEASURES = ['risk-ratio', 'odds-ratio'] as const;
type Measure = (typeof MEASURES)[number];

/** Reviews of populations other than serious mental illness, listed under their own heading. */
export const BEYOND_SMI = ['bond-2019-beyond-smi', 'fadyl-2020', 'probyn-2021'] as const;

/**
 * Estimates for a subgroup whose number of trials the data does not give: the review's own
 * count covers all its trials, not this estimate (Probyn 2021's ratio for young people not in
 * employment, education or training appears to come from one trial).
 */
const COUNT_NOT_FOR_ROW = new Set(['probyn-2021-rr-neet']);

const text = {
  en: {
    title: 'Pooled effects of IPS on employment in reviews and meta-analyses',
    views: { 'risk-ratio': 'Risk ratios', 'odds-ratio': 'Odds ratios' },
    axis: { 'risk-ratio': 'Risk ratio, IPS vs comparison (log scale)', 'odds-ratio': 'Odds ratio, IPS vs comparison (log scale)' },
    measure: { 'risk-ratio': 'risk ratio', 'odds-ratio': 'odds ratio' },
    groups: { overall: 'IPS trials overall', beyond: 'Beyond serious mental illness' },
    subgroups: {
      ips: 'all',
      'ips-in-active-control-studies': 'active control',
      'ips-in-passive-control-studies': 'passive control',
      'ips-in-european-studies': 'Europe',
    } as Record<string, string>,
    subgroupLong: {
      ips: 'All comparisons',
      'ips-in-active-control-studies': 'IPS vs an active control',
      'ips-in-passive-control-studies': 'IPS vs a passive control',
      'ips-in-european-studies': 'European studies, IPS vs an active control',
    } as Record<string, string>,
    rowOverride: { 'probyn-2021-rr-neet': 'one trial' } as Record<string, string>,
    rowOverrideLong: { 'probyn-2021-rr-neet': 'Young people not in employment, education or training: a single trial (apparently SEED), not a pooled estimate' } as Record<string, string>,
    counts: { 'rct-count': (n: string) => `${n} RCTs`, 'study-count': (n: string) => `${n} studies` } as Record<string, (n: string) => string>,
    legend: 'IPS compared with the comparison group: ratio and 95% confidence interval',
    summary: (n: number, ranges: string) =>
      `All ${n} estimates from the reviews favour IPS, with the whole 95% confidence interval above 1 (no difference); in reviews of IPS trials overall: ${ranges}.`,
    summaryMixed: (n: number, above: number) =>
      `In ${above} of ${n} estimates from the reviews the whole 95% confidence interval lies above 1 (no difference), favouring IPS.`,
    range: (m: string, lo: string, hi: string) => `${m}s from ${lo} to ${hi}`,
    and: ' and ',
    columns: { review: 'Review', comparison: 'Comparison', ratio: 'Ratio (95% CI)', trials: 'Trials', participants: 'Participants' },
    perArm: (a: string, b: string) => `${a} + ${b}`,
    notCaptured: 'not shown',
    notForRow: 'one trial, not pooled',
    separate: 'Risk ratios and odds ratios are different measures, so they have separate views and axes. For a common outcome such as getting a job, an odds ratio lies further from 1 than the risk ratio from the same data.',
    overlap: 'The reviews share many of the same trials, so the rows are not independent pieces of evidence.',
    noCount: (r: string) => `${r}: the number of trials pooled is not shown here.`,
    notShown: (list: string) => `Not shown, because their pooled effects were not retrieved: ${list}.`,
    smd: (r: string) => `${r} also report standardised mean differences (job tenure, income, quality of life and others), which are not ratios and are not shown here.`,
    heterogeneity: (r: string, v: string) => `${r}: heterogeneity I² ${v}.`,
  },
  nb: {
    title: 'Samlet effekt av IPS på arbeid i oversikter og metaanalyser',
    views: { 'risk-ratio': 'Risikoratioer', 'odds-ratio': 'Oddsratioer' },
    axis: { 'risk-ratio': 'Risikoratio, IPS mot sammenligning (log-skala)', 'odds-ratio': 'Oddsratio, IPS mot sammenligning (log-skala)' },
    measure: { 'risk-ratio': 'risikoratio', 'odds-ratio': 'oddsratio' },
    groups: { overall: 'IPS-studier samlet', beyond: 'Utover alvorlig psykisk lidelse' },
    subgroups: {
      ips: 'alle',
      'ips-in-active-control-studies': 'aktiv kontroll',
      'ips-in-passive-control-studies': 'passiv kontroll',
      'ips-in-european-studies': 'Europa',
    } as Record<string, string>,
    subgroupLong: {
      ips: 'Alle sammenligninger',
      'ips-in-active-control-studies': 'IPS mot aktiv kontroll',
      'ips-in-passive-control-studies': 'IPS mot passiv kontroll',
      'ips-in-european-studies': 'Europeiske studier, IPS mot aktiv kontroll',
    } as Record<string, string>,
    rowOverride: { 'probyn-2021-rr-neet': 'én studie' } as Record<string, string>,
    rowOverrideLong: { 'probyn-2021-rr-neet': 'Unge som verken er i arbeid, utdanning eller opplæring: én enkelt studie (trolig SEED), ikke et samlet estimat' } as Record<string, string>,
    counts: { 'rct-count': (n: string) => `${n} RCT-er`, 'study-count': (n: string) => `${n} studier` } as Record<string, (n: string) => string>,
    legend: 'IPS sammenlignet med sammenligningsgruppen: ratio og 95 % konfidensintervall',
    summary: (n: number, ranges: string) =>
      `Alle ${n} estimatene fra oversiktene er i favør av IPS, og hele 95 %-konfidensintervallet ligger over 1 (ingen forskjell); i oversikter over IPS-studier samlet: ${ranges}.`,
    summaryMixed: (n: number, above: number) =>
      `I ${above} av ${n} estimater fra oversiktene ligger hele 95 %-konfidensintervallet over 1 (ingen forskjell), i favør av IPS.`,
    range: (m: string, lo: string, hi: string) => `${m}er fra ${lo} til ${hi}`,
    and: ' og ',
    columns: { review: 'Oversikt', comparison: 'Sammenligning', ratio: 'Ratio (95 % KI)', trials: 'Studier', participants: 'Deltakere' },
    perArm: (a: string, b: string) => `${a} + ${b}`,
    notCaptured: 'ikke vist',
    notForRow: 'én studie, ikke samlet',
    separate: 'Risikoratio og oddsratio er ulike mål, så de har hver sin visning og akse. For et vanlig utfall som å få jobb ligger oddsratioen lenger fra 1 enn risikoratioen fra de samme dataene.',
    overlap: 'Oversiktene deler mange av de samme studiene, så radene er ikke uavhengige av hverandre.',
    noCount: (r: string) => `${r}: antall studier som er slått sammen, vises ikke her.`,
    notShown: (list: string) => `Ikke vist, fordi de samlede effektene ikke ble hentet inn: ${list}.`,
    smd: (r: string) => `${r} rapporterer også standardiserte gjennomsnittsforskjeller (varighet i jobb, inntekt, livskvalitet og andre), som ikke er ratioer og ikke vises her.`,
    heterogeneity: (r: string, v: string) => `${r}: heterogenitet I² ${v}.`,
  },
} as const;

export interface PooledRow {
  f: Figure;
  study: Study;
  measure: Measure;
  /** "Brinchmann 2020": the review's citation without "et al.", for the chart. */
  name: string;
  /** The chart label: name and subgroup where the review has several rows of a measure. */
  label: string;
  comparison: string;
  beyond: boolean;
  count?: Figure;
  participants: Figure[];
}

const compact = (citation: string) => citation.replace(' et al.', '');

export function pooledRows(e: Evidence, lang: Lang): PooledRow[] {
  const s = text[lang];
  const figures = [...e.figures.values()].filter((f) => {
    if (f.topic !== 'evidence-base' || !f.study || !(MEASURES as readonly string[]).includes(f.measure)) return false;
    const kind = study(e, f.study).kind;
    return kind === 'meta-analysis' || kind === 'review';
  });
  const rows = figures.map((f): PooledRow => {
    const st = study(e, f.study!);
    const measure = f.measure as Measure;
    const name = compact(shortCitation(source(e, st.primary_source ?? f.source)));
    const several = figures.filter((g) => g.study === f.study && g.measure === f.measure).length > 1;
    const sub = s.rowOverride[f.id] ?? (several ? (s.subgroups[f.group] ?? f.group) : undefined);
    const countGroup = f.group === 'ips' ? 'all' : f.group.replace(/^ips-in-/, '');
    const count = COUNT_NOT_FOR_ROW.has(f.id)
      ? undefined
      : (figuresWhere(e, { study: st.key, measure: 'rct-count', group: countGroup })[0] ??
        figuresWhere(e, { study: st.key, measure: 'study-count', group: countGroup })[0]);
    let participants: Figure[] = [];
    if (!COUNT_NOT_FOR_ROW.has(f.id) && countGroup === 'all') {
      const all = figuresWhere(e, { study: st.key, measure: 'participants-included', group: 'all' });
      participants = all.length
        ? all
        : ['ips', 'control'].flatMap((g) => figuresWhere(e, { study: st.key, measure: 'participants-included', group: g }));
    }
    return {
      f,
      study: st,
      measure,
      name,
      label: sub ? `${name} · ${sub}` : name,
      comparison: s.rowOverrideLong[f.id] ?? (several ? (s.subgroupLong[f.group] ?? f.group) : (f.note ?? '')),
      beyond: (BEYOND_SMI as readonly string[]).includes(st.key),
      ...(count ? { count } : {}),
      participants,
    };
  });
  // Overall reviews first, then the other populations; by year within each, file order after.
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(a.r.beyond) - Number(b.r.beyond) || (a.r.study.year ?? 0) - (b.r.study.year ?? 0) || a.i - b.i)
    .map(({ r }) => r);
}

function countText(f: Figure | undefined, lang: Lang): string | undefined {
  if (!f) return undefined;
  const n = formatNumber(f.value, lang, f.decimals);
  return text[lang].counts[f.measure]?.(n) ?? n;
}

function view(e: Evidence, rows: readonly PooledRow[], measure: Measure, lang: Lang): ChartView {
  const s = text[lang];
  const these = rows.filter((r) => r.measure === measure);
  const forest: ForestRow[] = these.map((r) => ({
    label: r.label,
    estimate: r.f.value,
    ...(r.f.ci_low !== undefined && r.f.ci_high !== undefined ? { low: r.f.ci_low, high: r.f.ci_high } : {}),
    group: r.beyond ? s.groups.beyond : s.groups.overall,
    status: r.f.status,
    valueText: ratioText(r.f, lang),
    ...(r.count ? { side: countText(r.count, lang)! } : {}),
    title: `${r.label} · ${s.measure[measure]}: ${formatFigure(r.f, lang)}${r.count ? `, ${countText(r.count, lang)}` : ''}`,
  }));
  return {
    id: measure === 'risk-ratio' ? 'risk-ratios' : 'odds-ratios',
    label: s.views[measure],
    plot: forestPlot(forest, { lang, axisLabel: s.axis[measure], colour: palette.intervention }),
    table: table(e, these, lang),
  };
}

function table(e: Evidence, rows: readonly PooledRow[], lang: Lang): DataTable {
  const s = text[lang];
  return {
    columns: [
      { label: s.columns.review },
      { label: s.columns.comparison },
      { label: s.columns.ratio, numeric: true },
      { label: s.columns.trials, numeric: true },
      { label: s.columns.participants, numeric: true },
      { label: t(lang, 'source') },
    ],
    rows: rows.map((r) => [
      { text: r.name },
      { text: r.comparison },
      { text: ratioText(r.f, lang), figure: r.f },
      r.count
        ? { text: countText(r.count, lang)!, figure: r.count }
        : { text: COUNT_NOT_FOR_ROW.has(r.f.id) ? s.notForRow : s.notCaptured },
      r.participants.length
        ? {
            text:
              r.participants.length === 2
                ? s.perArm(...(r.participants.map((p) => formatNumber(p.value, lang, p.decimals)) as [string, string]))
                : formatNumber(r.participants[0]!.value, lang, r.participants[0]!.decimals),
            figure: r.participants[0]!,
          }
        : { text: '—' },
      { text: shortCitation(source(e, r.f.source)) },
    ]),
  };
}

export function metaAnalyses(e: Evidence, lang: Lang): ChartSpec {
  const s = text[lang];
  const rows = pooledRows(e, lang);
  const above = rows.filter((r) => r.f.ci_low !== undefined && r.f.ci_low > 1).length;
  const range = (m: Measure) => {
    const these = rows.filter((r) => r.measure === m && !r.beyond);
    const lo = these.reduce((a, b) => (b.f.value < a.f.value ? b : a));
    const hi = these.reduce((a, b) => (b.f.value > a.f.value ? b : a));
    return s.range(s.measure[m], formatNumber(lo.f.value, lang, lo.f.decimals), formatNumber(hi.f.value, lang, hi.f.decimals));
  };
  const measures = MEASURES.filter((m) => rows.some((r) => r.measure === m && !r.beyond));
  const summary =
    above === rows.length ? s.summary(rows.length, measures.map(range).join(s.and)) : s.summaryMixed(rows.length, above);

  const shownStudies = [...new Map(rows.map((r) => [r.study.key, r])).values()];
  const notRetrieved = [...e.studies.values()].filter(
    (st) => st.topic === 'evidence-base' && st.kind === 'meta-analysis' && !shownStudies.some((r) => r.study.key === st.key),
  );
  const smd = shownStudies.filter((r) => figuresWhere(e, { study: r.study.key, measure: 'standardised-mean-difference' }).length);
  const iSquared = rows.flatMap((r) =>
    figuresWhere(e, { study: r.study.key, measure: 'i-squared', group: r.count?.group ?? '-' }).map((f) => ({ r, f })),
  );
  const notes = [
    s.separate,
    s.overlap,
    ...rows.filter((r) => !r.count && !COUNT_NOT_FOR_ROW.has(r.f.id)).map((r) => s.noCount(r.name)),
    ...rows.filter((r) => COUNT_NOT_FOR_ROW.has(r.f.id) && r.f.note).map((r) => `${r.label}: ${r.f.note}.`),
    ...iSquared.map(({ r, f }) => s.heterogeneity(r.label, formatFigure(f, lang))),
    ...smd.map((r) => s.smd(r.name)),
    ...shownStudies.filter((r) => r.study.note).map((r) => `${r.name}: ${inLang(r.study, 'note', lang)}`),
    ...(notRetrieved.length ? [s.notShown(notRetrieved.map((st) => inLang(st, 'short', lang) ?? inLang(st, 'name', lang)).join(', '))] : []),
  ];
  return {
    id: 'meta-analyses',
    lang,
    title: s.title,
    summary,
    legend: [{ key: 'intervention', label: s.legend }],
    views: [view(e, rows, 'risk-ratio', lang), view(e, rows, 'odds-ratio', lang)],
    figures: [...new Set([...rows.flatMap((r) => [r.f, ...(r.count ? [r.count] : []), ...r.participants]), ...iSquared.map(({ f }) => f)])],
    derivations: [],
    notes,
  };
}
