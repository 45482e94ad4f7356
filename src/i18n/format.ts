/**
 * Numbers as a reader sees them, per locale: 37.4% in English, 37,4 % in Norwegian.
 * A figure keeps the precision its source stated (`decimals` from the data), so the site
 * never shows 48.0% for a published 48%.
 */
import type { Figure, Status, Unit } from '../data/schemas.ts';
import { LOCALE, messages, t, type Lang } from './index.ts';
import type { TimeUnit } from './en/format.ts';
import { plural } from './text.ts';

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

/** "1.82 to 2.35" / "1,82 til 2,35": an interval in words, not a dash, so a minus sign is never misread. */
export function formatInterval(low: number, high: number, lang: Lang, decimals: number): string {
  return messages(lang).format.interval(formatNumber(low, lang, decimals), formatNumber(high, lang, decimals));
}

/** "2.07 (95% CI 1.82 to 2.35)": a value with its interval, in the language's abbreviation. */
export function withCi(value: string, low: string, high: string, lang: Lang): string {
  const w = messages(lang).format;
  return `${value} (${w.ci} ${w.interval(low, high)})`;
}

const currencies = new Map<string, Intl.NumberFormat>();
/** Kroner as each language writes them ("NOK 40,000", "40 000 kr"), by Intl, at the published precision. */
function formatNok(value: number, lang: Lang, decimals: number): string {
  const k = `${lang}|${decimals}`;
  let f = currencies.get(k);
  if (!f)
    currencies.set(
      k,
      (f = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'NOK', minimumFractionDigits: decimals, maximumFractionDigits: decimals })),
    );
  return f.format(value);
}

/** A figure's value in its unit, at its published precision. */
export function formatValue(value: number, unit: Unit, lang: Lang, decimals: number): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, lang, decimals);
    case 'percentage-points':
      return formatPoints(value, lang, decimals);
    case 'nok':
      return formatNok(value, lang, decimals);
    case 'persons':
    case 'studies':
    case 'ratio':
    case 'smd':
    case 'statistic':
      return formatNumber(value, lang, decimals);
    case 'weeks':
    case 'years':
    case 'sessions':
      return `${formatNumber(value, lang, decimals)} ${plural(value, messages(lang).format.units[unit], lang)}`;
  }
}

/** "37.4%", or "2.07 (95% CI 1.82 to 2.35)" when the figure has a CI. */
export function formatFigure(f: Figure, lang: Lang, options: { ci?: boolean } = {}): string {
  const main = formatValue(f.value, f.unit, lang, f.decimals);
  if (options.ci === false || f.ci_low === undefined || f.ci_high === undefined) return main;
  const decimals = Math.max(f.decimals, decimalsOf(f.ci_low), decimalsOf(f.ci_high));
  return withCi(main, formatNumber(f.ci_low, lang, decimals), formatNumber(f.ci_high, lang, decimals), lang);
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

type TimepointWords = ReturnType<typeof messages>['format']['timepoint'];

/**
 * The patterns of the data's `timepoint` column (written in English, data/README.md), each with
 * its wording in src/i18n/<lang>/format.ts. The English wordings give back the data's own text
 * (tests/unit/site/i18n-format.test.ts checks every time point in data/figures/), and a time
 * point no pattern matches is an error, never English shown as Norwegian.
 */
const TIMEPOINTS: ReadonlyArray<{
  re: RegExp;
  say: (m: RegExpExecArray, w: TimepointWords, n: (s: string) => string, unit: (n: string, u: string) => string) => string;
}> = [
  { re: /^baseline$/, say: (_, w) => w.baseline },
  { re: /^during follow-up$/, say: (_, w) => w.duringFollowUp },
  { re: /^following year$/, say: (_, w) => w.followingYear },
  { re: /^(\d+) (months?|years?)$/, say: (m, w, n, unit) => w.after(n(m[1]!), unit(m[1]!, m[2]!)) },
  { re: /^within (\d+) (months?|years?)$/, say: (m, w, n, unit) => w.within(n(m[1]!), unit(m[1]!, m[2]!)) },
  { re: /^first (\d+) (months?|years?)$/, say: (m, w, n, unit) => w.first(n(m[1]!), unit(m[1]!, m[2]!), timeUnit(m[2]!)) },
  { re: /^(\d+) (months?|years?) later$/, say: (m, w, n, unit) => w.later(n(m[1]!), unit(m[1]!, m[2]!)) },
  { re: /^(\d+)-(month|year) horizon$/, say: (m, w, n) => w.horizon(n(m[1]!), timeUnit(m[2]!)) },
  { re: /^(\d+)-(month|year) interview$/, say: (m, w, n) => w.interview(n(m[1]!), timeUnit(m[2]!)) },
  { re: /^(\d{4}) to (\d{4})$/, say: (m, w) => w.years(m[1]!, m[2]!) },
  { re: /^(\d+) to (\d+) (months|years)$/, say: (m, w, n, unit) => w.range(n(m[1]!), n(m[2]!), unit(m[2]!, m[3]!)) },
  { re: /^(\d+) to (\d+) (months|years) after end of treatment$/, say: (m, w, n, unit) => w.afterTreatment(n(m[1]!), n(m[2]!), unit(m[2]!, m[3]!)) },
  // A calendar year is a name, not a quantity: no thousands separator.
  { re: /^(\d{4}) state budget$/, say: (m, w) => w.stateBudget(m[1]!) },
];

const timeUnit = (word: string): TimeUnit => (word.startsWith('month') ? 'month' : 'year');

/** A time point as written in the data ("18 months", "baseline"), in the reader's language. */
export function formatTimepoint(timepoint: string, lang: Lang): string {
  if (timepoint === '') return '';
  const w = messages(lang).format.timepoint;
  const n = (digits: string) => formatNumber(Number(digits), lang);
  const unit = (count: string, word: string) => plural(Number(count), w.unit[timeUnit(word)], lang);
  for (const { re, say } of TIMEPOINTS) {
    const m = re.exec(timepoint);
    if (m) return say(m, w, n, unit);
  }
  throw new Error(
    `The time point "${timepoint}" (column "timepoint" of data/figures/) has no wording: expected one of the patterns in TIMEPOINTS (src/i18n/format.ts), found none matching. Add a pattern and its words in src/i18n/<lang>/format.ts.`,
  );
}
