/**
 * Advance widths from a TrueType/OpenType font file, so exported SVGs can wrap their title,
 * summary and source lines with the very font they embed (SVG text does not wrap itself).
 * Reads only what measuring needs: `head` (units per em), `hhea` + `hmtx` (advances) and
 * `cmap` (characters to glyphs, formats 4 and 12). Kerning is ignored; callers leave a margin.
 */

export interface FontMetrics {
  unitsPerEm: number;
  /** Width of `text` at `size` px, in px. */
  width(text: string, size: number): number;
  /** Whether the font draws this character (else a renderer falls back or draws a box). */
  has(codePoint: number): boolean;
}

export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(bytes[rec]!, bytes[rec + 1]!, bytes[rec + 2]!, bytes[rec + 3]!);
    tables.set(tag, view.getUint32(rec + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`The font has no "${tag}" table.`);
    return offset;
  };

  const unitsPerEm = view.getUint16(table('head') + 18);
  const numberOfHMetrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advance = (glyph: number): number => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  const glyphOf = readCmap(view, table('cmap'));
  const cache = new Map<number, number>();
  const advanceOf = (codePoint: number): number => {
    let a = cache.get(codePoint);
    if (a === undefined) {
      a = advance(glyphOf(codePoint));
      cache.set(codePoint, a);
    }
    return a;
  };

  return {
    unitsPerEm,
    width(text: string, size: number): number {
      let units = 0;
      for (const ch of text) units += advanceOf(ch.codePointAt(0)!);
      return (units / unitsPerEm) * size;
    },
    has: (codePoint) => glyphOf(codePoint) !== 0,
  };
}

/** A code point → glyph id lookup from the best Unicode subtable (format 12, else 4). */
function readCmap(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const sub = cmap + view.getUint32(rec + 4);
    const format = view.getUint16(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 ??= sub;
    if (format === 4) format4 ??= sub;
  }
  if (format12 !== undefined) {
    const sub = format12;
    const groups = view.getUint32(sub + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = sub + 16 + mid * 12;
        const start = view.getUint32(g);
        const end = view.getUint32(g + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return view.getUint32(g + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (format4 !== undefined) {
    const sub = format4;
    const segCount = view.getUint16(sub + 6) / 2;
    const endCodes = sub + 14;
    const startCodes = endCodes + segCount * 2 + 2;
    const idDeltas = startCodes + segCount * 2;
    const idRangeOffsets = idDeltas + segCount * 2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let i = 0; i < segCount; i++) {
        if (cp > view.getUint16(endCodes + i * 2)) continue;
        const start = view.getUint16(startCodes + i * 2);
        if (cp < start) return 0;
        const delta = view.getInt16(idDeltas + i * 2);
        const rangeOffsetAt = idRangeOffsets + i * 2;
        const rangeOffset = view.getUint16(rangeOffsetAt);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        const glyph = view.getUint16(rangeOffsetAt + rangeOffset + (cp - start) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  throw new Error('The font has no Unicode character map (cmap format 4 or 12).');
}
