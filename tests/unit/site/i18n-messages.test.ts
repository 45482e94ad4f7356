/**
 * Every language's messages have the English shape at run time, not only to the compiler (which
 * an `as any` or a cast would silence): the same keys, the same kind of value (string, function,
 * object), functions with the same number of parameters. And they are translated: a Norwegian
 * string equal to its English one is an untranslated string unless it is listed below as rightly
 * the same (names, abbreviations, symbols). Functions are compared by their output for the same
 * stand-in arguments, so a function copied from English untranslated is caught as well.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, SAME_IN_BOTH_LANGUAGES, messages } from '../../../src/i18n/index.ts';

/** Messages (dotted paths) that are rightly the same in every language, and why. */
const SAME_EVERYWHERE = new Set<string>([
  // The interface words' own list (src/i18n/index.ts).
  ...SAME_IN_BOTH_LANGUAGES.map((k) => `ui.${k}`),
  'bottomLine.trial.p', // the statistic's symbol
  'bottomLine.pooled.cite', // "answer (citations; via site)": punctuation only
  'bottomLine.trial.cite',
  // The abbreviations a forest plot prints beside each ratio are international.
  'charts.unemploymentHealth.abbr.hazard-ratio',
  'charts.unemploymentHealth.abbr.odds-ratio',
  'charts.unemploymentHealth.abbr.risk-ratio',
  'charts.awacWork.pValue', // "p"
  'charts.evidenceOverTime.columns.status', // "Status" is Norwegian too
  'charts.seedEmployment.ips', // "IPS"
  // Functions that only arrange their values ("N = 120", "1990–1999", "12 + 14", "SEED: +10.3."),
  // or whose words the stand-in values do not reach (they are compared where they have words).
  'format.timepoint.after',
  'bottomLine.trial.inSentence',
  'bottomLine.trial.at',
  'charts.awacWork.later',
  'charts.individualTrials.n',
  'charts.individualTrials.period',
  'charts.individualTrials.sizeBand',
  'charts.metaAnalyses.perArm',
  'charts.overviewEffects.step',
  // CSV column names that are the same word, or an identifier's name, in Norwegian.
  'csv.columns.id',
  'csv.columns.status',
  'csv.columns.doi',
  'csv.columns.pmid',
  'csv.columns.pmcid',
  'csv.columns.url',
  'csv.columns.setting',
  'csv.columns.design',
  'sources.facts.design', // "Design" is Norwegian too
  'slides.deckTitle', // the topic's name, already in the language
]);

type Tree = { [k: string]: unknown };

/** Every leaf of a message tree, by dotted path. */
function leaves(tree: unknown, path = ''): Array<[string, unknown]> {
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) return Object.entries(tree as Tree).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, tree]];
}

const kind = (v: unknown) => (Array.isArray(v) ? 'array' : typeof v);

/** Calls a message function with stand-in arguments; undefined when it needs other kinds of values. */
function sample(fn: (...a: unknown[]) => unknown): unknown {
  const args = Array.from({ length: fn.length }, (_, i) => `⟨${i}⟩`);
  try {
    return fn(...args);
  } catch {
    return undefined;
  }
}

/** Where a language's messages differ in shape from the English ones. */
function shapeProblems(reference: unknown, other: unknown): string[] {
  const mine = new Map(leaves(other));
  const problems: string[] = [];
  for (const [path, value] of leaves(reference)) {
    if (!mine.has(path)) {
      problems.push(`${path}: missing`);
      continue;
    }
    const theirs = mine.get(path);
    if (kind(theirs) !== kind(value)) problems.push(`${path}: ${kind(value)} in English, ${kind(theirs)} here`);
    else if (typeof value === 'function' && (theirs as () => unknown).length !== value.length)
      problems.push(`${path}: ${value.length} parameters in English, ${(theirs as () => unknown).length} here`);
    mine.delete(path);
  }
  for (const path of mine.keys()) problems.push(`${path}: not in English`);
  return problems;
}

/** Messages equal to the English ones (strings, or function outputs for the same stand-in values). */
function untranslated(reference: unknown, other: unknown): string[] {
  const mine = new Map(leaves(other));
  return leaves(reference)
    .filter(([path, value]) => {
      const theirs = mine.get(path);
      if (typeof value === 'string') return theirs === value;
      if (typeof value === 'function' && typeof theirs === 'function') {
        const a = sample(value as (...x: unknown[]) => unknown);
        return typeof a === 'string' && a === sample(theirs as (...x: unknown[]) => unknown);
      }
      return false;
    })
    .map(([path]) => path)
    .filter((path) => !SAME_EVERYWHERE.has(path));
}

/** A message tree from its leaves (the inverse of `leaves`), to build faulty copies. */
function tree(entries: Iterable<[string, unknown]>): Tree {
  const root: Tree = {};
  for (const [path, value] of entries) {
    const keys = path.split('.');
    let node = root;
    for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Tree;
    node[keys.at(-1)!] = value;
  }
  return root;
}

const en = messages('en');
const others = LANGS.filter((l) => l !== 'en');

describe.each(others)('messages(%s) against messages(en)', (lang) => {
  const m = messages(lang);

  it('has exactly the English keys, with the same kind of value and the same arity', () => {
    expect(shapeProblems(en, m)).toEqual([]);
  });

  it('is translated: no string (or function output) equals the English one unless listed as rightly the same', () => {
    const same = untranslated(en, m);
    expect(same, `untranslated: ${same.join(', ')}`).toEqual([]);
  });

  it('has no empty string', () => {
    const empty = leaves(m)
      .filter(([, v]) => typeof v === 'string' && v.trim() === '')
      .map(([p]) => p);
    expect(empty).toEqual([]);
  });
});

describe('the parity checks themselves', () => {
  it('list only messages that exist as rightly the same', () => {
    const paths = new Set(leaves(en).map(([p]) => p));
    expect([...SAME_EVERYWHERE].filter((p) => !paths.has(p))).toEqual([]);
  });

  it('report a missing key, an extra key, a changed kind, a changed arity and an untranslated string or function', () => {
    // A copy of the Norwegian messages with one fault of each kind, as a cast would let through.
    const faulty = new Map(leaves(messages('nb')));
    const english = new Map(leaves(en));
    faulty.delete('ui.sources');
    faulty.set('ui.extra', 'x');
    faulty.set('chartCommon.views.percent', () => 'x');
    faulty.set('chartCommon.steps.first', () => 'x');
    faulty.set('chartCommon.steps.difference', english.get('chartCommon.steps.difference'));
    faulty.set('chartCommon.steps.then', english.get('chartCommon.steps.then'));
    expect(shapeProblems(en, tree(faulty)).sort()).toEqual([
      'chartCommon.steps.first: 1 parameters in English, 0 here',
      'chartCommon.views.percent: string in English, function here',
      'ui.extra: not in English',
      'ui.sources: missing',
    ]);
    expect(untranslated(en, tree(faulty)).sort()).toEqual(['chartCommon.steps.difference', 'chartCommon.steps.then']);
  });
});
