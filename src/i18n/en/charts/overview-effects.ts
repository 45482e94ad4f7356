import { listOf } from '../../text.ts';
import { countInWords } from '../numbers.ts';

export const overviewEffects = {
  /** Between the two arms' counts: "19/36 vs 7/18". */
  versus: 'vs',
  title: (n: number) => `How much IPS changed employment in ${countInWords(n)} Norwegian ${n === 1 ? 'trial' : 'trials'}`,
  axis: 'Difference, IPS minus comparison (percentage points)',
  moreIps: 'more work with IPS →',
  moreControl: '← more without IPS',
  legendDot: 'Difference (IPS minus comparison)',
  ciFitted: '95% CI from fitted counts',
  ciPublished: '95% CI from published counts',
  noCi: 'no CI: no counts published',
  ci: '95% CI',
  summary: (n: number, up: number, lo: string, hi: string, withCi: string[], crosses: boolean) =>
    `${up === n ? `In each of the ${n} trials` : `In ${up} of ${n} trials`} the share in work was higher with IPS than without, by ${lo} to ${hi}; ${
      withCi.length === 0
        ? 'no confidence interval can be computed, because the trials published percentages without counts'
        : `a confidence interval could be computed here only for ${listOf(withCi, 'en')}, from counts${crosses ? ', and it includes no difference' : ''}`
    }.`,
  derivation: (fitted: string) =>
    `Differences are the published percentages subtracted here. The 95% CI is the Newcombe hybrid score interval computed here from counts${fitted}; the other trials published no counts, so no interval can be computed for them.`,
  fittedNote: (which: string) => ` (for ${which}, counts fitted to the published percentages and not confirmed by the paper)`,
  outcomeNote: 'The outcome differs between trials (competitive employment, any employment, work participation) and so does the time point.',
  ratioNote: (trial: string, what: string) =>
    `${trial}: the paper publishes ${what}; it is on another scale and cannot be turned into percentage points without counts.`,
  ratio: (label: string, value: string) => `an ${label.toLowerCase()} of ${value}`,
  step: (trial: string, d: string) => `${trial}: ${d}.`,
};
