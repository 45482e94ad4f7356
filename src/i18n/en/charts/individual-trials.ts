import { plural } from '../../text.ts';
import { formatNumber } from '../../format.ts';
import { countInWords } from '../numbers.ts';

export const individualTrials = {
  title: 'Employment with IPS and without it, trial by trial',
  axis: 'Share in work (%), as each trial measured it',
  views: { year: 'By year', effect: 'By difference', size: 'By size' },
  reference: (n: string, cite: string, status: string) => `Dashed lines: average of ${n} trials,\n${cite} (${status})`,
  refTitle: (cite: string, arm: string, v: string) => `${cite} · average, ${arm}: ${v}`,
  n: (n: string) => `N = ${n}`,
  titleGrouped: 'Employment with IPS and without it, trials in groups',
  summary: (n: number, up: number, lo: string, hi: string) =>
    up === n
      ? `In all ${formatNumber(n, 'en')} trials a larger share worked after being offered IPS than in the comparison group, from ${lo} to ${hi} more, though the trials measured work in different ways and at different times.`
      : `In ${formatNumber(up, 'en')} of ${formatNumber(n, 'en')} trials a larger share worked after being offered IPS than in the comparison group; the trials measured work in different ways and at different times.`,
  columns: { year: 'Year', n: 'Randomised', effect: 'Published effect (95% CI)' },
  effectName: { 'risk-difference': 'difference', 'odds-ratio': 'odds ratio' } as Record<string, string>,
  derivation:
    'Differences are the published percentages subtracted here (percentage points). They carry no confidence interval, because most abstracts give no counts; where a trial published its own effect with a confidence interval, the table shows it.',
  outcomeNote: (others: string) => `Outcomes and follow-up times differ between trials (see the table). Most count competitive employment; ${others}.`,
  counts: (trial: string, what: string) => `${trial} counts ${what}`,
  otherArm: (trial: string, arm: string, v: string, shown: string) => `${trial} had a second comparison arm, ${arm}: ${v}; the chart shows ${shown}.`,
  norway: (n: number, others: string) =>
    `Of the ${countInWords(n)} Norwegian trials on this site only the multicentre trial is shown: it tested IPS alone for people with moderate-to-severe mental illness, close to the groups of the other trials here. ${others} studied other groups or a combined intervention.`,
  nNote: 'N is the number randomised, as published.',
  wording: (list: string) => `The outcome and arms in each abstract's words: ${list}.`,
  referenceNote: (cite: string, ips: string, ctl: string, status: string, note: string) =>
    `Dashed lines: ${cite} (${status}), ${ips} with IPS and ${ctl} in the comparison groups; ${note}.`,
  trials: (n: number) => `${formatNumber(n, 'en')} ${plural(n, { one: 'trial', other: 'trials' }, 'en')}`,
  mean: 'mean',
  grouped: (n: string, limit: number) =>
    `There are ${n} trials, too many to draw one row each, so each row is a group of trials (more than ${limit} are always grouped). Every trial's own figures, with its source, are in the CSV download.`,
  groupDerivation:
    'Group values are unweighted means of the trials’ published percentages: each trial counts once, whatever its size. They describe the trials; they are not a pooled estimate (see the meta-analyses for those).',
  otherOutcomes: (n: number) => plural(n, { one: 'one trial counts another kind of work', other: `${n} trials count another kind of work` }, 'en'),
  groupColumns: { group: 'Group', trials: 'Trials', range: 'Range of differences' },
  period: (from: number, to: number) => `${from}–${to}`,
  noYear: 'Year not given',
  sizeBand: (lo: number, hi: number | undefined) => (hi === undefined ? `N ${lo} or more` : lo === 0 ? `N under ${hi}` : `N ${lo}–${hi - 1}`),
  noSize: 'N not published',
  effectBand: (lo: string, hi: string) => `${lo} to under ${hi} points`,
};
