/**
 * The site's page map: the header navigation and which pages exist. Paths here are relative to a
 * language's root ('' is the home page), so the same map serves both languages and any base path;
 * src/site/urls.ts turns them into addresses.
 */
import { LANGS, type Lang, type StringKey } from '../i18n/index.ts';

export interface NavLink {
  label: StringKey;
  /** Relative to the language root, with a trailing slash: 'evidence/'. */
  path: string;
}
export interface NavGroup {
  label: StringKey;
  links: readonly NavLink[];
}
export type NavEntry = NavLink | NavGroup;

export const isGroup = (e: NavEntry): e is NavGroup => 'links' in e;

/** The header navigation. The four trials share one entry so the list stays short on a phone. */
export const NAV: readonly NavEntry[] = [
  { label: 'navWhatIsIps', path: 'what-is-ips/' },
  { label: 'navEvidence', path: 'evidence/' },
  {
    label: 'navTrials',
    links: [
      { label: 'navNorway', path: 'trials/norway/' },
      { label: 'navSeed', path: 'trials/seed/' },
      { label: 'navIpsInPain', path: 'trials/ipsinpain/' },
      { label: 'navAwac', path: 'trials/awac/' },
    ],
  },
  { label: 'navWhyWork', path: 'why-work-matters/' },
  { label: 'navImplementation', path: 'implementation/' },
  { label: 'navBrief', path: 'brief/' },
  { label: 'navSources', path: 'sources/' },
  { label: 'navGlossary', path: 'glossary/' },
];

/** Pages written as .astro files (not MDX) that exist in every language, by their relative path. */
export const ASTRO_PAGES: readonly string[] = ['search/'];

/**
 * The language and page path of a content entry: 'en/trials/seed' → { lang: 'en', path:
 * 'trials/seed/' }; the home page's id may be 'en/index' or just 'en'.
 */
export function entryPath(id: string): { lang: Lang; path: string } {
  const [lang, ...rest] = id.split('/');
  const rel = rest.join('/').replace(/(^|\/)index$/, '');
  return { lang: (LANGS as readonly string[]).includes(lang ?? '') ? (lang as Lang) : 'en', path: rel ? `${rel}/` : '' };
}
