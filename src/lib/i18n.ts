/**
 * Languages of the site and the UI strings of each. Every string exists in every language:
 * the type of `strings.nb` is the type of `strings.en`, so a missing translation fails the
 * type check.
 */
export const LANGS = ['en', 'nb'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for Intl formatting and `lang` attributes. */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', nb: 'nb-NO' };

const en = {
  siteName: 'IPS Evidence',
  siteTagline: 'What Individual Placement and Support does, from the trials themselves.',
  skipToContent: 'Skip to content',
  dataVersion: 'Data version',
  sources: 'Sources',
  dataTable: 'The numbers in this chart',
  showTable: 'Show the data table',
  status: 'Status',
  statusPublished: 'published',
  statusRegistry: 'registry',
  statusPresentation: 'talk only',
  statusGrey: 'not peer-reviewed',
  statusDerived: 'derived',
  derivedBy: 'Derived here',
  ips: 'IPS',
  control: 'Comparison',
  difference: 'Difference',
  percentagePoints: 'percentage points',
  pointsShort: 'points',
  employed: 'Employed',
  timepoint: 'Time',
  trial: 'Trial',
  outcome: 'Outcome',
  group: 'Group',
  value: 'Value',
  source: 'Source',
  where: 'Where in the source',
  home: 'Home',
  trials: 'Trials',
  sourcesDisagree: 'Sources disagree',
  builtFrom: 'Built from data version',
} as const;

type Strings = { readonly [K in keyof typeof en]: string };

const nb: Strings = {
  siteName: 'IPS-evidens',
  siteTagline: 'Hva individuell jobbstøtte (IPS) gjør, fra forsøkene selv.',
  skipToContent: 'Hopp til innholdet',
  dataVersion: 'Dataversjon',
  sources: 'Kilder',
  dataTable: 'Tallene i figuren',
  showTable: 'Vis datatabellen',
  status: 'Status',
  statusPublished: 'publisert',
  statusRegistry: 'register',
  statusPresentation: 'bare i foredrag',
  statusGrey: 'ikke fagfellevurdert',
  statusDerived: 'beregnet',
  derivedBy: 'Beregnet her',
  ips: 'IPS',
  control: 'Sammenligning',
  difference: 'Forskjell',
  percentagePoints: 'prosentpoeng',
  pointsShort: 'poeng',
  employed: 'I arbeid',
  timepoint: 'Tidspunkt',
  trial: 'Studie',
  outcome: 'Utfall',
  group: 'Gruppe',
  value: 'Verdi',
  source: 'Kilde',
  where: 'Hvor i kilden',
  home: 'Forside',
  trials: 'Studier',
  sourcesDisagree: 'Kildene er uenige',
  builtFrom: 'Bygget fra dataversjon',
};

export const strings: Record<Lang, Strings> = { en, nb };
export type StringKey = keyof typeof en;

export const t = (lang: Lang, key: StringKey): string => strings[lang][key];

/**
 * A text field of a data entry in the reader's language: `entry.name_nb` for Norwegian where
 * data/ has it, the English `entry.name` otherwise (data/README.md: "Translations").
 */
export function inLang<T extends object, K extends keyof T & string>(entry: T, field: K, lang: Lang): T[K] {
  if (lang === 'en') return entry[field];
  const translated = (entry as Record<string, unknown>)[`${field}_${lang}`];
  return (translated ?? entry[field]) as T[K];
}
