/**
 * The bottom-line card's words (src/site/bottom-line.ts decides which, from the data). Wording
 * follows the evidence: "not statistically clear", "a single trial, not a pooled estimate",
 * "not formally graded" unless a review graded it.
 */
import type { Clarity } from '../../site/bottom-line.ts';

export const bottomLine = {
  /** The card's own labels (BottomLine.astro). */
  card: {
    kicker: 'The bottom line',
    perHundred: 'Per 100 people',
    effect: 'The effect',
    sure: 'How sure we are',
    sources: 'Sources',
    copy: 'Copy this sentence with its source',
    copied: 'Copied.',
    quote: 'To quote',
  },
  /** One trial's bottom line. */
  trial: {
    question: (trial: string) => `What happened in ${trial}?`,
    /** A trial's name inside a sentence: "the Norwegian IPS trial" takes an article in English. */
    inSentence: (trial: string) => (/^Norwegian/.test(trial) ? `the ${trial}` : trial),
    answer: (trial: string, outcome: string, when: string, ips: string, armIps: string, ctl: string, armCtl: string, clarity: Clarity) =>
      `In ${trial}, ${outcome}${when ? ` ${when}` : ''} was ${ips} with ${armIps} against ${ctl} with ${armCtl}${
        clarity === 'clear' ? '; the difference is statistically clear' : clarity === 'not-clear' ? '; the difference is not statistically clear' : ''
      }.`,
    perHundred: (ips: string, armIps: string, ctl: string, armCtl: string, outcome: string, when: string) =>
      `Out of 100 people offered ${armIps}, about ${ips} (${outcome}${when ? `, ${when}` : ''}), against about ${ctl} of 100 with ${armCtl}.`,
    at: (tp: string) => (/^\d/.test(tp) ? `at ${tp}` : tp),
    p: 'p',
    difference: (d: string) => `Difference: ${d}`,
    fromCounts: (fitted: boolean): string =>
      fitted ? 'computed here from counts fitted to the published percentages' : 'computed here from the published counts',
    noInterval: 'no confidence interval can be computed from the published percentages',
    oneTrial: (n: string | undefined) => `One randomised trial${n ? ` (${n} people randomised)` : ''}: a single trial, not a pooled estimate.`,
    includesNone: 'Its interval includes no difference.',
    notGraded: 'Not formally graded',
    contrast: { 'odds-ratio': 'Odds ratio', 'risk-ratio': 'Risk ratio', 'risk-difference': 'Difference' },
    cite: (answer: string, citation: string, site: string) => `${answer} (${citation}; via ${site})`,
  },
  /** The trials together. */
  pooled: {
    question: 'Does IPS help people get a job?',
    answer: (min: string, max: string) =>
      `Yes: in randomised trials, people offered IPS were more likely to get a competitive job than people offered other services; published meta-analyses found them ${min} to ${max} times as likely.`,
    perHundred: (ips: string, ctl: string, k: number) =>
      `Out of 100 people offered IPS, about ${ips} got a competitive job, against about ${ctl} of 100 without it (the median comparison group of the ${k} trials pooled here, times their pooled risk ratio).`,
    effect: (rr: string, ci: string, pi: string | undefined, k: number, n: string) =>
      `Risk ratio ${rr} (95% CI ${ci}${pi ? `; 95% prediction interval ${pi}` : ''}), pooled here from ${k} trials with ${n} participants (random effects, REML, Hartung–Knapp).`,
    certainty: (k: number, maxK: string, i2: string, piIncludesNone: boolean | undefined) =>
      `${k} trials pooled here (published reviews: up to ${maxK}); heterogeneity I² = ${i2}${
        piIncludesNone === undefined
          ? ''
          : piIncludesNone
            ? '; the prediction interval includes no effect, so a new service might see none'
            : '; the prediction interval excludes no effect'
      }. No published certainty rating (such as GRADE) could be checked, so none is shown.`,
    notGraded: 'Not formally graded',
    cite: (answer: string, citations: string, site: string) => `${answer} (${citations}; via ${site})`,
  },
};
