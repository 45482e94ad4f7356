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

/**
 * A word's forms by plural category (Intl.PluralRules): English and Norwegian need `one` and
 * `other`; a language with more categories (e.g. `few`) adds them. `other` is required because
 * every language has it.
 */
export type PluralForms = { one: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a word for the count `n` in the language's own plural rules: 1 week, 2 weeks. */
export function plural(n: number, forms: PluralForms, lang: keyof typeof LOCALE_OF): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALE_OF[lang])));
  return forms[rules.select(n)] ?? forms.other;
}
