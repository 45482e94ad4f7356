/**
 * Reads data/, validates every file against its schema and the cross-file rules, and
 * returns the evidence ready to use — or throws one DataValidationError listing every
 * problem, so the build stops with messages an editor can act on.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, visit } from 'yaml';
import type { z } from 'zod';
import { parseCsv } from './csv.ts';
import { DataValidationError, showFound, type DataProblem } from './problems.ts';
import { checkFigures, checkReferences, checkTrialsNotExtracted } from './rules.ts';
import {
  FIGURE_COLUMNS,
  FIGURE_COLUMNS_BEFORE_1_3,
  discrepancySchema,
  figureRowSchema,
  key as keySchema,
  measureSchema,
  releaseSchema,
  sourceSchema,
  studySchema,
  topicSchema,
  trialNotExtractedSchema,
  type Discrepancy,
  type Figure,
  type Measure,
  type Release,
  type Source,
  type Study,
  type Topic,
  type TopicEntry,
  type TrialNotExtracted,
} from './schemas.ts';

export interface Evidence {
  release: Release;
  sources: ReadonlyMap<string, Source>;
  studies: ReadonlyMap<string, Study>;
  /**
   * The topics, in the order of topics.yaml. A release made before topics.yaml existed (before
   * data 1.3.0) gets its topics from its figure files and studies, labelled by their keys.
   */
  topics: ReadonlyMap<string, TopicEntry>;
  /** Whether the data declares its topics and overview itself (topics.yaml exists). */
  structured: boolean;
  measures: ReadonlyMap<string, Measure>;
  figures: ReadonlyMap<string, Figure>;
  discrepancies: ReadonlyMap<string, Discrepancy>;
  /** Trials whose figures are not entered yet (data/trials-not-extracted.yaml; may be absent). */
  trialsNotExtracted: ReadonlyMap<string, TrialNotExtracted>;
}

/** The data directory: `IPS_DATA_DIR` lets tests and benchmarks build from another copy. */
export function dataDirectory(): string {
  return path.resolve(process.env.IPS_DATA_DIR ?? path.join(process.cwd(), 'data'));
}

const cache = new Map<string, Evidence>();

/** Loads once per directory per process: every page of a build shares one validated copy. */
export function loadEvidence(dir: string = dataDirectory()): Evidence {
  const hit = cache.get(dir);
  if (hit) return hit;
  const evidence = readEvidence(dir);
  cache.set(dir, evidence);
  return evidence;
}

export function readEvidence(dir: string): Evidence {
  const problems: DataProblem[] = [];
  const rel = (name: string) => path.relative(process.cwd(), path.join(dir, name)) || name;
  const files = {
    release: rel('release.yaml'),
    sources: rel('sources.yaml'),
    studies: rel('studies.yaml'),
    measures: rel('measures.yaml'),
    discrepancies: rel('discrepancies.yaml'),
    trialsNotExtracted: rel('trials-not-extracted.yaml'),
    topics: rel('topics.yaml'),
  };

  const releaseDoc = readYaml(dir, 'release.yaml', files.release, problems);
  let release: Release | undefined;
  if (releaseDoc.value !== undefined) {
    const parsed = releaseSchema.safeParse(releaseDoc.value, { reportInput: true });
    if (parsed.success) release = parsed.data;
    else problems.push(...zodProblems(parsed.error, files.release, undefined));
  }

  const known = newKnownKeys();
  const sources = readKeyed(dir, 'sources.yaml', files.sources, sourceSchema, problems, known.sources) as Map<string, Source>;
  const studies = readKeyed(dir, 'studies.yaml', files.studies, studySchema, problems, known.studies) as Map<string, Study>;
  const measures = readKeyed(dir, 'measures.yaml', files.measures, measureSchema, problems, known.measures) as Map<string, Measure>;
  const discrepancies = readKeyed(dir, 'discrepancies.yaml', files.discrepancies, discrepancySchema, problems, known.discrepancies, {
    optional: true,
  }) as Map<string, Discrepancy>;
  // Optional, so that released data versions from before the file existed still load.
  const structured = existsSync(path.join(dir, 'topics.yaml'));
  const declaredTopics = readKeyed(dir, 'topics.yaml', files.topics, topicSchema, problems, known.topics, { optional: true }) as Map<string, TopicEntry>;
  const figures = readFigures(dir, problems, known.figures, structured ? { known: known.topics, file: files.topics } : undefined);
  const topics = structured ? declaredTopics : undeclaredTopics(figures, studies);
  if (structured) problems.push(...checkStructure(studies, known.topics, files));
  // Optional, so that released data versions from before the file existed still load.
  const trialsNotExtracted = readKeyed(
    dir,
    'trials-not-extracted.yaml',
    files.trialsNotExtracted,
    trialNotExtractedSchema,
    problems,
    { keys: new Set(), complete: true },
    { optional: true },
  ) as Map<string, TrialNotExtracted>;

  const parsed = { sources, studies, measures, figures, discrepancies, files, known };
  problems.push(...checkFigures(parsed), ...checkReferences(parsed), ...checkTrialsNotExtracted(trialsNotExtracted, files.trialsNotExtracted, parsed));

  if (problems.length > 0 || !release) throw new DataValidationError(problems);
  return {
    release,
    sources,
    studies,
    topics,
    structured,
    measures,
    figures: new Map(figures.map((f) => [f.id, f])),
    discrepancies,
    trialsNotExtracted,
  };
}

/**
 * Keys that exist in a file even when their entry is invalid, and whether the file could be
 * read at all: a broken entry is reported once, not again by everything that refers to it.
 */
export interface KnownKeys {
  keys: Set<string>;
  complete: boolean;
}
const newKnownKeys = () => {
  const make = (): KnownKeys => ({ keys: new Set(), complete: true });
  return { sources: make(), studies: make(), measures: make(), figures: make(), discrepancies: make(), topics: make() };
};

interface YamlRead {
  value: unknown;
  lineOf: (key: string) => number | undefined;
}

function readYaml(dir: string, name: string, file: string, problems: DataProblem[], optional = false): YamlRead {
  const full = path.join(dir, name);
  const none: YamlRead = { value: undefined, lineOf: () => undefined };
  if (!existsSync(full)) {
    if (!optional) problems.push({ file, expected: 'this file to exist', found: 'no such file' });
    return none;
  }
  const lineCounter = new LineCounter();
  // yaml's own duplicate-key check compares each key with every earlier one in its map:
  // quadratic in a file of thousands of entries. Every map is checked here with a set instead.
  const doc = parseDocument(readFileSync(full, 'utf8'), { lineCounter, uniqueKeys: false });
  if (doc.errors.length === 0) {
    const duplicate = firstDuplicateKey(doc);
    if (duplicate) {
      const at = duplicate.range ? lineCounter.linePos(duplicate.range[0]).line : undefined;
      problems.push({ file, where: at ? `line ${at}` : undefined, expected: 'valid YAML', found: 'a syntax error (Map keys must be unique)' });
      return none;
    }
  }
  if (doc.errors.length > 0) {
    // The first syntax error is the one to fix; those after it are mostly its echoes.
    for (const err of doc.errors.slice(0, 1)) {
      const line = err.linePos?.[0]?.line;
      problems.push({
        file,
        where: line ? `line ${line}` : undefined,
        expected: 'valid YAML',
        found: `a syntax error (${(err.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')})`,
      });
    }
    return none;
  }
  const lines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
    }
  }
  return { value: doc.toJS(), lineOf: (k) => lines.get(k) };
}

/** The first key, in any map of the document, that repeats an earlier key of the same map. */
function firstDuplicateKey(doc: ReturnType<typeof parseDocument>): { range?: [number, number, number] | null } | undefined {
  let found: { range?: [number, number, number] | null } | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          found = isScalar(pair.key) ? pair.key : {};
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

/** A YAML file whose top level maps keys to entries of one schema. */
function readKeyed<S extends z.ZodType>(
  dir: string,
  name: string,
  file: string,
  schema: S,
  problems: DataProblem[],
  known: KnownKeys,
  options: { optional?: boolean } = {},
): Map<string, z.output<S> & { key: string }> {
  const out = new Map<string, z.output<S> & { key: string }>();
  const { value, lineOf } = readYaml(dir, name, file, problems, options.optional);
  if (value === undefined || value === null) {
    known.complete = existsSync(path.join(dir, name)) ? false : known.complete;
    return out;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ file, expected: 'a mapping from keys to entries at the top level', found: showFound(value) });
    known.complete = false;
    return out;
  }
  for (const [k, entry] of Object.entries(value as Record<string, unknown>)) {
    known.keys.add(k);
    const line = lineOf(k);
    const where = `key "${k}"${line ? ` (line ${line})` : ''}`;
    if (!keySchema.safeParse(k).success) {
      problems.push({ file, where, expected: 'a kebab-case key such as "reme-2019"', found: showFound(k) });
      continue;
    }
    const parsed = schema.safeParse(entry, { reportInput: true });
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, file, where));
      continue;
    }
    out.set(k, { ...(parsed.data as object), key: k } as z.output<S> & { key: string });
  }
  return out;
}

/** Topics of data released before topics.yaml: those its figure files and studies use, by key. */
function undeclaredTopics(figures: readonly Figure[], studies: ReadonlyMap<string, Study>): Map<string, TopicEntry> {
  const keys = new Set([...figures.map((f) => f.topic), ...[...studies.values()].map((s) => s.topic)]);
  return new Map([...keys].map((k) => [k, { key: k, label: k }]));
}

/**
 * What studies.yaml says about the site's structure: each study's topic is declared in
 * topics.yaml, a trial in the overview has the headline it is shown by, and no two studies
 * claim one page.
 */
function checkStructure(studies: ReadonlyMap<string, Study>, topics: KnownKeys, files: { studies: string; topics: string }): DataProblem[] {
  const problems: DataProblem[] = [];
  const pages = new Map<string, string>();
  const declared = [...topics.keys].join(', ');
  for (const s of studies.values()) {
    const at = (field: string, expected: string, found: unknown) =>
      problems.push({ file: files.studies, where: `key "${s.key}"`, field, expected, found: showFound(found) });
    if (topics.complete && !topics.keys.has(s.topic)) at('topic', `a topic declared in ${files.topics} (${declared})`, s.topic);
    if (s.overview && !s.headline) at('headline', 'the headline figures of a study in the overview (overview: true)', s.headline);
    if (s.page) {
      const other = pages.get(s.page);
      if (other) at('page', `a page no other study has (study "${other}" has it)`, s.page);
      pages.set(s.page, s.key);
    }
  }
  return problems;
}

function readFigures(dir: string, problems: DataProblem[], known: KnownKeys, topics?: { known: KnownKeys; file: string }): Figure[] {
  const figuresDir = path.join(dir, 'figures');
  const relDir = path.relative(process.cwd(), figuresDir) || 'figures';
  if (!existsSync(figuresDir)) {
    problems.push({ file: relDir, expected: 'a folder of figure files (<topic>.csv)', found: 'no such folder' });
    return [];
  }
  const figures: Figure[] = [];
  for (const name of readdirSync(figuresDir).sort()) {
    const file = path.join(relDir, name);
    const topic = name.replace(/\.csv$/, '');
    const declared = topics ? [...topics.known.keys] : undefined;
    const named = name.endsWith('.csv') && keySchema.safeParse(topic).success;
    if (!named || (declared && topics?.known.complete && !declared.includes(topic))) {
      const expected = declared
        ? `a figure file named after a topic declared in ${topics?.file} (${declared.map((t) => `${t}.csv`).join(', ')})`
        : 'a figure file named after a topic (<topic>.csv, the topic a kebab-case key)';
      problems.push({ file, expected, found: showFound(name) });
      continue;
    }
    const csv = parseCsv(readFileSync(path.join(figuresDir, name), 'utf8'), file, FIGURE_COLUMNS, [FIGURE_COLUMNS_BEFORE_1_3]);
    problems.push(...csv.problems);
    // A row the parser could not split has an unknown id: references to figures can't be judged.
    if (csv.problems.length > 0) known.complete = false;
    for (const record of csv.records) {
      const id = record.cells.id?.trim();
      if (id) known.keys.add(id);
      const where = `line ${record.line}${id ? ` (id "${id}")` : ''}`;
      const parsed = figureRowSchema.safeParse(record.cells, { reportInput: true });
      if (!parsed.success) {
        problems.push(...zodProblems(parsed.error, file, where));
        continue;
      }
      figures.push({
        ...parsed.data,
        decimals: decimalsOf(record.cells.value ?? ''),
        topic: topic as Topic,
        origin: { file, line: record.line },
      });
    }
  }
  return figures;
}

/** The precision a figure was published with ("48" → 0, "37.4" → 1), kept for display and rounding checks. */
function decimalsOf(text: string): number {
  const dot = text.trim().indexOf('.');
  return dot === -1 ? 0 : text.trim().length - dot - 1;
}

export function zodProblems(error: z.ZodError, file: string, where: string | undefined): DataProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
    return {
      file,
      where,
      field: field || undefined,
      expected: expectedOf(issue),
      found: issue.code === 'unrecognized_keys' ? issue.keys.map((k) => `"${k}"`).join(', ') : showFound(issue.input),
    };
  });
}

/** Zod's own messages ("Invalid input: expected string, received number") rephrased as "what was expected". */
function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'only the fields documented in data/README.md';
    case 'invalid_type':
      return issue.message.startsWith('Invalid input') ? `a ${issue.expected}` : issue.message;
    case 'too_small':
      return issue.message.startsWith('Too small') ? `at least ${String(issue.minimum)}` : issue.message;
    case 'too_big':
      return issue.message.startsWith('Too big') ? `at most ${String(issue.maximum)}` : issue.message;
    default:
      return issue.message;
  }
}
