/**
 * What the three charts of the site's own meta-analysis share (ips-trials-forest,
 * ips-cumulative, ips-labbe): the pool of trials from data/, pooled once per evidence object,
 * the figures computed from it (for the CSV, marked derived), and the words for the method.
 */
import type { Evidence } from '../data/load.ts';
import type { Figure } from '../data/schemas.ts';
import { computedFigure, shortCitation, source, synthesisPool } from '../data/evidence.ts';
import { formatNumber } from '../i18n/format.ts';
import { messages, type Lang } from '../i18n/index.ts';
import { poolRiskRatios, type PooledRiskRatio, type RatioWithInterval } from '../stats/meta-analysis.ts';
import { figuresOfPooledTrial, type PooledTrial } from '../stats/synthesis.ts';

/** The pool these charts show: IPS for severe mental illness, outcome competitive employment. */
export const POOL = 'ips' as const;

export interface IpsPool {
  trials: PooledTrial[];
  /** Null while fewer than 2 trials have counts: the charts then say so instead of pooling. */
  pooled: PooledRiskRatio | null;
  /** Every data row behind the trials' numbers. */
  figures: Figure[];
}

const cache = new WeakMap<Evidence, Map<Lang, IpsPool>>();

export function ipsPool(e: Evidence, lang: Lang): IpsPool {
  let byLang = cache.get(e);
  if (!byLang) cache.set(e, (byLang = new Map()));
  let pool = byLang.get(lang);
  if (!pool) {
    const trials = synthesisPool(e, POOL, lang);
    const rows = trials.flatMap(figuresOfPooledTrial);
    // A derived count rests on the rows its formula names (e.g. an arm size quoted in a news
    // article): they are listed too, so their sources appear under the chart.
    const inputs = rows.filter((f) => f.status === 'derived' && f.formula).flatMap((f) => formulaRows(e, f.formula!));
    pool = { trials, pooled: trials.length >= 2 ? poolRiskRatios(trials) : null, figures: [...new Set([...rows, ...inputs])] };
    byLang.set(lang, pool);
  }
  return pool;
}

/** The figures a formula names by id, in the order named. */
function formulaRows(e: Evidence, formula: string): Figure[] {
  return (formula.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []).flatMap((id) => {
    const f = e.figures.get(id);
    return f ? [f] : [];
  });
}

/** Ratios are shown with 2 decimals: enough to tell trials apart, not more than the data hold. */
export const ratio = (x: number, lang: Lang) => formatNumber(x, lang, 2);
export const ratioWithCi = (r: RatioWithInterval, lang: Lang) => `${ratio(r.estimate, lang)} (${ratio(r.low, lang)}–${ratio(r.high, lang)})`;
/** "1.98 (95% CI 1.48–2.65)": a ratio with its interval in words, for hover and screen readers. */
export const ciWords = (r: { estimate: number; low: number; high: number }, lang: Lang) =>
  `${ratio(r.estimate, lang)} (${messages(lang).format.ci} ${ratio(r.low, lang)}–${ratio(r.high, lang)})`;
/** How the pool is computed, in the reader's language, for a chart's derivations note. */
export const methodText = (lang: Lang) => messages(lang).chartCommon.poolMethod;
export const percent0 = (x: number, lang: Lang) => formatNumber(x, lang, 0);

/** A computed figure's numbers are kept to 4 decimals: what the CSV carries. */
const keep = (x: number) => Number(x.toFixed(4));

/** The trials' rows named in a computed figure's method, so a reader can redo it. */
export function inputRows(trials: readonly PooledTrial[]): string {
  return trials.map((t) => `${t.ipsArm.countRow.id}, ${t.controlArm.countRow.id}`).join('; ');
}

export const METHOD_EN = 'random-effects meta-analysis of log risk ratios: τ² by REML, 95% confidence interval by Hartung–Knapp–Sidik–Jonkman (t, k−1 df)';

/** The pooled risk ratio (and, when given, its prediction interval) as rows for the CSV. */
export function pooledFigures(idPrefix: string, pooled: PooledRiskRatio, trials: readonly PooledTrial[], what: string): Figure[] {
  const out = [
    computedFigure({
      id: `${idPrefix}-rr`,
      measure: 'risk-ratio',
      group: 'ips',
      comparator: 'control',
      unit: 'ratio',
      value: keep(pooled.rr.estimate),
      ci_low: keep(pooled.rr.low),
      ci_high: keep(pooled.rr.high),
      decimals: 4,
      method: `${what}: ${METHOD_EN}, from ${inputRows(trials)}`,
      note: `${pooled.k} trials, ${pooled.participants} participants`,
    }),
  ];
  if (pooled.prediction)
    out.push(
      computedFigure({
        id: `${idPrefix}-prediction-interval`,
        measure: 'risk-ratio',
        group: 'ips',
        comparator: 'control',
        unit: 'ratio',
        value: keep(pooled.rr.estimate),
        ci_low: keep(pooled.prediction.low),
        ci_high: keep(pooled.prediction.high),
        decimals: 4,
        method: `${what}: 95% prediction interval (in ci_low, ci_high) of the ${METHOD_EN}; t with k−2 df and the Hartung–Knapp–Sidik–Jonkman SE, from ${inputRows(trials)}`,
        note: `${pooled.k} trials`,
      }),
    );
  return out;
}

/** The short citation of a trial's primary source, for tables. */
export function trialCitation(e: Evidence, t: PooledTrial, lang: Lang): string {
  return shortCitation(source(e, t.study.primary_source ?? t.ipsArm.headline.source), lang);
}

/** Trials whose counts were computed from a percentage and an arm size (derived rows). */
export function approximateCounts(trials: readonly PooledTrial[]): PooledTrial[] {
  return trials.filter((t) => t.ipsArm.countRow.status === 'derived' || t.controlArm.countRow.status === 'derived');
}
