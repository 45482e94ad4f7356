/**
 * Cumulative meta-analysis of the IPS trials: after each publication year, every trial
 * published so far is pooled again (REML, Hartung–Knapp–Sidik–Jonkman), so a reader sees how
 * the estimate and its uncertainty changed as evidence came in — the honest version of "11,
 * then 22, then 28 trials", which counts trials without saying what they add up to.
 * A year with one trial so far shows that trial's own result, marked as not pooled.
 */
import type { Evidence } from '../lib/data/load.ts';
import type { Figure } from '../lib/data/schemas.ts';
import { formatNumber } from '../lib/format.ts';
import type { Lang } from '../i18n/index.ts';
import { cumulativeByYear, logRiskRatio } from '../lib/meta-analysis.ts';
import { Z_95 } from '../lib/stats.ts';
import type { PooledTrial } from '../lib/synthesis.ts';
import { ipsPool, methodText, pooledFigures, ratio, ratioWithCi } from './ips-pool.ts';
import { pooledForestPlot, type PooledForestRow } from './pooled-forest.ts';
import type { ChartSpec, DataTable, StoryStep, TableCell } from './spec.ts';

const text = {
  en: {
    title: 'IPS trials pooled year by year: how the estimate changed as trials were published',
    axis: 'Pooled risk ratio, IPS vs comparison (log scale)',
    view: 'By year',
    label: (year: number, k: number) => `${year} · ${k === 1 ? '1 trial' : `${k} trials`}`,
    single: (year: number) => `${year} · 1 trial, not pooled`,
    added: (list: string) => `added: ${list}`,
    participants: (n: string) => `${n} people`,
    title_: (label: string, rr: string, n: string) => `${label} · pooled risk ratio ${rr}, ${n} participants`,
    titleSingle: (label: string, rr: string) => `${label} · this trial's risk ratio ${rr}`,
    legend: 'Pooled risk ratio of a competitive job with IPS after each year, with its 95% confidence interval (diamond); a square is a single trial, not pooled',
    summary: (y0: number, k0: number, r0: string, c0: string, y1: number, k1: number, r1: string, c1: string) =>
      `Pooling the trials in the order they were published, the risk ratio was ${r0} (95% CI ${c0}) with ${k0} trials in ${y0}, and ${r1} (95% CI ${c1}) with ${k1} trials in ${y1}.`,
    summaryOne: (y: number, k: number, r: string, c: string) => `Pooled after ${y}, with ${k} trials, the risk ratio is ${r} (95% CI ${c}).`,
    step: (year: number, k: number, rr: string) => `${year}: ${k} ${k === 1 ? 'trial' : 'trials'}, ${rr}.`,
    columns: { year: 'Year', added: 'Trials added', k: 'Trials so far', n: 'Participants so far', rr: 'Risk ratio (95% CI)' },
    derivedPooled: 'random-effects meta-analysis of the trials so far: REML, Hartung–Knapp–Sidik–Jonkman',
    derivedSingle: 'this trial’s risk ratio from its counts, not pooled',
    note: 'Each row pools every trial published up to that year, so the rows are not independent: a later row contains the trials of every earlier one.',
  },
  nb: {
    title: 'IPS-studiene slått sammen år for år: hvordan estimatet endret seg etter hvert som studier ble publisert',
    axis: 'Samlet risikoratio, IPS mot sammenligning (log-skala)',
    view: 'Etter år',
    label: (year: number, k: number) => `${year} · ${k === 1 ? '1 studie' : `${k} studier`}`,
    single: (year: number) => `${year} · 1 studie, ikke slått sammen`,
    added: (list: string) => `lagt til: ${list}`,
    participants: (n: string) => `${n} personer`,
    title_: (label: string, rr: string, n: string) => `${label} · samlet risikoratio ${rr}, ${n} deltakere`,
    titleSingle: (label: string, rr: string) => `${label} · denne studiens risikoratio ${rr}`,
    legend: 'Samlet risikoratio for ordinært arbeid med IPS etter hvert år, med 95 %-konfidensintervall (rute); et kvadrat er én studie, ikke slått sammen',
    summary: (y0: number, k0: number, r0: string, c0: string, y1: number, k1: number, r1: string, c1: string) =>
      `Når studiene slås sammen i den rekkefølgen de ble publisert, var risikoratioen ${r0} (95 % KI ${c0}) med ${k0} studier i ${y0}, og ${r1} (95 % KI ${c1}) med ${k1} studier i ${y1}.`,
    summaryOne: (y: number, k: number, r: string, c: string) => `Samlet etter ${y}, med ${k} studier, er risikoratioen ${r} (95 % KI ${c}).`,
    step: (year: number, k: number, rr: string) => `${year}: ${k} ${k === 1 ? 'studie' : 'studier'}, ${rr}.`,
    columns: { year: 'År', added: 'Studier lagt til', k: 'Studier hittil', n: 'Deltakere hittil', rr: 'Risikoratio (95 % KI)' },
    derivedPooled: 'metaanalyse med tilfeldige effekter av studiene hittil: REML, Hartung–Knapp–Sidik–Jonkman',
    derivedSingle: 'denne studiens risikoratio fra antallene, ikke slått sammen',
    note: 'Hver rad slår sammen alle studier publisert til og med det året, så radene er ikke uavhengige: en senere rad inneholder studiene fra alle tidligere rader.',
  },
} as const;

/** "1.98 (95% CI 1.48–2.65)", for hover and screen readers. */
const ciWords = (r: { estimate: number; low: number; high: number }, lang: Lang) =>
  `${ratio(r.estimate, lang)} (${lang === 'nb' ? '95 % KI' : '95% CI'} ${ratio(r.low, lang)}–${ratio(r.high, lang)})`;

const ci = (r: { low: number; high: number }, lang: Lang) => `${ratio(r.low, lang)}–${ratio(r.high, lang)}`;

export function ipsCumulative(e: Evidence, lang: Lang): ChartSpec {
  const s = text[lang];
  const { trials, figures } = ipsPool(e, lang);
  const steps = cumulativeByYear(trials);
  const computed: Figure[] = [];
  const rows: PooledForestRow[] = steps.map((st) => {
    const step = `step-y${st.year}`;
    const added = s.added(st.added.map((t) => t.label).join(', '));
    const n = formatNumber(st.participants, lang);
    if (!st.pooled) {
      // One trial so far: its own risk ratio (Katz log interval), drawn as a trial, not a pool.
      const only = st.added[0]!;
      const y = logRiskRatio(only.ips, only.control);
      const m = Z_95 * Math.sqrt(y.variance);
      const r = { estimate: Math.exp(y.estimate), low: Math.exp(y.estimate - m), high: Math.exp(y.estimate + m) };
      const label = s.single(st.year);
      return { kind: 'trial', label, valueText: ratioWithCi(r, lang), detail: `${added} · ${s.participants(n)}`, ...r, size: 6, title: s.titleSingle(label, ciWords(r, lang)), step };
    }
    computed.push(...pooledFigures(`ips-cumulative-${st.year}`, st.pooled, trials.filter((t) => t.year <= st.year), `cumulative pooled risk ratio, trials published up to ${st.year}`).slice(0, 1));
    const label = s.label(st.year, st.k);
    return {
      kind: 'pooled',
      label,
      valueText: ratioWithCi(st.pooled.rr, lang),
      detail: `${added} · ${s.participants(n)}`,
      estimate: st.pooled.rr.estimate,
      low: st.pooled.rr.low,
      high: st.pooled.rr.high,
      title: s.title_(label, ciWords(st.pooled.rr, lang), n),
      step,
    };
  });

  const table: DataTable = {
    columns: [{ label: s.columns.year }, { label: s.columns.added }, { label: s.columns.k, numeric: true }, { label: s.columns.n, numeric: true }, { label: s.columns.rr, numeric: true }],
    rows: steps.map((st, i): TableCell[] => [
      { text: String(st.year) },
      { text: st.added.map((t) => t.label).join(', ') },
      { text: formatNumber(st.k, lang) },
      { text: formatNumber(st.participants, lang) },
      { text: rows[i]!.valueText, derived: st.pooled ? s.derivedPooled : s.derivedSingle },
    ]),
  };

  const pooledSteps = steps.filter((st) => st.pooled);
  const first = pooledSteps[0];
  const last = pooledSteps.at(-1);
  if (!first || !last) throw new Error('ips-cumulative: fewer than 2 trials have counts per arm, so nothing can be pooled (data/README.md, "Trials in the site\'s meta-analysis").');
  const summary =
    first === last
      ? s.summaryOne(last.year, last.k, ratio(last.pooled!.rr.estimate, lang), ci(last.pooled!.rr, lang))
      : s.summary(first.year, first.k, ratio(first.pooled!.rr.estimate, lang), ci(first.pooled!.rr, lang), last.year, last.k, ratio(last.pooled!.rr.estimate, lang), ci(last.pooled!.rr, lang));

  const story: StoryStep[] = steps.map((st, i) => ({
    caption: s.step(st.year, st.k, rows[i]!.valueText),
    show: steps.slice(0, i + 1).map((x) => `step-y${x.year}`),
  }));

  return {
    id: 'ips-cumulative',
    lang,
    title: s.title,
    summary,
    legend: [{ key: 'intervention', label: s.legend }],
    views: [{ id: 'by-year', label: s.view, plot: pooledForestPlot(rows, { lang, axisLabel: s.axis }), table }],
    figures: [...figures, ...computed],
    derivations: [methodText[lang]],
    notes: [s.note],
    steps: story,
  };
}

/** For tests: the trials each cumulative row pools. */
export function trialsUpTo(trials: readonly PooledTrial[], year: number): PooledTrial[] {
  return trials.filter((t) => t.year <= year);
}
