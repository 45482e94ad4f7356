/**
 * The pooled effects of the reviews and meta-analyses of IPS: risk ratios and odds ratios with
 * their 95% confidence intervals, on a log scale, each with the number of trials pooled.
 * Risk ratios and odds ratios are different measures, so each has its own view and axis.
 */
import type { Evidence } from '../data/load.ts';
import type { Figure, Study } from '../data/schemas.ts';
import { figuresWhere, shortCitation, source, study } from '../data/evidence.ts';
import { formatFigure, formatNumber } from '../i18n/format.ts';
import { t, type Lang, inLang, messages } from '../i18n/index.ts';
import { palette } from '../styles/palette.ts';
import { forestPlot, ratioText, type ForestRow } from './shapes/forest.ts';
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

const words = (lang: Lang) => messages(lang).charts.metaAnalyses;

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
  const s = words(lang);
  const figures = [...e.figures.values()].filter((f) => {
    if (f.topic !== 'evidence-base' || !f.study || !(MEASURES as readonly string[]).includes(f.measure)) return false;
    const kind = study(e, f.study).kind;
    return kind === 'meta-analysis' || kind === 'review';
  });
  const rows = figures.map((f): PooledRow => {
    const st = study(e, f.study!);
    const measure = f.measure as Measure;
    const name = compact(shortCitation(source(e, st.primary_source ?? f.source), lang));
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
      participants = all.length ? all : ['ips', 'control'].flatMap((g) => figuresWhere(e, { study: st.key, measure: 'participants-included', group: g }));
    }
    return {
      f,
      study: st,
      measure,
      name,
      label: sub ? `${name} · ${sub}` : name,
      comparison: s.rowOverrideLong[f.id] ?? (several ? (s.subgroupLong[f.group] ?? f.group) : (inLang(f, 'note', lang) ?? '')),
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
  return words(lang).counts[f.measure]?.(n) ?? n;
}

function view(e: Evidence, rows: readonly PooledRow[], measure: Measure, lang: Lang): ChartView {
  const s = words(lang);
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
  const s = words(lang);
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
      r.count ? { text: countText(r.count, lang)!, figure: r.count } : { text: COUNT_NOT_FOR_ROW.has(r.f.id) ? s.notForRow : s.countNotShown },
      r.participants.length
        ? {
            text:
              r.participants.length === 2
                ? s.perArm(...(r.participants.map((p) => formatNumber(p.value, lang, p.decimals)) as [string, string]))
                : formatNumber(r.participants[0]!.value, lang, r.participants[0]!.decimals),
            figure: r.participants[0]!,
          }
        : { text: '—' },
      { text: shortCitation(source(e, r.f.source), lang) },
    ]),
  };
}

export function metaAnalyses(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const rows = pooledRows(e, lang);
  const above = rows.filter((r) => r.f.ci_low !== undefined && r.f.ci_low > 1).length;
  const range = (m: Measure) => {
    const these = rows.filter((r) => r.measure === m && !r.beyond);
    const lo = these.reduce((a, b) => (b.f.value < a.f.value ? b : a));
    const hi = these.reduce((a, b) => (b.f.value > a.f.value ? b : a));
    return s.range(s.measure[m], formatNumber(lo.f.value, lang, lo.f.decimals), formatNumber(hi.f.value, lang, hi.f.decimals));
  };
  const measures = MEASURES.filter((m) => rows.some((r) => r.measure === m && !r.beyond));
  const summary = above === rows.length ? s.summary(rows.length, measures.map(range).join(s.and)) : s.summaryMixed(rows.length, above);

  const shownStudies = [...new Map(rows.map((r) => [r.study.key, r])).values()];
  const notRetrieved = [...e.studies.values()].filter(
    (st) => st.topic === 'evidence-base' && st.kind === 'meta-analysis' && !shownStudies.some((r) => r.study.key === st.key),
  );
  const smd = shownStudies.filter((r) => figuresWhere(e, { study: r.study.key, measure: 'standardised-mean-difference' }).length);
  const iSquared = rows.flatMap((r) => figuresWhere(e, { study: r.study.key, measure: 'i-squared', group: r.count?.group ?? '-' }).map((f) => ({ r, f })));
  const notes = [
    s.separate,
    s.overlap,
    ...rows.filter((r) => !r.count && !COUNT_NOT_FOR_ROW.has(r.f.id)).map((r) => s.noCount(r.name)),
    ...rows.filter((r) => COUNT_NOT_FOR_ROW.has(r.f.id) && r.f.note).map((r) => `${r.label}: ${inLang(r.f, 'note', lang)}.`),
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
