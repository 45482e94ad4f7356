import type { Messages } from '../../messages.ts';

export const evidenceOverTime: Messages['charts']['evidenceOverTime'] = {
  title: 'IPS-evidensen over tid: antall studier og gjennomsnittlig arbeid',
  axisMeans: 'Gjennomsnittlig andel i ordinært arbeid (%)',
  axisCount: 'Randomiserte kontrollerte studier talt med',
  means: 'Gjennomsnitt',
  count: 'Antall studier',
  rcts: (n: string) => `${n} RCT-er`,
  slides: '(lysbilder)',
  talk: 'Remes foredrag (udatert)',
  notShown: 'gjennomsnitt ikke vist',
  noOverall: 'ikke oppgitt samlet gjennomsnitt',
  undated: 'udatert',
  summary: (n0: string, y0: string, n1: string, y1: string, a0: string, b0: string, a1: string, b1: string) =>
    `Utviklernes telling av randomiserte IPS-studier økte fra ${n0} i ${y0} til ${n1} i ${y1}; den gjennomsnittlige andelen i ordinært arbeid de oppgir, gikk fra ${a0} med IPS mot ${b0} i sammenligningsgruppene til ${a1} mot ${b1}.`,
  columns: { summary: 'Oversikt', date: 'Dato', rcts: 'RCT-er', status: 'Status' },
  placed: (talk: string, before: string, after: string) => `${talk} har ingen dato; det er plassert etter antall studier, mellom ${before} og ${after}.`,
  check: (n: string, cite: string) => `${cite} (publisert) nevner også ${n} randomiserte studier, uten gjennomsnitt.`,
  hollow: 'Åpne markører: tall som bare er vist i Remes foredrag.',
  usNonUs: (us: string, non: string) => `bare IPS-gruppene: ${us} i amerikanske studier, ${non} ellers`,
  derivation:
    'Forskjellene er de oppgitte gjennomsnittene trukket fra hverandre her (prosentpoeng); oversiktene oppgir ikke antall, så konfidensintervall kan ikke beregnes.',
};
