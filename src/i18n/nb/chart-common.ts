/** Ord flere figurer deler (samme form som en/chart-common.ts). */
import type { Messages } from '../messages.ts';

export const chartCommon: Messages['chartCommon'] = {
  steps: {
    first: (control: string) => `Først: ${control}.`,
    then: (intervention: string) => `Så: ${intervention}.`,
    difference: 'Forskjellen mellom dem.',
  },
  views: { percent: 'Prosent', counts: 'Antall', shares: 'Andeler' },
  poolMethod:
    'Slått sammen på dette nettstedet med en metaanalyse med tilfeldige effekter av studienes risikoratioer: variansen mellom studiene (τ²) med begrenset sannsynlighetsmaksimering (REML), 95 %-konfidensintervallet med Hartung–Knapp–Sidik–Jonkman-metoden (t-fordeling med k−1 frihetsgrader), 95 %-prediksjonsintervallet med t-fordeling med k−2 frihetsgrader (Riley mfl., BMJ 2011). Hver studies risikoratio og 95 %-konfidensintervall er regnet fra antallene (log-metoden; 0,5 legges til i hver celle bare når en celle er null). Koden er testet mot R-pakken metafor.',
};
