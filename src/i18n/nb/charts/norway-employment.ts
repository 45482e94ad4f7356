import type { Messages } from '../../messages.ts';

export const norwayEmployment: Messages['charts']['norwayEmployment'] = {
  title: 'Ordinært arbeid i den norske IPS-studien',
  axis: 'Andel i ordinært arbeid (%)',
  diffAxis: 'Forskjell, IPS minus kontroll (prosentpoeng)',
  percentView: 'IPS og kontroll',
  diffView: 'Forskjell',
  summary: (last: string, ips: string, ctl: string, diff: string, first: string, ips1: string, ctl1: string) =>
    `Etter ${last} var ${ips} av dem som fikk tilbud om IPS i ordinært arbeid, mot ${ctl} i kontrollgruppen, ${diff} flere (etter ${first}: ${ips1} mot ${ctl1}).`,
  derivation: (d: string) =>
    `Forskjellene (${d}) er de publiserte prosentene trukket fra hverandre her; sammendraget oppgir ikke antall, så konfidensintervall kan ikke beregnes.`,
};
