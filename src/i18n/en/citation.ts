/** The words APA 7 adds to a reference (src/lib/export/citation.ts), and its date order. */
export const citation = {
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
