/**
 * The addresses of a chart: the page that shows it, as an absolute URL of this build.
 */
import { chartPages } from '../chart-pages.ts';
import { listReleases } from '../data/releases.ts';
import type { Lang } from '../../i18n/index.ts';
import { langRoot } from '../site-routes.ts';

/** A language's folder under the base: '' for English (at the root), 'nb/' for Norwegian (site-routes' langRoot). */
export const langDir = (lang: Lang): string => langRoot(lang, '/').slice(1);

/**
 * The address a chart is cited by: the page that shows it (src/lib/chart-pages.ts, the
 * same page embeds link back to), with the figure's anchor; the language's home page when
 * no page shows it yet.
 */
export function chartPageUrl(chartId: string, lang: Lang, site: URL | string | undefined, base: string): string {
  const page = chartPages(lang).get(chartId) ?? '';
  return absoluteUrl(site, base, `${langDir(lang)}${page}#chart-${chartId}`);
}

/** `site` + `base` + a path, as an absolute URL. */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return new URL(`${b}${path}`, site ?? 'http://localhost:4321').href;
}

/**
 * The embed pinned to a data version, /embed/v<version>/<id>/ (under /nb/ in Norwegian), when
 * that version is released (data/releases/<version>/, built by src/lib/embed-routes.ts); a
 * version not yet released has no pinned address, and undefined is returned.
 */
export function pinnedEmbedUrl(chartId: string, lang: Lang, version: string, site: URL | string | undefined, base: string): string | undefined {
  if (!listReleases().some((r) => r.version === version)) return undefined;
  return absoluteUrl(site, base, `${langDir(lang)}embed/v${version}/${chartId}/`);
}
