/**
 * Which page shows each chart: every MDX page declares its charts in its front matter
 * (`charts: [norway-employment, …]`), so an embed's "link back", the chart page's "Shown on" and
 * the presenter's "about this chart" never go stale by hand. The declaration is checked against
 * the page's own `<Chart id="…" />` elements: a page that shows a chart it does not declare, or
 * declares one it does not show, stops the build with the file, field, expected and found.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../i18n/index.ts';
import { contentDirectory, readPage } from './content.ts';
import { DataValidationError, showFound, type DataProblem } from '../data/problems.ts';

const cache = new Map<string, Map<string, string>>();

/** The charts a page shows in its body: the ids of its <Chart id="…" /> elements, in order. */
export function chartsInBody(body: string): string[] {
  return [...new Set([...body.matchAll(/<Chart\s+id="([a-z0-9-]+)"/g)].map((m) => m[1]!))];
}

/** A page's declared charts, checked against its body; problems are added to `problems`. */
export function declaredCharts(file: string, problems: DataProblem[]): string[] {
  const { frontMatter, body } = readPage(file);
  const where = path.relative(process.cwd(), file) || file;
  const raw = frontMatter.charts ?? [];
  if (!Array.isArray(raw) || raw.some((id) => typeof id !== 'string')) {
    problems.push({ file: where, field: 'charts', expected: 'a list of chart ids, such as [seed-employment, seed-baseline]', found: showFound(raw) });
    return [];
  }
  const declared = raw as string[];
  const shown = chartsInBody(body);
  const undeclared = shown.filter((id) => !declared.includes(id));
  const absent = declared.filter((id) => !shown.includes(id));
  if (undeclared.length > 0 || absent.length > 0)
    problems.push({
      file: where,
      field: 'charts',
      expected: `the charts the page shows with <Chart id="…" /> (${shown.length ? shown.join(', ') : 'none'})`,
      found: `[${declared.join(', ')}]${undeclared.length ? `; not declared: ${undeclared.join(', ')}` : ''}${absent.length ? `; declared but not shown: ${absent.join(', ')}` : ''}`,
    });
  return declared;
}

/**
 * Chart id → page path without base, e.g. 'trials/norway/' ('' for the home page): the first
 * page, in path order, that declares the chart.
 */
export function chartPages(lang: Lang, contentDir = contentDirectory()): Map<string, string> {
  const key = `${contentDir}\n${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const map = new Map<string, string>();
  const problems: DataProblem[] = [];
  const root = path.join(contentDir, lang);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.mdx')) {
        const slug = path
          .relative(root, full)
          .split(path.sep)
          .join('/')
          .replace(/\.mdx$/, '')
          .replace(/(^|\/)index$/, '');
        for (const id of declaredCharts(full, problems)) if (!map.has(id)) map.set(id, slug ? `${slug}/` : '');
      }
    }
  };
  try {
    walk(root);
  } catch (err) {
    // A language without pages yet: its charts link to the home page.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (problems.length > 0) throw new DataValidationError(problems);
  cache.set(key, map);
  return map;
}
