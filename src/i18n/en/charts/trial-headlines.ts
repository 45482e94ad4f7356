import { countInWords } from '../numbers.ts';

export const trialHeadlines = {
  title: (n: number) => `Employment with IPS and without it, in ${countInWords(n)} Norwegian ${n === 1 ? 'trial' : 'trials'}`,
  axis: 'Share employed or in work (%)',
  summary: (n: number, up: number, lo: string, hi: string) =>
    up === n
      ? `In each of the ${n} trials the share in work was higher in the IPS group than in the comparison group, by ${lo} to ${hi}; but the trials studied different groups, outcomes and time points, and not every difference is statistically clear.`
      : `In ${up} of ${n} trials a larger share worked after IPS than in the comparison group.`,
  derivation:
    'Differences are the published percentages subtracted here (percentage points); they carry no confidence interval because the abstracts give no counts.',
  outcomeNote: 'The outcome differs between trials (competitive employment, any employment, work participation) and so does the time point: see the table.',
};
