/**
 * The addresses of a chart: the page that shows it, as an absolute URL of this build.
 */
import { chartPages } from '../chart-pages.ts';
import type { Lang } from '../i18n.ts';

/**
 * The address a chart is cited by: the page that shows it (src/lib/chart-pages.ts, the
 * same page embeds link back to), with the figure's anchor; the language's home page when
 * no page shows it yet.
 */
export function chartPageUrl(chartId: string, lang: Lang, site: URL | string | undefined, base: string): string {
  const page = chartPages(lang).get(chartId) ?? '';
  return absoluteUrl(site, base, `${lang === 'en' ? '' : `${lang}/`}${page}#chart-${chartId}`);
}

/** `site` + `base` + a path, as an absolute URL. */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return new URL(`${b}${path}`, site ?? 'http://localhost:4321').href;
}
