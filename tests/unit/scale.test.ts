/**
 * When the evidence grows to hundreds of trials (SYNTHETIC data from scripts/synthetic-data.ts,
 * never shipped): the path from data to drawn charts — validation, chart specs, SVG for every
 * view — grows no worse than linearly, and the trial-by-trial chart stays a readable size.
 * The whole build at 10, 100, 1,000 and 3,000 trials is measured by scripts/scale-bench.sh
 * (see README, "Measured"); this test keeps the part that once made it quadratic in check.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticData } from '../../scripts/synthetic-data.ts';
import { charts, type ChartId } from '../../src/charts/index.ts';
import { GROUP_TRIALS_ABOVE, individualTrials, trialRows } from '../../src/charts/individual-trials.ts';
import { readEvidence, type Evidence } from '../../src/data/load.ts';
import { renderPlotSvg } from '../../src/render/plot-svg.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-scale-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const evidenceWith = (n: number): Evidence => readEvidence(writeSyntheticData(n, path.join(scratch, `data-${n}`)));

/** CPU time of this process in ms: unlike the clock, other tests running beside it add nothing. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Validates the data and draws every view of every chart, as the build does; returns CPU ms and SVG bytes. */
function drawEverything(dir: string): { ms: number; bytes: Map<string, number> } {
  const start = cpuMs();
  const evidence = readEvidence(dir);
  const bytes = new Map<string, number>();
  for (const id of Object.keys(charts) as ChartId[]) {
    for (const lang of ['en', 'nb'] as const) {
      const spec = charts[id](evidence, lang);
      for (const view of spec.views) {
        const svg = renderPlotSvg(view.plot, { idPrefix: `${id}-${view.id}`, title: spec.title, description: spec.summary });
        bytes.set(`${id}/${lang}/${view.id}`, svg.length);
      }
    }
  }
  return { ms: cpuMs() - start, bytes };
}

describe('1,000 synthetic trials', () => {
  const n = 1000;
  const e = evidenceWith(n);

  it('are grouped, not drawn one row each, and every trial is still in the chart’s data', () => {
    const spec = individualTrials(e, 'en');
    const trials = trialRows(e, 'en').length;
    expect(trials).toBeGreaterThan(n);
    expect(spec.summary).toContain(`${trials.toLocaleString('en')} trials`);
    expect(spec.title).toMatch(/in groups/);
    for (const view of spec.views) {
      const rows = view.table.rows;
      // Groups: a handful of rows, each naming how many trials it holds, together all of them.
      expect(rows.length).toBeLessThanOrEqual(12);
      const counted = rows.reduce((sum, r) => sum + Number(r[1]!.text.replace(/\D/g, '')), 0);
      expect(counted, `view ${view.id}`).toBe(trialRows(e, 'en').length);
      expect(rows.every((r) => r.slice(2, 5).every((cell) => cell.derived))).toBe(true);
    }
    const synthetic = spec.figures.filter((f) => f.study?.startsWith('synthetic-') && f.measure === 'competitive-employment');
    expect(synthetic).toHaveLength(2 * n);
    expect(spec.notes?.[0]).toMatch(/too many to draw one row each/);
  });
});

it(`the real data (at most ${GROUP_TRIALS_ABOVE} trials) is drawn trial by trial`, () => {
  const spec = individualTrials(readEvidence(path.resolve('data')), 'en');
  expect(spec.views[0].table.rows.length).toBeLessThanOrEqual(GROUP_TRIALS_ABOVE);
  expect(spec.notes?.some((note) => /too many to draw/.test(note))).toBe(false);
});

it('drawing every chart grows no worse than linearly with the number of trials', { timeout: 120_000 }, () => {
  const small = writeSyntheticData(200, path.join(scratch, 'lin-200'));
  const large = writeSyntheticData(2000, path.join(scratch, 'lin-2000'));
  drawEverything(small); // warm up: module loading and JIT are not the data's cost
  // The fastest of three runs each, taken in turn: garbage collection only ever adds time.
  const runs = Array.from({ length: 3 }, () => ({ small: drawEverything(small), large: drawEverything(large) }));
  const t200 = Math.min(...runs.map((r) => r.small.ms));
  const t2000 = Math.min(...runs.map((r) => r.large.ms));
  console.info(`scale: drawing every chart took ${Math.round(t200)} ms for 200 trials, ${Math.round(t2000)} ms for 2,000`);
  // Ten times the trials: linear work takes at most ten times as long (less, with the fixed
  // cost of the real data and the other charts); quadratic work would take ~100 times.
  expect(t2000 / t200, `${Math.round(t200)} ms for 200 trials, ${Math.round(t2000)} ms for 2,000`).toBeLessThanOrEqual(10);

  // And no chart's SVG grows with the trials: the grouped chart is as big at 2,000 as at 200.
  const a = runs[0]!.small.bytes;
  const b = runs[0]!.large.bytes;
  for (const [key, size] of b) expect(size, key).toBeLessThanOrEqual((a.get(key) ?? 0) * 1.1 + 2000);
});
