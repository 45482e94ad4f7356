/**
 * The real evidence in data/: it validates, and it keeps the promises the product makes about
 * its numbers (PRODUCT.md, "Rules for the numbers").
 */
import { describe, expect, it } from 'vitest';
import { loadEvidence } from '../../src/data/load.ts';

const e = loadEvidence();
const figures = [...e.figures.values()];

describe('data/', () => {
  it('validates, with a semantic version', () => {
    expect(e.release.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(figures.length).toBeGreaterThan(100);
  });

  it('has every evidence area of the product', () => {
    const topics = new Set(figures.map((f) => f.topic));
    for (const t of ['evidence-base', 'norway', 'seed', 'ipsinpain', 'awac', 'health', 'ips-model', 'implementation']) expect(topics, t).toContain(t);
  });

  it('never holds the talk\'s preliminary SEED baseline figures (marked "do not cite or distribute")', () => {
    const seedFromTalk = figures.filter((f) => f.topic === 'seed' && f.source === 'reme-talk' && f.measure.startsWith('share-'));
    expect(seedFromTalk).toEqual([]);
    const bullied = figures.filter((f) => f.study === 'seed' && f.measure.includes('bull'));
    expect(bullied.map((f) => f.value)).not.toContain(75);
  });

  it('keeps both sides where sources disagree (409 in the talk, 410 in the paper)', () => {
    const n = figures.filter((f) => f.study === 'norway-ips' && /^participants(-randomised)?$/.test(f.measure) && f.group === 'all');
    expect(n.map((f) => [f.value, f.status]).sort()).toEqual([
      [409, 'presentation'],
      [410, 'published'],
    ]);
    const d = [...e.discrepancies.values()].find((x) => x.figures?.includes(n.find((f) => f.value === 409)!.id));
    expect(d?.note).toBeTruthy();
  });

  it('marks every talk-only figure as presentation, and nothing else as such', () => {
    for (const f of figures) {
      const kind = e.sources.get(f.source)!.kind;
      if (f.status === 'presentation') expect(kind, f.id).toBe('talk');
      if (kind === 'talk') expect(['presentation', 'derived'], f.id).toContain(f.status);
    }
  });

  it('gives every derived figure its formula', () => {
    for (const f of figures.filter((x) => x.status === 'derived')) expect(f.formula, f.id).toBeTruthy();
  });

  it('headline comparisons point at rate figures of the same measure and time point', () => {
    for (const s of e.studies.values()) {
      if (!s.headline) continue;
      const a = e.figures.get(s.headline.intervention)!;
      const b = e.figures.get(s.headline.control)!;
      expect(a.unit, s.key).toBe('percent');
      expect(b.measure, s.key).toBe(a.measure);
      expect(b.timepoint, s.key).toBe(a.timepoint);
    }
  });
});
