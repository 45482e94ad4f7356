/**
 * Sources and studies: a chart's source list (src/components/mdx/SourceList.astro, sourceLine in
 * src/data/evidence.ts), a trial's facts (StudyFacts.astro) and the trials whose figures are not
 * entered yet (TrialsNotExtracted.astro).
 */
export const sources = {
  /** A source line past SOURCES_LISTED_UP_TO: "A; B; C and 27 more". */
  andMore: (shown: string, more: string) => `${shown} and ${more} more`,
  /** SourceList past SOURCES_LISTED_UP_TO: the count, then a link to the bibliography. */
  tooMany: (n: string) => `${n} sources, too many to list here. Each, with its DOI, PubMed or registry id, is in `,
  bibliography: 'Sources and data',
  andInCsv: ' and in the chart’s CSV file.',
  /** A trial's facts (labels of a definition list). */
  facts: {
    population: 'Participants',
    design: 'Design',
    arms: 'Arms',
    followUp: 'Follow-up',
    registry: 'Registry',
    n: 'Number',
    pubs: 'Publications',
    country: 'Country',
  },
  notExtracted: {
    intro: (n: string) =>
      `These ${n} randomised trials are not in the charts yet, because their figures have not been entered. They are listed so that the charts are not read as showing every trial.`,
    none: 'Every randomised trial listed on this site has its figures in the charts.',
    reviews: 'Included in',
    notSeen: 'Which reviews include it has not been checked.',
    why: 'Why its figures are missing',
  },
};
