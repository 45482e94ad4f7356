import { plural } from '../../text.ts';
import { formatNumber } from '../../format.ts';
import type { Messages } from '../../messages.ts';
import { countInWords } from '../numbers.ts';

export const individualTrials: Messages['charts']['individualTrials'] = {
  title: 'Arbeid med og uten IPS, studie for studie',
  axis: 'Andel i arbeid (%), slik hver studie målte det',
  views: { year: 'Etter år', effect: 'Etter forskjell', size: 'Etter størrelse' },
  reference: (n: string, cite: string, status: string) => `Stiplede linjer: gjennomsnitt av ${n} studier,\n${cite} (${status})`,
  refTitle: (cite: string, arm: string, v: string) => `${cite} · gjennomsnitt, ${arm}: ${v}`,
  n: (n: string) => `N = ${n}`,
  titleGrouped: 'Arbeid med og uten IPS, studiene i grupper',
  summary: (n: number, up: number, lo: string, hi: string) =>
    up === n
      ? `I alle ${formatNumber(n, 'nb')} studiene var en større andel i arbeid etter tilbud om IPS enn i sammenligningsgruppen, fra ${lo} til ${hi} flere, men studiene målte arbeid på ulike måter og til ulike tider.`
      : `I ${formatNumber(up, 'nb')} av ${formatNumber(n, 'nb')} studier var en større andel i arbeid etter tilbud om IPS enn i sammenligningsgruppen; studiene målte arbeid på ulike måter og til ulike tider.`,
  columns: { year: 'År', n: 'Randomisert', effect: 'Publisert effekt (95 % KI)' },
  effectName: { 'risk-difference': 'forskjell', 'odds-ratio': 'oddsratio' } as Record<string, string>,
  derivation:
    'Forskjellene er de publiserte prosentene trukket fra hverandre her (prosentpoeng). De har ikke konfidensintervall, fordi de fleste sammendragene ikke oppgir antall; der en studie publiserte sin egen effekt med konfidensintervall, viser tabellen den.',
  outcomeNote: (others: string) => `Utfall og oppfølgingstid varierer mellom studiene (se tabellen). De fleste teller ordinært arbeid; ${others}.`,
  counts: (trial: string, what: string) => `${trial} teller ${what}`,
  otherArm: (trial: string, arm: string, v: string, shown: string) => `${trial} hadde en annen sammenligningsgruppe, ${arm}: ${v}; figuren viser ${shown}.`,
  norway: (n: number, others: string) =>
    `Av de ${countInWords(n)} norske studiene på dette nettstedet vises bare multisenterstudien: den prøvde ut IPS alene for personer med moderate til alvorlige psykiske lidelser, nær gruppene i de andre studiene her. ${others} studerte andre grupper eller et sammensatt tiltak.`,
  nNote: 'N er antall randomiserte, slik det er publisert.',
  wording: (list: string) => `Utfall og grupper med sammendragenes ord (engelsk): ${list}.`,
  referenceNote: (cite: string, ips: string, ctl: string, status: string, note: string) =>
    `Stiplede linjer: ${cite} (${status}), ${ips} med IPS og ${ctl} i sammenligningsgruppene; ${note}.`,
  trials: (n: number) => `${formatNumber(n, 'nb')} ${plural(n, { one: 'studie', other: 'studier' }, 'nb')}`,
  mean: 'gjennomsnitt',
  grouped: (n: string, limit: number) =>
    `Det er ${n} studier, for mange til én rad hver, så hver rad er en gruppe studier (flere enn ${limit} grupperes alltid). Hver studies egne tall, med kilde, ligger i CSV-filen.`,
  groupDerivation:
    'Gruppeverdiene er uvektede gjennomsnitt av studienes publiserte prosenter: hver studie teller én gang, uansett størrelse. De beskriver studiene; de er ikke et samlet effektestimat (se metaanalysene for det).',
  otherOutcomes: (n: number) => plural(n, { one: 'én studie teller en annen type arbeid', other: `${n} studier teller en annen type arbeid` }, 'nb'),
  groupColumns: { group: 'Gruppe', trials: 'Studier', range: 'Spenn i forskjell' },
  period: (from: number, to: number) => `${from}–${to}`,
  noYear: 'År ikke oppgitt',
  sizeBand: (lo: number, hi: number | undefined) => (hi === undefined ? `N ${lo} eller flere` : lo === 0 ? `N under ${hi}` : `N ${lo}–${hi - 1}`),
  noSize: 'N ikke publisert',
  effectBand: (lo: string, hi: string) => `${lo} til under ${hi} poeng`,
};
