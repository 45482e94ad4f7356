/**
 * Cumulative meta-analysis of the IPS trials: after each publication year, every trial
 * published so far is pooled again (REML, Hartung–Knapp–Sidik–Jonkman), so a reader sees how
 * the estimate and its uncertainty changed as evidence came in — the honest version of "11,
 * then 22, then 28 trials", which counts trials without saying what they add up to.
 * A year with one trial so far shows that trial's own result, marked as not pooled.
 */
import type { Evidence } from '../data/load.ts';
import type { Figure } from '../data/schemas.ts';
import { formatNumber } from '../i18n/format.ts';
import { type Lang, messages } from '../i18n/index.ts';
import { cumulativeByYear, logRiskRatio } from '../stats/meta-analysis.ts';
import { Z_95 } from '../stats/stats.ts';
import type { PooledTrial } from '../stats/synthesis.ts';
import { ciWords, ipsPool, methodText, pooledFigures, ratio, ratioWithCi } from './ips-pool.ts';
import { pooledForestPlot, type PooledForestRow } from './shapes/pooled-forest.ts';
import type { ChartSpec, DataTable, StoryStep, TableCell } from './spec.ts';

const words = (lang: Lang) => messages(lang).charts.ipsCumulative;

const ci = (r: { low: number; high: number }, lang: Lang) => `${ratio(r.low, lang)}–${ratio(r.high, lang)}`;

export function ipsCumulative(e: Evidence, lang: Lang): ChartSpec {
  const s = words(lang);
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
      return {
        kind: 'trial',
        label,
        valueText: ratioWithCi(r, lang),
        detail: `${added} · ${s.participants(n)}`,
        ...r,
        size: 6,
        title: s.titleSingle(label, ciWords(r, lang)),
        step,
      };
    }
    computed.push(
      ...pooledFigures(
        `ips-cumulative-${st.year}`,
        st.pooled,
        trials.filter((t) => t.year <= st.year),
        `cumulative pooled risk ratio, trials published up to ${st.year}`,
      ).slice(0, 1),
    );
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
    columns: [
      { label: s.columns.year },
      { label: s.columns.added },
      { label: s.columns.k, numeric: true },
      { label: s.columns.n, numeric: true },
      { label: s.columns.rr, numeric: true },
    ],
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
  if (!first || !last)
    throw new Error(
      'ips-cumulative: fewer than 2 trials have counts per arm, so nothing can be pooled (data/README.md, "Trials in the site\'s meta-analysis").',
    );
  const summary =
    first === last
      ? s.summaryOne(last.year, last.k, ratio(last.pooled!.rr.estimate, lang), ci(last.pooled!.rr, lang))
      : s.summary(
          first.year,
          first.k,
          ratio(first.pooled!.rr.estimate, lang),
          ci(first.pooled!.rr, lang),
          last.year,
          last.k,
          ratio(last.pooled!.rr.estimate, lang),
          ci(last.pooled!.rr, lang),
        );

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
    derivations: [methodText(lang)],
    notes: [s.note],
    steps: story,
  };
}

/** For tests: the trials each cumulative row pools. */
export function trialsUpTo(trials: readonly PooledTrial[], year: number): PooledTrial[] {
  return trials.filter((t) => t.year <= year);
}
