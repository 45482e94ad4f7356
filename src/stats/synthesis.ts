/**
 * Which trials enter the site's own meta-analysis, and with which counts. Shared by the data
 * check (src/data/rules.ts: a pooled trial without counts stops the build) and by the
 * queries charts use (`synthesisPool`), so the two can never disagree about where a count
 * comes from.
 *
 * The contract (data/README.md, "Trials in the site's meta-analysis"):
 * - a study enters pool P when its studies.yaml entry (kind `rct`) has `synthesis: { pool: P, … }`;
 * - its arms are the groups of its `headline` rows (`ips`, and `control` or e.g. `control-standard`);
 * - each arm's events/total are the headline row's numerator/denominator when it has them,
 *   else those of the one `participants-employed` row of that study, group and timepoint
 *   (published counts, or `derived` from a published percentage × arm size, with its formula).
 */
import type { Figure, Study, SynthesisPool } from '../data/schemas.ts';
import { inLang, type Lang } from '../i18n/index.ts';
import type { TrialCounts } from './meta-analysis.ts';
import type { Proportion } from './stats.ts';

/** The measure of a row that holds an arm's count of people employed. */
export const COUNT_MEASURE = 'participants-employed';

/** One arm's counts and the rows they come from. */
export interface ArmCounts {
  readonly counts: Proportion;
  /** The headline row (the arm's published rate). */
  readonly headline: Figure;
  /** The row holding numerator/denominator: the headline row itself, or a participants-employed row. */
  readonly countRow: Figure;
}

export type ArmResolution = { ok: true; arm: ArmCounts } | { ok: false; expected: string; found: string };

/**
 * An arm's counts, from the headline row or the participants-employed row of the same group
 * and timepoint. `figuresOfStudy` lists every figure about the study.
 */
export function resolveArm(headline: Figure, figuresOfStudy: readonly Figure[], side: 'IPS' | 'control'): ArmResolution {
  if (headline.numerator !== undefined && headline.denominator !== undefined)
    return { ok: true, arm: { counts: { events: headline.numerator, total: headline.denominator }, headline, countRow: headline } };
  const candidates = figuresOfStudy.filter((f) => f.measure === COUNT_MEASURE && f.group === headline.group && f.timepoint === headline.timepoint);
  const when = headline.timepoint ? `timepoint "${headline.timepoint}"` : 'no timepoint';
  const expected = `counts for the ${side} arm: numerator and denominator on its headline row "${headline.id}", or one "${COUNT_MEASURE}" row with group "${headline.group}", ${when}, numerator and denominator`;
  if (candidates.length === 0) return { ok: false, expected, found: 'no counts on the headline row and no such row' };
  if (candidates.length > 1) return { ok: false, expected, found: `${candidates.length} such rows (${candidates.map((f) => f.id).join(', ')})` };
  const row = candidates[0]!;
  if (row.numerator === undefined || row.denominator === undefined) return { ok: false, expected, found: `row "${row.id}" without numerator and denominator` };
  return { ok: true, arm: { counts: { events: row.numerator, total: row.denominator }, headline, countRow: row } };
}

/** A pooled trial with the rows behind its numbers, for charts' tables, sources and CSV. */
export interface PooledTrial extends TrialCounts {
  readonly study: Study;
  readonly ipsArm: ArmCounts;
  readonly controlArm: ArmCounts;
}

/** The figures about one study (the evidence's own index, via `figuresOf`). */
type FiguresOf = (studyKey: string) => readonly Figure[];

/**
 * The trials of a pool, in publication order (then by key), ready for `poolRiskRatios`. Throws
 * on a trial without counts; the data check reports the same problem first, with file and field.
 */
export function poolTrials(
  studies: Iterable<Study>,
  figureById: (id: string) => Figure | undefined,
  figuresOf: FiguresOf,
  pool: SynthesisPool,
  lang: Lang = 'en',
): PooledTrial[] {
  const out: PooledTrial[] = [];
  for (const study of studies) {
    if (study.synthesis?.pool !== pool) continue;
    const arms = armsOf(study, figureById, figuresOf);
    if (!arms.ok) throw new Error(`data/studies.yaml, key "${study.key}", field "${arms.field}": expected ${arms.expected}, found ${arms.found}.`);
    out.push({
      id: study.key,
      label: labelOf(study, lang),
      year: study.year!,
      ips: arms.ips.counts,
      control: arms.control.counts,
      groups: { population: study.synthesis.population, region: study.synthesis.region, comparator: study.synthesis.comparator },
      study,
      ipsArm: arms.ips,
      controlArm: arms.control,
    });
  }
  return out.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
}

/** The chart label: the study's short name, with its year when the name has none. */
function labelOf(study: Study, lang: Lang): string {
  const name = inLang(study, 'short', lang) ?? study.name;
  return /\b(19|20)\d\d\b/.test(name) || study.year === undefined ? name : `${name} ${study.year}`;
}

type ArmsResult = { ok: true; ips: ArmCounts; control: ArmCounts } | { ok: false; field: string; expected: string; found: string };

/** Both arms of a study in a pool, or the first thing missing, phrased for a data problem. */
export function armsOf(study: Study, figureById: (id: string) => Figure | undefined, figuresOf: FiguresOf): ArmsResult {
  if (study.kind !== 'rct')
    return { ok: false, field: 'synthesis', expected: 'a study of kind "rct" (only randomised trials are pooled)', found: `kind "${study.kind}"` };
  if (study.year === undefined) return { ok: false, field: 'year', expected: 'the publication year (a pooled trial is ordered by it)', found: 'no year' };
  // A trial is pooled at its headline time point unless `synthesis.rows` names another (e.g. the
  // two-year rates that have counts, where the headline is a later follow-up without them).
  const arms = study.synthesis?.rows ?? study.headline;
  if (!arms)
    return {
      ok: false,
      field: 'headline',
      expected: 'the headline rows of the IPS and control arms (a pooled trial takes its arms from them)',
      found: 'no headline',
    };
  const intervention = figureById(arms.intervention);
  const control = figureById(arms.control);
  // An unknown headline id is reported by the reference check already.
  if (!intervention || !control) return { ok: false, field: 'headline', expected: 'headline rows that exist', found: 'an unknown figure id' };
  const rows = figuresOf(study.key);
  const ips = resolveArm(intervention, rows, 'IPS');
  if (!ips.ok) return { ok: false, field: 'synthesis', expected: ips.expected, found: ips.found };
  const ctl = resolveArm(control, rows, 'control');
  if (!ctl.ok) return { ok: false, field: 'synthesis', expected: ctl.expected, found: ctl.found };
  return { ok: true, ips: ips.arm, control: ctl.arm };
}

/** Every figure a pooled trial's numbers rest on (rates and counts), for sources and downloads. */
export function figuresOfPooledTrial(t: PooledTrial): Figure[] {
  return [...new Set([t.ipsArm.headline, t.ipsArm.countRow, t.controlArm.headline, t.controlArm.countRow])];
}

/** The grouping fields a pooled trial carries, in the order a chart offers them. */
export const SYNTHESIS_GROUPINGS = ['population', 'region', 'comparator'] as const;
export type SynthesisGrouping = (typeof SYNTHESIS_GROUPINGS)[number];
