/**
 * The data as downloads: every dataset in data/ as CSV and JSON (/data/<name>.csv, .json), and
 * the whole data release as one ZIP archive (/data/ips-evidence-data-<version>.zip) holding the
 * original files and these exports. Built at build time from the validated evidence, so a
 * download always matches the version the site shows. File names are public URLs: never rename.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './data/csv.ts';
import type { Evidence } from './data/load.ts';
import { dataFiles } from './data/releases.ts';
import { FIGURE_COLUMNS, TOPICS, type Topic } from './data/schemas.ts';
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

type Cell = string | number | undefined | null | readonly string[];

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvField(value: Cell): string {
  if (value === undefined || value === null) return '';
  const s = Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c] as Cell)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Figure rows as written in the CSV files (the published precision kept: "37.40" stays "37.40"). */
function figureRows(dir: string, topic: Topic): Record<string, unknown>[] {
  const file = path.join(dir, 'figures', `${topic}.csv`);
  if (!existsSync(file)) return [];
  const { records } = parseCsv(readFileSync(file, 'utf8'), file, FIGURE_COLUMNS);
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
  const figureColumns = ['topic', ...FIGURE_COLUMNS];
  const byTopic = TOPICS.map((topic) => ({ topic, rows: figureRows(dir, topic) })).filter((t) => t.rows.length > 0);
  const out: Dataset[] = [
    {
      name: 'figures',
      kind: 'figures',
      description: 'Every figure on the site, one per row, with its source, where in the source it was read, and its status.',
      columns: figureColumns,
      rows: byTopic.flatMap((t) => t.rows),
    },
    ...byTopic.map(
      (t): Dataset => ({
        name: `figures-${t.topic}`,
        kind: 'topic',
        topic: t.topic,
        description: `The figures of the topic "${t.topic}" (data/figures/${t.topic}.csv).`,
        columns: figureColumns,
        rows: t.rows,
      }),
    ),
  ];

  const sourceColumns = ['key', 'kind', 'authors', 'publisher', 'year', 'date', 'title', 'journal', 'volume', 'issue', 'pages', 'doi', 'pmid', 'pmcid', 'registry', 'url', 'note'];
  out.push({
    name: 'sources',
    kind: 'sources',
    description: 'The bibliography: every source a figure or finding cites (data/sources.yaml).',
    columns: sourceColumns,
    rows: [...e.sources.values()].map((s) => pick(s, sourceColumns)),
  });

  const studyColumns = ['key', 'kind', 'topic', 'name', 'name_nb', 'short', 'short_nb', 'year', 'registry', 'country', 'country_nb', 'population', 'population_nb', 'setting', 'setting_nb', 'design', 'design_nb', 'arms', 'follow_up', 'follow_up_nb', 'sources', 'primary_source', 'headline_intervention', 'headline_control', 'note', 'note_nb'];
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
    rows: studies.flatMap((s) => (s.findings ?? []).map((f) => ({ study: s.key, ...pick(f, findingColumns.slice(1)) }))),
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
  const rows = d.kind === 'figures' || d.kind === 'topic' ? d.rows.map(figureJson) : d.rows;
  return `${JSON.stringify({ dataset: d.name, description: d.description, dataVersion: e.release.version, released: e.release.date, rows }, null, 2)}\n`;
}

const DOCS = ['README.md', 'CHANGELOG.md', 'OMITTED.md'];

/** Every file under /data/: each dataset as CSV and JSON, and the archive of the release. */
export function dataDownloads(e: Evidence, dir: string): DataDownload[] {
  const out: DataDownload[] = [];
  for (const d of datasets(e, dir)) {
    out.push({ name: `${d.name}.csv`, contentType: 'text/csv; charset=utf-8', body: toCsv(d.columns, d.rows) });
    out.push({ name: `${d.name}.json`, contentType: 'application/json; charset=utf-8', body: datasetJson(d, e) });
  }
  const folder = `ips-evidence-data-${e.release.version}`;
  const originals = [...DOCS.filter((f) => existsSync(path.join(dir, f))), ...dataFiles(dir)].map((rel) => ({
    name: `${folder}/${rel}`,
    data: new Uint8Array(readFileSync(path.join(dir, rel))),
  }));
  const exports = out.map((f) => ({ name: `${folder}/exports/${f.name}`, data: f.body }));
  out.push({ name: archiveName(e.release.version), contentType: 'application/zip', body: zip([...originals, ...exports], e.release.date) });
  return out;
}
