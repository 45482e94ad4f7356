import { capitalise } from '../../text.ts';
import type { Messages } from '../../messages.ts';

export const seedEmployment: Messages['charts']['seedEmployment'] = {
  title: 'Ordinært arbeid i SEED-studien',
  ips: 'IPS',
  control: 'Tradisjonell arbeidsrettet rehabilitering (skjermet)',
  controlShort: 'Tradisjonell rehabilitering (skjermet)',
  axis: 'Andel som fikk ordinær jobb (%)',
  orAxis: 'Oddsratio, IPS mot skjermet rehabilitering (log-skala)',
  orRow: 'Ordinært arbeid',
  orLabel: 'Oddsratio',
  noEffect: 'ingen forskjell',
  favoursIps: 'i favør av IPS →',
  favoursControl: '← i favør av skjermet',
  viewPercent: 'Prosent',
  viewOr: 'Oddsratio',
  measure: 'Mål',
  summary: (when: string, ips: string, ctl: string, or: string, above: boolean) =>
    `${capitalise(when)} fikk ${ips} av de unge voksne som fikk tilbud om IPS en ordinær jobb, mot ${ctl} av dem som fikk tradisjonell arbeidsrettet rehabilitering i skjermet virksomhet; den publiserte oddsratioen er ${or}${above ? ': et bredt intervall, men hele intervallet ligger over 1 (ingen forskjell)' : ''}.`,
  derivation: (d: string) =>
    `Forskjellen (${d}) er de publiserte prosentene trukket fra hverandre her; sammendraget oppgir ikke hvor mange som ble analysert i hver gruppe, så konfidensintervall kan ikke beregnes for den. Oddsratioen og intervallet er som publisert.`,
  orNote: (or: string) => `Oddsratio ${or}`,
};
