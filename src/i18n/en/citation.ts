/** Words of a short citation ("Reme (talk) 2019"): src/lib/evidence.ts shortCitation. */
export const citation = {
  /** A talk is cited by its speaker and that it is a talk. */
  talk: (who: string): string => `${who} (talk)`,
};
