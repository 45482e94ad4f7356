import { listOf } from '../../text.ts';
import type { Messages } from '../../messages.ts';

export const awacPopulations: Messages['charts']['awacPopulations'] = {
  title: 'De tre gruppene i AWaC-studien, slik tre kilder oppgir dem',
  populations: { 'at-risk': 'I fare for sykmelding', 'sick-leave': 'Sykmeldt', 'long-term-benefits': 'På langvarige ytelser' },
  rows: {
    table: (cite: string, n: string) => `Tabell ved oppstart, ${cite} (n = ${n})`,
    'project-page': 'Prosjektsiden',
    talk: 'Remes foredrag',
  },
  axis: 'Andel av deltakerne (%)',
  countAxis: 'Deltakere ved oppstart',
  viewSources: 'Tre kilder side om side',
  viewCounts: 'Antall i tabellen ved oppstart',
  source: 'Kilde',
  /** "412 of 1,000" */
  ofTotal: (n: string, total: string) => `${n} av ${total}`,
  total: 'I alt',
  population: 'Gruppe',
  participants: 'Deltakere',
  share: 'Andel (beregnet her)',
  summary: (n: string, table: string, sick: string) =>
    `Kildene er uenige om hvordan de ${n} deltakerne fordelte seg: tabellen ved oppstart i en søsterartikkel gir ${table}, mens ${sick}.`,
  tableShares: (parts: string[]) => listOf(parts, 'nb'),
  sickStated: (same: boolean, v: string[]) =>
    same ? `prosjektsiden og Remes foredrag begge oppgir ${v[0]} sykmeldte` : `prosjektsiden oppgir ${v[0]} og Remes foredrag ${v[1]} sykmeldte`,
  derivation: (n: string) =>
    `Andelene i tabellen ved oppstart er beregnet her fra antallene (hver gruppes n delt på ${n}); prosjektsiden og Remes foredrag oppgir andeler uten antall.`,
};
