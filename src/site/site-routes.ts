/**
 * The site's page map: the header navigation and which pages exist. Paths here are relative to a
 * language's root ('' is the home page), so the same map serves both languages and any base path;
 * src/site/urls.ts turns them into addresses.
 */
import type { Evidence } from '../data/load.ts';
import { LANGS, t, type Lang, type StringKey } from '../i18n/index.ts';
import { trialPages } from './site-structure.ts';

export interface NavLink {
  /** The link's words in a language: an interface word, or a trial's short name from data/. */
  label: (lang: Lang) => string;
  /** Relative to the language root, with a trailing slash: 'evidence/'. */
  path: string;
}
export interface NavGroup {
  label: (lang: Lang) => string;
  links: readonly NavLink[];
}
export type NavEntry = NavLink | NavGroup;

export const isGroup = (e: NavEntry): e is NavGroup => 'links' in e;

const word = (key: StringKey) => (lang: Lang) => t(lang, key);

/**
 * The header navigation. The trials share one entry so the list stays short on a phone; they are
 * the studies with a page (data/studies.yaml `page`), in that file's order, by their short names.
 */
export function siteNav(e: Evidence): readonly NavEntry[] {
  return [
    { label: word('navWhatIsIps'), path: 'what-is-ips/' },
    { label: word('navEvidence'), path: 'evidence/' },
    { label: word('navTrials'), links: trialPages(e).map((p) => ({ label: p.name, path: p.path })) },
    { label: word('navWhyWork'), path: 'why-work-matters/' },
    { label: word('navImplementation'), path: 'implementation/' },
    { label: word('navBrief'), path: 'brief/' },
    { label: word('navSources'), path: 'sources/' },
    { label: word('navGlossary'), path: 'glossary/' },
  ];
}

/** Every link of the navigation, groups flattened. */
export const navLinks = (nav: readonly NavEntry[]): NavLink[] => nav.flatMap((entry) => (isGroup(entry) ? [...entry.links] : [entry]));

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
