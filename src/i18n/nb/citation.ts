import type { Messages } from '../messages.ts';

/** The words APA 7 adds to a reference, in the Norwegian APA 7 convention, and its date order. */
export const citation: Messages['citation'] = {
  /** "2026, 24. november". */
  date: (year: number, month: string, day: number) => `${year}, ${day}. ${month}`,
  noDate: 'u.å.',
  identifier: 'Identifikator',
  slides: 'Lysark',
  abstract: 'Konferansesammendrag',
  version: 'Dataversjon',
  kind: 'Figur',
  thisChart: 'Figuren:',
  itsSources: 'Kildene:',
};
