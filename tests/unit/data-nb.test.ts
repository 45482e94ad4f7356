/**
 * Norwegian pages show data texts in Norwegian (issue 10, "Norwegian all the way"): every note
 * and locator a figure, source or finding has in English has its Norwegian twin in data/, and the
 * twin is Norwegian, not an English copy. Read from the validated working data.
 */
import { describe, expect, it } from 'vitest';
import { loadEvidence } from '../../src/data/load.ts';
import { englishWords } from './site/english-words.ts';

const e = loadEvidence();
const figures = [...e.figures.values()];
const sources = [...e.sources.values()];
const findings = [...e.studies.values()].flatMap((s) => (s.findings ?? []).map((f, i) => ({ where: `${s.key} finding ${i + 1}`, ...f })));

/** Every [where, Norwegian text] pair this file checks, for the word test below. */
const norwegian: Array<[string, string]> = [
  ...figures.flatMap((f): Array<[string, string]> => [
    [`${f.id} locator_nb`, f.locator_nb ?? ''],
    ...(f.note_nb ? [[`${f.id} note_nb`, f.note_nb] as [string, string]] : []),
  ]),
  ...sources.flatMap((s): Array<[string, string]> => [
    ...(s.note_nb ? [[`${s.key} note_nb`, s.note_nb] as [string, string]] : []),
    ...(s.title_nb ? [[`${s.key} title_nb`, s.title_nb] as [string, string]] : []),
  ]),
  ...findings.map((f): [string, string] => [`${f.where} locator_nb`, f.locator_nb ?? '']),
];

describe('Norwegian data texts', () => {
  it('every figure has a Norwegian locator, and a Norwegian note where it has a note (and only then)', () => {
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.filter((f) => !f.locator_nb).map((f) => f.id)).toEqual([]);
    expect(figures.filter((f) => Boolean(f.note) !== Boolean(f.note_nb)).map((f) => f.id)).toEqual([]);
  });

  it('every source note has a Norwegian note', () => {
    expect(sources.filter((s) => s.note && !s.note_nb).map((s) => s.key)).toEqual([]);
  });

  it('every finding has a Norwegian locator', () => {
    expect(findings.filter((f) => !f.locator_nb).map((f) => f.where)).toEqual([]);
  });

  it('a Norwegian text is not its English text copied', () => {
    const same = [
      ...figures.filter((f) => f.note && f.note === f.note_nb).map((f) => `${f.id} note`),
      ...figures.filter((f) => f.locator === f.locator_nb && !/^[\p{Lu}\d]/u.test(f.locator)).map((f) => `${f.id} locator`),
      ...sources.filter((s) => s.note && s.note === s.note_nb).map((s) => `${s.key} note`),
    ];
    expect(same).toEqual([]);
  });

  it('has no English words outside quotations', () => {
    const english = norwegian.flatMap(([where, text]) =>
      englishWords(text).length ? [`${where}: ${englishWords(text).join(', ')} in ${JSON.stringify(text)}`] : [],
    );
    expect(english).toEqual([]);
  });

  it('catches an English note (the check itself)', () => {
    expect(englishWords('registry data; employed at this time point (not at any time during follow-up)')).toEqual(['this', 'not']);
    expect(englishWords('the abstract gives no arm sizes')).toEqual(['the']);
    expect(englishWords('«Mean 55% vs. 23% on competitive employment outcome» (gjennomsnitt 55 % mot 23 %)')).toEqual([]);
  });
});
