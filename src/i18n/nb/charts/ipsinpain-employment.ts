import { capitalise } from '../../text.ts';
import type { Messages } from '../../messages.ts';

export const ipsinpainEmployment: Messages['charts']['ipsinpainEmployment'] = {
  title: 'Arbeid i IPSinPain-studien, og hvor usikkert det er',
  arms: { intervention: 'IPS + vanlig behandling', control: 'Vanlig behandling' },
  axis: 'Andel som kom i arbeid (%), med 95 % KI',
  diffAxis: 'IPS minus vanlig behandling (poeng)',
  diffRow: 'Forskjell i andel i arbeid',
  moreIps: 'flere med IPS →',
  moreControl: '← flere uten IPS',
  viewPercent: 'Prosent med KI',
  viewDiff: 'Forskjell med KI',
  employed: 'Kom i arbeid',
  fitted: 'Tilpasset antall',
  ciWilson: '95 % KI (Wilson, tilpassede antall)',
  ciNewcombe: '95 % KI (Newcombe, tilpassede antall)',
  comparison: 'Sammenligning',
  ci: '95 % KI',
  fittedShort: 'fra tilpassede antall',
  stepControl: (arm: string, v: string) => `Først: ${arm.toLowerCase()}, ${v}.`,
  stepIps: (arm: string, v: string) => `Så: ${arm}, ${v}.`,
  stepCi: (overlap: boolean) => `95 % konfidensintervallene, fra tilpassede antall${overlap ? ', overlapper' : ''}.`,
  summary: (when: string, ips: string, ctl: string, ci: string, crosses: boolean) =>
    `${capitalise(when)} hadde ${ips} av pasientene som fikk IPS kommet i arbeid, mot ${ctl} med bare vanlig behandling, men med så få pasienter er anslaget usikkert: 95 % konfidensintervall for forskjellen, beregnet her fra antall tilpasset de publiserte prosentene, går fra ${ci} prosentpoeng${crosses ? ' og omfatter dermed ingen forskjell' : ''}.`,
  derivation: (counts: string) =>
    `Konfidensintervallene er beregnet her fra de tilpassede antallene ${counts}: Wilsons scoreintervall for hver gruppe og Newcombes hybride scoreintervall (metode 10) for forskjellen.`,
  fittedNote: (counts: string, sizes: string) =>
    `Antallene ${counts} er tilpasset her, ikke lest i artikkelen: de er de eneste brøkene med nevner opp til gruppestørrelsene i artikkelen (${sizes}) som avrundes til de publiserte prosentene. Sammendraget oppgir ikke hvor mange som ble analysert; de tilpassede nevnerne tilsier litt færre enn gruppestørrelsene.`,
};
