/**
 * A malformed data file stops the real build, and the build log names the file, the row and
 * the problem. Runs `astro build` on a corrupted copy of data/ (IPS_DATA_DIR), into a scratch
 * folder, so it proves the wiring from data/ to the build, not just the validator. (The build
 * stops while loading the data, before any page is drawn, so this costs seconds.)
 *
 * The site under a sub-path is no longer a second build here: `npm test` makes its one build
 * under /ips-evidence/ and tests/dist/links.test.ts checks it, retired addresses included. The
 * build-time budgets (60 s for the site, 120 s for 1,000 synthetic trials, and that build's page
 * budgets) are reported by `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The environment for a child `astro build`: this process's, without what vitest (itself Vite)
 * put there — BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, VITEST… — which Astro would otherwise
 * take for its own settings (BASE_URL=/ silently overrides BASE_PATH).
 */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(k) || k.startsWith('VITEST')) continue;
    env[k] = v;
  }
  return {
    ...env,
    // The project's Node 24 first: Astro 7 needs it, whatever node started the tests.
    PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-badbuild-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('stops with a message naming the file, the row, the field and the value', { timeout: 120_000 }, () => {
  const data = path.join(scratch, 'data');
  cpSync(path.join(root, 'data'), data, { recursive: true });
  const file = path.join(data, 'figures', 'norway.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.startsWith('norway-employment-18m-ips,'));
  expect(i).toBeGreaterThan(0);
  lines[i] = lines[i]!.replace(',37.4,percent,', ',137.4,percent,');
  writeFileSync(file, lines.join('\n'));

  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', path.join(scratch, 'dist')], {
    cwd: root,
    env: buildEnv({ IPS_DATA_DIR: data }),
    encoding: 'utf8',
  });
  const log = `${result.stdout}\n${result.stderr}`;
  expect(result.status, log.slice(-2000)).not.toBe(0);
  expect(log).toContain(`figures/norway.csv, line ${i + 1} (id "norway-employment-18m-ips"), field "value": expected a percentage from 0 to 100, found 137.4.`);
});
