/**
 * The words of number and time formatting (src/i18n/format.ts): intervals, units, and the time
 * points the data write in English ("18 months", "within 3 years"), which format.ts parses and
 * words here, so a language without a wording fails the type check instead of showing English.
 */
import type { PluralForms } from '../text.ts';

/** A unit of time a time point counts in (the parsed `months`/`years` of the data). */
export type TimeUnit = 'month' | 'year';

const unitWords: Record<TimeUnit, PluralForms> = { month: { one: 'month', other: 'months' }, year: { one: 'year', other: 'years' } };

export const format = {
  /** The abbreviation before an interval: "2.07 (95% CI 1.82 to 2.35)". */
  ci: '95% CI',
  /** "1.82 to 2.35" */
  interval: (low: string, high: string) => `${low} to ${high}`,
  /** Units of figures (data `unit`), by plural form. */
  units: {
    weeks: { one: 'week', other: 'weeks' } as PluralForms,
    years: { one: 'year', other: 'years' } as PluralForms,
    sessions: { one: 'session', other: 'sessions' } as PluralForms,
  },
  /** Time points, one wording per pattern of the data's `timepoint` column. `n` is already formatted. */
  timepoint: {
    unit: unitWords,
    baseline: 'baseline',
    duringFollowUp: 'during follow-up',
    followingYear: 'following year',
    /** "18 months" (after randomisation) */
    after: (n: string, unit: string) => `${n} ${unit}`,
    /** "within 12 months" */
    within: (n: string, unit: string) => `within ${n} ${unit}`,
    /** "first 6 months"; `u` picks a definite form in languages that need one. */
    first: (n: string, unit: string, _u: TimeUnit) => `first ${n} ${unit}`,
    /** "3 years later" */
    later: (n: string, unit: string) => `${n} ${unit} later`,
    /** "2-year horizon" (a cost-benefit scenario) */
    horizon: (n: string, u: TimeUnit) => `${n}-${u === 'month' ? 'month' : 'year'} horizon`,
    /** "3-month interview" */
    interview: (n: string, u: TimeUnit) => `${n}-${u === 'month' ? 'month' : 'year'} interview`,
    /** "12 to 16 years" */
    range: (from: string, to: string, unit: string) => `${from} to ${to} ${unit}`,
    /** "10 to 46 months after end of treatment" */
    afterTreatment: (from: string, to: string, unit: string) => `${from} to ${to} ${unit} after end of treatment`,
    /** "2001 to 2010": calendar years */
    years: (from: string, to: string) => `${from} to ${to}`,
    /** "2018 state budget" */
    stateBudget: (year: string) => `${year} state budget`,
  },
};
