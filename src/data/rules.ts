/**
 * Rules that a schema alone cannot state: references between files, and the sanity of
 * the numbers (a percentage within 0–100, a CI around its estimate, a stated percentage
 * consistent with its numerator and denominator). Each rule returns problems, never throws,
 * so one build reports everything that is wrong at once.
 */
import type { DataProblem } from './problems.ts';
import { showFound } from './problems.ts';
import { consistentWithRounding } from '../stats/stats.ts';
import { armsOf } from '../stats/synthesis.ts';
import type { KnownKeys } from './load.ts';
import { STATUS_SOURCE_KINDS, type Discrepancy, type Figure, type Measure, type Source, type Study, type TrialNotExtracted } from './schemas.ts';

export interface ParsedEvidence {
  sources: Map<string, Source>;
  studies: Map<string, Study>;
  measures: Map<string, Measure>;
  figures: Figure[];
  discrepancies: Map<string, Discrepancy>;
  files: { sources: string; studies: string; measures: string; discrepancies: string };
  known: Record<'sources' | 'studies' | 'measures' | 'figures' | 'discrepancies', KnownKeys>;
}

/** A reference is broken only if its target file was read whole and has no such key, valid or not. */
const missing = (known: KnownKeys, key: string) => known.complete && !known.keys.has(key);

const CONTRAST_UNITS = new Set(['ratio', 'percentage-points', 'smd']);

const rowWhere = (f: Figure) => `line ${f.origin.line} (id "${f.id}")`;

export function checkFigures(e: ParsedEvidence): DataProblem[] {
  const problems: DataProblem[] = [];
  const seen = new Map<string, Figure>();
  for (const f of e.figures) {
    const at = (field: string, expected: string, found?: unknown) =>
      problems.push({ file: f.origin.file, where: rowWhere(f), field, expected, found: showFound(found) });

    const twin = seen.get(f.id);
    if (twin) at('id', `an id used by no other figure (it is also on ${twin.origin.file} line ${twin.origin.line})`, f.id);
    seen.set(f.id, f);

    const source = e.sources.get(f.source);
    if (!source && missing(e.known.sources, f.source)) at('source', `a source key from ${e.files.sources}`, f.source);
    const measure = e.measures.get(f.measure);
    if (!measure && missing(e.known.measures, f.measure)) at('measure', `a measure key from ${e.files.measures}`, f.measure);
    const study = f.study === undefined ? undefined : e.studies.get(f.study);
    if (f.study !== undefined && !study && missing(e.known.studies, f.study)) at('study', `a study key from ${e.files.studies}`, f.study);

    if (measure && measure.unit !== f.unit) at('unit', `"${measure.unit}", the unit of the measure "${measure.key}"`, f.unit);

    if (source) {
      const allowed = STATUS_SOURCE_KINDS[f.status];
      if (!allowed.includes(source.kind))
        at(
          'status',
          `a status that fits its source: "${f.status}" figures cite a source of kind ${allowed.join(' or ')}, and "${source.key}" is of kind ${source.kind}`,
          f.status,
        );
    }
    if (f.status === 'derived' && !f.formula) at('formula', 'the formula of a derived figure, naming the rows it uses', f.formula);

    checkRange(f, at);
    checkNorwegianNote(f, at);

    if (CONTRAST_UNITS.has(f.unit) && !f.comparator)
      at('comparator', `the group this ${f.measure} compares with (a contrast needs a comparator)`, f.comparator);
  }
  return problems;
}

/**
 * A Norwegian note translates the note, part for part: charts split notes at "; " and show each
 * distinct part once, so both languages must split the same way.
 */
function checkNorwegianNote(f: Figure, at: (field: string, expected: string, found?: unknown) => void) {
  if (f.note_nb === undefined) return;
  if (f.note === undefined) {
    at('note_nb', 'an empty value, because note is empty (a Norwegian note translates the note)', f.note_nb);
    return;
  }
  const parts = (s: string) => s.split(/;\s*/).length;
  if (parts(f.note_nb) !== parts(f.note)) at('note_nb', `${parts(f.note)} part${parts(f.note) === 1 ? '' : 's'} separated by "; ", as in note`, f.note_nb);
}

function checkRange(f: Figure, at: (field: string, expected: string, found?: unknown) => void) {
  const numbers: Array<['value' | 'ci_low' | 'ci_high', number | undefined]> = [
    ['value', f.value],
    ['ci_low', f.ci_low],
    ['ci_high', f.ci_high],
  ];
  for (const [field, n] of numbers) {
    if (n === undefined) continue;
    if (f.unit === 'percent' && (n < 0 || n > 100)) at(field, 'a percentage from 0 to 100', n);
    if (f.unit === 'percentage-points' && (n < -100 || n > 100)) at(field, 'a difference from -100 to 100 percentage points', n);
    if (f.unit === 'ratio' && n <= 0) at(field, 'a ratio greater than 0', n);
    if (['persons', 'studies', 'sessions', 'weeks', 'years', 'nok'].includes(f.unit) && n < 0) at(field, `a ${f.unit} count of 0 or more`, n);
  }
  if ((f.ci_low === undefined) !== (f.ci_high === undefined))
    at(f.ci_low === undefined ? 'ci_low' : 'ci_high', 'both ends of the confidence interval, or neither', undefined);
  if (f.ci_low !== undefined && f.ci_high !== undefined && !(f.ci_low <= f.value && f.value <= f.ci_high))
    at('value', `an estimate within its confidence interval ${f.ci_low} to ${f.ci_high}`, f.value);

  if (f.numerator !== undefined || f.denominator !== undefined) {
    if (f.numerator === undefined || f.denominator === undefined)
      at(f.numerator === undefined ? 'numerator' : 'denominator', 'both numerator and denominator, or neither', undefined);
    else if (f.denominator === 0) at('denominator', 'a denominator greater than 0', 0);
    else if (f.numerator > f.denominator) at('numerator', `a numerator no larger than the denominator ${f.denominator}`, f.numerator);
    else if (f.unit === 'percent' && !consistentWithRounding(f.value, { events: f.numerator, total: f.denominator }, f.decimals))
      at(
        'value',
        `${f.numerator}/${f.denominator} = ${((100 * f.numerator) / f.denominator).toFixed(f.decimals + 1)}% to round to the stated percentage`,
        f.value,
      );
  }
}

export function checkReferences(e: ParsedEvidence): DataProblem[] {
  const problems: DataProblem[] = [];
  const figureIds = new Map(e.figures.map((f) => [f.id, f]));
  const figuresByStudy = new Map<string, Figure[]>();
  for (const f of e.figures) {
    if (f.study === undefined) continue;
    const list = figuresByStudy.get(f.study);
    if (list) list.push(f);
    else figuresByStudy.set(f.study, [f]);
  }
  for (const study of e.studies.values()) {
    const at = (field: string, expected: string, found?: unknown) =>
      problems.push({ file: e.files.studies, where: `key "${study.key}"`, field, expected, found: showFound(found) });
    study.sources.forEach((s, i) => {
      if (missing(e.known.sources, s)) at(`sources[${i}]`, `a source key from ${e.files.sources}`, s);
    });
    if (study.primary_source && !study.sources.includes(study.primary_source))
      at('primary_source', 'one of the keys listed in its sources', study.primary_source);
    const armIds = new Set<string>();
    study.arms?.forEach((arm, i) => {
      if (armIds.has(arm.id)) at(`arms[${i}].id`, 'an arm id used once in the study', arm.id);
      armIds.add(arm.id);
    });
    if (study.headline) {
      for (const side of ['intervention', 'control'] as const) {
        const id = study.headline[side];
        const f = figureIds.get(id);
        if (!f) {
          if (missing(e.known.figures, id)) at(`headline.${side}`, 'the id of a figure in data/figures/', id);
        } else if (f.study !== study.key) at(`headline.${side}`, `a figure about this study ("${study.key}")`, id);
      }
    }
    if (study.synthesis) {
      const arms = armsOf(
        study,
        (id) => figureIds.get(id),
        (key) => figuresByStudy.get(key) ?? [],
      );
      // An unknown headline id is already reported above.
      // `found` is already a description ("no such row", "2 such rows (…)"), not a value to quote.
      if (!arms.ok && arms.found !== 'an unknown figure id')
        problems.push({ file: e.files.studies, where: `key "${study.key}"`, field: arms.field, expected: arms.expected, found: arms.found });
    }
    study.findings?.forEach((finding, i) => {
      const source = e.sources.get(finding.source);
      if (!source) {
        if (missing(e.known.sources, finding.source)) at(`findings[${i}].source`, `a source key from ${e.files.sources}`, finding.source);
      } else if (!STATUS_SOURCE_KINDS[finding.status].includes(source.kind))
        at(
          `findings[${i}].status`,
          `a status that fits its source: "${finding.status}" cites a source of kind ${STATUS_SOURCE_KINDS[finding.status].join(' or ')}, and "${source.key}" is of kind ${source.kind}`,
          finding.status,
        );
    });
  }
  for (const d of e.discrepancies.values()) {
    d.figures?.forEach((id, i) => {
      if (missing(e.known.figures, id))
        problems.push({
          file: e.files.discrepancies,
          where: `key "${d.key}"`,
          field: `figures[${i}]`,
          expected: 'the id of a figure in data/figures/',
          found: showFound(id),
        });
    });
    d.sources?.forEach((s, i) => {
      if (missing(e.known.sources, s))
        problems.push({
          file: e.files.discrepancies,
          where: `key "${d.key}"`,
          field: `sources[${i}]`,
          expected: `a source key from ${e.files.sources}`,
          found: showFound(s),
        });
    });
  }
  return problems;
}

/**
 * The list of trials whose figures are not entered: its sources and reviews must exist, and a
 * trial must leave the list when it gets an entry in studies.yaml (same key), so the page never
 * says a trial is missing from the charts when it is in them.
 */
export function checkTrialsNotExtracted(
  trials: ReadonlyMap<string, TrialNotExtracted>,
  file: string,
  e: Pick<ParsedEvidence, 'files' | 'known'>,
): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const trial of trials.values()) {
    const at = (field: string, expected: string, found?: unknown) =>
      problems.push({ file, where: `key "${trial.key}"`, field, expected, found: showFound(found) });
    if (trial.source !== undefined && missing(e.known.sources, trial.source)) at('source', `a source key from ${e.files.sources}`, trial.source);
    trial.reviews?.forEach((r, i) => {
      if (missing(e.known.sources, r)) at(`reviews[${i}]`, `a source key from ${e.files.sources}`, r);
    });
    if (e.known.studies.keys.has(trial.key))
      at('key', `a trial not yet in ${e.files.studies} (it has an entry there, so its figures are entered: remove it from this list)`, trial.key);
  }
  return problems;
}
