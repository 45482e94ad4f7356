/**
 * What every chart's frame shares: its drawn width and type size, its style, and the look of its
 * value axis. A change to how charts look in general is made here, once.
 */
import type * as Plot from '@observablehq/plot';
import { formatPercent } from '../i18n/format.ts';
import type { Lang } from '../i18n/index.ts';

/**
 * Charts are drawn narrow (420 px) and scaled by CSS: on a 390 px phone the text stays about
 * 11–12 px, and on a desktop the chart is capped (see Chart.astro) so it never shouts.
 */
export const CHART_WIDTH = 420;
export const CHART_FONT_SIZE = 15;
/**
 * Pages also draw each chart this wide for desktop screens (Chart.astro), at the same type size:
 * at 1280 px a chart then fills about 880 px of its card without its text growing.
 */
export const CHART_WIDTH_WIDE = 880;
/**
 * The smallest type in a chart (interval ends, "more work with IPS →"): a 390 px phone shows a
 * 420 px drawing about 366 px wide, and 14 px drawn is then still 12 px on the screen.
 */
export const CHART_SMALL_FONT_SIZE = 14;

/** Text in the page's font and colour, no background of its own (dark mode and slides set it). */
export const CHART_STYLE = { fontSize: `${CHART_FONT_SIZE}px`, fontFamily: 'inherit', background: 'transparent', overflow: 'visible' } as const;

/** A horizontal value axis titled under its middle, five ticks and grid lines; `options` override. */
export function valueAxis(label: string, options: Plot.ScaleOptions = {}): Plot.ScaleOptions {
  return { label, labelAnchor: 'center', labelArrow: 'none', labelOffset: 40, ticks: 5, grid: true, ...options };
}

/** The 0–100 % axis of a share of people, with ticks in the reader's locale. */
export function percentAxis(label: string, lang: Lang, options: Plot.ScaleOptions = {}): Plot.ScaleOptions {
  return valueAxis(label, { domain: [0, 100], tickFormat: (d: number) => formatPercent(d, lang, 0), ...options });
}
