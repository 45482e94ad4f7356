/**
 * The CSV writer and every chart's CSV, in English and Norwegian, read back with a strict
 * RFC 4180 parser (csv-parse: an unbalanced quote or a row of the wrong length is an error).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { charts, type ChartId } from '../../../src/charts/index.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { COMPUTED_HERE, shortCitation, source, sourceLink } from '../../../src/data/evidence.ts';
import {
  COMPUTED_CITATION,
  CSV_COLUMNS,
  cellText,
  chartCsv,
  columnName,
  csvNumber,
  formatCsvNumber,
  neutralise,
  splitPValue,
  writeCsv,
} from '../../../src/export/csv.ts';
import { inLang, type Lang } from '../../../src/i18n/index.ts';

const evidence = loadEvidence();
const ids = Object.keys(charts) as ChartId[];

/** Strict parse: the BOM checked and removed, every row as long as the header. */
function readCsv(text: string, lang: Lang): string[][] {
  expect(text.charCodeAt(0), 'starts with a byte-order mark').toBe(0xfeff);
  return parse(text, { bom: true, delimiter: lang === 'nb' ? ';' : ',', record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false });
}

/** A number cell read back: "." in English, "," in Norwegian. */
const readNumber = (s: string, lang: Lang) => (s === '' ? undefined : Number(lang === 'nb' ? s.replace(',', '.') : s));

describe('numbers', () => {
  it('writes "." decimals in English: no grouping, no exponent, the published decimals', () => {
    expect(csvNumber(37.4)).toBe('37.4');
    expect(csvNumber(1193)).toBe('1193');
    expect(csvNumber(48, 1)).toBe('48.0');
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(1e-7)).toBe('0.0000001');
    expect(csvNumber(undefined)).toBe('');
  });

  it('writes decimal commas in Norwegian through Intl, with the same decimals and an ASCII minus', () => {
    expect(formatCsvNumber(37.4, 'nb')).toBe('37,4');
    expect(formatCsvNumber(48, 'nb', 1)).toBe('48,0');
    expect(formatCsvNumber(12345.67, 'nb')).toBe('12345,67');
    expect(formatCsvNumber(-0.52, 'nb')).toBe('-0,52');
    expect(formatCsvNumber(1e-7, 'nb')).toBe('0,0000001');
    expect(formatCsvNumber(-0, 'nb')).toBe('0');
    expect(formatCsvNumber(-0.52, 'en')).toBe('-0.52');
  });
});

describe('cells a spreadsheet could run as formulas (OWASP CSV injection)', () => {
  it('prefixes text starting with = + - @ tab or CR with a quote, and leaves other text alone', () => {
    expect(neutralise('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutralise('+1+2')).toBe(`'+1+2`);
    expect(neutralise('-cmd')).toBe(`'-cmd`);
    expect(neutralise('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutralise('\t=1')).toBe(`'\t=1`);
    expect(neutralise('\r=1')).toBe(`'\r=1`);
    expect(neutralise('Abstract, Results')).toBe('Abstract, Results');
    expect(neutralise('a=b')).toBe('a=b');
  });

  it('leaves numbers as numbers, typed or written as text', () => {
    expect(cellText(-1.5, 'en')).toBe('-1.5');
    expect(cellText({ number: -0.2, decimals: 2 }, 'nb')).toBe('-0,20');
    expect(neutralise('-12.5')).toBe('-12.5');
    expect(neutralise('+3')).toBe('+3');
  });

  it('splits a p-value into its comparison and its number', () => {
    expect(splitPValue('=0.015')).toEqual({ comparator: '', value: { number: 0.015, decimals: 3 } });
    expect(splitPValue('<=0.001')).toEqual({ comparator: '<=', value: { number: 0.001, decimals: 3 } });
    expect(splitPValue('<0.05')).toEqual({ comparator: '<', value: { number: 0.05, decimals: 2 } });
    expect(splitPValue('0.20')).toEqual({ comparator: '', value: { number: 0.2, decimals: 2 } });
    expect(splitPValue(undefined)).toEqual({ comparator: '' });
    expect(() => splitPValue('n.s.')).toThrow(/p-value "n\.s\.": expected a number/);
  });
});

describe('writeCsv', () => {
  // Real column names: every column must be named in every language (src/i18n/<lang>/csv.ts).
  const rows = [
    { id: 'x, y', note: 'say "hi"', value: { number: 2.5, decimals: 1 } },
    { id: ['p', 'q'], note: undefined, value: 'two\r\nlines; =1' },
    { id: '=1+1', note: '@x', value: -3 },
  ];

  it('English: BOM, commas, CRLF, RFC 4180 quotes, formula text neutralised', () => {
    const text = writeCsv(['id', 'note', 'value'], rows, 'en');
    expect(text).toBe('\uFEFFid,note,value\r\n"x, y","say ""hi""",2.5\r\np; q,,"two\r\nlines; =1"\r\n\'=1+1,\'@x,-3\r\n');
    expect(readCsv(text, 'en')).toEqual([
      ['id', 'note', 'value'],
      ['x, y', 'say "hi"', '2.5'],
      ['p; q', '', 'two\r\nlines; =1'],
      ["'=1+1", "'@x", '-3'],
    ]);
  });

  it('Norwegian: semicolons, decimal commas, Norwegian column names', () => {
    const text = writeCsv(['value', 'note', 'unit'], [{ value: { number: 2.5, decimals: 1 }, note: 'a; b', unit: 'percent' }], 'nb');
    expect(text).toBe('\uFEFFverdi;merknad;enhet\r\n2,5;"a; b";percent\r\n');
  });

  it('stops on a column without a name in the language', () => {
    expect(() => columnName('flux_capacitor', 'nb')).toThrow(
      /CSV column "flux_capacitor" has no name in nb: add "flux_capacitor" to columns in src\/i18n\/nb\/csv.ts/,
    );
    expect(() => columnName('flux_capacitor', 'en')).toThrow(/CSV column "flux_capacitor" has no name in en/);
    expect(columnName('name_nb', 'en')).toBe('name_nb');
    expect(columnName('name_nb', 'nb')).toBe('navn_nb');
  });
});

describe.each(ids.flatMap((id) => (['en', 'nb'] as const).map((lang) => [id, lang] as const)))('the CSV of %s (%s)', (id, lang) => {
  const spec = charts[id](evidence, lang);
  const text = chartCsv(evidence, spec.figures, lang);
  const [header, ...records] = readCsv(text, lang);
  const cells = records.map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]!])));
  // Rows the chart computed itself (pooled estimates of the site's meta-analysis), by id.
  const computed = new Map(spec.figures.filter((f) => f.source === COMPUTED_HERE).map((f) => [f.id, f]));
  const rowFigure = (rowId: string) => evidence.figures.get(rowId) ?? computed.get(rowId)!;

  it('parses strictly, with the header in its language and CRLF line ends', () => {
    expect(header).toEqual(CSV_COLUMNS.map((c) => columnName(c, lang)));
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('has exactly the plotted rows, each once, in the chart order', () => {
    expect(cells.map((c) => c['id'])).toEqual([...new Set(spec.figures.map((f) => f.id))]);
  });

  it('carries the numbers of the data rows, with their published decimals', () => {
    for (const c of cells) {
      const f = rowFigure(c['id']!);
      expect(readNumber(c['value']!, lang), f.id).toBe(f.value);
      expect(c['value']!.split(lang === 'nb' ? ',' : '.')[1]?.length ?? 0, f.id).toBe(f.decimals);
      for (const k of ['numerator', 'denominator', 'ci_low', 'ci_high'] as const) expect(readNumber(c[k]!, lang), `${f.id} ${k}`).toBe(f[k]);
      const p = f.p_value ? `${c['p_comparator'] || '='}${c['p_value']!.replace(',', '.')}` : '';
      expect(p, f.id).toBe(f.p_value ? f.p_value.replace(/^(\d)/, '=$1') : '');
      const number = lang === 'nb' ? /^(-?\d+(,\d+)?)?$/ : /^(-?\d+(\.\d+)?)?$/;
      for (const k of ['value', 'numerator', 'denominator', 'ci_low', 'ci_high', 'p_value']) expect(c[k], `${f.id} ${k}`).toMatch(number);
    }
  });

  it('says where each number comes from, and the data version', () => {
    for (const c of cells) {
      const f = rowFigure(c['id']!);
      if (f.source === COMPUTED_HERE) {
        // Computed here: derived, its method and input rows in the locator, no publication.
        expect(c).toMatchObject({ status: 'derived', source: COMPUTED_HERE, citation: COMPUTED_CITATION, link: '', locator: neutralise(f.locator) });
        expect(f.locator.length).toBeGreaterThan(20);
        continue;
      }
      const s = source(evidence, f.source);
      expect(c).toMatchObject({
        study: f.study ?? '',
        measure: f.measure,
        group: f.group,
        comparator: f.comparator ?? '',
        timepoint: f.timepoint ?? '',
        unit: f.unit,
        status: f.status,
        locator: neutralise(inLang(f, 'locator', lang)),
        source: f.source,
        citation: shortCitation(s, lang),
        link: sourceLink(s) ?? '',
        data_version: evidence.release.version,
      });
    }
  });

  it('has no cell a spreadsheet would read as a formula', () => {
    for (const r of records) for (const cell of r) expect(/^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d/.test(cell), cell).toBe(false);
  });
});
