/**
 * The part of opentype.js (MIT; it ships no types of its own) that outline.ts uses: parse a
 * font, lay out a run of text with its kerning and ligatures, and get its outline as SVG path data.
 */
declare module 'opentype.js/dist/opentype.mjs' {
  export interface RenderOptions {
    kerning?: boolean;
  }
  export interface PathCommand {
    type: string;
    x?: number;
    y?: number;
    x1?: number;
    y1?: number;
    x2?: number;
    y2?: number;
  }
  export interface Glyph {
    index: number;
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Position {
    getDefaultScriptName(): string;
    getKerningTables(script: string, language?: string): unknown;
    getKerningValue(tables: unknown, left: number, right: number): number;
  }
  export interface Path {
    commands: PathCommand[];
    toPathData(options?: { decimalPlaces?: number; flipY?: boolean } | number): string;
  }
  export interface Font {
    unitsPerEm: number;
    position: Position;
    stringToGlyphs(text: string): Glyph[];
    getKerningValue(left: Glyph, right: Glyph): number;
    charToGlyphIndex(char: string): number;
    getPath(text: string, x: number, y: number, fontSize: number, options?: RenderOptions): Path;
    getAdvanceWidth(text: string, fontSize: number, options?: RenderOptions): number;
  }
  export function parse(buffer: ArrayBuffer | Uint8Array): Font;
}
