/**
 * Which page shows each chart: found by reading the MDX pages for `<Chart id="…" />`, so an
 * embed's "link back" and the presenter's "about this chart" never go stale by hand.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../i18n/index.ts';

const cache = new Map<Lang, Map<string, string>>();

/** Chart id → page path without base, e.g. 'trials/norway/' ('' for the home page). */
export function chartPages(lang: Lang, contentDir = path.join(process.cwd(), 'content')): Map<string, string> {
  const hit = cache.get(lang);
  if (hit) return hit;
  const map = new Map<string, string>();
  const root = path.join(contentDir, lang);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.mdx')) {
        const slug = path.relative(root, full).split(path.sep).join('/').replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
        for (const m of readFileSync(full, 'utf8').matchAll(/<Chart\s+id="([a-z0-9-]+)"/g)) {
          if (!map.has(m[1]!)) map.set(m[1]!, slug ? `${slug}/` : '');
        }
      }
    }
  };
  try {
    walk(root);
  } catch {
    // A language without pages yet: its charts link to the home page.
  }
  cache.set(lang, map);
  return map;
}
