import { capitalise } from '../../text.ts';
export const seedEmployment = {
  title: 'Competitive employment in the SEED trial',
  ips: 'IPS',
  control: 'Traditional vocational rehabilitation (sheltered)',
  controlShort: 'Traditional rehabilitation (sheltered)',
  axis: 'Share who got a competitive job (%)',
  orAxis: 'Odds ratio, IPS vs sheltered rehabilitation (log scale)',
  orRow: 'Competitive employment',
  orLabel: 'Odds ratio',
  noEffect: 'no difference',
  favoursIps: 'favours IPS →',
  favoursControl: '← favours sheltered',
  viewPercent: 'Percent',
  viewOr: 'Odds ratio',
  measure: 'Measure',
  summary: (when: string, ips: string, ctl: string, or: string, above: boolean) =>
    `${capitalise(when)}, ${ips} of the young adults offered IPS got a competitive job, against ${ctl} of those offered traditional vocational rehabilitation in a sheltered setting; the published odds ratio is ${or}${above ? ': a wide interval, but all of it above 1 (no difference)' : ''}.`,
  derivation: (d: string) =>
    `The difference (${d}) is the published percentages subtracted here; the abstract does not give the number analysed in each arm, so no confidence interval can be computed for it. The odds ratio and its interval are as published.`,
  orNote: (or: string) => `Odds ratio ${or}`,
};
