import { plural } from '../../text.ts';

export const ipsCumulative = {
  title: 'IPS trials pooled year by year: how the estimate changed as trials were published',
  axis: 'Pooled risk ratio, IPS vs comparison (log scale)',
  view: 'By year',
  label: (year: number, k: number) => `${year} · ${k} ${plural(k, { one: 'trial', other: 'trials' }, 'en')}`,
  single: (year: number) => `${year} · 1 trial, not pooled`,
  added: (list: string) => `added: ${list}`,
  participants: (n: string) => `${n} people`,
  title_: (label: string, rr: string, n: string) => `${label} · pooled risk ratio ${rr}, ${n} participants`,
  titleSingle: (label: string, rr: string) => `${label} · this trial's risk ratio ${rr}`,
  legend: 'Pooled risk ratio of a competitive job with IPS after each year, with its 95% confidence interval (diamond); a square is a single trial, not pooled',
  summary: (y0: number, k0: number, r0: string, c0: string, y1: number, k1: number, r1: string, c1: string) =>
    `Pooling the trials in the order they were published, the risk ratio was ${r0} (95% CI ${c0}) with ${k0} trials in ${y0}, and ${r1} (95% CI ${c1}) with ${k1} trials in ${y1}.`,
  summaryOne: (y: number, k: number, r: string, c: string) => `Pooled after ${y}, with ${k} trials, the risk ratio is ${r} (95% CI ${c}).`,
  step: (year: number, k: number, rr: string) => `${year}: ${k} ${plural(k, { one: 'trial', other: 'trials' }, 'en')}, ${rr}.`,
  columns: { year: 'Year', added: 'Trials added', k: 'Trials so far', n: 'Participants so far', rr: 'Risk ratio (95% CI)' },
  derivedPooled: 'random-effects meta-analysis of the trials so far: REML, Hartung–Knapp–Sidik–Jonkman',
  derivedSingle: 'this trial’s risk ratio from its counts, not pooled',
  note: 'Each row pools every trial published up to that year, so the rows are not independent: a later row contains the trials of every earlier one.',
};
