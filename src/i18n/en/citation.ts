/**
 * The words of citations: a short citation ("Reme (talk) 2019", src/data/evidence.ts shortCitation),
 * and what APA 7 adds to a reference (src/export/citation.ts), with its date order.
 */
export const citation = {
  /** A talk is cited by its speaker and that it is a talk. */
  talk: (who: string): string => `${who} (talk)`,
  /** "2026, November 24"; the month's name comes from Intl. */
  date: (year: number, month: string, day: number) => `${year}, ${month} ${day}`,
  noDate: 'n.d.',
  identifier: 'Identifier',
  slides: 'Presentation slides',
  abstract: 'Conference abstract',
  /** A chart's own reference: "(Data version 1.2.0) [Chart]". */
  version: 'Data version',
  kind: 'Chart',
  /** The headings of the APA download. */
  thisChart: 'This chart:',
  itsSources: 'Its sources:',
};
