/**
 * One problem in the evidence data, phrased so that whoever edits `data/` can fix it
 * without reading code: the file, where in it, the field, what was expected, what was found.
 */
export interface DataProblem {
  /** Path relative to the project root, e.g. `data/figures/norway.csv`. */
  file: string;
  /** Where in the file: `line 5 (id "norway-employment-18m-ips")` or `key "reme-2019"`. */
  where?: string | undefined;
  /** The column or (dotted) key path, e.g. `value` or `arms[1].label`. */
  field?: string | undefined;
  /** What the data should have held, in words. */
  expected: string;
  /** What it held instead; omitted when nothing meaningful can be shown. */
  found?: string | undefined;
}

/** Shows a found value briefly and unambiguously (strings quoted, long ones cut). */
export function showFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (value === '') return 'an empty value';
    const cut = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'an object';
}

export function formatProblem(p: DataProblem): string {
  const place = [p.file, p.where, p.field ? `field "${p.field}"` : undefined].filter(Boolean).join(', ');
  const found = p.found === undefined ? '' : `, found ${p.found}`;
  return `${place}: expected ${p.expected}${found}.`;
}

/** Thrown when the data cannot be used; the build stops with every problem listed. */
export class DataValidationError extends Error {
  readonly problems: readonly DataProblem[];
  constructor(problems: readonly DataProblem[]) {
    const lines = problems.map((p) => `  - ${formatProblem(p)}`);
    super(`The evidence data in data/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.name = 'DataValidationError';
    this.problems = problems;
  }
}
