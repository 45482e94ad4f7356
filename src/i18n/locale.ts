/** The languages and their BCP 47 tags (for Intl and `lang` attributes). No words here. */
export const LOCALE_OF = { en: 'en-GB', nb: 'nb-NO' } as const;
