/**
 * The CSV download of a chart: exactly the data rows the chart plots (`spec.figures`), one
 * line per figure, with where each number comes from and the data version, so a reader can
 * re-plot or check it without this site. Numbers are written as the data hold them
 * ("." decimals, no units or thousands separators; a value keeps the decimals its source
 * printed); RFC 4180 quoting; UTF-8 with a header line; CRLF line ends.
 */
import type { Evidence } from '../data/load.ts';
import type { Figure } from '../data/schemas.ts';
import { COMPUTED_HERE, shortCitation, source, sourceLink } from '../evidence.ts';

export const CSV_COLUMNS = [
  'id',
  'study',
  'measure',
  'group',
  'comparator',
  'timepoint',
  'value',
  'unit',
  'numerator',
  'denominator',
  'ci_low',
  'ci_high',
  'p_value',
  'status',
  'locator',
  'source',
  'citation',
  'link',
  'data_version',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** One field, quoted when it holds a comma, a quote, or a line break (RFC 4180). */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number as plain digits: never exponent notation, never a locale's comma. */
export function csvNumber(n: number | undefined, decimals?: number): string {
  if (n === undefined) return '';
  if (decimals !== undefined) return n.toFixed(decimals);
  const s = Object.is(n, -0) ? '0' : String(n);
  // 1e-7 → 0.0000001: the shortest exact digits, without exponent notation.
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}

/** What the citation column says of a row the site computed (e.g. a pooled estimate). */
export const COMPUTED_CITATION = 'computed by IPS Evidence from the rows named in locator';

export function figureCsvRow(e: Evidence, f: Figure): Record<CsvColumn, string> {
  // A pooled estimate of the site's own meta-analysis has no source publication.
  const s = f.source === COMPUTED_HERE ? undefined : source(e, f.source);
  return {
    id: f.id,
    study: f.study ?? '',
    measure: f.measure,
    group: f.group,
    comparator: f.comparator ?? '',
    timepoint: f.timepoint ?? '',
    value: csvNumber(f.value, f.decimals),
    unit: f.unit,
    numerator: csvNumber(f.numerator),
    denominator: csvNumber(f.denominator),
    ci_low: csvNumber(f.ci_low),
    ci_high: csvNumber(f.ci_high),
    p_value: f.p_value ?? '',
    status: f.status,
    locator: f.locator,
    source: f.source,
    citation: s ? shortCitation(s) : COMPUTED_CITATION,
    link: s ? (sourceLink(s) ?? '') : '',
    data_version: e.release.version,
  };
}

/** The whole file: header, then one line per figure in the chart's order (each figure once). */
export function chartCsv(e: Evidence, figures: readonly Figure[]): string {
  const seen = new Set<string>();
  const rows = figures.filter((f) => !seen.has(f.id) && seen.add(f.id)).map((f) => figureCsvRow(e, f));
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
