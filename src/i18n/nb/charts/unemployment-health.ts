import type { Messages } from '../../messages.ts';

export const unemploymentHealth: Messages['charts']['unemploymentHealth'] = {
  title: 'Arbeidsledighet og helse: dødelighet, selvmord og psykiske plager',
  axis: 'Ratio, arbeidsledige mot sammenligning (log-skala)',
  views: { main: 'Hovedestimater', all: 'Alle estimater' },
  outcomes: { mortality: 'Dødelighet (alle årsaker)', suicide: 'Selvmord', distress: 'Psykiske plager', cardiovascular: 'Hjerte- og karhendelser' },
  qualifiers: {
    men: 'menn',
    women: 'kvinner',
    adjusted: 'justert',
    ageSex: 'alder, kjønn',
    within5y: 'innen 5 år',
    years12to16: '12 til 16 år',
    pooled: 'samlet',
  },
  abbr: { 'hazard-ratio': 'HR', 'odds-ratio': 'OR', 'risk-ratio': 'RR' } as Record<string, string>,
  noCi: ', uten KI',
  legend: 'Arbeidsledige sammenlignet med en referansegruppe: ratio og 95 % konfidensintervall',
  summary: (n: number, lo: string, hi: string) =>
    `I alle ${n} hovedestimatene hadde arbeidsledige høyere forekomst av død, selvmord, psykiske plager eller hjerte- og karhendelser enn sammenligningsgruppen, med ratioer fra ${lo} til ${hi}; studiene observerer folk i stedet for å fordele arbeidsledighet tilfeldig, så de viser sammenhenger, ikke bevis for årsak.`,
  summaryMixed: (n: number, up: number) => `I ${up} av ${n} estimater hadde arbeidsledige høyere forekomst enn sammenligningsgruppen.`,
  columns: { study: 'Studie', outcome: 'Utfall', who: 'Sammenlignet', ratio: 'Ratio (95 % KI)', size: 'Størrelse' },
  versus: 'mot',
  groups: {
    unemployed: 'arbeidsledige',
    employed: 'sysselsatte',
    men: 'menn',
    women: 'kvinner',
    'unemployed-men': 'arbeidsledige menn',
    'unemployed-women': 'arbeidsledige kvinner',
    'employed-men': 'sysselsatte menn',
    'employed-women': 'sysselsatte kvinner',
    'economically-inactive-or-unemployed-men': 'økonomisk inaktive eller arbeidsledige menn',
    'economically-inactive-or-unemployed-women': 'økonomisk inaktive eller arbeidsledige kvinner',
  },
  againstReference: 'mot referansegruppen i studien',
  people: (n: string) => `${n} personer`,
  studies: (n: string) => `${n} studier`,
  mixed:
    'Hasard-, odds-, rate- og risikoratioer deler én akse her: hver sier hvor mange ganger høyere utfallet var blant arbeidsledige enn i sammenligningsgruppen, men de er ulike mål og ikke direkte sammenlignbare. Studiene er fra ulike land og aldersgrupper og er justert ulikt.',
  noCiNote: (r: string) => `${r}: sammendraget oppgir ikke konfidensintervall, så punktet er tegnet uten.`,
  talk: 'De runde tallene i Remes foredrag er påstander, ikke estimater, og er ikke tegnet; teksten på denne siden setter dem ved siden av det studiene rapporterer.',
};
