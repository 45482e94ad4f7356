import { listOf } from '../../text.ts';
export const seedBaseline = {
  title: 'Who took part in SEED',
  legend: (n: string) => `Share of the ${n} participants at the start of the trial`,
  axis: 'Share of participants (%)',
  characteristic: 'Characteristic',
  participants: 'Participants randomised',
  meanAge: 'Mean age',
  /** The baseline shares by figure id: a name on the chart, and a phrase for the summary. */
  shares: {
    'seed-baseline-share-men': { label: 'Men', phrase: 'were men' },
    'seed-baseline-share-bullied': { label: 'Had been bullied', phrase: 'having been bullied' },
    'seed-baseline-share-hazardous-alcohol-use': { label: 'Hazardous alcohol use', phrase: 'hazardous alcohol use' },
    'seed-baseline-share-psychological-distress': { label: 'Psychological distress', phrase: 'psychological distress' },
    'seed-baseline-share-less-than-high-school': { label: 'Less than high-school education', phrase: 'less than high-school education' },
    'seed-baseline-share-violence': { label: 'Had experienced violence', phrase: 'having experienced violence' },
    'seed-baseline-share-reading-writing-difficulties': { label: 'Reading or writing difficulties', phrase: 'reading or writing difficulties' },
  },
  /** The share of men, as the summary's clause. */
  men: (pct: string) => `${pct} were men`,
  summary: (n: string, age: string, men: string, top: string[]) =>
    `Of the ${n} young adults in SEED (mean age ${age}), ${men}; the most common burdens at the start were ${listOf(top, 'en')}.`,
};
