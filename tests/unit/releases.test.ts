/**
 * Released data versions never change, and the working data cannot drift from its version:
 * data/ either equals its released copy byte for byte, or carries a newer version number.
 */
import { describe, expect, it } from 'vitest';
import { dataDirectory, readEvidence } from '../../src/data/load.ts';
import { compareVersions, contentHash, listReleases, readManifest } from '../../src/data/releases.ts';

const releases = listReleases();
const manifest = readManifest();

describe('data releases', () => {
  it('there is at least one', () => {
    expect(releases.length).toBeGreaterThan(0);
  });

  it.each(releases.map((r) => [r.version, r] as const))('%s is unchanged since it was released (sha256)', (version, r) => {
    expect(manifest[version], `data/releases/manifest.json has no entry for ${version}`).toBeDefined();
    expect(contentHash(r.dir)).toBe(manifest[version]!.sha256);
  });

  it.each(releases.map((r) => [r.version, r] as const))('%s is valid data of its own version', (version, r) => {
    expect(readEvidence(r.dir).release.version).toBe(version);
  });

  it('every manifest entry has its folder', () => {
    expect(Object.keys(manifest).sort(compareVersions)).toEqual(releases.map((r) => r.version));
  });

  it('data/ equals its release, or has a newer version than every release', () => {
    const current = readEvidence(dataDirectory()).release.version;
    const latest = releases.at(-1)!;
    if (current === latest.version) expect(contentHash(dataDirectory()), 'data/ changed: bump data/release.yaml').toBe(manifest[current]!.sha256);
    else expect(compareVersions(current, latest.version)).toBeGreaterThan(0);
  });
});
