/**
 * Language-dependent formatting (src/i18n/format.ts) goes through Intl and the messages: kroner
 * by Intl's currency format, units by Intl.PluralRules, intervals in words, and the data's time
 * points by a table of patterns that words each one in the reader's language or fails, naming
 * the time point, so no time point is shown in English on a Norwegian page.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/index.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import type { Figure } from '../../../src/data/schemas.ts';
import { formatFigure, formatInterval, formatTimepoint, formatValue } from '../../../src/i18n/format.ts';

const evidence = loadEvidence();
const timepoints = [...new Set([...evidence.figures.values()].flatMap((f) => (f.timepoint ? [f.timepoint] : [])))].sort();
const NBSP = '\u00a0';

describe('time points', () => {
  it('are read from data/figures/ (the test has something to check)', () => {
    expect(timepoints.length).toBeGreaterThan(10);
  });

  it.each(timepoints)('"%s" is worded in English exactly as the data write it', (tp) => {
    expect(formatTimepoint(tp, 'en')).toBe(tp);
  });

  it.each(timepoints)('"%s" is worded in every other language, not left in English', (tp) => {
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      const worded = formatTimepoint(tp, lang);
      expect(worded).not.toBe('');
      // A year or a range of years ("2001 to 2010") keeps its digits; any English word is a leak.
      if (/[a-z]/i.test(tp)) expect(worded, `${lang}: ${tp}`).not.toBe(tp);
    }
  });

  it('word singular and plural by the language’s plural rules', () => {
    expect(formatTimepoint('1 year', 'en')).toBe('1 year');
    expect(formatTimepoint('12 months', 'nb')).toBe('12 måneder');
    expect(formatTimepoint('within 12 months', 'nb')).toBe('innen 12 måneder');
    expect(formatTimepoint('first 6 months', 'nb')).toBe('de første 6 månedene');
    expect(formatTimepoint('2001 to 2010', 'nb')).toBe('2001 til 2010');
  });

  it('fail on a time point no pattern words, naming it, instead of showing it in English', () => {
    expect(() => formatTimepoint('at the end of the trial', 'nb')).toThrow(/"at the end of the trial".*timepoint/);
    expect(() => formatTimepoint('at the end of the trial', 'en')).toThrow(/no wording/);
  });

  it('are empty when the data give none', () => {
    expect(formatTimepoint('', 'nb')).toBe('');
  });
});

describe('values', () => {
  it('write kroner as each language does, by Intl (no break between amount and currency)', () => {
    expect(formatValue(40000, 'nok', 'en', 0)).toBe(`NOK${NBSP}40,000`);
    expect(formatValue(40000, 'nok', 'nb', 0)).toBe(`40${NBSP}000${NBSP}kr`);
  });

  it('pick a unit’s singular or plural by Intl.PluralRules', () => {
    expect(formatValue(1, 'weeks', 'en', 0)).toBe('1 week');
    expect(formatValue(2, 'weeks', 'en', 0)).toBe('2 weeks');
    expect(formatValue(1.5, 'years', 'en', 1)).toBe('1.5 years');
    expect(formatValue(1, 'sessions', 'nb', 0)).toBe('1 time');
    expect(formatValue(12, 'sessions', 'nb', 0)).toBe('12 timer');
  });

  it('write an interval in words and its confidence level in the language’s abbreviation', () => {
    expect(formatInterval(1.82, 2.35, 'en', 2)).toBe('1.82 to 2.35');
    expect(formatInterval(1.82, 2.35, 'nb', 2)).toBe('1,82 til 2,35');
    const f = { value: 2.07, unit: 'ratio', decimals: 2, ci_low: 1.82, ci_high: 2.35 } as Figure;
    expect(formatFigure(f, 'en')).toBe('2.07 (95% CI 1.82 to 2.35)');
    expect(formatFigure(f, 'nb')).toBe('2,07 (95 % KI 1,82 til 2,35)');
  });

  it('format every figure of the data in every language without error', () => {
    for (const lang of LANGS) for (const f of evidence.figures.values()) expect(formatFigure(f, lang)).not.toBe('');
  });
});
