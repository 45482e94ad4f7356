/**
 * The meta-analysis charts with as many pooled trials as the IPS literature has (SYNTHETIC
 * trials from scripts/synthetic-data.ts, given `synthesis` and counts here; never shipped):
 * they switch to one line per row, so on a 1280×720 slide — where a tall chart is fitted to the
 * height, about 650 px — their type stays at least 10 px (15-unit type drawn at ≥ 2/3 scale).
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticData } from '../../../scripts/synthetic-data.ts';
import { ipsCumulative } from '../../../src/charts/ips-cumulative.ts';
import { ipsTrialsForest } from '../../../src/charts/ips-trials-forest.ts';
import { COMPACT_ABOVE } from '../../../src/charts/shapes/pooled-forest.ts';
import { readEvidence } from '../../../src/data/load.ts';
import { synthesisPool } from '../../../src/data/evidence.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-pool-scale-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Synthetic trials 1..n enter the pool: a synthesis field each, and counts from rate × arm size. */
function pooledSyntheticData(n: number): string {
  const dir = writeSyntheticData(n, path.join(scratch, `data-${n}`));
  const studies = path.join(dir, 'studies.yaml');
  writeFileSync(
    studies,
    readFileSync(studies, 'utf8').replace(
      /(\n(synthetic-(\d+)):\n[\s\S]*?    control: synthetic-\d+-employment-control\n)/g,
      (block, _all, _key, i: string) =>
        `${block}  synthesis: { pool: ips, population: smi, comparator: ${Number(i) % 2 ? 'active' : 'passive'}, region: ${Number(i) % 3 ? 'outside-us' : 'us'} }\n`,
    ),
  );
  const csv = path.join(dir, 'figures', 'evidence-base.csv');
  const rows = readFileSync(csv, 'utf8').split('\n');
  const value = (id: string) => Number(rows.find((r) => r.startsWith(`${id},`))!.split(',')[6]);
  let extra = '';
  for (let i = 1; i <= n; i++)
    for (const arm of ['ips', 'control']) {
      const size = value(`synthetic-${i}-randomised-${arm}`);
      const events = Math.round((value(`synthetic-${i}-employment-${arm}`) * size) / 100);
      extra += `synthetic-${i}-employed-${arm},synthetic-${i},participants-employed,${arm},,12 months,${events},persons,${events},${size},,,,synthetic-source-${i},synthetic,syntetisk,derived,synthetic-${i}-employment-${arm} × synthetic-${i}-randomised-${arm} / 100,SYNTHETIC,SYNTETISK\n`;
    }
  appendFileSync(csv, extra);
  return dir;
}

describe('the meta-analysis charts with 25 synthetic trials added to the pool', () => {
  const e = readEvidence(pooledSyntheticData(25));
  const pool = synthesisPool(e, 'ips');

  it('pools all of them', () => {
    // The 25 synthetic trials join the real pool.
    expect(pool.filter((t) => t.id.startsWith('synthetic-'))).toHaveLength(25);
    expect(pool.length).toBeGreaterThanOrEqual(28);
    expect(pool.length).toBeGreaterThan(COMPACT_ABOVE);
  });

  it.each([
    ['ips-trials-forest', ipsTrialsForest],
    ['ips-cumulative', ipsCumulative],
  ] as const)('%s: its first view fits a slide with legible type, one line per row', (_id, build) => {
    const spec = build(e, 'en');
    const height = spec.views[0].plot.height!;
    // ≈650 px of slide height / (2/3 px per unit) = 975 units at most.
    expect(height).toBeLessThanOrEqual(975);
    expect(spec.views[0].table.rows.length).toBeGreaterThanOrEqual(spec.id === 'ips-trials-forest' ? 28 : 2);
  });

  it('offers the region and comparator views once trials fall into two groups of each', () => {
    expect(ipsTrialsForest(e, 'en').views.map((v) => v.id)).toEqual(expect.arrayContaining(['all', 'region', 'comparator']));
  });
});
