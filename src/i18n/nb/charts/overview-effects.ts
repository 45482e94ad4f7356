import { listOf } from '../../text.ts';
import type { Messages } from '../../messages.ts';
import { countInWords } from '../numbers.ts';

export const overviewEffects: Messages['charts']['overviewEffects'] = {
  /** Between the two arms' counts: "19/36 vs 7/18". */
  versus: 'mot',
  title: (n: number) => `Hvor mye IPS endret andelen i arbeid i ${countInWords(n)} ${n === 1 ? 'norsk studie' : 'norske studier'}`,
  axis: 'Forskjell, IPS minus sammenligning (prosentpoeng)',
  moreIps: 'mer arbeid med IPS →',
  moreControl: '← mer uten IPS',
  legendDot: 'Forskjell (IPS minus sammenligning)',
  ciFitted: '95 % KI fra tilpassede antall',
  ciPublished: '95 % KI fra publiserte antall',
  noCi: 'uten KI: ingen antall publisert',
  ci: '95 % KI',
  summary: (n: number, up: number, lo: string, hi: string, withCi: string[], crosses: boolean) =>
    `${up === n ? `I hver av de ${n} studiene` : `I ${up} av ${n} studier`} var andelen i arbeid høyere med IPS enn uten, med ${lo} til ${hi}; ${
      withCi.length === 0
        ? 'konfidensintervall kan ikke beregnes, fordi studiene publiserte prosenter uten antall'
        : `konfidensintervall kunne beregnes her bare for ${listOf(withCi, 'nb')}, fra antall${crosses ? ', og det omfatter ingen forskjell' : ''}`
    }.`,
  derivation: (fitted: string) =>
    `Forskjellene er de publiserte prosentene trukket fra hverandre her. 95 % KI er Newcombes hybride scoreintervall beregnet her fra antall${fitted}; de andre studiene publiserte ikke antall, så intervall kan ikke beregnes for dem.`,
  fittedNote: (which: string) => ` (for ${which} er antallene tilpasset de publiserte prosentene og ikke bekreftet av artikkelen)`,
  outcomeNote: 'Utfallet varierer mellom studiene (ordinært arbeid, alt arbeid, arbeidsdeltakelse), og det gjør tidspunktet også.',
  ratioNote: (trial: string, what: string) =>
    `${trial}: artikkelen oppgir ${what}; det er på en annen skala og kan ikke gjøres om til prosentpoeng uten antall.`,
  ratio: (label: string, value: string) => `${label.toLowerCase()} ${value}`,
  step: (trial: string, d: string) => `${trial}: ${d}.`,
};
