/**
 * The IPS trials one by one: the share in work with IPS and in the comparison group, for each
 * randomised trial whose headline rates were confirmed in its own abstract, with the
 * developers' across-trial averages as reference lines. Sortable by year, effect and size.
 *
 * Of the four Norwegian trials only the multicentre trial is included: like the others here
 * it tested IPS for people with serious mental illness. SEED (young adults, sheltered
 * comparator), IPSinPain (chronic pain) and AWaC (work-focused CBT with IPS, common mental
 * disorders) studied other people or another intervention, so they would not be comparable
 * with the averages drawn; they are in the home page's chart of the Norwegian trials.
 */
import * as Plot from '@observablehq/plot';
import type { Evidence } from '../data/load.ts';
import type { Figure, Study } from '../data/schemas.ts';
import { figure, figuresWhere, headlineComparisons, shortCitation, source, type HeadlineComparison } from '../data/evidence.ts';
import { formatFigure, formatNumber, formatPercent, formatPoints, formatTimepoint, statusLabel } from '../i18n/format.ts';
import { LOCALE, t, type Lang, inLang, messages } from '../i18n/index.ts';
import { listOf } from '../i18n/text.ts';
import { inOverview, studyName } from '../site/site-structure.ts';
import { differenceOfPercentages, meanOfPercentages } from '../stats/stats.ts';
import { palette } from '../styles/palette.ts';
import { dumbbellPlot, type DumbbellRow } from './shapes/dumbbell.ts';
import type { ChartSpec, ChartView, DataTable } from './spec.ts';

/** Norwegian trials shown beside the international ones (see the note at the top). */
export const NORWEGIAN_INCLUDED = ['norway-ips'] as const;
/** The across-trial averages drawn as reference lines. */
export const REFERENCE = { ips: 'ipsworks-2023-mean-employment-ips', control: 'ipsworks-2023-mean-employment-control' } as const;
/** Published effect measures shown in the table beside the computed difference. */
const PUBLISHED_EFFECTS = ['risk-difference', 'odds-ratio'];

const words = (lang: Lang) => messages(lang).charts.individualTrials;

/**
 * Above this many trials the chart draws groups of trials, not a row each: past it a row per
 * trial is too tall to read, to show on a slide or to send to a phone, and the page, its
 * PNGs and its build time grew with every trial. Each trial's figures stay in the CSV.
 */
export const GROUP_TRIALS_ABOVE = 40;

export interface TrialRow {
  study: Study;
  intervention: Figure;
  control: Figure;
  label: string;
  year: number | undefined;
  n: Figure | undefined;
  diff: number;
  decimals: number;
  effects: Figure[];
  outcome: string;
  measureLabel: string;
  competitive: boolean;
}

interface RefLine {
  f: Figure;
  arm: 'intervention' | 'control';
  name: string;
}

/** An arm's name in the reader's language (data/studies.yaml `label`, `label_nb`). */
const armLabel = (c: HeadlineComparison, id: string, lang: Lang) => {
  const arm = c.study.arms?.find((a) => a.id === id);
  return arm ? inLang(arm, 'label', lang) : undefined;
};

export function trialRows(e: Evidence, lang: Lang): TrialRow[] {
  const included = (st: Study) => st.kind === 'rct' && (st.topic === 'evidence-base' || (NORWEGIAN_INCLUDED as readonly string[]).includes(st.key));
  return headlineComparisons(e, included).map((c) => {
    const { study: st, intervention, control } = c;
    const measureEntry = e.measures.get(intervention.measure);
    const measure = measureEntry ? inLang(measureEntry, 'label', lang) : intervention.measure;
    return {
      study: st,
      intervention,
      control,
      label: inLang(st, 'short', lang) ?? inLang(st, 'name', lang),
      year: st.year,
      n: figuresWhere(e, { study: st.key, measure: 'participants-randomised', group: 'all' })[0],
      diff: differenceOfPercentages(intervention.value, control.value).estimate,
      decimals: Math.max(intervention.decimals, control.decimals),
      effects: figuresWhere(e, { study: st.key }).filter(
        (f) => PUBLISHED_EFFECTS.includes(f.measure) && f.timepoint === intervention.timepoint && f.ci_low !== undefined,
      ),
      measureLabel: measure,
      outcome: `${measure}${intervention.timepoint ? `, ${formatTimepoint(intervention.timepoint, lang)}` : ''}`,
      competitive: intervention.measure === 'competitive-employment',
    };
  });
}

type SortKey = 'year' | 'effect' | 'size';
/** Row orders; trials that tie are in the alphabetical order of the reader's language (Intl.Collator). */
const sorts = (lang: Lang): Record<SortKey, (a: TrialRow, b: TrialRow) => number> => {
  const byName = new Intl.Collator(LOCALE[lang]).compare;
  return {
    year: (a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || byName(a.label, b.label),
    effect: (a, b) => b.diff - a.diff || byName(a.label, b.label),
    size: (a, b) => (b.n?.value ?? -1) - (a.n?.value ?? -1) || byName(a.label, b.label),
  };
};

/** The row's name in the chart: in the size view with its N, otherwise with its outcome when
 *  that is not competitive employment, so a different outcome is never read as the same. */
function plotLabel(r: TrialRow, sort: SortKey, lang: Lang): string {
  // The place in brackets gives way to the N or the outcome, so the line fits a phone.
  const bare = r.label.replace(/\s*\([^)]*\)$/, '');
  if (sort === 'size') return r.n ? `${bare} · ${words(lang).n(formatNumber(r.n.value, lang, r.n.decimals))}` : r.label;
  return r.competitive ? r.label : `${bare} · ${r.measureLabel.toLowerCase()}`;
}

/** A group of trials, one row of the grouped chart, with its means (src/stats/stats.ts). */
interface TrialGroup {
  label: string;
  rows: TrialRow[];
  means: GroupMeans;
}

interface GroupMeans {
  intervention: number;
  control: number;
  difference: number;
  /** The smallest and largest difference of a trial in the group. */
  low: number;
  high: number;
}

/** Lower bounds of the size bands (N randomised). */
const SIZE_BANDS = [0, 100, 200, 500] as const;
const YEARS_PER_PERIOD = 5;
const POINTS_PER_BAND = 10;

/** Which group a trial belongs to in each view, and where that group goes (ascending). */
const GROUP_OF: Record<SortKey, (r: TrialRow, lang: Lang) => { order: number; label: string }> = {
  year: (r, lang) => {
    if (r.year === undefined) return { order: Infinity, label: words(lang).noYear };
    const from = Math.floor(r.year / YEARS_PER_PERIOD) * YEARS_PER_PERIOD;
    return { order: from, label: words(lang).period(from, from + YEARS_PER_PERIOD - 1) };
  },
  // Largest first and largest difference first, as in the trial-by-trial views.
  size: (r, lang) => {
    if (!r.n) return { order: Infinity, label: words(lang).noSize };
    const i = SIZE_BANDS.findLastIndex((lo) => r.n!.value >= lo);
    return { order: -i, label: words(lang).sizeBand(SIZE_BANDS[i]!, SIZE_BANDS[i + 1]) };
  },
  effect: (r, lang) => {
    const lo = Math.floor(r.diff / POINTS_PER_BAND) * POINTS_PER_BAND;
    const signed = (v: number) => `${v > 0 ? '+' : ''}${formatNumber(v, lang)}`;
    return { order: -lo, label: words(lang).effectBand(signed(lo), signed(lo + POINTS_PER_BAND)) };
  },
};

export function groupTrials(sorted: readonly TrialRow[], sort: SortKey, lang: Lang): TrialGroup[] {
  const groups = new Map<string, { label: string; order: number; rows: TrialRow[] }>();
  for (const r of sorted) {
    const { order, label } = GROUP_OF[sort](r, lang);
    const group = groups.get(label);
    if (group) group.rows.push(r);
    else groups.set(label, { label, order, rows: [r] });
  }
  return [...groups.values()].sort((a, b) => a.order - b.order).map(({ label, rows }) => ({ label, rows, means: groupMeans(rows) }));
}

/** The unweighted means of a group's trials and the difference between them. */
function groupMeans(rows: readonly TrialRow[]): GroupMeans {
  const intervention = meanOfPercentages(rows.map((r) => r.intervention.value)).estimate;
  const control = meanOfPercentages(rows.map((r) => r.control.value)).estimate;
  const diffs = rows.map((r) => r.diff);
  return { intervention, control, difference: differenceOfPercentages(intervention, control).estimate, low: Math.min(...diffs), high: Math.max(...diffs) };
}

function trialPlotRows(rows: readonly TrialRow[], sort: SortKey, lang: Lang): DumbbellRow[] {
  return rows.map((r) => ({
    label: plotLabel(r, sort, lang),
    intervention: { value: r.intervention.value, decimals: r.intervention.decimals, name: t(lang, 'ips') },
    control: {
      value: r.control.value,
      decimals: r.control.decimals,
      name: armLabel({ study: r.study, intervention: r.intervention, control: r.control }, r.control.group, lang) ?? t(lang, 'control'),
    },
    difference: { value: r.diff, decimals: r.decimals },
  }));
}

function groupPlotRows(groups: readonly TrialGroup[], lang: Lang): DumbbellRow[] {
  const s = words(lang);
  return groups.map(({ label, rows, means: m }) => ({
    label: `${label} · ${s.trials(rows.length)}`,
    intervention: { value: m.intervention, decimals: 1, name: `${t(lang, 'ips')}, ${s.mean}` },
    control: { value: m.control, decimals: 1, name: `${t(lang, 'control')}, ${s.mean}` },
    difference: { value: m.difference, decimals: 1 },
  }));
}

function groupTable(groups: readonly TrialGroup[], lang: Lang): DataTable {
  const s = words(lang);
  const mean = (label: string) => `${label}, ${s.mean}`;
  return {
    columns: [
      { label: s.groupColumns.group },
      { label: s.groupColumns.trials, numeric: true },
      { label: mean(t(lang, 'ips')), numeric: true },
      { label: mean(t(lang, 'control')), numeric: true },
      { label: mean(t(lang, 'difference')), numeric: true },
      { label: s.groupColumns.range, numeric: true },
    ],
    rows: groups.map((g) => {
      const m = g.means;
      const how = `unweighted mean of ${g.rows.length} trials`;
      return [
        { text: g.label },
        { text: formatNumber(g.rows.length, lang) },
        { text: formatPercent(m.intervention, lang, 1), derived: how },
        { text: formatPercent(m.control, lang, 1), derived: how },
        { text: formatPoints(m.difference, lang, 1), derived: how },
        { text: `${formatPoints(m.low, lang, 1)} … ${formatPoints(m.high, lang, 1)}`, derived: `range over ${g.rows.length} trials` },
      ];
    }),
  };
}

function view(e: Evidence, all: readonly TrialRow[], sort: SortKey, lang: Lang, grouped: boolean): ChartView {
  const s = words(lang);
  const rows = [...all].sort(sorts(lang)[sort]);
  const groups = grouped ? groupTrials(rows, sort, lang) : [];
  const plotRows = grouped ? groupPlotRows(groups, lang) : trialPlotRows(rows, sort, lang);
  const base = dumbbellPlot(plotRows, lang, s.axis);
  const ips = figure(e, REFERENCE.ips);
  const control = figure(e, REFERENCE.control);
  const cite = shortCitation(source(e, ips.source), lang);
  const count = figuresWhere(e, { study: ips.study!, measure: 'rct-count', group: 'all' })[0];
  const refs: RefLine[] = [
    { f: control, arm: 'control', name: t(lang, 'control') },
    { f: ips, arm: 'intervention', name: t(lang, 'ips') },
  ];
  const extra = 58;
  const plot: Plot.PlotOptions = {
    ...base,
    height: (base.height ?? 0) + extra,
    marginTop: (base.marginTop ?? 0) + extra,
    marks: [
      ...refs.map((ref) =>
        Plot.ruleX([ref], {
          x: (d: RefLine) => d.f.value,
          stroke: palette[ref.arm],
          strokeWidth: 2,
          strokeDasharray: '6 4',
          strokeOpacity: 0.9,
          title: (d: RefLine) => s.refTitle(cite, d.name, formatPercent(d.f.value, lang, d.f.decimals)),
        }),
      ),
      Plot.text(refs, {
        x: (d: RefLine) => d.f.value,
        frameAnchor: 'top',
        dy: -10,
        text: (d: RefLine) => formatPercent(d.f.value, lang, d.f.decimals),
        fill: 'currentColor',
        fontWeight: 600,
      }),
      Plot.text([s.reference(count ? formatNumber(count.value, lang, count.decimals) : '?', cite, statusLabel(ips.status, lang))], {
        frameAnchor: 'top-left',
        dx: -40,
        dy: -extra - 20,
        text: (d: string) => d,
        textAnchor: 'start',
        lineAnchor: 'top',
        fill: 'currentColor',
      }),
      ...(base.marks ?? []),
    ],
  };
  return { id: sort, label: s.views[sort], plot, table: grouped ? groupTable(groups, lang) : table(e, rows, lang) };
}

function table(e: Evidence, rows: readonly TrialRow[], lang: Lang): DataTable {
  const s = words(lang);
  const pct = (f: Figure) => formatPercent(f.value, lang, f.decimals);
  return {
    columns: [
      { label: t(lang, 'trial') },
      { label: s.columns.year, numeric: true },
      { label: t(lang, 'outcome') },
      { label: s.columns.n, numeric: true },
      { label: t(lang, 'ips'), numeric: true },
      { label: t(lang, 'control'), numeric: true },
      { label: t(lang, 'difference'), numeric: true },
      { label: s.columns.effect, numeric: true },
      { label: t(lang, 'source') },
    ],
    rows: rows.map((r) => [
      { text: r.label },
      { text: r.year !== undefined ? String(r.year) : '—' },
      { text: r.outcome },
      r.n ? { text: formatNumber(r.n.value, lang, r.n.decimals), figure: r.n } : { text: '—' },
      { text: pct(r.intervention), figure: r.intervention },
      { text: pct(r.control), figure: r.control },
      { text: formatPoints(r.diff, lang, r.decimals), derived: `${r.intervention.id} − ${r.control.id}` },
      r.effects.length
        ? { text: r.effects.map((f) => `${s.effectName[f.measure] ?? f.measure} ${formatFigure(f, lang)}`).join('; '), figure: r.effects[0]! }
        : { text: '—' },
      { text: shortCitation(source(e, r.intervention.source), lang) },
    ]),
  };
}

export function individualTrials(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
  const rows = trialRows(e, lang);
  const up = rows.filter((r) => r.diff > 0).length;
  const lo = rows.reduce((a, b) => (b.diff < a.diff ? b : a));
  const hi = rows.reduce((a, b) => (b.diff > a.diff ? b : a));
  const pts = (r: TrialRow, long: boolean) => formatPoints(r.diff, lang, r.decimals, long).replace(/^\+/, '');
  const summary = s.summary(rows.length, up, pts(lo, true).replace(` ${t(lang, 'percentagePoints')}`, ''), pts(hi, true));

  // A trial's other comparison arms, on the same outcome and time point as its headline.
  const otherArms = rows.flatMap((r) =>
    figuresWhere(e, { study: r.study.key, measure: r.intervention.measure })
      .filter((f) => f.timepoint === r.intervention.timepoint && f.group !== r.intervention.group && f.group !== r.control.group)
      .map((f) => ({ r, f })),
  );
  const arm = (r: TrialRow, id: string) => {
    const a = r.study.arms?.find((x) => x.id === id);
    return a ? inLang(a, 'label', lang) : id;
  };
  const grouped = rows.length > GROUP_TRIALS_ABOVE;
  // The trials of the home page's overview that this chart leaves out, named and counted from data/.
  const overview = headlineComparisons(e, inOverview).map((c) => c.study);
  const norway = s.norway(
    overview.length,
    listOf(
      overview.filter((st) => !(NORWEGIAN_INCLUDED as readonly string[]).includes(st.key)).map((st) => studyName(st, lang)),
      lang,
    ),
  );
  const others = rows.filter((r) => !r.competitive);
  // Grouped, the notes that name trials one by one would grow with every trial: they count
  // instead, and each trial's own notes are in the CSV download.
  const notes = grouped
    ? [s.grouped(formatNumber(rows.length, lang), GROUP_TRIALS_ABOVE), s.outcomeNote(s.otherOutcomes(others.length)), norway, s.nNote]
    : [
        s.outcomeNote(others.map((r) => s.counts(r.label, r.measureLabel.toLowerCase())).join('; ')),
        norway,
        s.nNote,
        ...otherArms.map(({ r, f }) =>
          s.otherArm(
            r.label,
            arm(r, f.group).toLowerCase(),
            formatPercent(f.value, lang, f.decimals),
            `${arm(r, r.control.group).toLowerCase()} (${formatPercent(r.control.value, lang, r.control.decimals)})`,
          ),
        ),
        s.wording(
          rows
            .flatMap((r) => {
              // Parts of a note that point to other rows by id are for the data's readers, not the page's.
              const own = [...new Set([inLang(r.intervention, 'note', lang), inLang(r.control, 'note', lang)].flatMap((n) => n?.split(/;\s*/) ?? []))].filter(
                (part) => !part.split(/\s+/).some((w) => e.figures.has(w)),
              );
              return own.length ? [`${r.label}: ${own.join('; ')}`] : [];
            })
            .join('. '),
        ),
      ];
  const reference = [figure(e, REFERENCE.ips), figure(e, REFERENCE.control)];
  const referenceSource = shortCitation(source(e, reference[0]!.source), lang);
  return {
    id: 'individual-trials',
    lang,
    title: grouped ? s.titleGrouped : s.title,
    summary,
    legend: [
      { key: 'intervention', label: t(lang, 'ips') },
      { key: 'control', label: t(lang, 'control') },
    ],
    views: [view(e, rows, 'year', lang, grouped), view(e, rows, 'effect', lang, grouped), view(e, rows, 'size', lang, grouped)],
    figures: [
      ...new Set([...rows.flatMap((r) => [r.intervention, r.control, ...(r.n ? [r.n] : []), ...r.effects]), ...otherArms.map(({ f }) => f), ...reference]),
    ],
    derivations: grouped ? [s.derivation, s.groupDerivation] : [s.derivation],
    notes: [
      ...notes,
      s.referenceNote(
        referenceSource,
        formatPercent(reference[0]!.value, lang, reference[0]!.decimals),
        formatPercent(reference[1]!.value, lang, reference[1]!.decimals),
        statusLabel(reference[0]!.status, lang),
        inLang(reference[0]!, 'note', lang) ?? '',
      ),
    ],
  };
}
