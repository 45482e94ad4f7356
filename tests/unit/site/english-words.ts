/**
 * English words that have no place in Norwegian Bokmål text, found outside quotations: a
 * Norwegian note may quote its English source («Mean 55% vs. 23% …»), but its own words are
 * Norwegian. Shared by the data check (tests/unit/data-nb.test.ts) and the built pages' check
 * (tests/dist/nb-words.test.ts).
 */
const ENGLISH = ['the', 'and', 'of', 'with', 'was', 'were', 'from', 'not', 'are', 'which', 'this', 'that', 'talk'];

/** Text with every quotation left out: «…», ‹…›, “…”, "…", and '…' around a phrase. */
export function outsideQuotes(text: string): string {
  return text
    .replace(/«[^»]*»/g, ' ')
    .replace(/‹[^›]*›/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/(^|[\s(])'[^']*'(?=[\s),.;:]|$)/g, ' ');
}

/** The English words of `text` outside its quotations, lower-cased, in order. */
export function englishWords(text: string): string[] {
  const words =
    outsideQuotes(text)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return words.filter((w) => ENGLISH.includes(w));
}
