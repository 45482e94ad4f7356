/**
 * The standalone SVG for slide tools: every <text> turned into the outline (a <path>) of its
 * glyphs in Atkinson Hyperlegible Next, drawn exactly where the text would be.
 *
 * Why: librsvg (GNOME, many converters), Inkscape and LibreOffice ignore an SVG's embedded
 * @font-face, so they set the text in a fallback font whose wider letters run off the right
 * edge; PowerPoint and Keynote convert SVG text unpredictably too. Outlines look the same
 * everywhere. The text version stays the download for the web (its text can be selected,
 * searched and read aloud); this one keeps the title and summary as <title> and <desc>.
 *
 * Glyphs come from opentype.js (MIT), with the font's kerning and ligatures, as a browser
 * sets them; characters the font lacks (arrows) from DejaVu Sans, as in the PNGs.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
// The ES module build by path: the package's "main" is a UMD bundle without named exports.
import { parse, type Font, type Glyph } from 'opentype.js/dist/opentype.mjs';
import { fontFiles } from './font.ts';

interface Faces {
  regular: Font;
  bold: Font;
  fallback: Font;
  fallbackBold: Font;
}

let faces: Faces | undefined;
function loadFaces(): Faces {
  if (!faces) {
    // fontFiles(): Atkinson 400, Atkinson 700, DejaVu Sans, DejaVu Sans Bold.
    const [regular, bold, fallback, fallbackBold] = fontFiles().map((file) => parse(readFileSync(file)));
    faces = { regular: regular!, bold: bold!, fallback: fallback!, fallbackBold: fallbackBold! };
  }
  return faces;
}

interface Style {
  size: number;
  bold: boolean;
  anchor: 'start' | 'middle' | 'end';
}

/** Runs of text by the font that draws them: Atkinson where it has the glyph, else DejaVu. */
function runs(text: string, bold: boolean): Array<{ font: Font; text: string }> {
  const f = loadFaces();
  const main = bold ? f.bold : f.regular;
  const spare = bold ? f.fallbackBold : f.fallback;
  const out: Array<{ font: Font; text: string }> = [];
  for (const ch of text) {
    const font = ch === ' ' || main.charToGlyphIndex(ch) !== 0 ? main : spare;
    const last = out.at(-1);
    if (last && last.font === font) last.text += ch;
    else out.push({ font, text: ch });
  }
  return out;
}

interface Placed {
  font: Font;
  glyph: Glyph;
  /** Pen position in font units from the line's start. */
  x: number;
}

/**
 * Glyphs of a line with their positions in font units: ligatures from the font's GSUB,
 * kerning from its GPOS (or kern) table, as opentype.js's own layout, but with the kerning
 * tables looked up once per font (its getPath looks them up per call and is 10× slower).
 */
const kerningTables = new Map<Font, unknown>();
function layout(text: string, bold: boolean, unitsPerEm: number): { glyphs: Placed[]; width: number } {
  const glyphs: Placed[] = [];
  let pen = 0;
  for (const run of runs(text, bold)) {
    const font = run.font;
    const scale = unitsPerEm / font.unitsPerEm;
    if (!kerningTables.has(font)) kerningTables.set(font, font.position.getKerningTables(font.position.getDefaultScriptName()));
    const tables = kerningTables.get(font);
    const list = font.stringToGlyphs(run.text);
    list.forEach((glyph, i) => {
      glyphs.push({ font, glyph, x: pen });
      pen += (glyph.advanceWidth ?? 0) * scale;
      const next = list[i + 1];
      if (next) pen += (tables ? font.position.getKerningValue(tables, glyph.index, next.index) : font.getKerningValue(glyph, next)) * scale;
    });
  }
  return { glyphs, width: pen };
}

const UNITS = 1000;
const layoutCache = new Map<string, { glyphs: Placed[]; width: number }>();
function cachedLayout(text: string, bold: boolean) {
  const key = `${bold ? 'b' : 'r'}|${text}`;
  let l = layoutCache.get(key);
  if (!l) {
    l = layout(text, bold, UNITS);
    layoutCache.set(key, l);
  }
  return l;
}

/** Width of a line of text as set (kerning included), in px. */
export function setWidth(text: string, size: number, bold: boolean): number {
  return (cachedLayout(text, bold).width / UNITS) * size;
}

/** A glyph's outline in font units, y up, as a list of commands (cached: digits repeat a lot). */
const outlines = new Map<Glyph, Array<{ type: string; x?: number; y?: number; x1?: number; y1?: number; x2?: number; y2?: number }>>();
function commandsOf(font: Font, glyph: Glyph) {
  let c = outlines.get(glyph);
  if (!c) {
    // getPath(x, y, fontSize) at fontSize = unitsPerEm gives font units with y flipped to SVG's (down).
    c = glyph.getPath(0, 0, font.unitsPerEm).commands;
    outlines.set(glyph, c);
  }
  return c;
}

const n1 = (v: number) => {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};

/** Path data of a line of text whose anchor point is (x, y) on the baseline. */
function linePath(text: string, x: number, y: number, style: Style): string {
  const { glyphs, width } = cachedLayout(text, style.bold);
  const w = (width / UNITS) * style.size;
  const start = style.anchor === 'middle' ? x - w / 2 : style.anchor === 'end' ? x - w : x;
  let d = '';
  for (const g of glyphs) {
    const k = style.size / g.font.unitsPerEm;
    const ox = start + (g.x / UNITS) * style.size;
    const X = (v: number) => n1(ox + v * k);
    const Y = (v: number) => n1(y + v * k);
    for (const c of commandsOf(g.font, g.glyph)) {
      if (c.type === 'M' || c.type === 'L') d += `${c.type}${X(c.x!)} ${Y(c.y!)}`;
      else if (c.type === 'Q') d += `Q${X(c.x1!)} ${Y(c.y1!)} ${X(c.x!)} ${Y(c.y!)}`;
      else if (c.type === 'C') d += `C${X(c.x1!)} ${Y(c.y1!)} ${X(c.x2!)} ${Y(c.y2!)} ${X(c.x!)} ${Y(c.y!)}`;
      else if (c.type === 'Z') d += 'Z';
    }
  }
  return d;
}

/** SVG's default white-space handling: newlines dropped, tabs to spaces, runs of spaces to one, trimmed. */
const collapse = (s: string) => s.replace(/\n/g, '').replace(/\t/g, ' ').replace(/ {2,}/g, ' ').trim();

function length(value: string | null, size: number): number {
  if (value === null || value.trim() === '') return 0;
  const v = value.trim();
  return v.endsWith('em') ? parseFloat(v) * size : parseFloat(v) || 0;
}

/** Attributes of a <text> that still apply to its outline. */
const KEEP = ['transform', 'fill', 'fill-opacity', 'opacity', 'stroke', 'stroke-width', 'stroke-linejoin', 'stroke-opacity', 'paint-order', 'class'];

/**
 * `svg` (a standalone chart SVG) with its text as outlines and without the embedded font.
 * Throws if a text is styled in a way it cannot follow (a letter-spacing, a text path).
 */
export function outlineSvg(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement as unknown as Element;
  // The embedded font is no longer used by anything.
  for (const style of Array.from(root.querySelectorAll('style'))) {
    const defs = style.parentElement;
    style.remove();
    if (defs && defs.tagName.toLowerCase() === 'defs' && defs.children.length === 0) defs.remove();
  }
  const walk = (el: Element, inherited: Style) => {
    const size = Number(el.getAttribute('font-size')) || inherited.size;
    const weight = el.getAttribute('font-weight');
    const anchor = el.getAttribute('text-anchor');
    const style: Style = {
      size,
      bold: weight === null ? inherited.bold : weight === 'bold' || Number(weight) >= 600,
      anchor: anchor === 'start' || anchor === 'middle' || anchor === 'end' ? anchor : inherited.anchor,
    };
    if (el.tagName.toLowerCase() === 'text') {
      el.replaceWith(textToPath(doc as unknown as Document, el, style));
      return;
    }
    for (const child of Array.from(el.children)) walk(child, style);
  };
  walk(root, { size: 16, bold: false, anchor: 'start' });
  root.setAttribute('data-text', 'outlines');
  return root.toString() + '\n';
}

function textToPath(doc: Document, text: Element, style: Style): Element {
  if (text.querySelector('textPath') || text.hasAttribute('letter-spacing') || text.hasAttribute('textLength')) {
    throw new Error(`outline: cannot follow the styling of the text "${text.textContent}".`);
  }
  const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
  for (const name of KEEP) {
    const v = text.getAttribute(name);
    if (v !== null) path.setAttribute(name, v);
  }
  // A <title> child is the text's tooltip, not drawn: it goes with the outline.
  for (const title of Array.from(text.children).filter((c) => c.tagName.toLowerCase() === 'title')) {
    title.remove();
    path.appendChild(title);
  }
  const x0 = length(text.getAttribute('x'), style.size) + length(text.getAttribute('dx'), style.size);
  let y = length(text.getAttribute('y'), style.size) + length(text.getAttribute('dy'), style.size);
  const spans = Array.from(text.children).filter((c) => c.tagName.toLowerCase() === 'tspan');
  let d = '';
  if (spans.length === 0) {
    d = linePath(collapse(text.textContent ?? ''), x0, y, style);
  } else {
    // Plot's multi-line text: each <tspan> a line, with its own x and a dy of 1em.
    for (const span of spans) {
      const x = span.getAttribute('x') !== null ? length(span.getAttribute('x'), style.size) : x0;
      if (span.getAttribute('y') !== null) y = length(span.getAttribute('y'), style.size);
      y += length(span.getAttribute('dy'), style.size);
      d += linePath(collapse(span.textContent ?? ''), x, y, style);
    }
  }
  path.setAttribute('d', d || 'M0 0');
  return path;
}
