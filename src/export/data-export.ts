/**
 * The data as downloads: every dataset in data/ as CSV and JSON (/data/<name>.csv, .json), the
 * CSVs again in Norwegian (/nb/data/<name>.csv: Norwegian column names, `;` and decimal commas),
 * and the whole data release as one ZIP archive (/data/ips-evidence-data-<version>.zip) holding
 * a README, the original files and these exports. Built at build time from the validated
 * evidence, so a download always matches the version the site shows. File names are public
 * URLs: never rename.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../data/csv.ts';
import { loadEvidence, type Evidence } from '../data/load.ts';
import { dataFiles, listReleases } from '../data/releases.ts';
import { FIGURE_COLUMNS, FIGURE_COLUMNS_BEFORE_1_3, type Topic } from '../data/schemas.ts';
import { splitPValue, writeCsv, type Cell } from './csv.ts';
import { LANGS, type Lang } from '../i18n/index.ts';
import { dataReadme } from './data-readme.ts';
import { zip } from './zip.ts';

export type DatasetKind = 'figures' | 'topic' | 'sources' | 'studies' | 'findings' | 'measures' | 'discrepancies' | 'release';

export interface Dataset {
  /** File name without extension: figures, figures-norway, sources, … */
  name: string;
  kind: DatasetKind;
  topic?: Topic;
  /** One line for the JSON envelope (English; the page has its own words). */
  description: string;
  columns: readonly string[];
  rows: Record<string, unknown>[];
}

export interface DataDownload {
  name: string;
  contentType: string;
  body: string | Uint8Array;
}

const NUMERIC = new Set(['value', 'numerator', 'denominator', 'ci_low', 'ci_high']);

/**
 * The columns of a dataset's CSV: as its JSON, except that a figure's p-value ("=0.015",
 * "<=0.001") becomes two columns, its comparison and its number, so no cell starts with "=".
 */
export function csvColumns(d: Dataset): string[] {
  return d.columns.flatMap((c) => (c === 'p_value' && isFigures(d) ? ['p_comparator', 'p_value'] : [c]));
}

const isFigures = (d: Dataset) => d.kind === 'figures' || d.kind === 'topic';

/** A dataset's rows as CSV cells: figure numbers typed (keeping their published decimals), p-values split. */
export function csvRows(d: Dataset): Record<string, Cell>[] {
  if (!isFigures(d)) return d.rows as Record<string, Cell>[];
  return d.rows.map((row) => {
    const out: Record<string, Cell> = {};
    for (const [k, v] of Object.entries(row)) {
      const text = typeof v === 'string' ? v.trim() : '';
      if (NUMERIC.has(k)) out[k] = text === '' ? undefined : { number: Number(text), decimals: text.split('.')[1]?.length ?? 0 };
      else if (k === 'p_value') {
        const p = splitPValue(text);
        out['p_comparator'] = p.comparator;
        out['p_value'] = p.value;
      } else out[k] = v as Cell;
    }
    return out;
  });
}

/** A dataset as CSV in a language (src/export/csv.ts: BOM, `;` and decimal commas in Norwegian). */
export function datasetCsv(d: Dataset, lang: Lang): string {
  return writeCsv(csvColumns(d), csvRows({ ...d, rows: d.rows.map((row) => inLanguage(d, row, lang)) }), lang);
}

/**
 * A row with its texts in a language: a column whose translation (`note_nb` for `note`) is not a
 * column of the dataset itself carries the translation, where there is one. So the Norwegian
 * figures CSV has the Norwegian note and locator in its note and locator columns, and the
 * English CSV is unchanged; datasets that list both (studies: `name`, `name_nb`) keep both.
 */
function inLanguage(d: Dataset, row: Record<string, unknown>, lang: Lang): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => {
      const twin = row[`${column}_${lang}`];
      const translated = !d.columns.includes(`${column}_${lang}`) && typeof twin === 'string' && twin.trim() !== '';
      return [column, translated ? twin : value];
    }),
  );
}

/** Figure rows as written in the CSV files (the published precision kept: "37.40" stays "37.40"). */
function figureRows(dir: string, topic: Topic): Record<string, unknown>[] {
  const file = path.join(dir, 'figures', `${topic}.csv`);
  if (!existsSync(file)) return [];
  const { records } = parseCsv(readFileSync(file, 'utf8'), file, FIGURE_COLUMNS, [FIGURE_COLUMNS_BEFORE_1_3]);
  return records.map((r) => ({ topic, ...r.cells }));
}

/** Typed JSON for a figure row: numbers as numbers, empty cells as null. */
function figureJson(row: Record<string, unknown>): Record<string, unknown> {
  const numeric = new Set(['value', 'numerator', 'denominator', 'ci_low', 'ci_high']);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    const s = typeof v === 'string' ? v.trim() : v;
    out[k] = s === '' || s === undefined ? null : numeric.has(k) ? Number(s) : s;
  }
  return out;
}

const pick = <T extends object>(obj: T, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(keys.map((k) => [k, (obj as Record<string, unknown>)[k] ?? null]));

export function datasets(e: Evidence, dir: string): Dataset[] {
  // One column per field: the Norwegian CSV carries the Norwegian note and locator (inLanguage).
  const figureColumns = ['topic', ...FIGURE_COLUMNS.filter((c) => !c.endsWith('_nb'))];
  // In the order of topics.yaml: a topic declared there is a download without code.
  const byTopic = [...e.topics.keys()].map((topic) => ({ topic, rows: figureRows(dir, topic) })).filter((t) => t.rows.length > 0);
  const out: Dataset[] = [
    {
      name: 'figures',
      kind: 'figures',
      description: 'Every figure on the site, one per row, with its source, where in the source it was read, and its status.',
      columns: figureColumns,
      rows: byTopic.flatMap((t) => t.rows),
    },
    ...byTopic.map((t): Dataset => ({
      name: `figures-${t.topic}`,
      kind: 'topic',
      topic: t.topic,
      description: `The figures of the topic "${t.topic}" (data/figures/${t.topic}.csv).`,
      columns: figureColumns,
      rows: t.rows,
    })),
  ];

  const sourceColumns = [
    'key',
    'kind',
    'authors',
    'publisher',
    'year',
    'date',
    'title',
    'journal',
    'volume',
    'issue',
    'pages',
    'doi',
    'pmid',
    'pmcid',
    'registry',
    'url',
    'note',
  ];
  out.push({
    name: 'sources',
    kind: 'sources',
    description: 'The bibliography: every source a figure or finding cites (data/sources.yaml).',
    columns: sourceColumns,
    rows: [...e.sources.values()].map((s) => pick(s, [...sourceColumns, 'title_nb', 'note_nb'])),
  });

  const studyColumns = [
    'key',
    'kind',
    'topic',
    'name',
    'name_nb',
    'short',
    'short_nb',
    'year',
    'registry',
    'country',
    'country_nb',
    'population',
    'population_nb',
    'setting',
    'setting_nb',
    'design',
    'design_nb',
    'arms',
    'follow_up',
    'follow_up_nb',
    'sources',
    'primary_source',
    'headline_intervention',
    'headline_control',
    'note',
    'note_nb',
  ];
  const studies = [...e.studies.values()];
  out.push({
    name: 'studies',
    kind: 'studies',
    description: 'Trials, pilots, meta-analyses, developer summaries and cohort studies (data/studies.yaml); their findings are in study-findings.',
    columns: studyColumns,
    rows: studies.map((s) => ({
      ...pick(s, studyColumns),
      arms: s.arms?.map((a) => `${a.id}: ${a.label}`) ?? null,
      headline_intervention: s.headline?.intervention ?? null,
      headline_control: s.headline?.control ?? null,
    })),
  });
  const findingColumns = ['study', 'text', 'text_nb', 'source', 'locator', 'status'];
  out.push({
    name: 'study-findings',
    kind: 'findings',
    description: "The studies' findings in words, each with its source, locator and status (data/studies.yaml, findings).",
    columns: findingColumns,
    rows: studies.flatMap((s) => (s.findings ?? []).map((f) => ({ study: s.key, ...pick(f, [...findingColumns.slice(1), 'locator_nb']) }))),
  });

  const measureColumns = ['key', 'label', 'label_nb', 'unit', 'definition', 'definition_nb'];
  out.push({
    name: 'measures',
    kind: 'measures',
    description: 'What may be measured, with its unit and definition (data/measures.yaml).',
    columns: measureColumns,
    rows: [...e.measures.values()].map((m) => pick(m, measureColumns)),
  });

  const discrepancyColumns = ['key', 'title', 'title_nb', 'figures', 'sources', 'note', 'note_nb'];
  out.push({
    name: 'discrepancies',
    kind: 'discrepancies',
    description: 'Where sources disagree: the figures and sources involved and a short note (data/discrepancies.yaml).',
    columns: discrepancyColumns,
    rows: [...e.discrepancies.values()].map((d) => pick(d, discrepancyColumns)),
  });

  out.push({
    name: 'release',
    kind: 'release',
    description: 'The data version these files were built from (data/release.yaml).',
    columns: ['version', 'date', 'title'],
    rows: [pick(e.release, ['version', 'date', 'title'])],
  });
  return out;
}

export const archiveName = (version: string) => `ips-evidence-data-${version}.zip`;

/** The JSON of a dataset: an envelope naming the data version, then the rows. */
export function datasetJson(d: Dataset, e: Evidence): string {
  const own = d.rows.map((row) => pick(row, d.columns));
  const rows = d.kind === 'figures' || d.kind === 'topic' ? own.map(figureJson) : own;
  return `${JSON.stringify({ dataset: d.name, description: d.description, dataVersion: e.release.version, released: e.release.date, rows }, null, 2)}\n`;
}

/** data/'s own notes, packed beside the data; data/README.md (how the files are kept) as data-rules.md. */
const DOCS: ReadonlyArray<readonly [string, string]> = [
  ['README.md', 'data-rules.md'],
  ['CHANGELOG.md', 'CHANGELOG.md'],
  ['OMITTED.md', 'OMITTED.md'],
];

const CSV_TYPE = 'text/csv; charset=utf-8';

/**
 * The data's own language: data/ is written in English (translations sit in `<field>_nb`
 * columns), so its downloads carry every file (CSV, JSON, the archive); another language gets
 * the CSVs in its own words and conventions.
 */
const DATA_LANG: Lang = 'en';

/**
 * Every file under /data/ (English: each dataset as CSV and JSON, and the archive of the
 * release), or under /nb/data/ (Norwegian: each dataset as CSV). `dataPageUrl`, the page that
 * lists the downloads, goes into the archive's README as the address to cite.
 */
export function dataDownloads(e: Evidence, dir: string, lang: Lang = 'en', dataPageUrl?: string): DataDownload[] {
  const all = datasets(e, dir);
  if (lang !== DATA_LANG) return all.map((d) => ({ name: `${d.name}.csv`, contentType: CSV_TYPE, body: datasetCsv(d, lang) }));
  const out: DataDownload[] = [];
  for (const d of all) {
    out.push({ name: `${d.name}.csv`, contentType: CSV_TYPE, body: datasetCsv(d, DATA_LANG) });
    out.push({ name: `${d.name}.json`, contentType: 'application/json; charset=utf-8', body: datasetJson(d, e) });
  }
  const folder = `ips-evidence-data-${e.release.version}`;
  const docs = DOCS.filter(([from]) => existsSync(path.join(dir, from))).map(([from, to]) => ({
    name: `${folder}/${to}`,
    data: readFileSync(path.join(dir, from)),
  }));
  const originals = dataFiles(dir).map((rel) => ({ name: `${folder}/${rel}`, data: readFileSync(path.join(dir, rel)) }));
  const exports = out.map((f) => ({ name: `${folder}/exports/${f.name}`, data: f.body }));
  const translated = LANGS.filter((l) => l !== DATA_LANG).flatMap((l) =>
    all.map((d) => ({ name: `${folder}/exports/${l}/${d.name}.csv`, data: datasetCsv(d, l) })),
  );
  const readme = { name: `${folder}/README.md`, data: dataReadme(e, all, dataPageUrl) };
  const entries = [readme, ...docs, ...originals, ...exports, ...translated];
  out.push({ name: archiveName(e.release.version), contentType: 'application/zip', body: zip(entries, e.release.date) });
  return out;
}

/**
 * The archive of every release, not only the current one: an archive's address is public (the URL
 * contract) and a released version never changes, so a citation of /data/ips-evidence-data-1.2.0.zip
 * keeps working after 1.3.0. Each is built from its frozen copy in data/releases/<version>/.
 */
export function releaseArchives(dataDir: string, dataPageUrl?: string): DataDownload[] {
  const current = loadEvidence(dataDir).release.version;
  return listReleases(dataDir)
    .filter((r) => r.version !== current)
    .map((r) => dataDownloads(loadEvidence(r.dir), r.dir, 'en', dataPageUrl).find((f) => f.name === archiveName(r.version))!);
}
