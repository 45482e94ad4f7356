import type { Messages } from '../messages.ts';

/** The words of citations, in the Norwegian APA 7 convention, and its date order. */
export const citation: Messages['citation'] = {
  talk: (who) => `${who} (foredrag)`,
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
