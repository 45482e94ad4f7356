/**
 * The glossary: each term's anchor id (its address, /glossary/#<id>: never rename one), its name
 * and definition in each language, and the phrases that mean it in running text. The words live
 * in content/glossary/<lang>.yaml (one file per language, the same ids in each); this module reads
 * and checks them. The glossary page renders from here (src/components/mdx/Glossary.astro), and the
 * build links the first use of each phrase on every other page to its entry
 * (src/integrations/content-links.ts), so the two cannot drift apart. Definitions are general; they state
 * no figure from the data.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { z } from 'zod';
import { DataValidationError, showFound, type DataProblem } from '../data/problems.ts';
import { zodProblems } from '../data/load.ts';
import { contentDirectory } from './content.ts';
import { LANGS, LOCALE, type Lang } from '../i18n/index.ts';

export interface GlossaryTerm {
  /** The anchor on the glossary page. Public: pages link to it. */
  id: string;
  term: Record<Lang, string>;
  definition: Record<Lang, string>;
  /**
   * Phrases that mean the term in running text, per language. Matched as whole words; a phrase
   * with two capitals in a row (an abbreviation: RCT, NNT) must match in case, others in any case.
   */
  phrases: Record<Lang, readonly string[]>;
  /** A page that says more, relative to the language root ('what-is-ips/#fidelity'). */
  more?: string;
}

const text = z.string({ error: 'a text' }).trim().min(1, { error: 'a non-empty text' });
const entrySchema = z.strictObject({
  term: text,
  definition: text,
  phrases: z.array(text, { error: 'a list of phrases' }).min(1, { error: 'at least one phrase' }),
  more: z
    .string({ error: 'a page path such as "what-is-ips/"' })
    .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/(#[a-z0-9-]+)?$/, { error: 'a page path such as "what-is-ips/" or "what-is-ips/#fidelity"' })
    .optional(),
});
type Entry = z.output<typeof entrySchema>;

/** One language's file: id → entry, in the file's order, with each id's line for messages. */
function readLanguage(dir: string, lang: Lang, problems: DataProblem[]): Map<string, Entry> {
  const full = path.join(dir, 'glossary', `${lang}.yaml`);
  const file = path.relative(process.cwd(), full) || full;
  const out = new Map<string, Entry>();
  if (!existsSync(full)) {
    problems.push({ file, expected: 'this file to exist (the glossary in this language)', found: 'no such file' });
    return out;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(full, 'utf8'), { lineCounter });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    problems.push({
      file,
      where: err.linePos ? `line ${err.linePos[0].line}` : undefined,
      expected: 'valid YAML',
      found: `a syntax error (${err.message.split('\n')[0]})`,
    });
    return out;
  }
  if (!isMap(doc.contents)) {
    problems.push({ file, expected: 'a mapping from term ids to entries at the top level', found: showFound(doc.toJS()) });
    return out;
  }
  for (const pair of doc.contents.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = isScalar(pair.key) && pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : undefined;
    const where = `key "${id}"${line ? ` (line ${line})` : ''}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      problems.push({ file, where, expected: 'a kebab-case term id such as "rct"', found: showFound(id) });
      continue;
    }
    const parsed = entrySchema.safeParse((pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null, { reportInput: true });
    if (parsed.success) out.set(id, parsed.data);
    else problems.push(...zodProblems(parsed.error, file, where));
  }
  return out;
}

/**
 * Reads the glossary in every language, in the order of the first language's file. Every id must
 * be in every language and a page that says more must be the same in all; otherwise one
 * DataValidationError lists every problem (file, term, field, expected, found).
 */
export function readGlossary(dir: string = contentDirectory()): GlossaryTerm[] {
  const problems: DataProblem[] = [];
  const byLang = new Map(LANGS.map((lang) => [lang, readLanguage(dir, lang, problems)]));
  const [first, ...others] = LANGS;
  const reference = byLang.get(first!)!;
  for (const lang of others) {
    const entries = byLang.get(lang)!;
    const file = path.relative(process.cwd(), path.join(dir, 'glossary', `${lang}.yaml`));
    for (const id of reference.keys())
      if (!entries.has(id)) problems.push({ file, where: `key "${id}"`, expected: `an entry for every term in glossary/${first}.yaml`, found: 'nothing' });
    for (const [id, entry] of entries) {
      const ref = reference.get(id);
      if (!ref) problems.push({ file, where: `key "${id}"`, expected: `a term id from glossary/${first}.yaml`, found: showFound(id) });
      else if (ref.more !== entry.more)
        problems.push({
          file,
          where: `key "${id}"`,
          field: 'more',
          expected: `the page of glossary/${first}.yaml (${showFound(ref.more)})`,
          found: showFound(entry.more),
        });
    }
  }
  if (problems.length > 0) throw new DataValidationError(problems);
  const pick = <K extends 'term' | 'definition' | 'phrases'>(id: string, field: K) =>
    Object.fromEntries(LANGS.map((lang) => [lang, byLang.get(lang)!.get(id)![field]])) as Record<Lang, Entry[K]>;
  return [...reference].map(([id, entry]) => ({
    id,
    term: pick(id, 'term'),
    definition: pick(id, 'definition'),
    phrases: pick(id, 'phrases'),
    ...(entry.more ? { more: entry.more } : {}),
  }));
}

/** The glossary of the site's content directory, read once per process. */
export const GLOSSARY: readonly GlossaryTerm[] = readGlossary();

/** A term by its anchor id; fails loudly so a link to a removed term stops the build. */
export function glossaryTerm(id: string): GlossaryTerm {
  const t = GLOSSARY.find((g) => g.id === id);
  if (!t) throw new Error(`The glossary has no term "${id}" (content/glossary/).`);
  return t;
}

/** The glossary in the reader's alphabetical order. */
export function glossaryInOrder(lang: Lang): GlossaryTerm[] {
  const collator = new Intl.Collator(LOCALE[lang], { sensitivity: 'base' });
  return [...GLOSSARY].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAbbreviation = (phrase: string) => /[A-ZÆØÅ]{2}/.test(phrase);

interface Matcher {
  regex: RegExp;
  /** Lower-cased (or exact, for abbreviations) phrase → term id. */
  ids: Map<string, string>;
}
const matchers = new Map<Lang, Matcher>();

function matcher(lang: Lang): Matcher {
  const cached = matchers.get(lang);
  if (cached) return cached;
  const ids = new Map<string, string>();
  const phrases: string[] = [];
  for (const g of GLOSSARY) {
    for (const p of g.phrases[lang]) {
      ids.set(isAbbreviation(p) ? p : p.toLowerCase(), g.id);
      phrases.push(p);
    }
  }
  // Longest first, so "randomised controlled trials" wins over "RCT"-like shorter phrases.
  phrases.sort((a, b) => b.length - a.length);
  // Whole words only: no letter, digit or hyphen may touch the phrase on either side. The regex
  // ignores case; abbreviations are then looked up exactly, so "nav" or "Rct" is not a match.
  const regex = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'giu');
  const m = { regex, ids };
  matchers.set(lang, m);
  return m;
}

export type TermSegment = string | { id: string; text: string };

/**
 * Splits running text at the first use of each glossary term not yet in `used` (which it
 * updates), so the caller can wrap those uses in links. Returns undefined when nothing matched.
 */
export function findTerms(text: string, lang: Lang, used: Set<string>): TermSegment[] | undefined {
  const { regex, ids } = matcher(lang);
  const out: TermSegment[] = [];
  let last = 0;
  regex.lastIndex = 0;
  for (const m of text.matchAll(regex)) {
    const found = m[0];
    const id = ids.get(found) ?? (isAbbreviation(found) ? undefined : ids.get(found.toLowerCase()));
    if (!id || used.has(id)) continue;
    used.add(id);
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ id, text: found });
    last = m.index + found.length;
  }
  if (out.length === 0) return undefined;
  if (last < text.length) out.push(text.slice(last));
  return out;
}
