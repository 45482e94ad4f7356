/**
 * Every built page is valid HTML by the W3C Nu validator (vnu-jar, on the Java that
 * scripts/ensure-debian-packages.sh provides): one run over the whole of dist/, with one deliberately
 * invalid page beside it, so a validator that checks nothing cannot pass.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DIST_DIR, describeDist, listPages } from './dist.ts';

describeDist('HTML validity', () => {
  it('every page passes the W3C Nu HTML validator', { timeout: 600_000 }, () => {
    const vnu = createRequire(import.meta.url)('vnu-jar') as string;
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-vnu-'));
    const canary = path.join(scratch, 'canary.html');
    writeFileSync(canary, '<!doctype html><html lang="en"><head><title>canary</title></head><body><p><div></p></body></html>');
    try {
      const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'gnu', '--verbose', DIST_DIR, canary], {
        encoding: 'utf8',
      });
      expect(result.error, 'java could not be started: run scripts/ensure-debian-packages.sh').toBeUndefined();
      const lines = `${result.stdout}${result.stderr}`.split('\n');
      // --verbose names each file as it is checked: every page was read.
      const checked = new Set(lines.filter((l) => l.startsWith('/') && l.endsWith('.html')));
      for (const p of listPages()) expect(checked.has(p.file), `the validator checked ${p.route}`).toBe(true);
      const errors = lines.filter((l) => l.includes('error'));
      expect(
        errors.some((l) => l.includes('canary.html') && l.includes('“p”')),
        'the invalid canary page is reported',
      ).toBe(true);
      // The validator's CSS checker predates two properties every current browser supports
      // (container queries, paint-order for label halos): only those exact messages are set aside.
      const CSS_THE_VALIDATOR_DOES_NOT_KNOW = /CSS: (“(paint-order|container-type)”: Property “\2” doesn't exist|Unrecognized at-rule “@container”)/;
      expect(errors.filter((l) => !l.includes('canary.html') && !CSS_THE_VALIDATOR_DOES_NOT_KNOW.test(l)).map((l) => l.replace(DIST_DIR, 'dist/'))).toEqual([]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
