/** Small helpers the messages use to build sentences. */
import { LOCALE_OF } from './locale.ts';

/** "12 months after…" → "12 months after…" at the start of a sentence: the first letter upper-cased. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "a, b and c" / "a, b og c": a list in the language's own words (Intl.ListFormat). */
export function listOf(items: readonly string[], lang: keyof typeof LOCALE_OF): string {
  return new Intl.ListFormat(LOCALE_OF[lang], { style: 'long', type: 'conjunction' }).format(items);
}
