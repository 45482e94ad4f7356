/**
 * The data archive as a ZIP file, written by fflate (deflate, CRC-32 and the PKWARE format are
 * the library's). Deterministic: every entry is dated by the data release (at noon, so no time
 * zone moves the day), so a data version's archive has the same bytes in every build.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  /** Path inside the archive, '/'-separated. */
  name: string;
  data: string | Uint8Array;
}

export function zip(entries: readonly ZipEntry[], isoDate: string): Uint8Array {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const files: Zippable = {};
  for (const entry of entries) {
    if (entry.name in files) throw new Error(`zip: "${entry.name}" is in the archive twice`);
    const data = typeof entry.data === 'string' ? strToU8(entry.data) : new Uint8Array(entry.data);
    // Made on Unix, a regular file rw-r--r--: Info-ZIP's unzip then reads the UTF-8 names as
    // UTF-8 (fflate's default origin, MS-DOS, makes it decode them as code page 437).
    files[entry.name] = [data, { level: 9, mtime, os: 3, attrs: (0o100644 << 16) >>> 0 }];
  }
  return zipSync(files);
}
