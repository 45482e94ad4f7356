/**
 * The site's page map in one place: the header navigation, and how a page in one language finds
 * its twin in the other (/trials/seed/ ↔ /nb/trials/seed/). Paths here are relative to a
 * language's root ('' is the home page), so the same map serves both languages and any base path.
 */
import type { Evidence } from './data/load.ts';
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

/** '/' or '/sub/': Astro's base with exactly one trailing slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The root of a language: '/' for English, '/nb/' for Norwegian (under the base path). */
export function langRoot(lang: Lang, base: string): string {
  const b = normaliseBase(base);
  return lang === 'en' ? b : `${b}${lang}/`;
}

/** A page's address in a language: localPath('nb', 'trials/seed/', '/') → '/nb/trials/seed/'. */
export function localPath(lang: Lang, path: string, base: string): string {
  return `${langRoot(lang, base)}${path.replace(/^\/+/, '')}`;
}

/**
 * Which language a URL path is in, and the path relative to that language's root:
 * '/nb/trials/seed/' → { lang: 'nb', path: 'trials/seed/' }.
 */
export function splitPath(pathname: string, base: string): { lang: Lang; path: string } {
  const b = normaliseBase(base);
  let rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  for (const lang of LANGS) {
    if (lang === 'en') continue;
    if (rest === lang || rest.startsWith(`${lang}/`)) {
      rest = rest.slice(lang.length).replace(/^\/+/, '');
      return { lang, path: rest };
    }
  }
  return { lang: 'en', path: rest };
}

/**
 * The address of the same page in another language. When the twin is not known to exist
 * (`exists` says no), the other language's home page, so the switcher never leads to a 404.
 */
export function twinPath(pathname: string, target: Lang, base: string, exists: (lang: Lang, path: string) => boolean = () => true): string {
  const { path } = splitPath(pathname, base);
  return exists(target, path) ? localPath(target, path, base) : langRoot(target, base);
}
