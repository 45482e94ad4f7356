/**
 * The malformed-data corpus: each folder in tests/fixtures/malformed/ holds the files that
 * differ from the minimal valid data in tests/fixtures/data-valid/, and `expected.txt`, the
 * exact problems the validator must report (one per line, paths relative to the data folder).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEvidence } from '../../src/data/load.ts';
import { DataValidationError, formatProblem } from '../../src/data/problems.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const corpus = path.join(fixtures, 'malformed');
const cases = readdirSync(corpus).sort();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-malformed-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The valid fixture with one case's files laid over it, in a folder of its own. */
function dataWith(caseName: string): string {
  const dir = path.join(scratch, caseName, 'data');
  cpSync(path.join(fixtures, 'data-valid'), dir, { recursive: true });
  cpSync(path.join(corpus, caseName), dir, { recursive: true });
  rmSync(path.join(dir, 'expected.txt'));
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    readEvidence(dir);
  } catch (err) {
    if (!(err instanceof DataValidationError)) throw err;
    const prefix = `${path.relative(process.cwd(), dir)}/`;
    return err.problems.map((p) => formatProblem(p).split(prefix).join(''));
  }
  return [];
}

describe('the valid fixture', () => {
  it('loads without problems', () => {
    const evidence = readEvidence(path.join(fixtures, 'data-valid'));
    expect(evidence.figures.get('norway-employment-18m-ips')?.value).toBe(37.4);
    expect(evidence.figures.get('norway-employment-18m-ips')?.decimals).toBe(1);
  });
});

describe('the malformed-data corpus', () => {
  it('has at least 15 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s is rejected with the expected messages', (caseName) => {
    const expected = readFileSync(path.join(corpus, caseName, 'expected.txt'), 'utf8')
      .trim()
      .split('\n');
    expect(problemsOf(dataWith(caseName))).toEqual(expected);
  });

  it('the error thrown names the data problems in its message, for the build log', () => {
    expect(() => readEvidence(dataWith('percentage-above-100'))).toThrow(
      /has 1 problem:\n {2}- .*figures\/norway\.csv, line 2 \(id "norway-employment-18m-ips"\), field "value": expected a percentage from 0 to 100, found 137\.4\./,
    );
  });
});
