/**
 * A malformed data file stops the real build, and the build log names the file, the row and
 * the problem. Runs `astro build` on a corrupted copy of data/ (IPS_DATA_DIR), into a
 * scratch folder, so it proves the wiring from data/ to the build, not just the validator.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
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

  const result = spawnSync(
    path.join(root, 'node_modules/.bin/astro'),
    ['build', '--outDir', path.join(scratch, 'dist')],
    { cwd: root, env: {
      ...process.env,
      // The project's Node 24 first: Astro 7 needs it, whatever node started the tests.
      PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      IPS_DATA_DIR: data,
      ASTRO_TELEMETRY_DISABLED: '1',
    }, encoding: 'utf8' },
  );
  const log = `${result.stdout}\n${result.stderr}`;
  expect(result.status, log.slice(-2000)).not.toBe(0);
  expect(log).toContain(
    `figures/norway.csv, line ${i + 1} (id "norway-employment-18m-ips"), field "value": expected a percentage from 0 to 100, found 137.4.`,
  );
});
