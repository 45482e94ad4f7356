/**
 * Unemployment and health: what the studies the talk cites (and the nearest published ones)
 * report about mortality, suicide, psychological distress and cardiovascular events among
 * unemployed people, as ratios with their 95% confidence intervals, grouped by outcome.
 * The talk's own round figures ("2–3 times", "25 times") are claims, not estimates, and are
 * not drawn; the page's text sets them beside what the studies report.
 */
import type { Evidence } from '../data/load.ts';
import type { Figure, Study } from '../data/schemas.ts';
import { figure, figuresWhere, shortCitation, source, study } from '../data/evidence.ts';
import { formatFigure, formatNumber } from '../i18n/format.ts';
import { LOCALE, inLang, t, type Lang, messages } from '../i18n/index.ts';
import { palette } from '../styles/palette.ts';
import { forestPlot, ratioText, type ForestRow } from './shapes/forest.ts';
import { measureLabel } from './measure-label.ts';
import type { ChartSpec, ChartView, DataTable } from './spec.ts';

type Outcome = 'mortality' | 'suicide' | 'distress' | 'cardiovascular';
type Qualifier = 'men' | 'women' | 'adjusted' | 'ageSex' | 'within5y' | 'years12to16' | 'pooled';

/**
 * The rows, in the order drawn, by outcome. `main` rows make the first view; the others
 * (less adjusted estimates, and the same pooled estimate split by time since job loss) are
 * added in the second.
 */
export const ROWS: ReadonlyArray<{ id: string; outcome: Outcome; main: boolean; qualifier?: Qualifier }> = [
  { id: 'roelfs-2011-mortality-hr', outcome: 'mortality', main: true, qualifier: 'pooled' },
  { id: 'meneton-2015-mortality-hr-adjusted', outcome: 'mortality', main: true, qualifier: 'adjusted' },
  { id: 'meneton-2015-mortality-hr-age-sex', outcome: 'mortality', main: false, qualifier: 'ageSex' },
  { id: 'mustard-2013-mortality-hr-men', outcome: 'mortality', main: true, qualifier: 'men' },
  { id: 'mustard-2013-mortality-hr-women', outcome: 'mortality', main: true, qualifier: 'women' },
  { id: 'blakely-2003-suicide-or-men', outcome: 'suicide', main: true, qualifier: 'men' },
  { id: 'blakely-2003-suicide-or-women', outcome: 'suicide', main: true, qualifier: 'women' },
  { id: 'milner-2013-suicide-rr', outcome: 'suicide', main: true, qualifier: 'pooled' },
  { id: 'milner-2013-suicide-rr-within-5y', outcome: 'suicide', main: false, qualifier: 'within5y' },
  { id: 'milner-2013-suicide-rr-12-16y', outcome: 'suicide', main: false, qualifier: 'years12to16' },
  { id: 'milner-2014-suicide-rr-men', outcome: 'suicide', main: true, qualifier: 'men' },
  { id: 'milner-2014-suicide-rr-women', outcome: 'suicide', main: true, qualifier: 'women' },
  { id: 'thomas-2007-distress-or-men', outcome: 'distress', main: true, qualifier: 'men' },
  { id: 'thomas-2007-distress-or-women', outcome: 'distress', main: true, qualifier: 'women' },
  { id: 'meneton-2015-cv-hr-adjusted', outcome: 'cardiovascular', main: true, qualifier: 'adjusted' },
  { id: 'meneton-2015-cv-hr-age-sex', outcome: 'cardiovascular', main: false, qualifier: 'ageSex' },
];

const MEASURES = ['hazard-ratio', 'odds-ratio', 'risk-ratio'] as const;

const chartWords = (lang: Lang) => messages(lang).charts.unemploymentHealth;

export interface HealthRow {
  f: Figure;
  study: Study;
  outcome: Outcome;
  main: boolean;
  /** "Meneton 2015" */
  name: string;
  label: string;
  size?: Figure;
}

export function healthRows(e: Evidence, lang: Lang): HealthRow[] {
  const s = chartWords(lang);
  return ROWS.map((r) => {
    const f = figure(e, r.id);
    if (!(MEASURES as readonly string[]).includes(f.measure))
      throw new Error(`Chart "unemployment-health": figure "${f.id}" is a ${f.measure}, not a hazard, odds or risk ratio.`);
    const st = study(e, f.study!);
    const name = shortCitation(source(e, st.primary_source ?? f.source), lang).replace(' et al.', '');
    const sex = r.qualifier === 'men' || r.qualifier === 'women' ? r.qualifier : undefined;
    const size =
      (sex ? figuresWhere(e, { study: st.key, measure: 'cohort-size', group: sex })[0] : undefined) ??
      figuresWhere(e, { study: st.key, measure: 'cohort-size', group: 'all' })[0] ??
      figuresWhere(e, { study: st.key, measure: 'study-count', group: 'cohort-studies-pooled' })[0] ??
      figuresWhere(e, { study: st.key, measure: 'study-count', group: 'all' })[0];
    return {
      f,
      study: st,
      outcome: r.outcome,
      main: r.main,
      name,
      label: r.qualifier ? `${name} · ${s.qualifiers[r.qualifier]}` : name,
      ...(size ? { size } : {}),
    };
  });
}

function valueText(f: Figure, lang: Lang): string {
  const s = chartWords(lang);
  return `${s.abbr[f.measure] ?? ''} ${ratioText(f, lang, s.noCi)}`.trim();
}

/** A group or comparator key of the data ("unemployed-men") in the reader's words; a new key needs its words. */
function groupWords(key: string, lang: Lang): string {
  const groups = chartWords(lang).groups;
  if (!Object.hasOwn(groups, key))
    throw new Error(
      `Chart "unemployment-health": group "${key}" (data/figures/health.csv, column group or comparator) has no words; expected a key of groups in src/i18n/${lang}/charts/unemployment-health.ts.`,
    );
  return groups[key as keyof typeof groups];
}

function who(f: Figure, lang: Lang): string {
  const s = chartWords(lang);
  if (!f.comparator) return groupWords(f.group, lang);
  return f.comparator === 'reference-category'
    ? `${groupWords(f.group, lang)} (${s.againstReference})`
    : `${groupWords(f.group, lang)} ${s.versus} ${groupWords(f.comparator, lang)}`;
}

function sizeText(f: Figure | undefined, lang: Lang): string {
  if (!f) return '—';
  const n = formatNumber(f.value, lang, f.decimals);
  return f.unit === 'studies' ? chartWords(lang).studies(n) : chartWords(lang).people(n);
}

function view(e: Evidence, rows: readonly HealthRow[], id: 'main' | 'all', lang: Lang): ChartView {
  const s = chartWords(lang);
  const these = id === 'main' ? rows.filter((r) => r.main) : rows;
  const forest: ForestRow[] = these.map((r) => ({
    label: r.label,
    estimate: r.f.value,
    ...(r.f.ci_low !== undefined && r.f.ci_high !== undefined ? { low: r.f.ci_low, high: r.f.ci_high } : {}),
    group: s.outcomes[r.outcome],
    status: r.f.status,
    valueText: valueText(r.f, lang),
    title: `${r.label} · ${s.outcomes[r.outcome]}, ${measureLabel(e, r.f.measure, lang).toLocaleLowerCase(LOCALE[lang])}: ${formatFigure(r.f, lang)}`,
  }));
  return {
    id,
    label: s.views[id],
    plot: forestPlot(forest, { lang, axisLabel: s.axis, colour: palette.unemployment }),
    table: table(e, these, lang),
  };
}

function table(e: Evidence, rows: readonly HealthRow[], lang: Lang): DataTable {
  const s = chartWords(lang);
  return {
    columns: [
      { label: s.columns.study },
      { label: s.columns.outcome },
      { label: s.columns.who },
      { label: s.columns.ratio, numeric: true },
      { label: s.columns.size, numeric: true },
      { label: t(lang, 'source') },
    ],
    rows: rows.map((r) => [
      { text: r.label },
      { text: s.outcomes[r.outcome] },
      { text: who(r.f, lang) },
      { text: valueText(r.f, lang), figure: r.f },
      r.size ? { text: sizeText(r.size, lang), figure: r.size } : { text: '—' },
      { text: shortCitation(source(e, r.f.source), lang) },
    ]),
  };
}

export function unemploymentHealth(e: Evidence, lang: Lang): ChartSpec {
  const s = chartWords(lang);
  const rows = healthRows(e, lang);
  // The summary describes the first view, the one a reader without JavaScript sees.
  const main = rows.filter((r) => r.main);
  const up = main.filter((r) => r.f.value > 1).length;
  const lo = main.reduce((a, b) => (b.f.value < a.f.value ? b : a));
  const hi = main.reduce((a, b) => (b.f.value > a.f.value ? b : a));
  const at = (r: HealthRow) => `${formatNumber(r.f.value, lang, r.f.decimals)} (${r.label.replace(' · ', ', ')})`;
  const summary = up === main.length ? s.summary(main.length, at(lo), at(hi)) : s.summaryMixed(main.length, up);
  const notes = [
    s.mixed,
    ...rows.filter((r) => r.f.ci_low === undefined).map((r) => s.noCiNote(r.name)),
    s.talk,
    // What each study's rows are, in the source's words, once per study.
    ...[...new Map(rows.map((r) => [r.study.key, r])).values()].map((r) => {
      const own = [...new Set(rows.filter((x) => x.study.key === r.study.key).flatMap((x) => inLang(x.f, 'note', lang)?.split(/;\s*/) ?? []))];
      return `${r.name}: ${own.join('; ')}.`;
    }),
  ];
  return {
    id: 'unemployment-health',
    lang,
    title: s.title,
    summary,
    legend: [{ key: 'unemployment', label: s.legend }],
    views: [view(e, rows, 'main', lang), view(e, rows, 'all', lang)],
    figures: [...new Set(rows.flatMap((r) => [r.f, ...(r.size ? [r.size] : [])]))],
    derivations: [],
    notes,
  };
}
