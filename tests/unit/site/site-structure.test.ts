/**
 * Releases made before the structure lived in data/ (no topics.yaml, no `page` or `overview`)
 * still load, and their pinned charts show the current overview's trials that they hold.
 */
import { describe, expect, it } from 'vitest';
import { trialHeadlines } from '../../../src/charts/trial-headlines.ts';
import { loadEvidence } from '../../../src/data/load.ts';
import { listReleases } from '../../../src/data/releases.ts';
import { headlineComparisons } from '../../../src/data/evidence.ts';
import { inOverview, trialPages, withStructureOf } from '../../../src/site/site-structure.ts';

const current = loadEvidence();
const overviewNow = headlineComparisons(current, inOverview).map((c) => c.study.key);

describe('the structure of the current data', () => {
  it('declares its topics, trial pages and overview', () => {
    expect(current.structured).toBe(true);
    expect(current.topics.size).toBeGreaterThan(0);
    for (const f of current.figures.values()) expect(current.topics.has(f.topic), f.origin.file).toBe(true);
    expect(overviewNow.length).toBeGreaterThan(0);
    expect(trialPages(current).length).toBeGreaterThan(0);
  });
});

describe.each(listReleases().map((r) => [r.version, r] as const))('release %s', (_, r) => {
  const release = loadEvidence(r.dir);
  const pinned = withStructureOf(release, current);

  it('has topics even without topics.yaml: those of its figure files and studies', () => {
    for (const f of release.figures.values()) expect(release.topics.has(f.topic)).toBe(true);
    for (const s of release.studies.values()) expect(release.topics.has(s.topic)).toBe(true);
  });

  it('shows in its pinned overview the current overview trials it holds, in the same order', () => {
    const held = overviewNow.filter((k) => pinned.studies.get(k)?.headline);
    expect(headlineComparisons(pinned, inOverview).map((c) => c.study.key)).toEqual(
      release.structured ? headlineComparisons(release, inOverview).map((c) => c.study.key) : held,
    );
    expect(trialHeadlines(pinned, 'en').views[0]!.table.rows.length).toBe(headlineComparisons(pinned, inOverview).length);
  });
});
