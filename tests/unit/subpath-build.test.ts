/**
 * The site can live under a sub-path (as on GitHub Pages): built with SITE_URL and BASE_PATH set,
 * every link, script, image, download, embed snippet and social-card URL stays inside that path
 * and points at a file the build produced.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-subpath-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SITE = 'https://example.org';
const BASE = '/ips-evidence/';

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) htmlFiles(full, out);
    else if (e.name.endsWith('.html')) out.push(full);
  }
  return out;
}

it('builds under /ips-evidence/ with every internal URL inside it', { timeout: 240_000 }, () => {
  const dist = path.join(scratch, 'dist');
  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', dist], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      SITE_URL: SITE,
      BASE_PATH: BASE,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-3000)).toBe(0);

  const problems: string[] = [];
  for (const file of htmlFiles(dist)) {
    const page = path.relative(dist, file);
    const html = readFileSync(file, 'utf8').replace(/<textarea[\s\S]*?<\/textarea>/g, (t) => t.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    for (const m of html.matchAll(/\s(?:href|src|content|action)="([^"#?]*)[^"]*"/g)) {
      const url = m[1]!;
      let local: string | undefined;
      if (url.startsWith('/') && !url.startsWith('//')) {
        if (!url.startsWith(BASE)) problems.push(`${page}: ${url} is outside ${BASE}`);
        else local = url.slice(BASE.length);
      } else if (url.startsWith(SITE)) {
        const p = url.slice(SITE.length);
        if (!p.startsWith(BASE)) problems.push(`${page}: ${url} is outside ${BASE}`);
        else local = p.slice(BASE.length);
      }
      if (local === undefined) continue;
      const target = path.join(dist, decodeURIComponent(local));
      if (!existsSync(target) && !existsSync(path.join(target, 'index.html'))) problems.push(`${page}: ${url} does not exist in the build`);
    }
  }
  expect([...new Set(problems)]).toEqual([]);
});
