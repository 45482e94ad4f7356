/**
 * The site's own words and conventions in src/i18n/<lang>/ (downloads, slides, citations, CSV,
 * embed, sources, redirects, browser): every language states them, and a non-English language
 * does not leave them in English. The compiler checks the shape; this checks the content.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, LOCALE, messages, type Lang } from '../../../src/i18n/index.ts';
import { csvColumns, datasets } from '../../../src/export/data-export.ts';
import { dataDirectory, loadEvidence } from '../../../src/data/load.ts';
import { apaDate } from '../../../src/export/citation.ts';
import { CSV_COLUMNS, CSV_DELIMITER, columnName, formatCsvNumber } from '../../../src/export/csv.ts';

const AREAS = ['browser', 'citation', 'downloads', 'embed', 'redirect', 'slides', 'sources'] as const;

/** Every word of an area as text: a message that takes values is called with sample ones. */
function texts(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (typeof value === 'function') return [[at, String((value as (...a: unknown[]) => unknown)(7, 'X', 9))]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, `${at}.${k}`));
  return [];
}

/** Rightly the same in English and Norwegian (a loanword; a title that is only the topic's name). */
const SAME = new Set(['sources.facts.design', 'slides.deckTitle']);

describe.each(LANGS.filter((l) => l !== 'en'))('the site words in %s', (lang) => {
  const english = new Map(AREAS.flatMap((a) => texts(messages('en')[a], a)));
  const own = AREAS.flatMap((a) => texts(messages(lang)[a], a));

  it('has every word English has, none left empty', () => {
    expect(own.map(([k]) => k).sort()).toEqual([...english.keys()].sort());
    for (const [k, v] of own) expect(v.trim(), k).not.toBe('');
  });

  it('translates them (an English word left in place is caught)', () => {
    const untranslated = own.filter(([k, v]) => !SAME.has(k) && english.get(k) === v).map(([k]) => k);
    expect(untranslated).toEqual([]);
  });
});

describe.each(LANGS)('CSV conventions in %s', (lang: Lang) => {
  const e = loadEvidence();
  const all = [CSV_COLUMNS, ...datasets(e, dataDirectory()).map(csvColumns)];

  it('names every column any CSV download writes, each name once per file', () => {
    for (const columns of all) {
      const names = columns.map((c) => columnName(c, lang));
      expect(new Set(names).size, columns.join(',')).toBe(names.length);
    }
  });

  it('separates fields with something other than its decimal mark', () => {
    const decimal = new Intl.NumberFormat(LOCALE[lang]).formatToParts(1.5).find((p) => p.type === 'decimal')!.value;
    expect(CSV_DELIMITER[lang]).toBe(messages(lang).csv.delimiter);
    expect(CSV_DELIMITER[lang]).not.toBe(decimal);
    expect(formatCsvNumber(-1234.5, lang, 2)).toBe(`-1234${decimal}50`);
  });

  it('dates an APA reference with the month named by Intl', () => {
    const month = new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 24));
    const date = apaDate('2026-11-24', lang);
    expect(date).toContain(month);
    expect(date).toMatch(/^2026, /);
    expect(date).toContain('24');
  });
});
