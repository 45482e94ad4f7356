import { listOf } from '../../text.ts';

export const awacWork = {
  title: 'Work participation in the AWaC trial',
  arms: { intervention: 'Work-focused CBT + IPS', control: 'Usual care' },
  axis: 'Increased or maintained work participation (%)',
  diffAxis: 'Difference, intervention minus usual care (points)',
  all: 'All participants',
  ltb: 'Subgroup on long-term benefits',
  viewRates: (when: string) => `Rates at ${when}`,
  viewDiff: 'Differences',
  outcome: 'Work participation',
  comparison: 'Comparison',
  pValue: 'p',
  against: 'against',
  subtracted: (a: string, b: string) => `Rates subtracted here (${a} − ${b})`,
  openDot:
    'An open dot marks a figure that is not from a peer-reviewed paper; no confidence intervals were published for these differences, and without counts none can be computed.',
  summary: (when: string, ips: string, ctl: string, p: string, later: string[]) =>
    `At ${when}, ${ips} of those offered work-focused CBT with IPS had increased or maintained their work participation, against ${ctl} with usual care (${p}); the published differences were ${listOf(later, 'en')}.`,
  later: (v: string, where: string) => `${v} ${where}`,
  at: (when: string) => `at ${when}`,
  inLtb: 'in the subgroup on long-term benefits',
  derivation: (d: string, published: string) =>
    `The difference of the rounded rates (${d}) is computed here by subtraction; the conference abstract's ${published} presumably comes from the unrounded rates, which were not available.`,
};
