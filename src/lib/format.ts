/**
 * Numbers as a reader sees them, per locale: 37.4% in English, 37,4 % in Norwegian.
 * A figure keeps the precision its source stated (`decimals` from the data), so the site
 * never shows 48.0% for a published 48%.
 */
import type { Figure, Status, Unit } from './data/schemas.ts';
import { LOCALE, t, type Lang } from '../i18n/index.ts';

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, decimals: number, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
  const k = `${lang}|${decimals}|${style}`;
  let f = formatters.get(k);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      style,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(k, f);
  }
  return f;
}

export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  // Intl uses U+2212 in nb; keep it (it is the correct minus), but normalise -0.
  return numberFormat(lang, decimals).format(Object.is(value, -0) ? 0 : value);
}

export function formatPercent(value: number, lang: Lang, decimals = 0): string {
  return numberFormat(lang, decimals, 'percent').format(value / 100);
}

/** A signed difference in percentage points: "+10.3 points". */
export function formatPoints(value: number, lang: Lang, decimals = 1, long = false): string {
  const sign = value > 0 ? '+' : '';
  return `${sign}${formatNumber(value, lang, decimals)} ${t(lang, long ? 'percentagePoints' : 'pointsShort')}`;
}

export function formatInterval(low: number, high: number, lang: Lang, decimals: number): string {
  const sep = lang === 'nb' ? ' til ' : ' to ';
  return `${formatNumber(low, lang, decimals)}${sep}${formatNumber(high, lang, decimals)}`;
}

/** A figure's value in its unit, at its published precision. */
export function formatValue(value: number, unit: Unit, lang: Lang, decimals: number): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, lang, decimals);
    case 'percentage-points':
      return formatPoints(value, lang, decimals);
    case 'nok':
      return lang === 'nb' ? `${formatNumber(value, lang, decimals)} kr` : `NOK ${formatNumber(value, lang, decimals)}`;
    case 'persons':
    case 'studies':
    case 'ratio':
    case 'smd':
    case 'statistic':
      return formatNumber(value, lang, decimals);
    case 'weeks':
    case 'years':
    case 'sessions':
      return `${formatNumber(value, lang, decimals)} ${unitWord(unit, lang, value)}`;
  }
}

function unitWord(unit: 'weeks' | 'years' | 'sessions', lang: Lang, value: number): string {
  const one = value === 1;
  const words = {
    en: { weeks: one ? 'week' : 'weeks', years: one ? 'year' : 'years', sessions: one ? 'session' : 'sessions' },
    nb: { weeks: one ? 'uke' : 'uker', years: 'år', sessions: one ? 'time' : 'timer' },
  };
  return words[lang][unit];
}

/** "37.4%", or "2.07 (95% CI 1.82 to 2.35)" when the figure has a CI. */
export function formatFigure(f: Figure, lang: Lang, options: { ci?: boolean } = {}): string {
  const main = formatValue(f.value, f.unit, lang, f.decimals);
  if (options.ci === false || f.ci_low === undefined || f.ci_high === undefined) return main;
  const decimals = Math.max(f.decimals, decimalsOf(f.ci_low), decimalsOf(f.ci_high));
  return `${main} (${lang === 'nb' ? '95 % KI' : '95% CI'} ${formatInterval(f.ci_low, f.ci_high, lang, decimals)})`;
}

function decimalsOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot === -1 ? 0 : s.length - dot - 1;
}

export function statusLabel(status: Status, lang: Lang): string {
  const key = {
    published: 'statusPublished',
    registry: 'statusRegistry',
    presentation: 'statusPresentation',
    grey: 'statusGrey',
    derived: 'statusDerived',
  } as const;
  return t(lang, key[status]);
}

/** A time point as written in the data ("18 months", "baseline"), in the reader's language. */
export function formatTimepoint(timepoint: string, lang: Lang): string {
  if (lang === 'en') return timepoint;
  const m = /^(within |during )?(\d+) (months|years)$/.exec(timepoint);
  if (m) {
    const prefix = m[1] === 'within ' ? 'innen ' : m[1] === 'during ' ? 'i løpet av ' : '';
    return `${prefix}${m[2]} ${m[3] === 'months' ? 'måneder' : 'år'}`;
  }
  const words: Record<string, string> = { baseline: 'ved oppstart', 'during follow-up': 'i oppfølgingstiden' };
  return words[timepoint] ?? timepoint;
}
