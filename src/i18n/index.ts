/**
 * The one way the site translates. Words live in src/i18n/<lang>/ (one module per area, the same
 * shape in every language, checked by the compiler: messages.ts); code asks for them with
 * `messages(lang)`, or `t(lang, key)` for the interface words. Numbers, dates and lists are
 * formatted with Intl, by LOCALE (src/i18n/format.ts). Data carries its own translations in
 * `<field>_nb` columns, read with `inLang`.
 *
 * Adding a language: add it to LANGS and LOCALE, copy en/ to <lang>/ and translate; the type
 * check lists everything missing.
 */
import { en } from './en/index.ts';
import { LOCALE_OF } from './locale.ts';
import type { Messages } from './messages.ts';
import { nb } from './nb/index.ts';

export type { Messages } from './messages.ts';

export type Lang = keyof typeof LOCALE_OF;
export const LANGS = Object.keys(LOCALE_OF) as readonly Lang[];

/** BCP 47 tags for Intl formatting and `lang` attributes. */
export const LOCALE: Record<Lang, string> = LOCALE_OF;

const MESSAGES: Record<Lang, Messages> = { en, nb };

/** All of a language's messages: `messages(lang).charts.ipsTrialsForest.title`. */
export const messages = (lang: Lang): Messages => MESSAGES[lang];

export type StringKey = keyof Messages['ui'];

/** The interface words of each language (kept for code that walks them, e.g. the parity test). */
export const strings: Record<Lang, Messages['ui']> = { en: en.ui, nb: nb.ui };

/** An interface word: `t(lang, 'sources')`. */
export const t = (lang: Lang, key: StringKey): string => MESSAGES[lang].ui[key];

/**
 * UI strings that are rightly the same in both languages (names, abbreviations, loanwords).
 * tests/unit/site/i18n.test.ts fails on any other Norwegian string equal to its English one, which
 * is how an untranslated string is caught.
 */
export const SAME_IN_BOTH_LANGUAGES: readonly StringKey[] = ['ips', 'status'];

/** A string with `{name}` placeholders filled in: `fill(t(lang, 'searchResults'), { n: 3, q })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/**
 * A text field of a data entry in the reader's language: `entry.name_nb` for Norwegian where
 * data/ has it, the English `entry.name` otherwise (data/README.md: "Translations").
 */
export function inLang<T extends object, K extends keyof T & string>(entry: T, field: K, lang: Lang): T[K] {
  if (lang === 'en') return entry[field];
  const translated = (entry as Record<string, unknown>)[`${field}_${lang}`];
  return (translated ?? entry[field]) as T[K];
}

/**
 * A component's language: the one its page passes (`lang` prop), else the route's locale
 * (Astro.currentLocale, from the `/nb/` prefix), else English.
 */
export function pageLang(props: { lang?: Lang | undefined }, currentLocale: string | undefined): Lang {
  if (props.lang) return props.lang;
  return (LANGS as readonly string[]).includes(currentLocale ?? '') ? (currentLocale as Lang) : 'en';
}
