import type { Messages } from '../../messages.ts';
import { countInWords } from '../numbers.ts';

export const trialHeadlines: Messages['charts']['trialHeadlines'] = {
  title: (n: number) => `Arbeid med og uten IPS i ${countInWords(n)} ${n === 1 ? 'norsk studie' : 'norske studier'}`,
  axis: 'Andel i arbeid (%)',
  summary: (n: number, up: number, lo: string, hi: string) =>
    up === n
      ? `I hver av de ${n} studiene var andelen i arbeid høyere i IPS-gruppen enn i sammenligningsgruppen, med ${lo} til ${hi}; men studiene gjaldt ulike grupper, utfall og tidspunkter, og ikke alle forskjellene er statistisk sikre.`
      : `I ${up} av ${n} studier var en større andel i arbeid etter IPS enn i sammenligningsgruppen.`,
  derivation:
    'Forskjellene er de publiserte prosentene trukket fra hverandre her (prosentpoeng); de har ikke konfidensintervall fordi sammendragene ikke oppgir antall.',
  outcomeNote: 'Utfallet varierer mellom studiene (ordinært arbeid, alt arbeid, arbeidsdeltakelse), og det gjør tidspunktet også: se tabellen.',
};
