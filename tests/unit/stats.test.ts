import { describe, expect, it } from 'vitest';
import {
  Z_95,
  consistentWithRounding,
  differenceOfPercentages,
  meanOfPercentages,
  percentFromCounts,
  riskDifference,
  riskRatio,
  wilsonInterval,
  type Proportion,
} from '../../src/stats/stats.ts';

/** |actual − expected| ≤ tolerance, with a message that names both. */
function expectWithin(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected), `expected ${expected} ± ${tolerance}, found ${actual}`).toBeLessThanOrEqual(tolerance);
}

const count = (events: number, total: number): Proportion => ({ events, total });
const toPoints = (fraction: number): number => 100 * fraction;

// Burns T et al. (EQOLISE), Lancet 2007;370:1146–52: competitive employment
// 85/156 (54.5%) with IPS vs 43/156 (27.6%) with vocational services.
const burnsIps = count(85, 156);
const burnsControl = count(43, 156);

describe('Z_95', () => {
  it('is qnorm(0.975) to double precision (any normal table: 1.959964)', () => {
    expect(Z_95).toBeCloseTo(1.959964, 6);
  });
});

describe('percentFromCounts', () => {
  it('gives the unrounded percentage (Burns 2007: 85/156 = 54.487…%, printed 54.5%)', () => {
    expect(percentFromCounts(burnsIps)).toBeCloseTo(54.487, 3);
  });
});

describe('wilsonInterval', () => {
  // Newcombe RG, "Two-sided confidence intervals for the single proportion:
  // comparison of seven methods", Stat Med 1998;17:857–872, worked examples for the
  // Wilson score method (method 3). 81/263 is the example named in the brief; the
  // other three rows are the paper's remaining examples as remembered, and they
  // reproduce to 4 decimals, which corroborates both memory and code.
  it.each([
    { events: 81, total: 263, low: 0.2553, high: 0.3662 },
    { events: 15, total: 148, low: 0.0624, high: 0.1605 },
    { events: 0, total: 20, low: 0, high: 0.1611 },
    { events: 1, total: 29, low: 0.0061, high: 0.1718 },
  ])('$events/$total → $low to $high (Newcombe 1998a)', ({ events, total, low, high }) => {
    const interval = wilsonInterval(count(events, total));
    expect(interval.estimate).toBe(events / total);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
    expect(interval.method).toBe('wilson');
    expect(interval.level).toBe(0.95);
  });

  it('pins the bounds to exactly 0 and 1 at the extremes', () => {
    expect(wilsonInterval(count(0, 20)).low).toBe(0);
    expect(wilsonInterval(count(20, 20)).high).toBe(1);
  });
});

describe('riskDifference', () => {
  describe('Burns et al. 2007 (EQOLISE), 85/156 vs 43/156', () => {
    // Published: difference 26.9 percentage points, 95% CI 16.4 to 37.4, which is the
    // Wald interval: SE = √(0.5449·0.4551/156 + 0.2756·0.7244/156) = 0.05357,
    // 0.2692 ± 1.96·0.05357 = 0.1642 to 0.3742.
    it('Wald reproduces the published 26.9 (16.4 to 37.4) to 0.1 point', () => {
      const wald = riskDifference(burnsIps, burnsControl, 'wald');
      expect(wald.method).toBe('wald');
      expectWithin(toPoints(wald.estimate), 26.9, 0.1);
      expectWithin(toPoints(wald.low), 16.4, 0.1);
      expectWithin(toPoints(wald.high), 37.4, 0.1);
    });

    // Newcombe method 10 from the Wilson intervals 0.4666–0.6210 (IPS) and
    // 0.2116–0.3505 (control): 0.2692 − √(0.0783² + 0.0749²) = 0.1609,
    // 0.2692 + √(0.0761² + 0.0641²) = 0.3687.
    it('Newcombe hybrid score gives 16.1 to 36.9 to 0.1 point, and is the default', () => {
      const newcombe = riskDifference(burnsIps, burnsControl);
      expect(newcombe.method).toBe('newcombe-hybrid-score');
      expectWithin(toPoints(newcombe.estimate), 26.9, 0.1);
      expectWithin(toPoints(newcombe.low), 16.1, 0.1);
      expectWithin(toPoints(newcombe.high), 36.9, 0.1);
    });
  });

  // Newcombe RG, "Interval estimation for the difference between independent
  // proportions: comparison of eleven methods", Stat Med 1998;17:873–890, Table II,
  // method 10. Row (a) is the example named in the brief; the other rows are the
  // paper's remaining examples as remembered, and all reproduce to 4 decimals
  // (row c's upper limit needs z = 1.959964; with z = 1.96 it is 0.8063).
  it.each([
    { a: [56, 70], b: [48, 80], estimate: 0.2, low: 0.0524, high: 0.3339 },
    { a: [9, 10], b: [3, 10], estimate: 0.6, low: 0.1705, high: 0.809 },
    { a: [6, 7], b: [2, 7], estimate: 0.5714, low: 0.0582, high: 0.8062 },
    { a: [5, 56], b: [0, 29], estimate: 0.0893, low: -0.0381, high: 0.1926 },
    { a: [0, 10], b: [0, 20], estimate: 0, low: -0.1611, high: 0.2775 },
    { a: [0, 10], b: [0, 10], estimate: 0, low: -0.2775, high: 0.2775 },
    { a: [10, 10], b: [0, 20], estimate: 1, low: 0.6791, high: 1 },
    { a: [10, 10], b: [0, 10], estimate: 1, low: 0.6075, high: 1 },
  ])('Newcombe 1998b: $a vs $b → $low to $high', ({ a, b, estimate, low, high }) => {
    const [aEvents = NaN, aTotal = NaN] = a;
    const [bEvents = NaN, bTotal = NaN] = b;
    const interval = riskDifference(count(aEvents, aTotal), count(bEvents, bTotal));
    expect(interval.estimate).toBeCloseTo(estimate, 4);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('Wald collapses to zero width when both arms are 0% (why it is not the default)', () => {
    const wald = riskDifference(count(0, 10), count(0, 20), 'wald');
    expect([wald.low, wald.high]).toEqual([0, 0]);
  });
});

describe('differenceOfPercentages', () => {
  it('subtracts published percentages, in percentage points, with no interval', () => {
    // Wong et al. 2008 print only 70% vs 29% in the abstract: 70 − 29 = 41 points.
    expect(differenceOfPercentages(70, 29)).toEqual({
      estimate: 41,
      unit: 'percentage-points',
      method: 'subtraction',
    });
    // Burns 2007 printed percentages: 54.5 − 27.6 = 26.9.
    expect(differenceOfPercentages(54.5, 27.6).estimate).toBeCloseTo(26.9, 10);
  });
});

describe('meanOfPercentages', () => {
  it('averages trials with equal weight, whatever their size', () => {
    // Burns 2007 (54.5%) and Wong 2008 (70%): (54.5 + 70) / 2 = 62.25.
    expect(meanOfPercentages([54.5, 70])).toEqual({ estimate: 62.25, n: 2, method: 'unweighted-mean' });
    expect(meanOfPercentages([27.6]).estimate).toBe(27.6);
  });
  it('refuses an empty group and a value that is not a percentage', () => {
    expect(() => meanOfPercentages([])).toThrow(/at least one percentage, found none/);
    expect(() => meanOfPercentages([50, 140])).toThrow(/item 1: expected a percentage from 0 to 100, found 140/);
  });
});

describe('riskRatio (Katz log method)', () => {
  it('Burns 2007 counts, against a hand computation', () => {
    // RR = (85/156)/(43/156) = 85/43 = 1.97674; ln RR = 0.681451
    // SE = √(1/85 − 1/156 + 1/43 − 1/156)
    //    = √(0.0117647 − 0.0064103 + 0.0232558 − 0.0064103) = √0.0221999 = 0.148997
    // ln RR ± 1.96·SE = 0.681451 ± 0.292034 → exp(0.389417) = 1.4761, exp(0.973485) = 2.6472
    const rr = riskRatio(burnsIps, burnsControl);
    expect(rr.estimate).toBeCloseTo(1.97674, 5);
    expect(rr.low).toBeCloseTo(1.4761, 4);
    expect(rr.high).toBeCloseTo(2.6472, 3);
    expect(rr).toMatchObject({ method: 'katz-log', level: 0.95, correction: 'none' });
  });

  it('zero events in one arm: adds 0.5 to all cells and says so', () => {
    // 0/20 vs 5/20 → corrected 0.5/21 vs 5.5/21: RR = 0.5/5.5 = 0.090909
    // SE = √(1/0.5 − 1/21 + 1/5.5 − 1/21) = √(2 − 0.047619 + 0.181818 − 0.047619)
    //    = √2.086580 = 1.444500; exp(±1.959964·1.444500) = exp(±2.831167)
    // → 0.090909/16.9652 = 0.005359 and 0.090909·16.9652 = 1.5423
    const rr = riskRatio(count(0, 20), count(5, 20));
    expect(rr.correction).toBe('add-0.5-to-all-cells');
    expect(rr.estimate).toBeCloseTo(0.090909, 6);
    expect(rr.low).toBeCloseTo(0.00536, 5);
    expect(rr.high).toBeCloseTo(1.5423, 4);
    expect(Number.isFinite(rr.low) && Number.isFinite(rr.high)).toBe(true);
  });

  it('all events in one arm needs no correction (its SE term is 0)', () => {
    // 20/20 vs 10/20: RR = 2; SE = √(1/20 − 1/20 + 1/10 − 1/20) = √0.05 = 0.223607
    // 2·exp(∓1.959964·0.223607) = 2·exp(∓0.438262) → 1.2903 to 3.1000
    const rr = riskRatio(count(20, 20), count(10, 20));
    expect(rr.correction).toBe('none');
    expect(rr.estimate).toBe(2);
    expect(rr.low).toBeCloseTo(1.2903, 4);
    expect(rr.high).toBeCloseTo(3.1, 4);
  });
});

describe('consistentWithRounding', () => {
  it.each([
    { stated: 37.4, events: 85, total: 227, expected: true }, // 37.44%
    { stated: 37.4, events: 85, total: 229, expected: false }, // 37.12%
    { stated: 52.8, events: 19, total: 36, expected: true }, // 52.78%
    { stated: 48, events: 24, total: 50, expected: true }, // 48.00%
    { stated: 48, events: 22, total: 46, expected: true }, // 47.83% → 48
    { stated: 8, events: 3, total: 37, expected: true }, // 8.11% → 8
    { stated: 54.5, events: 85, total: 156, expected: true }, // Burns 2007: 54.49%
    { stated: 27.6, events: 43, total: 156, expected: true }, // Burns 2007: 27.56%
  ])('$stated% for $events/$total → $expected', ({ stated, events, total, expected }) => {
    expect(consistentWithRounding(stated, count(events, total))).toBe(expected);
  });

  it('takes the decimals from the text, so a trailing zero tightens the check', () => {
    expect(consistentWithRounding('48', count(22, 46))).toBe(true); // 47.83 → 48
    expect(consistentWithRounding('48.0', count(22, 46))).toBe(false); // 47.8 ≠ 48.0
    expect(consistentWithRounding('48.0', count(24, 50))).toBe(true);
    expect(consistentWithRounding('37.4%', count(85, 227))).toBe(true);
    expect(consistentWithRounding(48, count(22, 46), 1)).toBe(false);
  });

  it('accepts an exact half written either way (half up or half to even)', () => {
    // 1/8 = 12.5% exactly
    expect(consistentWithRounding(12, count(1, 8))).toBe(true);
    expect(consistentWithRounding(13, count(1, 8))).toBe(true);
    expect(consistentWithRounding(14, count(1, 8))).toBe(false);
  });
});

describe('bad input', () => {
  it.each([
    { what: 'events > total', p: count(160, 156) },
    { what: 'non-integer events', p: count(2.5, 10) },
    { what: 'negative events', p: count(-1, 10) },
    { what: 'non-integer total', p: count(3, 10.5) },
    { what: 'total 0', p: count(0, 0) },
    { what: 'NaN events', p: count(NaN, 10) },
  ])('rejects $what everywhere a proportion is taken', ({ p }) => {
    expect(() => wilsonInterval(p)).toThrow(RangeError);
    expect(() => percentFromCounts(p)).toThrow(RangeError);
    expect(() => riskDifference(p, burnsControl)).toThrow(RangeError);
    expect(() => riskRatio(burnsIps, p)).toThrow(RangeError);
    expect(() => consistentWithRounding(10, p)).toThrow(RangeError);
  });

  it('says what was expected and what was found', () => {
    expect(() => wilsonInterval(count(160, 156))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: wilsonInterval: expected events ≤ total, found 160 events out of 156]`,
    );
    expect(() => wilsonInterval(count(2.5, 10))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: wilsonInterval: expected events to be a non-negative integer, found 2.5]`,
    );
    expect(() => wilsonInterval(count(0, 0))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: wilsonInterval: expected total to be a positive integer, found 0]`,
    );
    expect(() => riskDifference(burnsIps, count(3, 10.5))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: riskDifference, arm b: expected total to be a positive integer, found 10.5]`,
    );
  });

  it('refuses a ratio when neither arm, or both arms entirely, had the event', () => {
    expect(() => riskRatio(count(0, 10), count(0, 12))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: riskRatio: expected events in at least one arm, found 0/10 and 0/12; the ratio is not estimable]`,
    );
  });

  it('rejects impossible percentages and malformed stated percentages', () => {
    expect(() => differenceOfPercentages(120, 30)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: differenceOfPercentages, aPercent: expected a percentage from 0 to 100, found 120]`,
    );
    expect(() => consistentWithRounding('about 40', count(4, 10))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: consistentWithRounding: expected a non-negative decimal percentage such as "37.4", found "about 40"]`,
    );
    expect(() => consistentWithRounding(37.45, count(85, 227), 1)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: consistentWithRounding: expected a percentage with at most 1 decimal place, found 37.45]`,
    );
  });
});
