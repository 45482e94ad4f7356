import type { DataProblem } from './problems.ts';

/** One record of a CSV file, by column name, with the line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
}

export interface CsvParseResult {
  header: string[];
  records: CsvRecord[];
  problems: DataProblem[];
}

/**
 * RFC 4180 CSV, written here rather than taken from a library so that every structural
 * problem (an unclosed quote, a line with too few or too many fields) is reported with
 * the line number an editor needs, and parsing goes on to find the next problem.
 */
export function parseCsv(
  text: string,
  file: string,
  expectedHeader?: readonly string[],
  /** Headers of older data versions still read; their missing columns read as empty cells. */
  olderHeaders: ReadonlyArray<readonly string[]> = [],
): CsvParseResult {
  const problems: DataProblem[] = [];
  const rows = splitRows(text.replace(/^\uFEFF/, ''), file, problems);
  const [first, ...rest] = rows;
  if (!first) {
    problems.push({ file, expected: 'a header line', found: 'an empty file' });
    return { header: [], records: [], problems };
  }
  const header = first.fields.map((h) => h.trim());
  const older = olderHeaders.some((h) => h.join(',') === header.join(','));
  if (expectedHeader && header.join(',') !== expectedHeader.join(',') && !older) {
    problems.push({
      file,
      where: 'line 1 (the header)',
      expected: `the columns ${expectedHeader.join(',')}`,
      found: JSON.stringify(header.join(',')),
    });
    return { header, records: [], problems };
  }
  const records: CsvRecord[] = [];
  for (const row of rest) {
    if (row.fields.length === 1 && row.fields[0]?.trim() === '') continue; // blank line
    if (row.fields.length !== header.length) {
      problems.push({
        file,
        where: `line ${row.line}`,
        expected: `${header.length} fields separated by commas (quote a field that holds a comma)`,
        found: `${row.fields.length} field${row.fields.length === 1 ? '' : 's'}`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    if (older && expectedHeader) for (const name of expectedHeader) cells[name] = '';
    header.forEach((name, i) => (cells[name] = row.fields[i] ?? ''));
    records.push({ line: row.line, cells });
  }
  return { header, records, problems };
}

interface RawRow {
  line: number;
  fields: string[];
}

function splitRows(text: string, file: string, problems: DataProblem[]): RawRow[] {
  const rows: RawRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowStart = 1;
  let i = 0;
  let quoted = false;
  let quoteStart = 0;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push({ line: rowStart, fields });
    fields = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          problems.push({
            file,
            where: `line ${line}`,
            expected: 'a comma or the end of the line after a closing quote',
            found: JSON.stringify(next),
          });
          // Skip to the end of the field so the rest of the file can still be read.
          while (i < text.length && text[i] !== ',' && text[i] !== '\n') i++;
        }
        continue;
      }
      if (c === '\n' || c === '\r') {
        // Records in data/ are one line each: a quote still open at the end of a line is
        // almost always a missing closing quote, and saying so beats a confusing error later.
        problems.push({
          file,
          where: `line ${quoteStart}`,
          expected: 'a closing quote before the end of the line',
          found: `the unclosed field ${JSON.stringify('"' + field)}`,
        });
        quoted = false;
        fields = [];
        field = '';
        while (i < text.length && text[i] !== '\n') i++;
        i++;
        line++;
        rowStart = line;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteStart = line;
      i++;
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      i++;
    } else if (c === '\n') {
      endRow();
      line++;
      rowStart = line;
      i++;
    } else {
      if (c === '"' && !field.includes('"')) {
        problems.push({
          file,
          where: `line ${line}`,
          expected: 'quotes only around a whole field ("like, this"), with inner quotes doubled',
          found: `a quote inside the unquoted field ${JSON.stringify(field + c)}`,
        });
      }
      field += c;
      i++;
    }
  }
  if (quoted) {
    problems.push({
      file,
      where: `line ${quoteStart}`,
      expected: 'a closing quote for the field opened on this line',
      found: 'the end of the file',
    });
    return rows;
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}
