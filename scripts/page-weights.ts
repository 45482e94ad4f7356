/**
 * What each built page costs a reader: HTML (with its inline SVG and CSS), external CSS and
 * JS, and images it references — raw and gzip bytes, and the number of requests. Used by the
 * budget tests (tests/e2e/budgets.spec.ts) and printed by `npm run weigh`.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  page: string;
  html: Weight;
  css: Weight;
  js: Weight;
  images: Weight;
  total: Weight;
  requests: number;
  scripts: string[];
}

const weigh = (buf: Buffer): Weight => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Weight = { raw: 0, gzip: 0 };

const htmlFiles = (dir: string): string[] => globSync('**/*.html', { cwd: dir }).map((f) => path.join(dir, f));

/** Local asset referenced by a page, resolved inside dist (base path stripped). */
function local(dist: string, url: string, base: string): string | undefined {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
  const clean = url.split(/[?#]/)[0]!;
  const rel = clean.startsWith(base) ? clean.slice(base.length) : clean.replace(/^\//, '');
  const file = path.join(dist, rel);
  return existsSync(file) ? file : undefined;
}

export function measurePages(dist = path.resolve('dist'), base = process.env.BASE_PATH ?? '/'): PageWeight[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  return htmlFiles(dist)
    .sort()
    .map((file) => {
      const html = readFileSync(file);
      const text = html.toString('utf8');
      const attr = (re: RegExp) => [...text.matchAll(re)].map((m) => m[1]!);
      const scripts = attr(/<script[^>]*\ssrc="([^"]+)"/g);
      const styles = attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
      const images = attr(/<img[^>]*\ssrc="([^"]+)"/g);
      const sum = (urls: string[]) =>
        [...new Set(urls)].reduce((w, u) => {
          const f = local(dist, u, b);
          return f ? add(w, weigh(readFileSync(f))) : w;
        }, ZERO);
      const w = { html: weigh(html), css: sum(styles), js: sum(scripts), images: sum(images) };
      const rel = path.relative(dist, file).split(path.sep).join('/');
      return {
        page: `${b}${rel.replace(/(^|\/)index\.html$/, '$1')}`,
        ...w,
        total: [w.html, w.css, w.js, w.images].reduce(add),
        requests: 1 + new Set(scripts).size + new Set(styles).size + new Set(images).size,
        scripts: [...new Set(scripts)],
      };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
  const rows = measurePages();
  console.log('page'.padEnd(34), 'html raw/gz KB', '  js raw/gz KB', ' total gz KB', 'requests');
  for (const r of rows)
    console.log(
      r.page.padEnd(34),
      `${kb(r.html.raw)}${kb(r.html.gzip)}`,
      `${kb(r.js.raw)}${kb(r.js.gzip)}`,
      kb(r.total.gzip).padStart(11),
      String(r.requests).padStart(8),
    );
}
