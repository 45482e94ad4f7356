import { plural } from '../../text.ts';
import { ui } from '../ui.ts';
import { type SynthesisGrouping } from '../../../stats/synthesis.ts';
import type { Messages } from '../../messages.ts';

export const ipsTrialsForest: Messages['charts']['ipsTrialsForest'] = {
  title: 'IPS-studiene slått sammen: sjansen for ordinært arbeid, IPS mot sammenligning',
  axis: 'Risikoratio, IPS mot sammenligning (log-skala)',
  views: { all: 'Alle studier', population: 'Etter hvem som deltok', region: 'Etter region', comparator: 'Etter sammenligningsgruppe' },
  groups: {
    population: { smi: 'Personer med alvorlige psykiske lidelser', other: 'Andre grupper (f.eks. veteraner med PTSD)' },
    region: { us: 'I USA', 'outside-us': 'Utenfor USA' },
    comparator: {
      active: 'Sammenligningsgruppen fikk et annet arbeidsrettet tilbud',
      passive: 'Sammenligningsgruppen uten arbeidsrettet tilbud',
      unclear: 'Sammenligningsgruppen er ikke beskrevet i dataene',
    },
  } as Record<SynthesisGrouping, Record<string, string>>,
  allHeading: 'Alle studier',
  detail: (ips: string, control: string, when: string) => `IPS ${ips} · sammenligning ${control} · ${when}`,
  pooled: (k: number) => `Samlet, tilfeldige effekter (${k} studier)`,
  pooledGroup: (k: number) => `Samlet i denne gruppen (${k} studier)`,
  pooledShort: (k: number) => `Samlet (${k} studier)`,
  predictionShort: 'Prediksjonsintervall',
  prediction: 'Prediksjonsintervall: et nytt sted',
  predictionText: (lo: string, hi: string) => `${lo} til ${hi}`,
  weight: (w: string) => `${w} %`,
  rrTitle: (label: string, rr: string, ips: string, control: string, w: string) =>
    `${label} · risikoratio ${rr}, IPS ${ips} mot sammenligning ${control}, vekt ${w} %`,
  pooledTitle: (label: string, rr: string) => `${label} · risikoratio ${rr}, Hartung–Knapp`,
  predictionTitle: (lo: string, hi: string) => `Prediksjonsintervall · risikoratioen på et nytt sted: ${lo} til ${hi} (95 %)`,
  legend:
    'Risikoratio for ordinært arbeid, IPS mot sammenligningsgruppen, med 95 %-konfidensintervall; kvadratenes størrelse viser vekten, ruten er det samlede estimatet',
  summaryAbove: (k: number, n: string, rr: string, lo: string, hi: string) =>
    `Samlet over ${k} randomiserte studier med ${n} deltakere hadde de som fikk tilbud om IPS ${rr} ganger så stor sjanse for ordinært arbeid som sammenligningsgruppene (95 % KI ${lo} til ${hi}).`,
  summaryBelow: (k: number, n: string, rr: string, lo: string, hi: string) =>
    `Samlet over ${k} randomiserte studier med ${n} deltakere hadde de som fikk tilbud om IPS mindre sjanse for ordinært arbeid: risikoratio ${rr} (95 % KI ${lo} til ${hi}).`,
  summaryUnclear: (k: number, n: string, rr: string, lo: string, hi: string, m: number) =>
    `Samlet over ${k} randomiserte studier med ${n} deltakere er risikoratioen for ordinært arbeid med IPS ${rr}, men med så få studier omfatter 95 %-KI (${lo} til ${hi}) ingen forskjell, selv om ${m === k ? `hver av de ${k} studiene for seg er` : `${m} av de ${k} studiene hver for seg er`} i favør av IPS.`,
  summaryPi: (lo: string, hi: string) => ` På et nytt sted som disse kan effekten ligge alt fra ${lo} til ${hi}.`,
  summaryNone: (k: number) =>
    `${plural(k, { one: 'Én studie har', other: `${k} studier har` }, 'nb')} antallene per gruppe som en sammenslåing trenger, for få til å slå sammen.`,
  stepTrials: 'Hver studie: hvor mye større sjansen for ordinært arbeid var med IPS; større kvadrater veier mer.',
  stepPooled: (rr: string, lo: string, hi: string) => `Samlet: ${rr} (95 % KI ${lo} til ${hi}).`,
  stepPrediction: (lo: string, hi: string) => `Der effekten på et nytt sted kan ligge: ${lo} til ${hi}.`,
  columns: {
    trial: 'Studie',
    ips: 'IPS: i arbeid / randomisert',
    control: 'Sammenligning: i arbeid / randomisert',
    rr: 'Risikoratio (95 % KI)',
    weight: 'Vekt',
    source: ui.source,
  },
  derivedRr: 'risikoratio fra antallene, 95 %-KI med log-metoden',
  derivedWeight: 'andel av vekten med tilfeldige effekter (REML)',
  derivedPooled: 'metaanalyse med tilfeldige effekter: REML, Hartung–Knapp–Sidik–Jonkman',
  derivedPrediction: '95 %-prediksjonsintervall: t med k−2 frihetsgrader',
  computedHere: 'regnet ut på dette nettstedet',
  heterogeneity: (i2: string, tau2: string, q: string, df: number, p: string) =>
    `Heterogenitet mellom studiene: I² ${i2} %, τ² ${tau2} (REML), Cochrans Q ${q} med ${df} frihetsgrader (p ${p}). Med få studier er disse usikre.`,
  dl: (rr: string) => `Med DerSimonian–Laird-estimatet av τ², som de fleste publiserte oversiktene bruker, er den samlede risikoratioen ${rr}.`,
  frequencies: (c: string, ips: string, lo: string, hi: string) =>
    `I naturlige frekvenser: hvis ${c} av 100 i sammenligningsgruppene fikk ordinært arbeid (medianen i disse studiene), betyr den samlede risikoratioen omtrent ${ips} av 100 med IPS (95 % KI ${lo} til ${hi}).`,
  approximate: (list: string) =>
    `${list}: antallene er regnet ut fra publiserte prosentandeler og gruppestørrelser (avledet), så de er omtrentlige; se datatabellen.`,
  only: 'Bare studier der antallet i arbeid og antallet randomiserte finnes i dataene for begge grupper, er slått sammen; flere studier kommer.',
};
