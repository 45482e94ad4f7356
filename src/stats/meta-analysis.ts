/**
 * Random-effects meta-analysis of two-arm trials with a binary outcome (a competitive job:
 * yes or no), computed at build time from the trials' counts in data/.
 *
 * What it does, and why each choice
 * - Effect sizes: log risk ratio (the site's headline effect, relative and easy to read) and
 *   risk difference. A table with a zero cell gets 0.5 added to all four cells, and only such a
 *   table: metafor's `escalc(measure="RR", add=1/2, to="only0")`, the default of the reference
 *   implementation we test against.
 * - τ² by REML (Fisher scoring, exactly as metafor's `rma(method="REML")`), the estimator the Cochrane
 *   Handbook (v6.4, §10.10.4.1) and metafor recommend; DerSimonian–Laird alongside, because most
 *   published IPS reviews used it and a reader may compare.
 * - The pooled estimate's interval by Hartung–Knapp–Sidik–Jonkman (HKSJ): metafor's
 *   `test="knha"`. With few trials the Wald interval is too narrow; HKSJ keeps its coverage.
 * - The 95% prediction interval, where the effect in a new setting like these trials is expected
 *   to fall: μ̂ ± t(k−2) · √(SE_HKSJ² + τ²). The k−2 degrees of freedom follow Higgins, Thompson
 *   & Spiegelhalter (2009) and Riley, Higgins & Deeks (BMJ 2011;342:d549), as the Cochrane
 *   Handbook gives it; the SE is the HKSJ one. This is metafor's
 *   `predict(rma(yi, vi, test="knha"), predtype="Riley")`. metafor's default `predict()` for
 *   `test="knha"` uses k−1 degrees of freedom instead; `predictionInterval(…, 'k-1')` gives that
 *   one, and the tests check it against metafor's own output.
 * - I² and H² as metafor computes them for the chosen τ² (Higgins & Thompson 2002, with the
 *   "typical" within-study variance), so I² follows the estimator.
 *
 * Pure: no I/O. Bad input throws a RangeError saying what was expected and what was found.
 */
import { chiSquareUpperTail, normalCdf, studentTQuantile, studentTTwoSidedP } from './distributions.ts';
import { Z_95, assertValidProportion, meanOfPercentages, riskRatio, type Percent, type Proportion, type ZeroCellCorrection } from './stats.ts';

// ---------------------------------------------------------------------------
// Input

/** One trial as the pool sees it: its two arms' counts, and what it can be grouped by. */
export interface TrialCounts {
  /** The study key in data/studies.yaml. */
  readonly id: string;
  /** The name shown on a chart row. */
  readonly label: string;
  /** Publication year of the primary source: the order of a cumulative meta-analysis. */
  readonly year: number;
  /** Participants who got a competitive job / participants in the IPS arm. */
  readonly ips: Proportion;
  /** The same in the control arm. */
  readonly control: Proportion;
  /** Subgroup labels by grouping, e.g. { region: 'us', comparator: 'active' }. */
  readonly groups: Readonly<Record<string, string>>;
}

/** An effect on the analysis scale with its sampling variance (the `yi`, `vi` of metafor). */
export interface EffectSize {
  readonly estimate: number;
  readonly variance: number;
  readonly correction: ZeroCellCorrection;
}

// ---------------------------------------------------------------------------
// Effect sizes

/**
 * ln(p_ips / p_control) with variance 1/a − 1/n1 + 1/c − 1/n2 (metafor `escalc(measure="RR")`).
 * Zero cells: as metafor's default (`to="only0"`), 0.5 is added to all four cells when any cell
 * is zero. (stats.ts `riskRatio`, used for a single trial's published-style interval, corrects
 * only for zero events; for tables without zero cells, the case of every IPS trial so far, the
 * two agree exactly.)
 */
export function logRiskRatio(ips: Proportion, control: Proportion): EffectSize {
  assertValidProportion(ips, 'logRiskRatio, IPS arm');
  assertValidProportion(control, 'logRiskRatio, control arm');
  if (ips.events === 0 && control.events === 0)
    throw new RangeError(`logRiskRatio: expected events in at least one arm, found 0/${ips.total} and 0/${control.total}; the ratio is not estimable`);
  let a = ips.events;
  let b = ips.total - ips.events;
  let c = control.events;
  let d = control.total - control.events;
  const needsCorrection = a === 0 || b === 0 || c === 0 || d === 0;
  if (needsCorrection) [a, b, c, d] = [a + 0.5, b + 0.5, c + 0.5, d + 0.5];
  const n1 = a + b;
  const n2 = c + d;
  return {
    estimate: Math.log(a / n1 / (c / n2)),
    variance: 1 / a - 1 / n1 + 1 / c - 1 / n2,
    correction: needsCorrection ? 'add-0.5-to-all-cells' : 'none',
  };
}

/**
 * p_ips − p_control (as a fraction) with variance p1(1−p1)/n1 + p2(1−p2)/n2 (metafor
 * `escalc(measure="RD")`). No correction: the difference is finite with zero cells; only a
 * variance of 0 (both arms 0% or both 100%) is refused, as it would take all the weight.
 */
export function riskDifferenceEffect(ips: Proportion, control: Proportion): EffectSize {
  assertValidProportion(ips, 'riskDifferenceEffect, IPS arm');
  assertValidProportion(control, 'riskDifferenceEffect, control arm');
  const p1 = ips.events / ips.total;
  const p2 = control.events / control.total;
  const variance = (p1 * (1 - p1)) / ips.total + (p2 * (1 - p2)) / control.total;
  if (variance === 0)
    throw new RangeError(
      `riskDifferenceEffect: expected a proportion strictly between 0 and 1 in at least one arm, found ${ips.events}/${ips.total} and ${control.events}/${control.total}`,
    );
  return { estimate: p1 - p2, variance, correction: 'none' };
}

// ---------------------------------------------------------------------------
// Pooling

export type Tau2Method = 'REML' | 'DL';

/** A 95% interval on the analysis scale, with how it was made. */
export interface PooledInterval {
  readonly low: number;
  readonly high: number;
  /** 'hksj': t(k−1) × HKSJ SE; 'wald': z × the usual SE. */
  readonly method: 'hksj' | 'wald';
  readonly se: number;
  /** The test statistic (t or z) and its two-sided p-value. */
  readonly statistic: number;
  readonly p: number;
  /** Degrees of freedom of the t distribution; null for the normal. */
  readonly df: number | null;
}

export interface PredictionInterval {
  readonly low: number;
  readonly high: number;
  readonly df: number;
  /** √(SE² + τ²), with the SE of the interval it was built on. */
  readonly se: number;
  readonly method: 'hksj-t(k-2)' | 'hksj-t(k-1)';
}

export interface RandomEffectsResult {
  readonly k: number;
  readonly tau2Method: Tau2Method;
  /** μ̂, the pooled effect on the analysis scale (log RR or RD). */
  readonly estimate: number;
  readonly tau2: number;
  /** Fisher-scoring iterations REML needed (0 for DL). */
  readonly iterations: number;
  /** Cochran's Q from the equal-effects weights, its df (k − 1) and p-value. */
  readonly Q: number;
  readonly df: number;
  readonly pQ: number;
  /** I² in percent and H², for this τ² (metafor's definition). */
  readonly I2: number;
  readonly H2: number;
  /** HKSJ interval (k ≥ 2). */
  readonly hksj: PooledInterval;
  /** Wald interval with the normal distribution, for comparison with older reviews. */
  readonly wald: PooledInterval;
  /** t(k−2) prediction interval; null with fewer than 3 trials (no degrees of freedom left). */
  readonly prediction: PredictionInterval | null;
  /** Each trial's share of the random-effects weight, in percent, in input order. */
  readonly weightsPercent: readonly number[];
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function assertEffects(effects: readonly Pick<EffectSize, 'estimate' | 'variance'>[], fn: string): void {
  if (effects.length < 2) throw new RangeError(`${fn}: expected at least 2 trials to pool, found ${effects.length}`);
  effects.forEach((e, i) => {
    if (!Number.isFinite(e.estimate)) throw new RangeError(`${fn}: trial ${i}: expected a finite estimate, found ${e.estimate}`);
    if (!(e.variance > 0) || !Number.isFinite(e.variance)) throw new RangeError(`${fn}: trial ${i}: expected a positive finite variance, found ${e.variance}`);
  });
}

/** Weighted mean with weights w. */
function weightedMean(y: readonly number[], w: readonly number[]): number {
  return sum(y.map((yi, i) => yi * w[i]!)) / sum(w);
}

/** DerSimonian & Laird (1986) moment estimator, truncated at 0. */
export function tau2DerSimonianLaird(effects: readonly Pick<EffectSize, 'estimate' | 'variance'>[]): number {
  assertEffects(effects, 'tau2DerSimonianLaird');
  const y = effects.map((e) => e.estimate);
  const w = effects.map((e) => 1 / e.variance);
  const mu = weightedMean(y, w);
  const Q = sum(y.map((yi, i) => w[i]! * (yi - mu) ** 2));
  const sw = sum(w);
  const c = sw - sum(w.map((wi) => wi * wi)) / sw;
  return Math.max(0, (Q - (y.length - 1)) / c);
}

/** Hedges (1983) / metafor "HE" estimator: metafor's starting value for REML, truncated at 0. */
function tau2Hedges(y: readonly number[], v: readonly number[]): number {
  const k = y.length;
  const mean = sum(y) / k;
  const rss = sum(y.map((yi) => (yi - mean) ** 2));
  return Math.max(0, (rss - sum(v) * (1 - 1 / k)) / (k - 1));
}

/**
 * Restricted maximum likelihood by Fisher scoring, step for step as metafor's rma.uni does it
 * (R/rma.uni.r): start from the Hedges estimate, τ² ← τ² + (Σ w²(y − μ̂)² − tr P) / tr(P²) with
 * w = 1/(v + τ²) and P = W − w wᵀ/Σw, halve a step that would go below 0, stop when τ² moves
 * less than 1e-5. Copying its start and stopping rule (not just its target) makes the site's
 * numbers metafor's to every printed decimal: REML's likelihood can be flat enough that a
 * different stopping point shows in the 4th decimal of an interval.
 */
export function tau2Reml(effects: readonly Pick<EffectSize, 'estimate' | 'variance'>[]): { tau2: number; iterations: number } {
  assertEffects(effects, 'tau2Reml');
  const y = effects.map((e) => e.estimate);
  const v = effects.map((e) => e.variance);
  let tau2 = tau2Hedges(y, v);
  for (let iteration = 1; iteration <= 100; iteration++) {
    const w = v.map((vi) => 1 / (vi + tau2));
    const sw = sum(w);
    const sw2 = sum(w.map((wi) => wi * wi));
    const sw3 = sum(w.map((wi) => wi ** 3));
    const mu = weightedMean(y, w);
    const traceP = sw - sw2 / sw;
    const tracePP = sw2 - (2 * sw3) / sw + (sw2 * sw2) / (sw * sw);
    const yPPy = sum(y.map((yi, i) => w[i]! ** 2 * (yi - mu) ** 2));
    let step = (yPPy - traceP) / tracePP;
    while (tau2 + step < 0) step /= 2;
    const previous = tau2;
    tau2 += step;
    if (Math.abs(tau2 - previous) <= 1e-5) return { tau2, iterations: iteration };
  }
  throw new RangeError("tau2Reml: expected Fisher scoring to converge within 100 iterations (metafor's limit), found no convergence");
}

/** Random-effects meta-analysis of effects on one scale. */
export function randomEffects(effects: readonly Pick<EffectSize, 'estimate' | 'variance'>[], tau2Method: Tau2Method = 'REML'): RandomEffectsResult {
  assertEffects(effects, 'randomEffects');
  const k = effects.length;
  const y = effects.map((e) => e.estimate);
  const v = effects.map((e) => e.variance);

  // Heterogeneity from the equal-effects (inverse-variance) fit, as Cochran defined Q.
  const wFixed = v.map((vi) => 1 / vi);
  const muFixed = weightedMean(y, wFixed);
  const Q = sum(y.map((yi, i) => wFixed[i]! * (yi - muFixed) ** 2));
  const df = k - 1;

  const { tau2, iterations } = tau2Method === 'REML' ? tau2Reml(effects) : { tau2: tau2DerSimonianLaird(effects), iterations: 0 };

  const w = v.map((vi) => 1 / (vi + tau2));
  const sw = sum(w);
  const estimate = weightedMean(y, w);
  const seWald = Math.sqrt(1 / sw);

  // metafor: typical within-study variance s² = (k−1)Σw / ((Σw)² − Σw²), I² = τ²/(τ² + s²).
  const swF = sum(wFixed);
  const s2 = (df * swF) / (swF * swF - sum(wFixed.map((x) => x * x)));
  const I2 = (100 * tau2) / (tau2 + s2);
  const H2 = (tau2 + s2) / s2;

  const zWald = estimate / seWald;
  const wald: PooledInterval = {
    low: estimate - Z_95 * seWald,
    high: estimate + Z_95 * seWald,
    method: 'wald',
    se: seWald,
    statistic: zWald,
    p: 2 * (1 - normalCdf(Math.abs(zWald))),
    df: null,
  };

  // HKSJ (Knapp & Hartung 2003): SE² = Σ w(y − μ̂)² / ((k−1) Σw), t with k−1 df; not truncated
  // at the Wald SE (metafor's "knha", not its "adhoc").
  const seHksj = Math.sqrt(sum(y.map((yi, i) => w[i]! * (yi - estimate) ** 2)) / (df * sw));
  const tCrit = studentTQuantile(0.975, df);
  const tHksj = estimate / seHksj;
  const hksj: PooledInterval = {
    low: estimate - tCrit * seHksj,
    high: estimate + tCrit * seHksj,
    method: 'hksj',
    se: seHksj,
    statistic: tHksj,
    p: studentTTwoSidedP(tHksj, df),
    df,
  };

  const weightsPercent = w.map((wi) => (100 * wi) / sw);
  const base = { k, tau2Method, estimate, tau2, iterations, Q, df, pQ: chiSquareUpperTail(Q, df), I2, H2, hksj, wald, weightsPercent };
  return { ...base, prediction: k >= 3 ? predictionInterval(base, 'k-2') : null };
}

/**
 * The 95% prediction interval μ̂ ± t · √(SE_HKSJ² + τ²). 'k-2' (the site's): Riley et al. 2011,
 * metafor `predtype="Riley"`. 'k-1': metafor's default `predict()` after `test="knha"`.
 */
export function predictionInterval(fit: Pick<RandomEffectsResult, 'k' | 'estimate' | 'tau2' | 'hksj'>, dfRule: 'k-2' | 'k-1' = 'k-2'): PredictionInterval {
  const df = dfRule === 'k-2' ? fit.k - 2 : fit.k - 1;
  if (df < 1) throw new RangeError(`predictionInterval: expected at least ${dfRule === 'k-2' ? 3 : 2} trials, found ${fit.k}`);
  const se = Math.sqrt(fit.hksj.se ** 2 + fit.tau2);
  const crit = studentTQuantile(0.975, df);
  return {
    low: fit.estimate - crit * se,
    high: fit.estimate + crit * se,
    df,
    se,
    method: dfRule === 'k-2' ? 'hksj-t(k-2)' : 'hksj-t(k-1)',
  };
}

// ---------------------------------------------------------------------------
// The IPS pool: risk ratios, back-transformed

/** A ratio with its 95% interval, on the ratio scale. */
export interface RatioWithInterval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

export interface TrialRow {
  readonly trial: TrialCounts;
  readonly logRR: EffectSize;
  /** The trial's own risk ratio with its 95% interval (Katz log method, stats.ts `riskRatio`). */
  readonly rr: RatioWithInterval;
  /** Share of the random-effects (REML) weight, percent. */
  readonly weightPercent: number;
}

export interface PooledRiskRatio {
  readonly k: number;
  readonly participants: number;
  readonly trials: readonly TrialRow[];
  /** REML fit on the log scale: the full detail. */
  readonly reml: RandomEffectsResult;
  /** DL fit, for comparison. */
  readonly dl: RandomEffectsResult;
  /** REML + HKSJ, back-transformed. */
  readonly rr: RatioWithInterval;
  /** The prediction interval back-transformed; null with fewer than 3 trials. */
  readonly prediction: { readonly low: number; readonly high: number } | null;
  /** The same with DL + HKSJ. */
  readonly rrDl: RatioWithInterval;
}

const exp = Math.exp;

/** Pools the trials' risk ratios (REML τ², HKSJ interval, t(k−2) prediction interval). */
export function poolRiskRatios(trials: readonly TrialCounts[]): PooledRiskRatio {
  if (trials.length < 2) throw new RangeError(`poolRiskRatios: expected at least 2 trials, found ${trials.length}`);
  const effects = trials.map((t) => {
    try {
      return logRiskRatio(t.ips, t.control);
    } catch (e) {
      throw new RangeError(`poolRiskRatios, trial "${t.id}": ${(e as Error).message}`, { cause: e });
    }
  });
  const reml = randomEffects(effects, 'REML');
  const dl = randomEffects(effects, 'DL');
  return {
    k: trials.length,
    participants: sum(trials.map((t) => t.ips.total + t.control.total)),
    trials: trials.map((trial, i) => {
      // The trial's own interval is stats.ts's Katz log interval, as on the rest of the site.
      const { estimate, low, high } = riskRatio(trial.ips, trial.control);
      return { trial, logRR: effects[i]!, rr: { estimate, low, high }, weightPercent: reml.weightsPercent[i]! };
    }),
    reml,
    dl,
    rr: { estimate: exp(reml.estimate), low: exp(reml.hksj.low), high: exp(reml.hksj.high) },
    prediction: reml.prediction ? { low: exp(reml.prediction.low), high: exp(reml.prediction.high) } : null,
    rrDl: { estimate: exp(dl.estimate), low: exp(dl.hksj.low), high: exp(dl.hksj.high) },
  };
}

/**
 * Cumulative meta-analysis by publication year: after each year, all trials published up to
 * and including that year are pooled again (metafor `cumul(res, order=year, collapse=TRUE)`).
 * A year with fewer than 2 trials so far gives no pooled estimate (`pooled: null`), not a
 * single trial passed off as a pool.
 */
export interface CumulativeStep {
  readonly year: number;
  /** Trials added in this year. */
  readonly added: readonly TrialCounts[];
  /** Trials in the pool so far. */
  readonly k: number;
  readonly participants: number;
  readonly pooled: PooledRiskRatio | null;
}

export function cumulativeByYear(trials: readonly TrialCounts[]): CumulativeStep[] {
  const years = [...new Set(trials.map((t) => t.year))].sort((a, b) => a - b);
  const steps: CumulativeStep[] = [];
  for (const year of years) {
    const soFar = trials.filter((t) => t.year <= year);
    steps.push({
      year,
      added: trials.filter((t) => t.year === year),
      k: soFar.length,
      participants: sum(soFar.map((t) => t.ips.total + t.control.total)),
      pooled: soFar.length >= 2 ? poolRiskRatios(soFar) : null,
    });
  }
  return steps;
}

// ---------------------------------------------------------------------------
// Descriptions a reader asks for

/**
 * The unweighted mean of each arm's employment rate across trials, in percent: what a
 * "55% vs 23%" headline usually is. Each trial counts once whatever its size and no interval
 * is given: it describes the trials, it is not a pooled estimate (that is `poolRiskRatios`).
 * Takes rates, not counts, so it can average the percentages the trials published.
 */
export function unweightedArmMeans(rates: readonly { ips: Percent; control: Percent }[]): {
  ipsPercent: Percent;
  controlPercent: Percent;
  k: number;
  method: 'unweighted-mean';
} {
  if (rates.length === 0) throw new RangeError('unweightedArmMeans: expected at least one trial, found none');
  return {
    ipsPercent: meanOfPercentages(rates.map((r) => r.ips)).estimate,
    controlPercent: meanOfPercentages(rates.map((r) => r.control)).estimate,
    k: rates.length,
    method: 'unweighted-mean',
  };
}

/**
 * The pooled risk ratio as natural frequencies per 100 people: the control risk is the MEDIAN
 * of the trials' control-arm rates (a typical control risk, not pulled by one unusual trial),
 * and the IPS figure is that risk times the pooled RR, with the RR's interval carried over.
 * Capped at 100: a ratio cannot make more than everyone employed.
 */
export interface NaturalFrequencies {
  readonly per: 100;
  readonly controlPer100: number;
  readonly ipsPer100: number;
  readonly ipsLowPer100: number;
  readonly ipsHighPer100: number;
  readonly controlRiskBasis: 'median-control-rate';
}

export function naturalFrequencies(pool: PooledRiskRatio): NaturalFrequencies {
  const rates = pool.trials.map((t) => t.trial.control.events / t.trial.control.total).sort((a, b) => a - b);
  const mid = Math.floor(rates.length / 2);
  const median = rates.length % 2 ? rates[mid]! : (rates[mid - 1]! + rates[mid]!) / 2;
  const per100 = (r: number) => Math.min(100, 100 * median * r);
  return {
    per: 100,
    controlPer100: 100 * median,
    ipsPer100: per100(pool.rr.estimate),
    ipsLowPer100: per100(pool.rr.low),
    ipsHighPer100: per100(pool.rr.high),
    controlRiskBasis: 'median-control-rate',
  };
}

/** Trials grouped by one grouping field (e.g. 'region'), each group pooled where it has ≥ 2 trials. */
export function subgroups(trials: readonly TrialCounts[], grouping: string): Array<{ group: string; trials: TrialCounts[]; pooled: PooledRiskRatio | null }> {
  const byGroup = new Map<string, TrialCounts[]>();
  for (const t of trials) {
    const g = t.groups[grouping];
    if (g === undefined) throw new RangeError(`subgroups: trial "${t.id}": expected a value for grouping "${grouping}", found none`);
    const list = byGroup.get(g);
    if (list) list.push(t);
    else byGroup.set(g, [t]);
  }
  return [...byGroup].map(([group, list]) => ({ group, trials: list, pooled: list.length >= 2 ? poolRiskRatios(list) : null }));
}
