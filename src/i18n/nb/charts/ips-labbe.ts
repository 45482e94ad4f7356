import type { Messages } from '../../messages.ts';

export const ipsLabbe: Messages['charts']['ipsLabbe'] = {
  title: 'Hver IPS-studie: arbeid med IPS mot arbeid i sammenligningsgruppen',
  x: 'Sammenligningsgruppen: fikk ordinært arbeid (%)',
  y: 'IPS: fikk ordinært arbeid (%)',
  view: 'Studier',
  noEffect: 'ingen forskjell',
  pooledLine: (rr: string) => `samlet risikoratio ${rr}`,
  meanShort: 'uvektet gjennomsnitt',
  trialTitle: (label: string, ips: string, control: string, n: string) => `${label} · IPS ${ips}, sammenligning ${control}, ${n} deltakere`,
  meanTitle: (ips: string, control: string, k: number) =>
    `Uvektet gjennomsnitt av ${k} studier · IPS ${ips}, sammenligning ${control}; hver studie teller én gang uansett størrelse, så dette er ikke et samlet estimat`,
  lineTitle: (rr: string) => `Samlet risikoratio ${rr} (REML): andel med IPS = ${rr} × andel i sammenligningsgruppen`,
  legend: 'Hver sirkel er en studie, med størrelse etter antall deltakere; over diagonalen gikk det bedre med IPS',
  summary: (above: number, k: number, ips: string, control: string) =>
    `${above === k ? `Alle ${k} studiene ligger` : `${above} av ${k} studier ligger`} over linjen for ingen forskjell: flere fikk ordinært arbeid med IPS enn i sammenligningsgruppen. Uvektet gjennomsnitt over studiene: ${ips} med IPS mot ${control} uten.`,
  stepTrials: 'Hver studie: opp er IPS, bortover er sammenligningsgruppen; over diagonalen gikk det bedre med IPS.',
  stepMean: 'Det uvektede gjennomsnittet av studiene: en beskrivelse, ikke et samlet estimat.',
  stepPooled: (rr: string) => `Den samlede risikoratioen, ${rr}, som en linje.`,
  columns: {
    trial: 'Studie',
    control: 'Sammenligning: i arbeid (publisert)',
    ips: 'IPS: i arbeid (publisert)',
    counts: 'I arbeid / randomisert, IPS · sammenligning',
    source: 'Kilde',
  },
  meanRow: (k: number) => `Uvektet gjennomsnitt av ${k} studier`,
  derivedMean: 'uvektet gjennomsnitt av studienes publiserte andeler, ikke et samlet estimat',
  note: 'Det uvektede gjennomsnittet teller en studie med 100 deltakere like mye som en med 1 000, og blander studier som målte arbeid på ulike tidspunkt; den samlede risikoratioen vekter hver studie etter presisjonen.',
};
