/**
 * Freezes the current data/ as a release: `npm run data:release`.
 * Copies the data files to data/releases/<version>/ and records their hash in
 * data/releases/manifest.json. Refuses to overwrite a release: a released version never changes;
 * change the data, bump data/release.yaml, add a CHANGELOG entry, and release again.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDirectory, readEvidence } from '../src/data/load.ts';
import { contentHash, dataFiles, readManifest, releasesDirectory } from '../src/data/releases.ts';

const dataDir = dataDirectory();
const { release } = readEvidence(dataDir); // validates first: only valid data is released
const target = path.join(releasesDirectory(dataDir), release.version);
if (existsSync(target)) {
  console.error(`data ${release.version} is already released (${path.relative(process.cwd(), target)}). Bump data/release.yaml first.`);
  process.exit(1);
}
for (const rel of dataFiles(dataDir)) {
  mkdirSync(path.dirname(path.join(target, rel)), { recursive: true });
  cpSync(path.join(dataDir, rel), path.join(target, rel));
}
const manifest = readManifest(dataDir);
manifest[release.version] = { sha256: contentHash(target), date: release.date };
writeFileSync(path.join(releasesDirectory(dataDir), 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`released data ${release.version}: ${dataFiles(target).length} files, sha256 ${manifest[release.version]!.sha256}`);
