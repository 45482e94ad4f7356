/**
 * Released data versions. Each release is a frozen copy of data/ in data/releases/<version>/,
 * with its content hash in data/releases/manifest.json, so an embed pinned to a version keeps
 * showing that version's numbers after the data move on (`npm run data:release` makes one).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { dataDirectory } from './load.ts';

export interface Release {
  version: string;
  dir: string;
}

/** The files that make a data version: everything in data/ but the releases themselves and docs. */
export function dataFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      const rel = path.relative(dir, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (rel !== 'releases') walk(full);
      } else if (/\.(ya?ml|csv)$/.test(entry.name)) out.push(rel);
    }
  };
  walk(dir);
  return out;
}

/** sha256 over each data file's path and bytes, in a fixed order: equal hashes, equal data. */
export function contentHash(dir: string): string {
  const hash = createHash('sha256');
  for (const rel of dataFiles(dir)) {
    hash.update(`${rel}\n`);
    hash.update(readFileSync(path.join(dir, rel)));
    hash.update('\n');
  }
  return hash.digest('hex');
}

export const compareVersions = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
};

export function releasesDirectory(dataDir = dataDirectory()): string {
  return path.join(dataDir, 'releases');
}

/** Every released version, oldest first. */
export function listReleases(dataDir = dataDirectory()): Release[] {
  const dir = releasesDirectory(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d+\.\d+\.\d+$/.test(name) && statSync(path.join(dir, name)).isDirectory())
    .sort(compareVersions)
    .map((version) => ({ version, dir: path.join(dir, version) }));
}

export type Manifest = Record<string, { sha256: string; date: string }>;

export function readManifest(dataDir = dataDirectory()): Manifest {
  const file = path.join(releasesDirectory(dataDir), 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : {};
}
