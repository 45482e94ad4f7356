/**
 * Internal working words never reach a reader: not on a page, in a chart's text (which also
 * goes into its PNGs and SVGs), in a CSV or JSON download, in a citation file, nor in the data
 * files and notes the site is built from. The sources are always checked; the built site only
 * when dist/ exists (run `npx astro build` first to check it too).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DIST = path.join(ROOT, 'dist');

/** The words, in both languages, case-insensitive. */
const INTERNAL_WORDS: readonly RegExp[] = [
  /dossier/i,
  /this site grew from/i,
  /not captured/i,
  /from memory/i,
  /not recorded in/i,
  // Norwegian: "the talk this site is built on", "from memory", "not recorded in the dossier".
  /nettstedet bygger på/i,
  /etter hukommelsen/i,
];

/** Every file under a directory, as absolute paths. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** "file:line: the line" for every line that holds an internal word. */
function hits(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const word of INTERNAL_WORDS) {
        if (word.test(line)) found.push(`${path.relative(ROOT, file)}:${i + 1}: ${word} in "${line.trim().slice(0, 160)}"`);
      }
    });
  }
  return found;
}

const inDir = (dir: string, ext: RegExp) => (existsSync(path.join(ROOT, dir)) ? walk(path.join(ROOT, dir)).filter((f) => ext.test(f)) : []);

/**
 * What readers see is made from: the pages, the data (notes, descriptions, locators, the
 * documents that go into the data archive), the chart modules' strings and the interface strings.
 * data/releases/ is left out: released snapshots are frozen by design (tests/unit/releases.test.ts).
 */
const SOURCE_FILES = [
  ...inDir('content', /\.mdx?$/),
  ...readdirSync(path.join(ROOT, 'data'))
    .filter((f) => /\.(ya?ml|md)$/.test(f))
    .map((f) => path.join(ROOT, 'data', f)),
  ...inDir('data/figures', /\.csv$/),
  ...inDir('src/charts', /\.ts$/),
  ...inDir('src/i18n', /\.ts$/),
  path.join(ROOT, 'content/glossary/en.yaml'),
  path.join(ROOT, 'content/glossary/nb.yaml'),
  path.join(ROOT, 'src/layouts/Base.astro'),
];

/** Reader-facing files of the built site: pages, embeds, chart SVGs, CSV and JSON data, citations. */
const DIST_EXTENSIONS = /\.(html|csv|svg|json|txt|bib|ris|xml|md)$/;
/** Search-index fragments are compressed, so they are checked through the pages they index. */
const DIST_SKIP = /[\\/]pagefind[\\/]/;

describe('reader-facing words', () => {
  it('checks a real set of source files', () => {
    // Guards against a path change that would let the check below pass on nothing.
    expect(SOURCE_FILES.filter((f) => f.includes(`${path.sep}content${path.sep}`)).length).toBeGreaterThan(10);
    expect(SOURCE_FILES.filter((f) => f.endsWith('.csv')).length).toBeGreaterThan(3);
    expect(SOURCE_FILES.filter((f) => f.includes(`${path.sep}charts${path.sep}`)).length).toBeGreaterThan(5);
    for (const f of SOURCE_FILES) expect(existsSync(f), f).toBe(true);
  });

  it('finds the words when they are there (the check can fail)', () => {
    const sample = 'The comparison condition was not captured in the dossier.';
    expect(INTERNAL_WORDS.filter((w) => w.test(sample)).length).toBe(2);
    expect(INTERNAL_WORDS.some((w) => w.test('Foredraget som dette nettstedet bygger på'))).toBe(true);
    // A plain use of "grew from" is not a working word.
    expect(INTERNAL_WORDS.some((w) => w.test('The count grew from 11 in 2008 to 28 in 2023.'))).toBe(false);
  });

  it('has none in the pages, data, chart strings or interface strings', () => {
    expect(hits(SOURCE_FILES)).toEqual([]);
  });

  it.skipIf(!existsSync(DIST))('has none in the built site: pages, embeds, SVGs, CSV, JSON and citation files', () => {
    const files = walk(DIST).filter((f) => DIST_EXTENSIONS.test(f) && !DIST_SKIP.test(f));
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(10);
    expect(hits(files)).toEqual([]);
  });
});
