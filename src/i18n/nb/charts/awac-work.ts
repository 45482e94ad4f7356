import { listOf } from '../../text.ts';
import type { Messages } from '../../messages.ts';

export const awacWork: Messages['charts']['awacWork'] = {
  title: 'Arbeidsdeltakelse i AWaC-studien',
  arms: { intervention: 'Arbeidsfokusert KAT + IPS', control: 'Vanlig oppfølging' },
  axis: 'Økt eller opprettholdt arbeidsdeltakelse (%)',
  diffAxis: 'Forskjell, tiltak minus vanlig oppfølging (poeng)',
  all: 'Alle deltakere',
  ltb: 'Undergruppen på langvarige ytelser',
  viewRates: (when: string) => `Andeler etter ${when}`,
  viewDiff: 'Forskjeller',
  outcome: 'Arbeidsdeltakelse',
  comparison: 'Sammenligning',
  pValue: 'p',
  against: 'mot',
  subtracted: (a: string, b: string) => `Andelene trukket fra hverandre her (${a} − ${b})`,
  openDot:
    'En åpen prikk markerer et tall som ikke er fra en fagfellevurdert artikkel; det ble ikke publisert konfidensintervall for forskjellene, og uten antall kan ingen beregnes.',
  summary: (when: string, ips: string, ctl: string, p: string, later: string[]) =>
    `Etter ${when} hadde ${ips} av dem som fikk arbeidsfokusert KAT med IPS økt eller opprettholdt arbeidsdeltakelsen, mot ${ctl} med vanlig oppfølging (${p}); de publiserte forskjellene var ${listOf(later, 'nb')}.`,
  later: (v: string, where: string) => `${v} ${where}`,
  at: (when: string) => `etter ${when}`,
  inLtb: 'i undergruppen på langvarige ytelser',
  derivation: (d: string, published: string) =>
    `Forskjellen mellom de avrundede andelene (${d}) er regnet ut her ved subtraksjon; konferansesammendragets ${published} bygger trolig på de uavrundede andelene, som ikke var tilgjengelige.`,
};
