/** Tall- og tidsord (src/i18n/format.ts); samme form som en/format.ts. */
import type { Messages } from '../messages.ts';

export const format: Messages['format'] = {
  ci: '95 % KI',
  interval: (low: string, high: string) => `${low} til ${high}`,
  units: {
    weeks: { one: 'uke', other: 'uker' },
    years: { one: 'år', other: 'år' },
    sessions: { one: 'time', other: 'timer' },
  },
  timepoint: {
    unit: { month: { one: 'måned', other: 'måneder' }, year: { one: 'år', other: 'år' } },
    baseline: 'ved oppstart',
    duringFollowUp: 'i oppfølgingstiden',
    followingYear: 'året etter',
    after: (n: string, unit: string) => `${n} ${unit}`,
    within: (n: string, unit: string) => `innen ${n} ${unit}`,
    // Norwegian wants the definite plural here: "de første 6 månedene".
    first: (n: string, _unit: string, u) => `de første ${n} ${u === 'month' ? 'månedene' : 'årene'}`,
    later: (n: string, unit: string) => `${n} ${unit} senere`,
    horizon: (n: string, u) => `horisont på ${n} ${u === 'month' ? 'måneder' : 'år'}`,
    interview: (n: string, u) => `intervju etter ${n} ${u === 'month' ? 'måneder' : 'år'}`,
    range: (from: string, to: string, unit: string) => `${from} til ${to} ${unit}`,
    afterTreatment: (from: string, to: string, unit: string) => `${from} til ${to} ${unit} etter avsluttet behandling`,
    years: (from: string, to: string) => `${from} til ${to}`,
    stateBudget: (year: string) => `statsbudsjettet for ${year}`,
  },
};
