import type { Messages } from '../../messages.ts';

export const metaAnalyses: Messages['charts']['metaAnalyses'] = {
  title: 'Samlet effekt av IPS på arbeid i oversikter og metaanalyser',
  views: { 'risk-ratio': 'Risikoratioer', 'odds-ratio': 'Oddsratioer' },
  axis: { 'risk-ratio': 'Risikoratio, IPS mot sammenligning (log-skala)', 'odds-ratio': 'Oddsratio, IPS mot sammenligning (log-skala)' },
  measure: { 'risk-ratio': 'risikoratio', 'odds-ratio': 'oddsratio' },
  groups: { overall: 'IPS-studier samlet', beyond: 'Utover alvorlig psykisk lidelse' },
  subgroups: {
    ips: 'alle',
    'ips-in-active-control-studies': 'aktiv kontroll',
    'ips-in-passive-control-studies': 'passiv kontroll',
    'ips-in-european-studies': 'Europa',
  } as Record<string, string>,
  subgroupLong: {
    ips: 'Alle sammenligninger',
    'ips-in-active-control-studies': 'IPS mot aktiv kontroll',
    'ips-in-passive-control-studies': 'IPS mot passiv kontroll',
    'ips-in-european-studies': 'Europeiske studier, IPS mot aktiv kontroll',
  } as Record<string, string>,
  rowOverride: { 'probyn-2021-rr-neet': 'én studie' } as Record<string, string>,
  rowOverrideLong: {
    'probyn-2021-rr-neet': 'Unge som verken er i arbeid, utdanning eller opplæring: én enkelt studie (trolig SEED), ikke et samlet estimat',
  } as Record<string, string>,
  counts: { 'rct-count': (n: string) => `${n} RCT-er`, 'study-count': (n: string) => `${n} studier` } as Record<string, (n: string) => string>,
  legend: 'IPS sammenlignet med sammenligningsgruppen: ratio og 95 % konfidensintervall',
  summary: (n: number, ranges: string) =>
    `Alle ${n} estimatene fra oversiktene er i favør av IPS, og hele 95 %-konfidensintervallet ligger over 1 (ingen forskjell); i oversikter over IPS-studier samlet: ${ranges}.`,
  summaryMixed: (n: number, above: number) =>
    `I ${above} av ${n} estimater fra oversiktene ligger hele 95 %-konfidensintervallet over 1 (ingen forskjell), i favør av IPS.`,
  range: (m: string, lo: string, hi: string) => `${m}er fra ${lo} til ${hi}`,
  and: ' og ',
  columns: { review: 'Oversikt', comparison: 'Sammenligning', ratio: 'Ratio (95 % KI)', trials: 'Studier', participants: 'Deltakere' },
  perArm: (a: string, b: string) => `${a} + ${b}`,
  countNotShown: 'ikke vist',
  notForRow: 'én studie, ikke samlet',
  separate:
    'Risikoratio og oddsratio er ulike mål, så de har hver sin visning og akse. For et vanlig utfall som å få jobb ligger oddsratioen lenger fra 1 enn risikoratioen fra de samme dataene.',
  overlap: 'Oversiktene deler mange av de samme studiene, så radene er ikke uavhengige av hverandre.',
  noCount: (r: string) => `${r}: antall studier som er slått sammen, vises ikke her.`,
  notShown: (list: string) => `Ikke vist, fordi de samlede effektene ikke ble hentet inn: ${list}.`,
  smd: (r: string) =>
    `${r} rapporterer også standardiserte gjennomsnittsforskjeller (varighet i jobb, inntekt, livskvalitet og andre), som ikke er ratioer og ikke vises her.`,
  heterogeneity: (r: string, v: string) => `${r}: heterogenitet I² ${v}.`,
};
