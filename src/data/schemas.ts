/**
 * The shape of every file in data/. Types used across the site come from these schemas
 * (`z.output<...>`), so a field added here is a field the code can use, and nowhere else.
 * Messages are written as "what was expected", because they end up in the sentence
 * `<file>, <where>, field "<field>": expected <message>, found <value>.`
 */
import { z } from 'zod';

/**
 * A topic's key: the name of its figures file (figures/<topic>.csv). Topics are declared in
 * topics.yaml, not here, so a new trial with its own topic needs no code.
 */
export type Topic = string;

export const STATUSES = ['published', 'registry', 'presentation', 'grey', 'derived'] as const;
export type Status = (typeof STATUSES)[number];

export const UNITS = ['percent', 'percentage-points', 'persons', 'studies', 'ratio', 'smd', 'weeks', 'years', 'nok', 'statistic', 'sessions'] as const;
export type Unit = (typeof UNITS)[number];

export const SOURCE_KINDS = ['article', 'registry', 'talk', 'web', 'slides', 'news', 'conference-abstract'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const STUDY_KINDS = ['rct', 'pilot', 'meta-analysis', 'developer-summary', 'cohort', 'review'] as const;

/** Which source kinds each status may cite: a `registry` figure must come from a registry record, etc. */
export const STATUS_SOURCE_KINDS: Record<Status, readonly SourceKind[]> = {
  published: ['article'],
  registry: ['registry'],
  presentation: ['talk'],
  grey: ['web', 'slides', 'news', 'conference-abstract'],
  derived: SOURCE_KINDS,
};

const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const keyMessage = 'a kebab-case key such as "reme-2019" (lower-case letters, digits, single hyphens)';
export const key = z.string({ error: keyMessage }).regex(KEY_PATTERN, { error: keyMessage });

const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`;
const text = z.string({ error: 'a text' }).trim().min(1, { error: 'a non-empty text' });

// ---------------------------------------------------------------- release.yaml
export const releaseSchema = z.strictObject({
  /** Semantic version of the data; every change to data/ moves it (see data/README.md). */
  version: z.string({ error: 'a version such as "1.0.0"' }).regex(/^\d+\.\d+\.\d+$/, { error: 'a semantic version such as "1.0.0"' }),
  /** The day this data version was released (ISO date). */
  date: z.iso.date({ error: 'a date such as 2026-11-24' }),
  /** One line saying what the release is. */
  title: text,
});
export type Release = z.output<typeof releaseSchema>;

// ---------------------------------------------------------------- sources.yaml
export const sourceSchema = z
  .strictObject({
    kind: z.enum(SOURCE_KINDS, { error: oneOf(SOURCE_KINDS) }),
    /** Authors as printed in the reference list ("Reme SE"). */
    authors: z.array(text, { error: 'a list of authors' }).min(1).optional(),
    /** The organisation behind a web page, slides or news article. */
    publisher: text.optional(),
    year: z.int({ error: 'a year such as 2019' }).min(1900).max(2100).optional(),
    /** A web page's or slide deck's own date, where known. */
    date: z
      .union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))], {
        error: 'a date such as 2023-09-13',
      })
      .optional(),
    title: text,
    /** Norwegian Bokmål only for a title this file describes (a registry record, a poster), never a published one. */
    title_nb: text.optional(),
    journal: text.optional(),
    volume: z.coerce.string().optional(),
    issue: z.coerce.string().optional(),
    pages: z.coerce.string().optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'a DOI such as 10.5271/sjweh.3753 (without https://doi.org/)' })
      .optional(),
    pmid: z.coerce
      .string()
      .regex(/^\d{5,9}$/, { error: 'a PubMed id of digits only' })
      .optional(),
    pmcid: z
      .string()
      .regex(/^PMC\d+$/, { error: 'a PMC id such as PMC6382127' })
      .optional(),
    /** The registry id, for trial registry records (and for talks, none). */
    registry: z
      .string()
      .regex(/^NCT\d{8}$/, { error: 'a ClinicalTrials.gov id such as NCT02697656' })
      .optional(),
    url: z.url({ error: 'a web address starting with https:// or http://' }).optional(),
    /** Anything a reader should know about the reference itself (e.g. which details were checked). */
    note: text.optional(),
    note_nb: text.optional(),
  })
  .superRefine((s, ctx) => {
    const need = (field: keyof typeof s, why: string) => {
      if (s[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: why, input: undefined });
    };
    if (s.kind === 'article') {
      need('journal', `a journal name (kind is "article")`);
      need('year', `the publication year (kind is "article")`);
      if (!s.doi && !s.pmid && !s.pmcid) ctx.addIssue({ code: 'custom', path: ['doi'], message: 'a DOI, PMID or PMCID for an article', input: undefined });
    }
    if (s.kind === 'registry') need('registry', 'the registry id (kind is "registry")');
    if (['web', 'slides', 'news'].includes(s.kind)) need('url', `the page's address (kind is "${s.kind}")`);
  });
export type Source = z.output<typeof sourceSchema> & { key: string };

// ---------------------------------------------------------------- measures.yaml
/** Norwegian Bokmål for a text field: `label_nb` beside `label`. English is the fallback. */
const nb = text.optional();

export const measureSchema = z.strictObject({
  label: text,
  label_nb: nb,
  unit: z.enum(UNITS, { error: oneOf(UNITS) }),
  /** One plain sentence saying what is counted. */
  definition: text,
  definition_nb: nb,
});
export type Measure = z.output<typeof measureSchema> & { key: string };

// ---------------------------------------------------------------- topics.yaml
/** A topic of the evidence: what its figures file, its download and its slide deck are called. */
export const topicSchema = z.strictObject({
  label: text,
  label_nb: nb,
});
export type TopicEntry = z.output<typeof topicSchema> & { key: string };

// ---------------------------------------------------------------- studies.yaml
const findingSchema = z.strictObject({
  text,
  text_nb: nb,
  source: key,
  locator: text,
  locator_nb: nb,
  status: z.enum(STATUSES, { error: oneOf(STATUSES) }),
});
export type Finding = z.output<typeof findingSchema>;

const armSchema = z.strictObject({
  id: key,
  label: text,
  label_nb: nb,
  description: text.optional(),
  description_nb: nb,
});
export type Arm = z.output<typeof armSchema>;

/** The site's own meta-analyses a trial can enter; each has its charts (src/charts/ips-*.ts). */
export const SYNTHESIS_POOLS = ['ips'] as const;
export type SynthesisPool = (typeof SYNTHESIS_POOLS)[number];
export const SYNTHESIS_COMPARATORS = ['active', 'passive', 'unclear'] as const;
export const SYNTHESIS_REGIONS = ['us', 'outside-us'] as const;
export const SYNTHESIS_POPULATIONS = ['smi', 'other'] as const;

/**
 * A trial's place in the site's meta-analysis (data/README.md, "Trials in the site's
 * meta-analysis"). Its counts come from figures, never from here: this says only that it is
 * pooled, and how it may be grouped.
 */
const synthesisSchema = z.strictObject({
  /** The pool it enters. `ips`: IPS against any comparison service for people with severe
   *  (or moderate-to-severe) mental illness, outcome competitive employment. */
  pool: z.enum(SYNTHESIS_POOLS, { error: oneOf(SYNTHESIS_POOLS) }),
  /** `active`: the control arm was offered another vocational service; `passive`: no vocational
   *  service beyond usual care; `unclear`: the sources in data/ do not say. */
  comparator: z.enum(SYNTHESIS_COMPARATORS, { error: oneOf(SYNTHESIS_COMPARATORS) }),
  /** Where the trial ran: in the United States, where IPS was developed, or elsewhere. */
  region: z.enum(SYNTHESIS_REGIONS, { error: oneOf(SYNTHESIS_REGIONS) }),
  /** Who was enrolled: `smi`, people with severe (or moderate-to-severe) mental illness, as the
   *  trial describes them; `other`, any other group (e.g. veterans with PTSD). */
  population: z.enum(SYNTHESIS_POPULATIONS, { error: oneOf(SYNTHESIS_POPULATIONS) }),
  /** The rate rows to pool, when not the headline's (e.g. the follow-up whose counts are known). */
  rows: z.strictObject({ intervention: key, control: key }).optional(),
});
export type Synthesis = z.output<typeof synthesisSchema>;

export const studySchema = z.strictObject({
  kind: z.enum(STUDY_KINDS, { error: oneOf(STUDY_KINDS) }),
  /** A topic key from topics.yaml (checked in rules.ts, since topics are data). */
  topic: key,
  name: text,
  name_nb: nb,
  /** A short name for chart labels. */
  short: text.optional(),
  short_nb: nb,
  year: z.int().min(1900).max(2100).optional(),
  registry: z
    .string()
    .regex(/^NCT\d{8}$/, { error: 'a ClinicalTrials.gov id such as NCT02697656' })
    .optional(),
  country: text.optional(),
  country_nb: nb,
  population: text.optional(),
  population_nb: nb,
  setting: text.optional(),
  setting_nb: nb,
  design: text.optional(),
  design_nb: nb,
  arms: z.array(armSchema).optional(),
  follow_up: text.optional(),
  follow_up_nb: nb,
  sources: z.array(key, { error: 'a list of source keys' }).min(1, { error: 'at least one source key' }),
  primary_source: key.optional(),
  /** The study's main comparison, as figure ids: used for headline figures. */
  headline: z.strictObject({ intervention: key, control: key }).optional(),
  findings: z.array(findingSchema).optional(),
  /**
   * The trial's own page, relative to a language's root, e.g. `trials/seed/`: content/<lang>/
   * trials/seed.mdx in every language. A study with a page is listed under "Trials" in the
   * navigation, by its `short` name, in the order of this file.
   */
  page: z
    .string({ error: 'a page path such as "trials/seed/"' })
    .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/, { error: 'a page path such as "trials/seed/" (kebab-case segments, a trailing slash)' })
    .optional(),
  /**
   * Shown in the home page's overview of the trials this site was made for (the headline cards,
   * the trial-headlines and overview-effects charts), in the order of this file; needs `headline`.
   */
  overview: z.literal(true, { error: 'true, or leave the field out' }).optional(),
  /** Set when the trial enters one of the site's meta-analyses; its arms' counts must then be in figures/. */
  synthesis: synthesisSchema.optional(),
  note: text.optional(),
  note_nb: nb,
});
export type Study = z.output<typeof studySchema> & { key: string };

// ---------------------------------------------------------------- discrepancies.yaml
export const discrepancySchema = z.strictObject({
  title: text,
  title_nb: nb,
  figures: z.array(key).min(1, { error: 'at least one figure id' }).optional(),
  sources: z.array(key).optional(),
  note: text,
  note_nb: nb,
});
export type Discrepancy = z.output<typeof discrepancySchema> & { key: string };

// ---------------------------------------------------------------- trials-not-extracted.yaml
/**
 * A randomised trial known to the evidence (a review includes it, or it was found looking for
 * trials) whose trial-level figures are not in figures/ yet. It is listed so that readers see
 * what the trial-by-trial charts leave out, and why; when its figures are entered it moves to
 * studies.yaml under the same key.
 */
export const trialNotExtractedSchema = z
  .strictObject({
    /** A short name for the trial: first author and year, or the trial's own name. */
    name: text,
    name_nb: nb,
    /** The reference as far as it was read, for a trial whose paper is not in sources.yaml. */
    citation: text.optional(),
    /** The trial's paper, where it is in sources.yaml. */
    source: key.optional(),
    year: z.int({ error: 'a year such as 2019' }).min(1900).max(2100).optional(),
    country: text.optional(),
    country_nb: nb,
    /** Reviews (source keys) seen to include the trial; leave out where that was not seen. */
    reviews: z.array(key, { error: 'a list of source keys' }).optional(),
    /** Why its figures are not entered, in a sentence or two a reader can follow. */
    reason: text,
    reason_nb: text,
  })
  .superRefine((t, ctx) => {
    if (t.citation === undefined && t.source === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['citation'],
        message: 'a citation, or a source key from sources.yaml',
        input: undefined,
      });
  });
export type TrialNotExtracted = z.output<typeof trialNotExtractedSchema> & { key: string };

// ---------------------------------------------------------------- figures/<topic>.csv
/**
 * What a figure is and its numbers: the leading columns of a figures file, which a chart's CSV
 * download (src/export/csv.ts) repeats in the same order, so a reader can line the two up.
 */
export const FIGURE_VALUE_COLUMNS = [
  'id',
  'study',
  'measure',
  'group',
  'comparator',
  'timepoint',
  'value',
  'unit',
  'numerator',
  'denominator',
  'ci_low',
  'ci_high',
] as const;
export const FIGURE_COLUMNS = [...FIGURE_VALUE_COLUMNS, 'p_value', 'source', 'locator', 'locator_nb', 'status', 'formula', 'note', 'note_nb'] as const;

/**
 * The header of data versions before 1.3.0, which had no Norwegian columns: still read, so
 * that released versions (data/releases/) load as they were published. Its rows read the
 * missing `_nb` columns as empty.
 */
export const FIGURE_COLUMNS_BEFORE_1_3 = FIGURE_COLUMNS.filter((c) => !c.endsWith('_nb'));

/** An empty CSV cell means "not stated"; it becomes `undefined`. */
const blank = (s: string) => (s.trim() === '' ? undefined : s.trim());
const optionalCell = <T extends z.ZodType<unknown, string>>(inner: T) =>
  z
    .string()
    .transform(blank)
    .pipe(z.union([z.undefined(), inner]));

const numberMessage = 'a number such as 37.4 ("." as decimal point, no % sign, no thousands separator)';
const numberCell = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, { error: numberMessage })
  .transform(Number);
const countCell = z.string().trim().regex(/^\d+$/, { error: 'a whole number of people or events, such as 85' }).transform(Number);
const requiredCell = z.string().trim().min(1, { error: 'a value (this column is required)' });

export const figureRowSchema = z.object({
  id: key,
  study: optionalCell(key),
  measure: key,
  group: key,
  comparator: optionalCell(key),
  timepoint: optionalCell(z.string()),
  value: numberCell,
  unit: z.enum(UNITS, { error: oneOf(UNITS) }),
  numerator: optionalCell(countCell),
  denominator: optionalCell(countCell),
  ci_low: optionalCell(numberCell),
  ci_high: optionalCell(numberCell),
  p_value: optionalCell(z.string().regex(/^(=|<|<=|>|>=)(0(\.\d+)?|1)$/, { error: 'a p-value with its comparison, such as =0.015 or <0.05' })),
  source: key,
  locator: requiredCell,
  /** The locator in Norwegian Bokmål ("tabell 2, s. 5"); Norwegian pages fall back to `locator`. */
  locator_nb: optionalCell(z.string()),
  status: z.enum(STATUSES, { error: oneOf(STATUSES) }),
  formula: optionalCell(z.string()),
  note: optionalCell(z.string()),
  /** The note in Norwegian Bokmål, in the same parts (separated by "; ") as `note`. */
  note_nb: optionalCell(z.string()),
});
/** One figure: a number with its source, where it was read, and its status. */
export type Figure = z.output<typeof figureRowSchema> & {
  topic: Topic;
  /** Decimal places the value was written with: the precision its source stated. */
  decimals: number;
  /** Where the row lives, for messages: `data/figures/norway.csv, line 5`. */
  origin: { file: string; line: number };
};
