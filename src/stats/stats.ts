/**
 * Derived statistics: the ONE place the site computes a figure that a source did
 * not publish. Every number made here is shown on the site as "derived", together
 * with the `method` this module returns, so a reader can redo the arithmetic.
 *
 * Conventions
 * - Proportions are fractions 0–1 in computation; names ending in `Percent` hold
 *   0–100 values and `PercentagePoints` hold differences of percentages.
 * - Differences and ratios are always arm `a` relative to arm `b`
 *   (by convention a = IPS, b = comparison service).
 * - Every interval is a two-sided 95% interval. The level is part of the result
 *   type, so a caller cannot display an interval with the wrong level.
 * - Pure: no I/O, no DOM, no global state. Bad input throws a RangeError that says
 *   what was expected and what was found, so the data validator can report it.
 */

/** A fraction in [0, 1]. */
export type Fraction = number;
/** A percentage in [0, 100]. */
export type Percent = number;
/** A difference of two percentages, in percentage points. */
export type PercentagePoints = number;

/** Published counts: `events` participants with the outcome out of `total`. */
export type Proportion = { readonly events: number; readonly total: number };

/** The site reports 95% intervals only; widen this union if that ever changes. */
export type ConfidenceLevel = 0.95;

/**
 * The 97.5th percentile of the standard normal distribution, qnorm(0.975), to
 * double precision. Using it instead of the rounded 1.96 reproduces published
 * tables (e.g. Newcombe 1998) to the fourth decimal.
 */
export const Z_95 = 1.959963984540054;

export type IntervalMethod = 'wilson' | 'wald' | 'newcombe-hybrid-score' | 'katz-log' | 'woolf-logit';

/** The two methods `riskDifference` offers; both give an interval on the fraction scale. */
export type DifferenceMethod = 'wald' | 'newcombe-hybrid-score';

/** A point estimate with a 95% interval, and the method that produced the interval. */
export type Interval<M extends IntervalMethod = IntervalMethod> = {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  readonly method: M;
  readonly level: ConfidenceLevel;
};

/**
 * What was done about a zero cell in a 2×2 table. 'add-0.5-to-all-cells' is the
 * Haldane–Anscombe correction, as RevMan applies it: 0.5 is added to events and
 * non-events of both arms (so each total grows by 1), and both the estimate and the
 * interval come from the corrected table.
 */
export type ZeroCellCorrection = 'none' | 'add-0.5-to-all-cells';

export type RatioInterval<M extends 'katz-log' | 'woolf-logit'> = Interval<M> & {
  readonly correction: ZeroCellCorrection;
};

// ---------------------------------------------------------------------------
// Validation

/**
 * Throws a RangeError unless `p` is a usable published proportion: integer counts,
 * 0 ≤ events ≤ total, total > 0. `label` names the input in the message.
 */
export function assertValidProportion(p: Proportion, label = 'proportion'): void {
  const { events, total } = p;
  if (!Number.isInteger(total) || total <= 0) {
    throw new RangeError(`${label}: expected total to be a positive integer, found ${total}`);
  }
  if (!Number.isInteger(events) || events < 0) {
    throw new RangeError(`${label}: expected events to be a non-negative integer, found ${events}`);
  }
  if (events > total) {
    throw new RangeError(`${label}: expected events ≤ total, found ${events} events out of ${total}`);
  }
}

// ---------------------------------------------------------------------------
// One proportion

/** The observed proportion as a percentage (0–100), unrounded. */
export function percentFromCounts(p: Proportion): Percent {
  assertValidProportion(p, 'percentFromCounts');
  return (100 * p.events) / p.total;
}

/**
 * Wilson score interval for one proportion (Wilson 1927; method 3 in Newcombe,
 * Stat Med 1998;17:857–872). Chosen because, unlike the Wald interval, it stays
 * inside [0, 1] and keeps near-nominal coverage with small counts or 0 events.
 * `estimate` is the observed proportion events/total, not the Wilson midpoint.
 */
export function wilsonInterval(p: Proportion): Interval<'wilson'> {
  assertValidProportion(p, 'wilsonInterval');
  const { low, high } = wilsonBounds(p.events, p.total, Z_95);
  return { estimate: p.events / p.total, low, high, method: 'wilson', level: 0.95 };
}

function wilsonBounds(events: number, total: number, z: number): { low: number; high: number } {
  const z2 = z * z;
  const centre = (events + z2 / 2) / (total + z2);
  const halfWidth = (z * Math.sqrt((events * (total - events)) / total + z2 / 4)) / (total + z2);
  // At 0 or all events the bound is exactly 0 or 1; pin it so rounding noise
  // cannot show up as "−0.0%" or "100.0%" computed as 0.99999…
  return {
    low: events === 0 ? 0 : centre - halfWidth,
    high: events === total ? 1 : centre + halfWidth,
  };
}

// ---------------------------------------------------------------------------
// Difference of two proportions

/**
 * Difference a − b of two independent proportions, as a fraction (×100 for
 * percentage points), with a 95% interval:
 * - 'newcombe' (default): hybrid score interval, method 10 of Newcombe,
 *   Stat Med 1998;17:873–890, built from the two Wilson intervals. Good coverage
 *   even with zero cells, never outside [−1, 1].
 * - 'wald': estimate ± z·√(pa(1−pa)/na + pb(1−pb)/nb). Offered because many trials
 *   (e.g. Burns et al. 2007) published this one and we reproduce what they printed;
 *   it degenerates to zero width when both arms are 0% or 100%.
 */
export function riskDifference(a: Proportion, b: Proportion, method: 'newcombe' | 'wald' = 'newcombe'): Interval<DifferenceMethod> {
  assertValidProportion(a, 'riskDifference, arm a');
  assertValidProportion(b, 'riskDifference, arm b');
  return method === 'wald' ? waldDifference(a, b) : newcombeHybridScoreDifference(a, b);
}

function waldDifference(a: Proportion, b: Proportion): Interval<'wald'> {
  const pa = a.events / a.total;
  const pb = b.events / b.total;
  const estimate = pa - pb;
  const standardError = Math.sqrt((pa * (1 - pa)) / a.total + (pb * (1 - pb)) / b.total);
  return {
    estimate,
    low: estimate - Z_95 * standardError,
    high: estimate + Z_95 * standardError,
    method: 'wald',
    level: 0.95,
  };
}

function newcombeHybridScoreDifference(a: Proportion, b: Proportion): Interval<'newcombe-hybrid-score'> {
  const pa = a.events / a.total;
  const pb = b.events / b.total;
  const wa = wilsonBounds(a.events, a.total, Z_95);
  const wb = wilsonBounds(b.events, b.total, Z_95);
  const estimate = pa - pb;
  // Newcombe (1998) method 10: each limit combines the distances from each
  // estimate to the Wilson limit that pushes the difference the same way.
  return {
    estimate,
    low: estimate - Math.hypot(pa - wa.low, wb.high - pb),
    high: estimate + Math.hypot(wa.high - pa, pb - wb.low),
    method: 'newcombe-hybrid-score',
    level: 0.95,
  };
}

/**
 * Difference of two published percentages, for when a source gives only
 * percentages. Without denominators no confidence interval can be computed, so
 * none is returned; the site must show this figure without one.
 */
export function differenceOfPercentages(
  aPercent: Percent,
  bPercent: Percent,
): { estimate: PercentagePoints; unit: 'percentage-points'; method: 'subtraction' } {
  assertPercent(aPercent, 'differenceOfPercentages, aPercent');
  assertPercent(bPercent, 'differenceOfPercentages, bPercent');
  return { estimate: aPercent - bPercent, unit: 'percentage-points', method: 'subtraction' };
}

/**
 * Unweighted mean of published percentages, one per trial: a description of a group of
 * trials, not a pooled estimate. Each trial counts once whatever its size, and no interval is
 * given, because trials measured work differently; a meta-analysis is the place for pooling.
 */
export function meanOfPercentages(percents: readonly Percent[]): { estimate: Percent; n: number; method: 'unweighted-mean' } {
  if (percents.length === 0) throw new RangeError('meanOfPercentages: expected at least one percentage, found none');
  percents.forEach((p, i) => assertPercent(p, `meanOfPercentages, item ${i}`));
  return { estimate: percents.reduce((a, b) => a + b, 0) / percents.length, n: percents.length, method: 'unweighted-mean' };
}

function assertPercent(value: number, label: string): void {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new RangeError(`${label}: expected a percentage from 0 to 100, found ${value}`);
  }
}

// ---------------------------------------------------------------------------
// Ratios (2×2 table: a = events in arm a, b = non-events in arm a,
//                    c = events in arm b, d = non-events in arm b)

type TwoByTwo = { a: number; b: number; c: number; d: number };

function twoByTwo(x: Proportion, y: Proportion, fn: string): TwoByTwo {
  assertValidProportion(x, `${fn}, arm a`);
  assertValidProportion(y, `${fn}, arm b`);
  const table = { a: x.events, b: x.total - x.events, c: y.events, d: y.total - y.events };
  // A table with no events, or only events, in both arms carries no information
  // about a relative effect; Cochrane practice is to leave such a study out of a
  // ratio rather than invent one with a continuity correction.
  if (table.a === 0 && table.c === 0) {
    throw new RangeError(`${fn}: expected events in at least one arm, found 0/${x.total} and 0/${y.total}; the ratio is not estimable`);
  }
  if (table.b === 0 && table.d === 0) {
    throw new RangeError(`${fn}: expected non-events in at least one arm, found ${x.events}/${x.total} and ${y.events}/${y.total}; the ratio is not estimable`);
  }
  return table;
}

function addHalfToAllCells(t: TwoByTwo): TwoByTwo {
  return { a: t.a + 0.5, b: t.b + 0.5, c: t.c + 0.5, d: t.d + 0.5 };
}

/** exp(ln estimate ± z·SE): the interval of any ratio analysed on the log scale. */
function logScaleInterval(estimate: number, standardErrorOfLog: number) {
  const margin = Z_95 * standardErrorOfLog;
  return { estimate, low: estimate * Math.exp(-margin), high: estimate * Math.exp(margin) };
}

/**
 * Risk ratio (pa / pb) with the log-method interval of Katz et al., Biometrics
 * 1978;34:469–474: ln RR ± z·√(1/a − 1/na + 1/c − 1/nb).
 * Zero cell: when an arm has no events, ln RR and the SE are infinite, so 0.5 is
 * added to all four cells (reported in `correction`). All events in one arm needs
 * no correction: its SE term is simply 0.
 */
export function riskRatio(a: Proportion, b: Proportion): RatioInterval<'katz-log'> {
  const observed = twoByTwo(a, b, 'riskRatio');
  const needsCorrection = observed.a === 0 || observed.c === 0;
  const t = needsCorrection ? addHalfToAllCells(observed) : observed;
  const na = t.a + t.b;
  const nb = t.c + t.d;
  const ratio = t.a / na / (t.c / nb);
  const standardErrorOfLog = Math.sqrt(1 / t.a - 1 / na + 1 / t.c - 1 / nb);
  return {
    ...logScaleInterval(ratio, standardErrorOfLog),
    method: 'katz-log',
    level: 0.95,
    correction: needsCorrection ? 'add-0.5-to-all-cells' : 'none',
  };
}

// ---------------------------------------------------------------------------
// Checking a published percentage against its counts (used by the data validator)

/**
 * Whether a published percentage is what events/total gives when rounded to the
 * number of decimals the percentage is written with, e.g. "37.4" for 85/227
 * (37.44…) is consistent, "37.4" for 85/229 (37.12…) is not.
 *
 * The decimals come from the text when `statedPercent` is a string ("48.0" → 1),
 * from `decimals` when given, and otherwise from the shortest form of the number
 * (48.0 as a number is 48 → 0 decimals, a looser check: pass the text or
 * `decimals` when a trailing zero matters, since YAML reads 48.0 as 48).
 *
 * The test is exact (integer arithmetic, no floating point):
 * |100·events/total − stated| ≤ ½·10^−decimals. The bound is inclusive so that an
 * exact half (12.5% written as 12 or 13) passes under either rounding rule
 * (half up, or half to even) that sources use.
 */
export function consistentWithRounding(statedPercent: string, p: Proportion): boolean;
export function consistentWithRounding(statedPercent: number, p: Proportion, decimals?: number): boolean;
export function consistentWithRounding(statedPercent: number | string, p: Proportion, decimals?: number): boolean {
  assertValidProportion(p, 'consistentWithRounding');
  const stated = parseStatedPercent(statedPercent, decimals);
  const scale = 10n ** BigInt(stated.decimals);
  const events = BigInt(p.events);
  const total = BigInt(p.total);
  // |100·e/t − s/scale| ≤ 1/(2·scale)  ⇔  |200·e·scale − 2·s·t| ≤ t
  const gap = 200n * events * scale - 2n * stated.scaledValue * total;
  return (gap < 0n ? -gap : gap) <= total;
}

/** A stated percentage as an integer count of its last decimal place: "37.4" → 374 (1 decimal). */
function parseStatedPercent(statedPercent: number | string, decimals: number | undefined): { scaledValue: bigint; decimals: number } {
  let text: string;
  if (typeof statedPercent === 'string') {
    text = statedPercent.trim().replace(/\s*%$/, '');
  } else if (decimals === undefined) {
    text = String(statedPercent);
  } else {
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
      throw new RangeError(`consistentWithRounding: expected decimals to be an integer from 0 to 10, found ${decimals}`);
    }
    text = statedPercent.toFixed(decimals);
    if (Number(text) !== statedPercent) {
      throw new RangeError(
        `consistentWithRounding: expected a percentage with at most ${decimals} decimal place${decimals === 1 ? '' : 's'}, found ${statedPercent}`,
      );
    }
  }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) {
    throw new RangeError(`consistentWithRounding: expected a non-negative decimal percentage such as "37.4", found ${JSON.stringify(statedPercent)}`);
  }
  const fraction = match[2] ?? '';
  return { scaledValue: BigInt(`${match[1] ?? ''}${fraction}`), decimals: fraction.length };
}
