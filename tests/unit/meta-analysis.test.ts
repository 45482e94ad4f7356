/**
 * The meta-analysis module against the published output of the reference implementation,
 * metafor (Viechtbauer, J Stat Softw 2010;36(3)), on two of its datasets. Every expected value
 * below is copied from metafor's own repository (github.com/wviechtb/metafor, read at its newest
 * stored snapshot) or from the metadat package that holds its datasets
 * (github.com/wviechtb/metadat); the file and line it comes from is named beside it. metafor
 * prints 4 decimals, and we check to that precision (|Δ| ≤ 0.00005 + rounding of the printout),
 * never looser than 3 decimals.
 */
import { describe, expect, it } from 'vitest';
import { chiSquareUpperTail, studentTQuantile, studentTTwoSidedP } from '../../src/stats/distributions.ts';
import {
  cumulativeByYear,
  logRiskRatio,
  naturalFrequencies,
  poolRiskRatios,
  predictionInterval,
  randomEffects,
  riskDifferenceEffect,
  subgroups,
  tau2DerSimonianLaird,
  unweightedArmMeans,
  type TrialCounts,
} from '../../src/stats/meta-analysis.ts';
import { riskDifference, riskRatio } from '../../src/stats/stats.ts';

/** A value printed to `decimals` places: the computed value must round to it. */
function expectPrinted(actual: number, printed: number, decimals = 4): void {
  const tolerance = 0.5 * 10 ** -decimals + 1e-12;
  expect(Math.abs(actual - printed), `expected ${printed} (printed to ${decimals} decimals), found ${actual}`).toBeLessThanOrEqual(tolerance);
}

// ---------------------------------------------------------------------------
// Dataset 1: BCG vaccine trials, dat.bcg (Colditz et al. 1994), 13 trials.
// Counts: metadat data-raw/dat.bcg.txt (trial, author, year, tpos, tneg, cpos, cneg).
const BCG: Array<[string, number, number, number, number, number]> = [
  ['Aronson', 1948, 4, 119, 11, 128],
  ['Ferguson & Simes', 1949, 6, 300, 29, 274],
  ['Rosenthal et al', 1960, 3, 228, 11, 209],
  ['Hart & Sutherland', 1977, 62, 13536, 248, 12619],
  ['Frimodt-Moller et al', 1973, 33, 5036, 47, 5761],
  ['Stein & Aronson', 1953, 180, 1361, 372, 1079],
  ['Vandiviere et al', 1973, 8, 2537, 10, 619],
  ['TPT Madras', 1980, 505, 87886, 499, 87892],
  ['Coetzee & Berjak', 1968, 29, 7470, 45, 7232],
  ['Rosenthal et al', 1961, 17, 1699, 65, 1600],
  ['Comstock et al', 1974, 186, 50448, 141, 27197],
  ['Comstock & Webster', 1969, 5, 2493, 3, 2338],
  ['Comstock et al', 1976, 27, 16886, 29, 17825],
];
const bcgTrials: TrialCounts[] = BCG.map(([author, year, tpos, tneg, cpos, cneg], i) => ({
  id: `bcg-${i + 1}`,
  label: `${author} ${year}`,
  year,
  ips: { events: tpos, total: tpos + tneg },
  control: { events: cpos, total: cpos + cneg },
  groups: {},
}));
const bcgEffects = bcgTrials.map((t) => logRiskRatio(t.ips, t.control));

describe('log risk ratios (metafor escalc(measure="RR"), dat.bcg)', () => {
  // metafor README.md, lines 110–123: the escalc() printout of dat.bcg, columns yi and vi.
  const printed: Array<[number, number]> = [
    [-0.8893, 0.3256],
    [-1.5854, 0.1946],
    [-1.3481, 0.4154],
    [-1.4416, 0.02],
    [-0.2175, 0.0512],
    [-0.7861, 0.0069],
    [-1.6209, 0.223],
    [0.012, 0.004],
    [-0.4694, 0.0564],
    [-1.3713, 0.073],
    [-0.3394, 0.0124],
    [0.4459, 0.5325],
    [-0.0173, 0.0714],
  ];
  it.each(printed.map((p, i) => [i + 1, ...p] as const))('trial %i: yi %f, vi %f', (trial, yi, vi) => {
    const e = bcgEffects[trial - 1]!;
    expectPrinted(e.estimate, yi);
    expectPrinted(e.variance, vi);
    expect(e.correction).toBe('none');
  });

  it('agrees with stats.ts riskRatio (Katz) when no cell is zero', () => {
    for (const t of bcgTrials) expect(Math.log(riskRatio(t.ips, t.control).estimate)).toBeCloseTo(logRiskRatio(t.ips, t.control).estimate, 12);
  });

  it('adds 0.5 to all four cells only when a cell is zero (escalc default to="only0")', () => {
    const e = logRiskRatio({ events: 0, total: 10 }, { events: 5, total: 10 });
    expect(e.correction).toBe('add-0.5-to-all-cells');
    expect(e.estimate).toBeCloseTo(Math.log(0.5 / 11 / (5.5 / 11)), 12);
    expect(e.variance).toBeCloseTo(1 / 0.5 - 1 / 11 + 1 / 5.5 - 1 / 11, 12);
    expect(() => logRiskRatio({ events: 0, total: 10 }, { events: 0, total: 12 })).toThrow(/0\/10 and 0\/12/);
  });
});

describe('random-effects model, REML, dat.bcg log RR', () => {
  const fit = randomEffects(bcgEffects, 'REML');
  // metafor docs/reference/rma.uni.html lines 545–556 (rma(yi, vi, data=dat), REML, test="z"):
  // tau^2 0.3132, estimate -0.7145, se 0.1798, zval -3.9744, ci -1.0669 to -0.3622.
  // README.md lines 130–153 (same model, test="knha"): I^2 92.22%, H^2 12.86,
  // Q(df = 12) = 152.2330, p < .0001; estimate -0.7145, se 0.1808, tval -3.9522, df 12,
  // pval 0.0019, ci -1.1084 to -0.3206.
  it('τ², I², H², Q', () => {
    expectPrinted(fit.tau2, 0.3132);
    expectPrinted(fit.I2, 92.22, 2);
    expectPrinted(fit.H2, 12.86, 2);
    expectPrinted(fit.Q, 152.233);
    expect(fit.df).toBe(12);
    expect(fit.pQ).toBeLessThan(0.0001);
    // The full-precision value stored in tests/testthat/test_misc_influence.r line 17:
    // tau2 = 0.313243325980895, QE = 152.233008082373.
    expect(fit.tau2).toBeCloseTo(0.313243325980895, 6);
    expect(fit.Q).toBeCloseTo(152.233008082373, 6);
  });
  it('estimate and Wald interval (test="z")', () => {
    expectPrinted(fit.estimate, -0.7145);
    expectPrinted(fit.wald.se, 0.1798);
    expectPrinted(fit.wald.statistic, -3.9744);
    expectPrinted(fit.wald.low, -1.0669);
    expectPrinted(fit.wald.high, -0.3622);
  });
  it('HKSJ interval (test="knha")', () => {
    expectPrinted(fit.hksj.se, 0.1808);
    expectPrinted(fit.hksj.statistic, -3.9522);
    expect(fit.hksj.df).toBe(12);
    expectPrinted(fit.hksj.p, 0.0019);
    expectPrinted(fit.hksj.low, -1.1084);
    expectPrinted(fit.hksj.high, -0.3206);
  });
  it('prediction intervals', () => {
    // docs/reference/transf.html line 294: predict(res, transf=exp) after test="z":
    // 0.4894 0.3441 0.6962 0.1546 1.5490 (pred, ci.lb, ci.ub, pi.lb, pi.ub). With test="z"
    // metafor's PI is μ̂ ± z·√(SE² + τ²): rebuilt here from our own fit's Wald SE.
    const z = 1.959963984540054;
    const piSe = Math.sqrt(fit.wald.se ** 2 + fit.tau2);
    expectPrinted(Math.exp(fit.estimate), 0.4894);
    expectPrinted(Math.exp(fit.wald.low), 0.3441);
    expectPrinted(Math.exp(fit.wald.high), 0.6962);
    expectPrinted(Math.exp(fit.estimate - z * piSe), 0.1546);
    expectPrinted(Math.exp(fit.estimate + z * piSe), 1.549);
    // README.md lines 158–162: predict(res, transf=exp, digits=2) after test="knha" (metafor's
    // default: t with k−1 df): 0.49, CI 0.33–0.73, PI 0.14–1.76. Printed to 2 decimals only.
    const k1 = predictionInterval(fit, 'k-1');
    expect(k1.df).toBe(12);
    expectPrinted(Math.exp(fit.estimate), 0.49, 2);
    expectPrinted(Math.exp(fit.hksj.low), 0.33, 2);
    expectPrinted(Math.exp(fit.hksj.high), 0.73, 2);
    expectPrinted(Math.exp(k1.low), 0.14, 2);
    expectPrinted(Math.exp(k1.high), 1.76, 2);
    // The site's interval differs only in its degrees of freedom (k−2 = 11, Riley et al. 2011),
    // so it is wider than metafor's default on both sides, around the same centre.
    const site = fit.prediction!;
    expect(site.df).toBe(11);
    expect(site.method).toBe('hksj-t(k-2)');
    expect(site.se).toBeCloseTo(k1.se, 12);
    expect(site.low).toBeLessThan(k1.low);
    expect(site.high).toBeGreaterThan(k1.high);
    expect((site.low + site.high) / 2).toBeCloseTo(fit.estimate, 12);
    expect((site.high - site.low) / (k1.high - k1.low)).toBeCloseTo(studentTQuantile(0.975, 11) / studentTQuantile(0.975, 12), 12);
  });
  it('weights sum to 100%', () => {
    expect(fit.weightsPercent.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });
});

describe('random-effects model, DerSimonian–Laird, dat.bcg log RR', () => {
  // metafor tests/testthat/test_misc_metan_vs_rma.uni_with_dat.bcg.r lines 33–50 (checked there
  // against Stata's metan): beta -0.7141, ci -1.0644 to -0.3638, zval -3.9952, tau2 0.3088,
  // I2 92.1173; predict(res, transf=exp): 0.4896, 0.3449 to 0.6950.
  const fit = randomEffects(bcgEffects, 'DL');
  it('matches metafor and metan', () => {
    expectPrinted(fit.tau2, 0.3088);
    expectPrinted(tau2DerSimonianLaird(bcgEffects), 0.3088);
    expectPrinted(fit.estimate, -0.7141);
    expectPrinted(fit.wald.low, -1.0644);
    expectPrinted(fit.wald.high, -0.3638);
    expectPrinted(fit.wald.statistic, -3.9952);
    expectPrinted(fit.I2, 92.1173);
    expectPrinted(Math.exp(fit.estimate), 0.4896);
    expectPrinted(Math.exp(fit.wald.low), 0.3449);
    expectPrinted(Math.exp(fit.wald.high), 0.695);
    expect(fit.iterations).toBe(0);
  });
});

describe('cumulative meta-analysis by year, dat.bcg', () => {
  // metafor tests/testthat/test_misc_cumul.r lines 28–29: cumul(rma(yi, vi), order=year,
  // transf=exp, collapse=TRUE)$estimate, one per distinct year (REML; 6 decimals).
  const expected = [0.410939, 0.265802, 0.378296, 0.367477, 0.332398, 0.377772, 0.406061, 0.420796, 0.456024, 0.492527, 0.451686, 0.489421];
  const steps = cumulativeByYear(bcgTrials);
  it('one step per distinct year, in order', () => {
    expect(steps.map((s) => s.year)).toEqual([1948, 1949, 1953, 1960, 1961, 1968, 1969, 1973, 1974, 1976, 1977, 1980]);
    expect(steps.at(-1)!.k).toBe(13);
  });
  it("re-pools after each year: metafor's estimates from the second year on", () => {
    // The first year has one trial: metafor prints that trial's own RR (0.410939); the site
    // shows a single trial as itself, not as a pool, so there is no pooled estimate yet.
    expect(steps[0]!.pooled).toBeNull();
    expectPrinted(Math.exp(bcgEffects[0]!.estimate), expected[0]!, 6);
    steps.slice(1).forEach((s, i) => expectPrinted(s.pooled!.rr.estimate, expected[i + 1]!, 5));
  });
});

// ---------------------------------------------------------------------------
// Dataset 2: teacher expectancy and pupil IQ, dat.raudenbush1985 (19 studies, standardised
// mean differences). yi and vi as published: metadat data-raw/dat.raudenbush1985.txt.
const RAUDENBUSH: Array<[number, number]> = [
  [0.03, 0.0156],
  [0.12, 0.0216],
  [-0.14, 0.0279],
  [1.18, 0.1391],
  [0.26, 0.1362],
  [-0.06, 0.0106],
  [-0.02, 0.0106],
  [-0.32, 0.0484],
  [0.27, 0.0269],
  [0.8, 0.063],
  [0.54, 0.0912],
  [0.18, 0.0497],
  [-0.02, 0.0835],
  [0.23, 0.0841],
  [-0.18, 0.0253],
  [-0.06, 0.0279],
  [0.3, 0.0193],
  [0.07, 0.0088],
  [-0.07, 0.0303],
];
const raudenbush = RAUDENBUSH.map(([estimate, variance]) => ({ estimate, variance }));

describe('random-effects model, dat.raudenbush1985', () => {
  // metafor tests/testthat/test_analysis_example_raudenbush2009.r, lines 80–87 (test="z") and
  // 98–108 (test="knha"): rows REML and DL of the expected matrices, columns tau2, mu, se, z,
  // ci.lb, ci.ub (checked there against Raudenbush 2009, Table 16.3, p. 309).
  it('REML, Wald', () => {
    const fit = randomEffects(raudenbush, 'REML');
    expectPrinted(fit.tau2, 0.0188);
    expectPrinted(fit.estimate, 0.0837);
    expectPrinted(fit.wald.se, 0.0516);
    expectPrinted(fit.wald.statistic, 1.6208);
    expectPrinted(fit.wald.low, -0.0175);
    expectPrinted(fit.wald.high, 0.1849);
    // test_analysis_example_raudenbush1985.r line 20: QE 35.8295.
    expectPrinted(fit.Q, 35.8295);
    // test_analysis_example_raudenbush2009.r lines 36–37: predict(res.RE) PI -0.2036 to 0.3711
    // (test="z": μ̂ ± z·√(SE² + τ²)).
    const z = 1.959963984540054;
    const se = Math.sqrt(fit.wald.se ** 2 + fit.tau2);
    expectPrinted(fit.estimate - z * se, -0.2036);
    expectPrinted(fit.estimate + z * se, 0.3711);
  });
  it('REML, HKSJ', () => {
    const fit = randomEffects(raudenbush, 'REML');
    expectPrinted(fit.hksj.se, 0.0616);
    expectPrinted(fit.hksj.statistic, 1.3593);
    expectPrinted(fit.hksj.low, -0.0457);
    expectPrinted(fit.hksj.high, 0.2131);
    expect(fit.hksj.df).toBe(18);
  });
  it('DL, Wald and HKSJ', () => {
    const fit = randomEffects(raudenbush, 'DL');
    expectPrinted(fit.tau2, 0.0259);
    expectPrinted(fit.estimate, 0.0893);
    expectPrinted(fit.wald.se, 0.0558);
    expectPrinted(fit.wald.statistic, 1.6009);
    expectPrinted(fit.wald.low, -0.02);
    expectPrinted(fit.wald.high, 0.1987);
    expectPrinted(fit.hksj.se, 0.0636);
    expectPrinted(fit.hksj.statistic, 1.405);
    expectPrinted(fit.hksj.low, -0.0442);
    expectPrinted(fit.hksj.high, 0.2229);
  });
});

describe('distributions', () => {
  // Critical values of t and chi-square from any printed table (e.g. Fisher & Yates, Statistical
  // Tables, Table III and IV): t(0.975; 1) = 12.706, t(0.975; 12) = 2.179, χ²(0.95; 1) = 3.841,
  // χ²(0.95; 12) = 21.026.
  it('t quantiles and p-values', () => {
    expectPrinted(studentTQuantile(0.975, 1), 12.706, 3);
    expectPrinted(studentTQuantile(0.975, 12), 2.179, 3);
    expectPrinted(studentTQuantile(0.025, 12), -2.179, 3);
    expectPrinted(studentTTwoSidedP(2.179, 12), 0.05, 3);
  });
  it('chi-square upper tail', () => {
    expectPrinted(chiSquareUpperTail(3.841, 1), 0.05, 4);
    expectPrinted(chiSquareUpperTail(21.026, 12), 0.05, 4);
  });
});

// ---------------------------------------------------------------------------
// Risk differences and the descriptions

describe('risk difference effect', () => {
  // Burns et al., Lancet 2007 (EQOLISE): 85/156 vs 43/156, published difference 26.9 points,
  // 95% CI 16.4 to 37.4, a Wald interval (see tests/unit/stats.test.ts).
  it('reproduces Burns 2007 and stats.ts riskDifference (Wald)', () => {
    const e = riskDifferenceEffect({ events: 85, total: 156 }, { events: 43, total: 156 });
    const m = 1.959963984540054 * Math.sqrt(e.variance);
    expectPrinted(100 * e.estimate, 26.9, 1);
    expectPrinted(100 * (e.estimate - m), 16.4, 1);
    expectPrinted(100 * (e.estimate + m), 37.4, 1);
    const wald = riskDifference({ events: 85, total: 156 }, { events: 43, total: 156 }, 'wald');
    expect(e.estimate - m).toBeCloseTo(wald.low, 12);
  });
  it('refuses a zero variance', () => {
    expect(() => riskDifferenceEffect({ events: 0, total: 5 }, { events: 0, total: 7 })).toThrow(/0\/5 and 0\/7/);
  });
});

describe('pooled risk ratio, descriptions', () => {
  const three: TrialCounts[] = [
    { id: 'a', label: 'A', year: 2001, ips: { events: 30, total: 60 }, control: { events: 10, total: 60 }, groups: { region: 'us' } },
    { id: 'b', label: 'B', year: 2003, ips: { events: 40, total: 100 }, control: { events: 20, total: 100 }, groups: { region: 'us' } },
    { id: 'c', label: 'C', year: 2003, ips: { events: 12, total: 40 }, control: { events: 12, total: 40 }, groups: { region: 'outside-us' } },
  ];
  const pool = poolRiskRatios(three);
  it('back-transforms the REML + HKSJ fit', () => {
    expect(pool.rr.estimate).toBeCloseTo(Math.exp(pool.reml.estimate), 12);
    expect(pool.rr.low).toBeCloseTo(Math.exp(pool.reml.hksj.low), 12);
    expect(pool.prediction!.low).toBeLessThanOrEqual(pool.rr.low);
    expect(pool.participants).toBe(400);
  });
  it('unweighted means are plain means of the arm rates', () => {
    const m = unweightedArmMeans(three.map((t) => ({ ips: (100 * t.ips.events) / t.ips.total, control: (100 * t.control.events) / t.control.total })));
    expect(m.ipsPercent).toBeCloseTo((50 + 40 + 30) / 3, 12);
    expect(m.controlPercent).toBeCloseTo((100 / 6 + 20 + 30) / 3, 12);
    expect(m.k).toBe(3);
    expect(() => unweightedArmMeans([])).toThrow(/at least one trial/);
    expect(() => unweightedArmMeans([{ ips: 120, control: 10 }])).toThrow(/0 to 100, found 120/);
  });
  it('natural frequencies apply the pooled RR to the median control rate', () => {
    const n = naturalFrequencies(pool);
    expect(n.controlPer100).toBeCloseTo(20, 12);
    expect(n.ipsPer100).toBeCloseTo(20 * pool.rr.estimate, 12);
    expect(n.controlRiskBasis).toBe('median-control-rate');
  });
  it('subgroups pool only groups of at least two trials', () => {
    const s = subgroups(three, 'region');
    expect(s.map((g) => [g.group, g.trials.length, g.pooled === null])).toEqual([
      ['us', 2, false],
      ['outside-us', 1, true],
    ]);
    expect(() => subgroups(three, 'comparator')).toThrow(/trial "a".*comparator/);
  });
  it('refuses to pool fewer than two trials, and gives no PI for two', () => {
    expect(() => poolRiskRatios(three.slice(0, 1))).toThrow(/at least 2 trials, found 1/);
    expect(poolRiskRatios(three.slice(0, 2)).prediction).toBeNull();
  });
});
