import { listOf } from '../../text.ts';
import type { Messages } from '../../messages.ts';

export const seedBaseline: Messages['charts']['seedBaseline'] = {
  title: 'Hvem deltok i SEED',
  legend: (n: string) => `Andel av de ${n} deltakerne ved oppstart`,
  axis: 'Andel av deltakerne (%)',
  characteristic: 'Kjennetegn',
  participants: 'Deltakere randomisert',
  meanAge: 'Gjennomsnittsalder',
  /** The baseline shares by figure id: a name on the chart, and a phrase for the summary. */
  shares: {
    'seed-baseline-share-men': { label: 'Menn', phrase: 'menn' },
    'seed-baseline-share-bullied': { label: 'Hadde blitt mobbet', phrase: 'å ha blitt mobbet' },
    'seed-baseline-share-hazardous-alcohol-use': { label: 'Risikofylt alkoholbruk', phrase: 'risikofylt alkoholbruk' },
    'seed-baseline-share-psychological-distress': { label: 'Psykiske plager', phrase: 'psykiske plager' },
    'seed-baseline-share-less-than-high-school': { label: 'Ikke fullført videregående skole', phrase: 'ikke fullført videregående skole' },
    'seed-baseline-share-violence': { label: 'Hadde opplevd vold', phrase: 'å ha opplevd vold' },
    'seed-baseline-share-reading-writing-difficulties': { label: 'Lese- eller skrivevansker', phrase: 'lese- eller skrivevansker' },
  },
  /** The share of men, as the summary's clause. */
  men: (pct: string) => `var ${pct} menn`,
  summary: (n: string, age: string, men: string, top: string[]) =>
    `Av de ${n} unge voksne i SEED (gjennomsnittsalder ${age}) ${men}; de vanligste belastningene ved oppstart var ${listOf(top, 'nb')}.`,
};
