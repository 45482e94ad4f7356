import { capitalise } from '../../text.ts';
export const ipsinpainEmployment = {
  title: 'Employment in the IPSinPain trial, and how uncertain it is',
  arms: { intervention: 'IPS + treatment as usual', control: 'Treatment as usual' },
  axis: 'Share who attained employment (%), with 95% CI',
  diffAxis: 'IPS minus treatment as usual (points)',
  diffRow: 'Difference in employment',
  moreIps: 'more with IPS →',
  moreControl: '← more without IPS',
  viewPercent: 'Percent with CI',
  viewDiff: 'Difference with CI',
  employed: 'Attained employment',
  fitted: 'Fitted count',
  ciWilson: '95% CI (Wilson, fitted counts)',
  ciNewcombe: '95% CI (Newcombe, fitted counts)',
  comparison: 'Comparison',
  ci: '95% CI',
  fittedShort: 'from fitted counts',
  stepControl: (arm: string, v: string) => `First: ${arm}, ${v}.`,
  stepIps: (arm: string, v: string) => `Then: ${arm}, ${v}.`,
  stepCi: (overlap: boolean) => `The 95% confidence intervals, from fitted counts${overlap ? ', overlap' : ''}.`,
  summary: (when: string, ips: string, ctl: string, ci: string, crosses: boolean) =>
    `${capitalise(when)}, ${ips} of the patients given IPS had attained employment against ${ctl} with treatment as usual alone, but with so few patients the estimate is uncertain: the 95% confidence interval of the difference, computed here from counts fitted to the published percentages, runs from ${ci} percentage points${crosses ? ' and so includes no difference' : ''}.`,
  derivation: (counts: string) =>
    `Confidence intervals are computed here from the fitted counts ${counts}: the Wilson score interval for each arm, and the Newcombe hybrid score interval (method 10) for the difference.`,
  fittedNote: (counts: string, sizes: string) =>
    `The counts ${counts} are fitted here, not read in the paper: they are the only fractions with denominators up to the arm sizes in the paper (${sizes}) that round to the published percentages. The abstract does not state how many were analysed; the fitted denominators imply slightly fewer than the arm sizes.`,
};
