/**
 * Where the site's written content lives (content/: the MDX pages and the glossary), and a reader
 * for a page's front matter outside Astro's content layer (build hooks, chart → page lookups).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The content directory: `IPS_CONTENT_DIR` lets tests build or read from another copy. */
export function contentDirectory(): string {
  return path.resolve(process.env.IPS_CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

/** The front matter of an MDX file as data, and its body after it. */
export function readPage(file: string): { frontMatter: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { frontMatter: {}, body: text };
  const data: unknown = parse(m[1]!);
  return { frontMatter: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: text.slice(m[0].length) };
}
