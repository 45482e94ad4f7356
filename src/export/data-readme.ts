/**
 * README.md at the top of the data archive: what each file holds, the figure fields and their
 * units, what each status means, the version, the licence and how to cite. Counts, version and
 * date come from the data; nothing here is typed by hand that the data can say.
 */
import type { Evidence } from '../data/load.ts';
import { STATUSES, type Status } from '../data/schemas.ts';
import type { Dataset } from './data-export.ts';
import { apaDate } from './citation.ts';

const FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['topic', 'the topic file the figure comes from (data/figures/<topic>.csv)'],
  ['id', "the figure's id, unique and never reused"],
  ['study', 'the study it is about (a key in studies.yaml), or empty'],
  ['measure', 'what was measured (a key in measures.yaml, which defines it)'],
  ['group', 'who: an arm of the study (ips, control, …), all, or a subgroup'],
  ['comparator', 'for a contrast (ratio, difference), the group compared with'],
  ['timepoint', 'when, in words (18 months, 2 years, during follow-up, …)'],
  ['value', 'the number, with the decimals the source printed'],
  ['unit', 'its unit (below)'],
  ['numerator, denominator', 'whole numbers behind a percentage, where the source gives them'],
  ['ci_low, ci_high', 'the 95% confidence interval as published'],
  [
    'p_comparator, p_value',
    'the p-value as published, in two columns (CSV only): p_comparator is empty for an exact value and < or <= for a bound; the JSON keeps it in one field ("=0.015", "<=0.001")',
  ],
  ['source', 'the source (a key in sources.yaml, also in sources.csv)'],
  ['locator', 'where in the source the number was read (Abstract, Table 2, …)'],
  ['status', 'what kind of source it comes from (below)'],
  ['formula', 'for a derived figure, how it was computed from other rows'],
  ['note', 'a short note a reader needs (definition, caveat)'],
];

const UNITS: Record<string, string> = {
  percent: 'a percentage, 0 to 100',
  'percentage-points': 'a difference between two percentages',
  persons: 'a number of people',
  studies: 'a number of studies',
  ratio: 'a risk, odds or hazard ratio (the measure says which); 1 means no difference',
  smd: 'a standardised mean difference',
  weeks: 'weeks',
  years: 'years',
  nok: 'Norwegian kroner',
  statistic: 'a test statistic as published',
  sessions: 'a number of sessions',
};

const STATUS_TEXT: Record<Status, string> = {
  published: 'in a peer-reviewed publication',
  registry: 'in a trial registry record',
  presentation: "in a presentation by the study's researchers, not (yet) in a publication",
  grey: 'public but not peer-reviewed: a website, report, slide deck, news article or conference abstract',
  derived: 'computed from other figures; the formula column names the rows and the method',
};

/** The README; `url` is the site's data page, when known. */
export function dataReadme(e: Evidence, all: readonly Dataset[], url?: string): string {
  const v = e.release.version;
  const units = [...new Set([...e.figures.values()].map((f) => f.unit))].sort();
  const missing = units.filter((u) => !(u in UNITS));
  if (missing.length) throw new Error(`data README: no description for the unit(s) ${missing.join(', ')}; add them to UNITS in src/export/data-readme.ts`);
  const where = url ? ` ${url}` : '';
  return [
    `# IPS Evidence data, version ${v}`,
    '',
    `Released ${e.release.date}: ${e.release.title}.`,
    '',
    'The figures behind the charts of IPS Evidence, the site that shows the evidence for Individual',
    'Placement and Support (supported employment). Every figure names its source, where in the source',
    'it was read, and its status.',
    '',
    '## Files',
    '',
    '- `exports/<name>.csv` and `.json`: each dataset (below). CSV: UTF-8 with a byte-order mark,',
    '  comma-separated, "." decimals. JSON: numbers as numbers, empty cells as null.',
    '- `exports/nb/<name>.csv`: the same in Norwegian: Norwegian column names, ";" between fields,',
    "  decimal commas, as a Norwegian spreadsheet opens it; the figures' note and locator and the",
    "  sources' notes in Norwegian Bokmål (the data files keep both, as note and note_nb).",
    '- `figures/<topic>.csv`, `*.yaml`, `release.yaml`: the data as the project keeps it;',
    '  `data-rules.md` describes those files and the rules every row must pass. For a spreadsheet,',
    '  open the files in `exports/`: in these, a p-value is written as "=0.015", which a spreadsheet',
    '  would take for a formula.',
    '- `CHANGELOG.md`: what changed in each version; `OMITTED.md`: what was left out and why.',
    '',
    'A text cell that would start with =, +, -, @ or a tab is written with a single quote before it,',
    'so that a spreadsheet shows it as text and never runs it as a formula.',
    '',
    '## Datasets',
    '',
    '| file | entries | what it holds |',
    '|---|---|---|',
    ...all.map((d) => `| ${d.name} | ${d.rows.length} | ${d.description} |`),
    '',
    '## Figure fields (figures.csv, figures-<topic>.csv)',
    '',
    ...FIELDS.map(([k, t]) => `- \`${k}\`: ${t}`),
    '',
    '## Units',
    '',
    ...units.map((u) => `- \`${u}\`: ${UNITS[u]}`),
    '',
    '## Status',
    '',
    ...STATUSES.map((s) => `- \`${s}\`: ${STATUS_TEXT[s]}`),
    '',
    '## Version',
    '',
    `Data version ${v} (semantic versioning): the major number moves when a published figure changes`,
    'value or an id is renamed or removed, the minor when figures are added, the patch for notes and',
    'wording. A released version never changes.',
    '',
    '## Licence',
    '',
    'This compilation (the files, their structure, notes and derived figures) is licensed under',
    'Creative Commons Attribution 4.0 International (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/).',
    "Each published figure remains its study's finding: cite the source (sources.csv) with the figure,",
    'and this data set as below.',
    '',
    '## How to cite',
    '',
    `IPS Evidence. (${apaDate(e.release.date)}). *IPS Evidence data* (Version ${v}) [Data set].${where}`,
    '',
  ].join('\n');
}
