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
  aboutChart: 'About this chart: numbers, sources, downloads, embed',
  chartPage: 'Open the chart on its own page',
  present: 'Present this chart',
  chartPageHeading: 'Chart',
  storySteps: 'The story, step by step',
  pinnedVersions: 'Versions pinned to a data release',
  pinnedVersion: 'data version',
  shownOn: 'Shown on',
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
  // Site shell (src/layouts/Base.astro)
  mainNav: 'Main',
  menu: 'Menu',
  navWhatIsIps: 'What is IPS',
  navEvidence: 'The evidence',
  navTrials: 'Trials',
  navNorway: 'Norwegian IPS trial',
  navSeed: 'SEED',
  navIpsInPain: 'IPSinPain',
  navAwac: 'AWaC',
  navWhyWork: 'Why work matters',
  navImplementation: 'Implementation',
  navSources: 'Sources and data',
  navGlossary: 'Glossary',
  navBrief: 'Policy brief',
  search: 'Search',
  languageName: 'English',
  inThisLanguage: 'This page in English',
  themeLabel: 'Colour theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeSystem: 'Automatic (as the device)',
  footerAbout: 'Every figure on this site comes from a versioned, sourced data file.',
  footerLicence: 'Texts, charts and data: CC BY 4.0; the figures remain their studies\' findings.',
  footerCite: 'Licence and how to cite',
  // Search (src/pages/search.astro)
  searchLabel: 'Search the site',
  searchButton: 'Search',
  searchNeedsJs: 'Search needs JavaScript, which is off or still loading. Every page is listed below.',
  searchUnavailable: 'Search is not available right now: its index could not be loaded. Every page is listed below.',
  searchSearching: 'Searching…',
  searchNoResults: 'No page matches “{q}”.',
  searchOneResult: 'One page matches “{q}”.',
  searchResults: '{n} pages match “{q}”.',
  searchAllPages: 'All pages',
  // Not found (src/pages/404.astro)
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have moved, or the address may be mistyped.',
  notFoundHome: 'Go to the home page',
  notFoundSearch: 'Search the site',
  // Sources and data
  kindArticle: 'Peer-reviewed articles',
  kindRegistry: 'Trial registry records',
  kindTalk: 'A talk by Silje Endresen Reme',
  kindWeb: 'Web pages',
  kindSlides: 'Slide decks',
  kindNews: 'News articles',
  kindConferenceAbstract: 'Conference abstracts',
  bibliographyNote: 'Note',
  dataset: 'Dataset',
  datasetsCaption: 'Every dataset, as CSV and as JSON',
  entries: 'Entries',
  download: 'Download',
  datasetFigures: 'Every figure, all topics',
  datasetSources: 'Sources (the bibliography)',
  datasetStudies: 'Studies',
  datasetFindings: "The studies' findings, in words",
  datasetMeasures: 'Measures and their units',
  datasetDiscrepancies: 'Where sources disagree',
  datasetRelease: 'Data version',
  datasetTopic: 'Figures',
  archiveLabel: 'The whole data release as one ZIP archive',
  figuresInvolved: 'Figures involved',
  sourcesInvolved: 'Sources involved',
  // Topics of data/figures/<topic>.csv
  topicEvidenceBase: 'The IPS evidence base',
  topicNorway: 'Norwegian IPS trial',
  topicSeed: 'SEED trial',
  topicIpsinpain: 'IPSinPain trial',
  topicAwac: 'AWaC trial',
  topicHealth: 'Unemployment and health',
  topicIpsModel: 'The IPS model',
  topicImplementation: 'Implementation',
  // Glossary and brief
  glossaryMore: 'More',
  printBrief: 'Print this brief',
  briefCite: 'Cite as',
  figuresFromSource: 'figures from this source',
  oneFigureFromSource: 'one figure from this source',
  noDate: 'no date',
  released: 'released',
  contentHash: 'Content hash (SHA-256) of the data files',
  archiveSize: 'size',
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
  aboutChart: 'Om figuren: tall, kilder, nedlasting, innbygging',
  chartPage: 'Åpne figuren på en egen side',
  present: 'Presenter figuren',
  chartPageHeading: 'Figur',
  storySteps: 'Historien, trinn for trinn',
  pinnedVersions: 'Versjoner låst til en datautgave',
  pinnedVersion: 'dataversjon',
  shownOn: 'Vises på',
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
  mainNav: 'Hovedmeny',
  menu: 'Meny',
  navWhatIsIps: 'Hva er IPS',
  navEvidence: 'Evidensen',
  navTrials: 'Studiene',
  navNorway: 'Den norske IPS-studien',
  navSeed: 'SEED',
  navIpsInPain: 'IPSinPain',
  navAwac: 'AWaC',
  navWhyWork: 'Hvorfor arbeid betyr noe',
  navImplementation: 'Implementering',
  navSources: 'Kilder og data',
  navGlossary: 'Ordliste',
  navBrief: 'Kortversjon',
  search: 'Søk',
  languageName: 'Norsk',
  inThisLanguage: 'Denne siden på norsk',
  themeLabel: 'Fargetema',
  themeLight: 'Lyst',
  themeDark: 'Mørkt',
  themeSystem: 'Automatisk (som enheten)',
  footerAbout: 'Hvert tall på dette nettstedet kommer fra en versjonert datafil med kilde.',
  footerLicence: 'Tekster, figurer og data: CC BY 4.0; tallene er fortsatt resultatene fra studiene.',
  footerCite: 'Lisens og hvordan du siterer',
  searchLabel: 'Søk på nettstedet',
  searchButton: 'Søk',
  searchNeedsJs: 'Søket trenger JavaScript, som er slått av eller ikke har lastet ennå. Alle sidene står nedenfor.',
  searchUnavailable: 'Søket er ikke tilgjengelig nå: søkeindeksen kunne ikke lastes. Alle sidene står nedenfor.',
  searchSearching: 'Søker …',
  searchNoResults: 'Ingen sider passer med «{q}».',
  searchOneResult: 'Én side passer med «{q}».',
  searchResults: '{n} sider passer med «{q}».',
  searchAllPages: 'Alle sidene',
  notFoundTitle: 'Fant ikke siden',
  notFoundText: 'Det finnes ingen side på denne adressen. Den kan ha blitt flyttet, eller adressen kan være skrevet feil.',
  notFoundHome: 'Gå til forsiden',
  notFoundSearch: 'Søk på nettstedet',
  kindArticle: 'Fagfellevurderte artikler',
  kindRegistry: 'Oppføringer i studieregistre',
  kindTalk: 'Foredrag av Silje Endresen Reme',
  kindWeb: 'Nettsider',
  kindSlides: 'Lysbildesett',
  kindNews: 'Nyhetsartikler',
  kindConferenceAbstract: 'Konferansesammendrag',
  bibliographyNote: 'Merknad',
  dataset: 'Datasett',
  datasetsCaption: 'Alle datasettene, som CSV og som JSON',
  entries: 'Oppføringer',
  download: 'Last ned',
  datasetFigures: 'Alle tall, alle temaer',
  datasetSources: 'Kilder (litteraturlisten)',
  datasetStudies: 'Studier',
  datasetFindings: 'Funn fra studiene, i ord',
  datasetMeasures: 'Mål og enheter',
  datasetDiscrepancies: 'Der kildene er uenige',
  datasetRelease: 'Dataversjon',
  datasetTopic: 'Tall',
  archiveLabel: 'Hele datautgivelsen som ett ZIP-arkiv',
  figuresInvolved: 'Tallene det gjelder',
  sourcesInvolved: 'Kildene det gjelder',
  topicEvidenceBase: 'Kunnskapsgrunnlaget for IPS',
  topicNorway: 'Den norske IPS-studien',
  topicSeed: 'SEED-studien',
  topicIpsinpain: 'IPSinPain-studien',
  topicAwac: 'AWaC-studien',
  topicHealth: 'Arbeidsledighet og helse',
  topicIpsModel: 'IPS-modellen',
  topicImplementation: 'Implementering',
  glossaryMore: 'Mer',
  printBrief: 'Skriv ut kortversjonen',
  briefCite: 'Siteres som',
  figuresFromSource: 'tall fra denne kilden',
  oneFigureFromSource: 'ett tall fra denne kilden',
  noDate: 'udatert',
  released: 'utgitt',
  contentHash: 'Innholdshash (SHA-256) av datafilene',
  archiveSize: 'størrelse',
};

export const strings: Record<Lang, Strings> = { en, nb };

/**
 * UI strings that are rightly the same in both languages (names, abbreviations, loanwords).
 * tests/unit/i18n.test.ts fails on any other Norwegian string equal to its English one, which is
 * how an untranslated string is caught.
 */
export const SAME_IN_BOTH_LANGUAGES: readonly StringKey[] = ['ips', 'status', 'navSeed', 'navIpsInPain', 'navAwac'];

/** A string with `{name}` placeholders filled in: `fill(t(lang, 'searchResults'), { n: 3, q })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
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

/**
 * A component's language: the one its page passes (`lang` prop), else the route's locale
 * (Astro.currentLocale, from the `/nb/` prefix), else English.
 */
export function pageLang(props: { lang?: Lang | undefined }, currentLocale: string | undefined): Lang {
  if (props.lang) return props.lang;
  return (LANGS as readonly string[]).includes(currentLocale ?? '') ? (currentLocale as Lang) : 'en';
}
