/**
 * Questions the pages and charts ask of the validated evidence. Lookups fail loudly with
 * the missing id, so a chart that asks for a figure the data lost stops the build instead
 * of drawing a blank.
 */
import type { Evidence } from './load.ts';
import type { Figure, Source, Study, SynthesisPool } from './schemas.ts';
import { formatNumber } from '../i18n/format.ts';
import { inLang, messages, type Lang } from '../i18n/index.ts';
import { poolTrials, type PooledTrial } from '../stats/synthesis.ts';

export function figure(e: Evidence, id: string): Figure {
  const f = e.figures.get(id);
  if (!f) throw new Error(`The site asks for figure "${id}", which no file in data/figures/ has.`);
  return f;
}

export function study(e: Evidence, key: string): Study {
  const s = e.studies.get(key);
  if (!s) throw new Error(`The site asks for study "${key}", which data/studies.yaml does not have.`);
  return s;
}

export function source(e: Evidence, key: string): Source {
  const s = e.sources.get(key);
  if (!s) throw new Error(`The site asks for source "${key}", which data/sources.yaml does not have.`);
  return s;
}

/** Figures by study, and all of them as one array, built once per evidence object: charts ask
 *  for "this study's figures" once per trial, and a scan of every figure each time made the
 *  build quadratic in the number of trials (20 s of a 300-trial build, before this index). */
interface FigureIndex {
  all: readonly Figure[];
  byStudy: ReadonlyMap<string, readonly Figure[]>;
}
const indexes = new WeakMap<Evidence, FigureIndex>();

function figureIndex(e: Evidence): FigureIndex {
  let index = indexes.get(e);
  if (!index) {
    const all = [...e.figures.values()];
    const byStudy = new Map<string, Figure[]>();
    for (const f of all) {
      if (f.study === undefined) continue;
      const list = byStudy.get(f.study);
      if (list) list.push(f);
      else byStudy.set(f.study, [f]);
    }
    index = { all, byStudy };
    indexes.set(e, index);
  }
  return index;
}

export function figuresWhere(e: Evidence, match: Partial<Pick<Figure, 'study' | 'measure' | 'group' | 'timepoint' | 'topic'>>): Figure[] {
  const index = figureIndex(e);
  const candidates = match.study !== undefined ? (index.byStudy.get(match.study) ?? []) : index.all;
  const conditions = Object.entries(match) as [keyof typeof match, string][];
  return candidates.filter((f) => conditions.every(([k, v]) => f[k] === v));
}

/** The one figure matching a description; zero or several is a data error worth stopping for. */
export function theFigure(e: Evidence, match: Parameters<typeof figuresWhere>[1]): Figure {
  const found = figuresWhere(e, match);
  if (found.length !== 1)
    throw new Error(
      `The site expects exactly one figure with ${JSON.stringify(match)} in data/figures/, found ${found.length}${found.length ? ` (${found.map((f) => f.id).join(', ')})` : ''}.`,
    );
  return found[0]!;
}

/**
 * The employed-count row that matches a rate (same study, group and time point, with numerator
 * and denominator), if the data hold one: what a difference's or a ratio's interval is computed
 * from. Used by the overview chart and by a trial's bottom line.
 */
export function employedCountFor(e: Evidence, rate: Figure): Figure | undefined {
  return figuresWhere(e, { study: rate.study, measure: 'participants-employed', group: rate.group, timepoint: rate.timepoint }).find(
    (f) => f.numerator !== undefined && f.denominator !== undefined,
  );
}

export interface HeadlineComparison {
  study: Study;
  intervention: Figure;
  control: Figure;
}

/** Each study's main comparison, as its `headline` in studies.yaml names it, in file order. */
export function headlineComparisons(e: Evidence, filter: (s: Study) => boolean = () => true): HeadlineComparison[] {
  return [...e.studies.values()]
    .filter((s) => s.headline && filter(s))
    .map((s) => ({ study: s, intervention: figure(e, s.headline!.intervention), control: figure(e, s.headline!.control) }));
}

/** Where a reader can check a source: DOI first, then PubMed, the registry, or the page itself. */
export function sourceLink(s: Source): string | undefined {
  if (s.doi) return `https://doi.org/${s.doi}`;
  if (s.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${s.pmid}/`;
  if (s.pmcid) return `https://pmc.ncbi.nlm.nih.gov/articles/${s.pmcid}/`;
  if (s.registry) return `https://clinicaltrials.gov/study/${s.registry}`;
  return s.url;
}

/** "Reme et al. 2019", "Reme & Øverland 2015", "IPS Employment Center 2023", "Reme (talk)" ("Reme (foredrag)" in Norwegian). */
export function shortCitation(s: Source, lang: Lang): string {
  // A registry record is known by its id; a talk by its speaker and that it is a talk.
  if (s.kind === 'registry' && s.registry) return `ClinicalTrials.gov ${s.registry}`;
  const surname = (a: string) => a.replace(/\s+[A-Z]{1,3}$/, '');
  const who = s.authors?.length
    ? s.authors.length === 1
      ? surname(s.authors[0]!)
      : s.authors.length === 2
        ? `${surname(s.authors[0]!)} & ${surname(s.authors[1]!)}`
        : `${surname(s.authors[0]!)} et al.`
    : (s.publisher ?? inLang(s, 'title', lang));
  const when = s.year ?? s.date?.slice(0, 4);
  const what = s.kind === 'talk' ? messages(lang).citation.talk(who) : who;
  return when ? `${what} ${when}` : what;
}

/**
 * The `source` of a figure this site computed from other rows (a pooled estimate of its own
 * meta-analysis): not a publication, so it is listed under no chart's sources; its `locator`
 * names the method and the rows it was computed from, and its status is always `derived`.
 */
export const COMPUTED_HERE = 'computed-here';

/** A figure computed here, for a chart's CSV: same columns as a data row, status `derived`. */
export function computedFigure(
  fields: Pick<Figure, 'id' | 'measure' | 'group' | 'unit' | 'value'> &
    Partial<Pick<Figure, 'comparator' | 'timepoint' | 'ci_low' | 'ci_high' | 'note' | 'note_nb'>> & { method: string; method_nb?: string; decimals: number },
): Figure {
  const { method, method_nb, ...rest } = fields;
  return {
    ...rest,
    study: undefined,
    comparator: fields.comparator,
    timepoint: fields.timepoint,
    numerator: undefined,
    denominator: undefined,
    ci_low: fields.ci_low,
    ci_high: fields.ci_high,
    p_value: undefined,
    source: COMPUTED_HERE,
    locator: method,
    locator_nb: method_nb,
    status: 'derived',
    formula: method,
    note: fields.note,
    note_nb: fields.note_nb,
    topic: 'evidence-base',
    origin: { file: 'computed by src/stats/meta-analysis.ts', line: 0 },
  };
}

/** The distinct sources of a set of figures, in the order first used (figures computed here have none). */
export function sourcesOf(e: Evidence, figures: readonly Figure[]): Source[] {
  const keys = [...new Set(figures.filter((f) => f.source !== COMPUTED_HERE).map((f) => f.source))];
  return keys.map((k) => source(e, k));
}

/**
 * How many sources a chart lists by name under itself, in an embed's or a presenter view's
 * source line. Beyond it (a chart of hundreds of trials) the chart names the first few and
 * the count, and links to the bibliography and its CSV, where every source is listed: a list
 * of hundreds under a chart is read by no one and weighs on every page that shows it.
 */
export const SOURCES_LISTED_UP_TO = 30;

/** The sources of a chart in one line: all of them, or the first few and how many more. */
export function sourceLine(e: Evidence, figures: readonly Figure[], lang: Lang): string {
  const all = sourcesOf(e, figures).map((s) => shortCitation(s, lang));
  if (all.length <= SOURCES_LISTED_UP_TO) return all.join('; ');
  const shown = all.slice(0, 3).join('; ');
  const more = formatNumber(all.length - 3, lang);
  return messages(lang).sources.andMore(shown, more);
}

/**
 * The trials of one of the site's meta-analyses (`synthesis.pool` in studies.yaml), each with
 * its arms' counts and the rows they come from, in publication order: the input of
 * `poolRiskRatios` (src/stats/meta-analysis.ts). The contract is in data/README.md.
 */
export function synthesisPool(e: Evidence, pool: SynthesisPool, lang: Lang = 'en'): PooledTrial[] {
  return poolTrials(
    e.studies.values(),
    (id) => e.figures.get(id),
    (key) => figuresWhere(e, { study: key }),
    pool,
    lang,
  );
}
