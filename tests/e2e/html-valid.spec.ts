/**
 * Every built page is valid HTML by the W3C Nu validator (vnu-jar, on the Java that
 * scripts/ensure-java.sh provides). One run over the whole of dist/.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { DIST_DIR } from './site';

test('every page passes the W3C Nu HTML validator', () => {
  test.setTimeout(180_000);
  const vnu = createRequire(import.meta.url)('vnu-jar') as string;
  const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'gnu', DIST_DIR], { encoding: 'utf8' });
  expect(result.error, 'java could not be started: run scripts/ensure-java.sh').toBeUndefined();
  const errors = `${result.stdout}${result.stderr}`
    .split('\n')
    .filter((l) => l.includes('error'))
    .map((l) => l.replace(DIST_DIR, 'dist/'));
  expect(errors).toEqual([]);
});
