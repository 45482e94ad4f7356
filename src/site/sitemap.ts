/**
 * sitemap.xml from the list of built pages: the pages a reader may land on (not embeds, presenter
 * views or the 404 page), each with its twin in the other language (`xhtml:link hreflang`).
 */
import { LANGS, LOCALE, type Lang } from '../i18n/index.ts';
import { escapeXml } from './escape.ts';
import { absolute, localPath, splitPath } from './urls.ts';

/** Built pages that are not for search engines: embeds and presenter views are parts of other pages. */
export function isListedPage(path: string): boolean {
  return !/^(embed|present)\//.test(path) && !/^404(\.html|\/)?$/.test(path);
}

/**
 * @param pathnames Astro's page paths ('', 'trials/seed/', 'nb/trials/seed/'), without the base.
 */
export function sitemapXml(pathnames: readonly string[], site: URL, base: string): string {
  const pages = new Map<string, Set<Lang>>(); // language-relative path → languages it exists in
  for (const raw of pathnames) {
    const p = raw.replace(/^\/+/, '');
    const clean = p === '' || p.endsWith('/') || p.endsWith('.html') ? p : `${p}/`;
    const { lang, path } = splitPath(`/${clean}`, '/');
    if (!isListedPage(path)) continue;
    const langs = pages.get(path) ?? new Set<Lang>();
    langs.add(lang);
    pages.set(path, langs);
  }
  const abs = (lang: Lang, path: string) => absolute(site, localPath(lang, path, base));
  const entries: string[] = [];
  for (const [path, langs] of [...pages.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    for (const lang of LANGS.filter((l) => langs.has(l))) {
      const alternates =
        langs.size > 1
          ? [
              ...LANGS.filter((l) => langs.has(l)).map(
                (l) => `    <xhtml:link rel="alternate" hreflang="${LOCALE[l].slice(0, 2)}" href="${escapeXml(abs(l, path))}"/>`,
              ),
              `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(abs('en', path))}"/>`,
            ]
          : [];
      entries.push(['  <url>', `    <loc>${escapeXml(abs(lang, path))}</loc>`, ...alternates, '  </url>'].join('\n'));
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
