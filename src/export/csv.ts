/**
 * The project's one CSV writer, for the chart downloads (/charts/<id>/<id>.csv) and the data
 * downloads (/data/<name>.csv), in English and in Norwegian.
 *
 * Made to open safely and correctly in a spreadsheet:
 * - UTF-8 with a byte-order mark (Excel otherwise reads UTF-8 as a legacy code page: "LÃ¸vvik");
 * - RFC 4180 quoting (csv-stringify), CRLF line ends;
 * - English: `,` between fields and `.` decimals; Norwegian: `;` between fields and decimal
 *   commas, as a Norwegian spreadsheet expects, with Norwegian column names. Numbers are
 *   formatted with Intl and never grouped;
 * - no cell a spreadsheet would run as a formula (OWASP "CSV injection"): a p-value such as
 *   "=0.015" is split into a comparator column and a number column, and any other text cell
 *   starting with = + - @ tab or CR is prefixed with a single quote, which spreadsheets show as
 *   text. Cells written from numbers are numbers and are left as they are.
 */
import { stringify } from 'csv-stringify/sync';
import type { Evidence } from '../data/load.ts';
import { FIGURE_VALUE_COLUMNS, type Figure } from '../data/schemas.ts';
import { COMPUTED_HERE, shortCitation, source, sourceLink } from '../data/evidence.ts';
import { LANGS, LOCALE, inLang, messages, type Lang } from '../i18n/index.ts';

// ---------------------------------------------------------------- cells

/** A number with the decimals it is to be written with (a figure keeps its published precision). */
export interface NumberCell {
  number: number;
  decimals?: number | undefined;
}
export type Cell = string | number | NumberCell | readonly string[] | undefined | null;

const isNumberCell = (c: Cell): c is NumberCell => typeof c === 'object' && c !== null && 'number' in c;

/** A number as plain digits with "." decimals: never exponent notation, never grouped. */
export function csvNumber(n: number | undefined, decimals?: number): string {
  if (n === undefined) return '';
  if (decimals !== undefined) return n.toFixed(decimals);
  const s = Object.is(n, -0) ? '0' : String(n);
  // 1e-7 → 0.0000001: the shortest exact digits, without exponent notation.
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the file's language writes it (Intl, by LOCALE): "37.4" in English, "37,4" in
 * Norwegian, with as many decimals as the plain form has (so 48.0 stays 48,0), never grouped.
 * The minus is ASCII, which every spreadsheet reads as a sign (Norwegian Intl writes U+2212,
 * which spreadsheets take as text).
 */
export function formatCsvNumber(n: number, lang: Lang, decimals?: number): string {
  const plain = csvNumber(n, decimals);
  const digits = plain.split('.')[1]?.length ?? 0;
  const key = `${lang}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { useGrouping: false, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format
    .formatToParts(Object.is(n, -0) ? 0 : n)
    .map((p) => (p.type === 'minusSign' ? '-' : p.value))
    .join('');
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that cannot start a formula: a leading = + - @ tab or CR gets a single quote before it. */
export function neutralise(text: string): string {
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return text; // a number written as text: a number
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as written: numbers formatted for the language, text neutralised, lists joined with "; ". */
export function cellText(c: Cell, lang: Lang): string {
  if (c === undefined || c === null) return '';
  if (typeof c === 'number') return formatCsvNumber(c, lang);
  if (isNumberCell(c)) return formatCsvNumber(c.number, lang, c.decimals);
  return neutralise(Array.isArray(c) ? c.join('; ') : (c as string));
}

/** The separator between fields, per language (src/i18n/<lang>/csv.ts): Norwegian spreadsheets take "," as the decimal mark. */
export const CSV_DELIMITER = Object.fromEntries(LANGS.map((l) => [l, messages(l).csv.delimiter])) as Record<Lang, string>;

/**
 * A whole CSV file: a byte-order mark, the header (column names in the file's language), then
 * one line per row, CRLF line ends, fields quoted when they hold the separator, a quote or a
 * line break.
 */
export function writeCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, Cell>>, lang: Lang): string {
  const header = columns.map((c) => columnName(c, lang));
  const body = rows.map((row) => columns.map((c) => cellText(row[c], lang)));
  return stringify([header, ...body], {
    bom: true,
    delimiter: CSV_DELIMITER[lang],
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}

// ---------------------------------------------------------------- p-values

export interface SplitPValue {
  /** '' when the p-value is exact; '<' or '<=' (or '>', '>=') when the source gave a bound. */
  comparator: string;
  value?: NumberCell;
}

/** "=0.015" → exact 0.015; "<=0.001" → '<=' 0.001; "<0.05" → '<' 0.05; "" → nothing. */
export function splitPValue(p: string | undefined): SplitPValue {
  if (p === undefined || p.trim() === '') return { comparator: '' };
  const m = /^\s*(<=|>=|<|>|=)?\s*(\d*\.?\d+)\s*$/.exec(p);
  if (!m) throw new Error(`p-value "${p}": expected a number with an optional comparison (=0.015, <0.05, <=0.001)`);
  const digits = m[2]!;
  return {
    comparator: m[1] === '=' || m[1] === undefined ? '' : m[1],
    value: { number: Number(digits), decimals: digits.split('.')[1]?.length ?? 0 },
  };
}

// ---------------------------------------------------------------- column names

/** A column's name in a language (src/i18n/<lang>/csv.ts); the data's translation columns (`name_nb`) keep their suffix. */
export function columnName(column: string, lang: Lang): string {
  const suffix = LANGS.map((l) => `_${l}`).find((s) => column.endsWith(s)) ?? '';
  const stem = column.slice(0, column.length - suffix.length);
  const name = (messages(lang).csv.columns as Record<string, string>)[stem];
  if (name === undefined)
    throw new Error(`CSV column "${column}" has no name in ${lang}: add "${stem}" to columns in src/i18n/${lang}/csv.ts (and the other languages)`);
  return `${name}${suffix}`;
}

// ---------------------------------------------------------------- a chart's CSV

export const CSV_COLUMNS = [...FIGURE_VALUE_COLUMNS, 'p_comparator', 'p_value', 'status', 'locator', 'source', 'citation', 'link', 'data_version'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const num = (n: number | undefined, decimals?: number): NumberCell | undefined => (n === undefined ? undefined : { number: n, decimals });

/** What the citation column says of a row the site computed (e.g. a pooled estimate). */
export const COMPUTED_CITATION = 'computed by IPS Evidence from the rows named in locator';

/** A figure's row: every number typed, so it is written the language's way and never neutralised; its locator and citation in the reader's language. */
export function figureCsvRow(e: Evidence, f: Figure, lang: Lang): Record<CsvColumn, Cell> {
  // A pooled estimate of the site's own meta-analysis has no source publication.
  const s = f.source === COMPUTED_HERE ? undefined : source(e, f.source);
  const p = splitPValue(f.p_value);
  return {
    id: f.id,
    study: f.study ?? '',
    measure: f.measure,
    group: f.group,
    comparator: f.comparator ?? '',
    timepoint: f.timepoint ?? '',
    value: num(f.value, f.decimals),
    unit: f.unit,
    numerator: num(f.numerator),
    denominator: num(f.denominator),
    ci_low: num(f.ci_low),
    ci_high: num(f.ci_high),
    p_comparator: p.comparator,
    p_value: p.value,
    status: f.status,
    locator: inLang(f, 'locator', lang),
    source: f.source,
    citation: s ? shortCitation(s, lang) : COMPUTED_CITATION,
    link: s ? (sourceLink(s) ?? '') : '',
    data_version: e.release.version,
  };
}

/**
 * The CSV download of a chart: exactly the data rows the chart plots (`spec.figures`), one line
 * per figure in the chart's order (each figure once), with where each number comes from and the
 * data version, so a reader can re-plot or check it without this site.
 */
export function chartCsv(e: Evidence, figures: readonly Figure[], lang: Lang = 'en'): string {
  const seen = new Set<string>();
  const rows = figures.filter((f) => !seen.has(f.id) && seen.add(f.id)).map((f) => figureCsvRow(e, f, lang));
  return writeCsv(CSV_COLUMNS, rows, lang);
}
