import { describe, expect, it } from 'vitest';
import { charts, type ChartId } from '../../../src/charts/index.ts';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { loadEvidence } from '../../../src/lib/data/load.ts';
import { COMPUTED_HERE, shortCitation, source, sourceLink } from '../../../src/lib/evidence.ts';
import { COMPUTED_CITATION, CSV_COLUMNS, chartCsv, csvField, csvNumber } from '../../../src/lib/export/csv.ts';

const evidence = loadEvidence();
const ids = Object.keys(charts) as ChartId[];
const blankOr = (n: number | undefined) => (n === undefined ? '' : n);

describe('csvField (RFC 4180)', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks', () => {
    expect(csvField('Abstract')).toBe('Abstract');
    expect(csvField('Abstract, Results')).toBe('"Abstract, Results"');
    expect(csvField('the "talk"')).toBe('"the ""talk"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField(undefined)).toBe('');
    expect(csvField('Løvvik · 37.4%')).toBe('Løvvik · 37.4%');
  });
});

describe('csvNumber', () => {
  it('writes "." decimals, no grouping, no exponent, the published decimals', () => {
    expect(csvNumber(37.4)).toBe('37.4');
    expect(csvNumber(1193)).toBe('1193');
    expect(csvNumber(48, 1)).toBe('48.0');
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(1e-7)).toBe('0.0000001');
    expect(csvNumber(undefined)).toBe('');
  });
});

describe.each(ids)('the CSV of %s', (id) => {
  const spec = charts[id](evidence, 'en');
  const text = chartCsv(evidence, spec.figures);
  const parsed = parseCsv(text, `${id}.csv`, CSV_COLUMNS);
  // Rows the chart computed itself (pooled estimates of the site's meta-analysis), by id.
  const computed = new Map(spec.figures.filter((f) => f.source === COMPUTED_HERE).map((f) => [f.id, f]));
  const rowFigure = (rowId: string) => evidence.figures.get(rowId) ?? computed.get(rowId)!;

  it('parses as RFC 4180 with the expected header and CRLF line ends', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.header).toEqual([...CSV_COLUMNS]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(
      text
        .replace(/"[^"]*"/g, '')
        .split('\r\n')
        .every((l) => !l.includes('\n')),
    ).toBe(true);
  });

  it('has exactly the plotted rows, each once, in the chart order', () => {
    const unique = [...new Set(spec.figures.map((f) => f.id))];
    expect(parsed.records.map((r) => r.cells['id'])).toEqual(unique);
  });

  it('carries the numbers exactly as the data rows hold them', () => {
    for (const r of parsed.records) {
      const f = rowFigure(r.cells['id']!);
      const c = r.cells;
      expect(Number(c['value'])).toBe(f.value);
      expect(c['value']!.split('.')[1]?.length ?? 0).toBe(f.decimals);
      expect(c['numerator'] === '' ? '' : Number(c['numerator'])).toBe(blankOr(f.numerator));
      expect(c['denominator'] === '' ? '' : Number(c['denominator'])).toBe(blankOr(f.denominator));
      expect(c['ci_low'] === '' ? '' : Number(c['ci_low'])).toBe(blankOr(f.ci_low));
      expect(c['ci_high'] === '' ? '' : Number(c['ci_high'])).toBe(blankOr(f.ci_high));
      expect(c['p_value']).toBe(f.p_value ?? '');
      for (const k of ['value', 'numerator', 'denominator', 'ci_low', 'ci_high']) expect(c[k]).toMatch(/^(-?\d+(\.\d+)?)?$/);
    }
  });

  it('says where each number comes from, and the data version', () => {
    for (const r of parsed.records) {
      const f = rowFigure(r.cells['id']!);
      if (f.source === COMPUTED_HERE) {
        // Computed here: derived, its method and input rows in the locator, no publication.
        expect(r.cells).toMatchObject({ status: 'derived', source: COMPUTED_HERE, citation: COMPUTED_CITATION, link: '', locator: f.locator });
        expect(f.locator.length).toBeGreaterThan(20);
        continue;
      }
      const s = source(evidence, f.source);
      expect(r.cells).toMatchObject({
        study: f.study ?? '',
        measure: f.measure,
        group: f.group,
        comparator: f.comparator ?? '',
        timepoint: f.timepoint ?? '',
        unit: f.unit,
        status: f.status,
        locator: f.locator,
        source: f.source,
        citation: shortCitation(s),
        link: sourceLink(s) ?? '',
        data_version: evidence.release.version,
      });
    }
  });
});
