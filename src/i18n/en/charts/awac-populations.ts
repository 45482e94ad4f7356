import { listOf } from '../../text.ts';

export const awacPopulations = {
  title: 'The three populations of the AWaC trial, as three sources give them',
  populations: { 'at-risk': 'At risk of sick leave', 'sick-leave': 'On sick leave', 'long-term-benefits': 'On long-term benefits' },
  rows: {
    table: (cite: string, n: string) => `Baseline table, ${cite} (n = ${n})`,
    'project-page': 'Project page',
    talk: "Reme's talk",
  },
  axis: 'Share of participants (%)',
  countAxis: 'Participants at baseline',
  viewSources: 'Three sources side by side',
  viewCounts: 'Counts in the baseline table',
  source: 'Source',
  /** "412 of 1,000" */
  ofTotal: (n: string, total: string) => `${n} of ${total}`,
  total: 'Total',
  population: 'Population',
  participants: 'Participants',
  share: 'Share (computed here)',
  summary: (n: string, table: string, sick: string) =>
    `Sources disagree on how the ${n} participants were split: the baseline table of a sister paper gives ${table}, while ${sick}.`,
  tableShares: (parts: string[]) => listOf(parts, 'en'),
  sickStated: (same: boolean, v: string[]) =>
    same ? `the project page and Reme's talk both give ${v[0]} on sick leave` : `the project page gives ${v[0]} and Reme's talk ${v[1]} on sick leave`,
  derivation: (n: string) =>
    `The shares of the baseline table are computed here from its counts (each group's n divided by ${n}); the project page and Reme's talk state shares without counts.`,
};
