/** The data downloads: CSV quoting, every dataset in both formats, and a ZIP that unzips to the same bytes. */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { archiveName, dataDownloads, datasets, toCsv } from '../../../src/lib/data-export.ts';
import { dataDirectory, loadEvidence } from '../../../src/lib/data/load.ts';
import { crc32, zip } from '../../../src/lib/zip.ts';

/** Reads a ZIP's central directory and inflates every entry, checking each CRC. */
function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(crc32(data), name).toBe(crc);
    out.set(name, data);
    p += 46 + nameLength + extra + comment;
  }
  return out;
}

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('round-trips files, UTF-8 names and is deterministic', () => {
    const entries = [
      { name: 'a/ø.txt', data: 'Søk og finn\n'.repeat(50) },
      { name: 'b.bin', data: new Uint8Array([1, 2, 3]) },
    ];
    const one = zip(entries, '2026-11-24');
    expect(Buffer.from(zip(entries, '2026-11-24')).equals(Buffer.from(one))).toBe(true);
    const files = unzip(one);
    expect(files.get('a/ø.txt')?.toString('utf8')).toBe(entries[0]!.data);
    expect([...files.get('b.bin')!]).toEqual([1, 2, 3]);
  });
});

describe('data downloads', () => {
  const e = loadEvidence();
  const dir = dataDirectory();

  it('quote CSV fields that need it', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x, y', b: 'say "hi"' }, { a: ['p', 'q'], b: undefined }])).toBe('a,b\r\n"x, y","say ""hi"""\r\np; q,\r\n');
  });

  it('offer every dataset as CSV and JSON, and the archive', () => {
    const names = dataDownloads(e, dir).map((f) => f.name);
    for (const d of datasets(e, dir)) {
      expect(names).toContain(`${d.name}.csv`);
      expect(names).toContain(`${d.name}.json`);
    }
    expect(names).toContain(archiveName(e.release.version));
    expect(names).toEqual(expect.arrayContaining(['figures.csv', 'figures.json', 'sources.json', 'studies.json', 'figures-norway.csv']));
  });

  it('keep every figure, with its published precision', () => {
    const all = datasets(e, dir).find((d) => d.name === 'figures')!;
    expect(all.rows.length).toBe(e.figures.size);
    const json = JSON.parse(dataDownloads(e, dir).find((f) => f.name === 'figures.json')!.body as string);
    expect(json.dataVersion).toBe(e.release.version);
    const row = json.rows.find((r: { id: string }) => r.id === 'norway-employment-18m-ips');
    expect(row.value).toBe(37.4);
    expect(row.unit).toBe('percent');
    expect(row.source).toBe('reme-2019');
  });

  it('pack the original data files and the exports in the archive', () => {
    const archive = dataDownloads(e, dir).find((f) => f.name === archiveName(e.release.version))!;
    const files = unzip(archive.body as Uint8Array);
    const folder = `ips-evidence-data-${e.release.version}`;
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([`${folder}/sources.yaml`, `${folder}/release.yaml`, `${folder}/CHANGELOG.md`, `${folder}/figures/norway.csv`, `${folder}/exports/figures.csv`]),
    );
    expect([...files.keys()].some((k) => k.includes('/releases/'))).toBe(false);
  });
});
