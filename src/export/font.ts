/**
 * The one typeface of every exported chart (standalone SVG and PNG): Atkinson Hyperlegible
 * Next, designed by the Braille Institute for legibility at a distance and for low vision,
 * under the SIL Open Font License 1.1 (so it may be embedded in the files we hand out).
 * It covers Norwegian (æ ø å), the true minus (−), × and the middle dot.
 *
 * The TTF files come from the npm package @expo-google-fonts/atkinson-hyperlegible-next
 * (a dev dependency); resvg cannot read WOFF/WOFF2, and a data: URI of the TTF works in
 * every SVG viewer that honours @font-face. Two weights: 400 for text, 700 for the title
 * and for Plot's 600 labels (CSS font matching picks the next heavier weight).
 *
 * The few characters Atkinson lacks (arrows such as ← →) come, in the PNGs, from DejaVu Sans
 * (npm package dejavu-fonts-ttf, Bitstream Vera licence + public domain), which resvg falls
 * back to per character; a browser showing the SVG falls back to its own sans-serif.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFontMetrics, type FontMetrics } from './ttf-metrics.ts';

export const FONT_FAMILY = 'Atkinson Hyperlegible Next';
/** What SVG text asks for: the embedded face, then any sans-serif. */
export const FONT_STACK = `'${FONT_FAMILY}', sans-serif`;

const PACKAGE = '@expo-google-fonts/atkinson-hyperlegible-next';
const FILES = {
  400: '400Regular/AtkinsonHyperlegibleNext_400Regular.ttf',
  700: '700Bold/AtkinsonHyperlegibleNext_700Bold.ttf',
} as const;
export type FontWeight = keyof typeof FILES;

/** The package's folder; builds and tests run from the project root. */
function packageDir(): string {
  return path.join(process.cwd(), 'node_modules', ...PACKAGE.split('/'));
}

const FALLBACK = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/** Absolute paths of the TTF files, for resvg's `font.fontFiles`: the export font, then the fallback. */
export function fontFiles(): string[] {
  const fallbackDir = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
  return [...Object.values(FILES).map((f) => path.join(packageDir(), f)), ...FALLBACK.map((f) => path.join(fallbackDir, f))];
}

const bytesCache = new Map<FontWeight, Buffer>();
function fontBytes(weight: FontWeight): Buffer {
  let b = bytesCache.get(weight);
  if (!b) {
    const file = path.join(packageDir(), FILES[weight]);
    try {
      b = readFileSync(file);
    } catch {
      throw new Error(`The export font is missing (${file}): run \`npm install\` (it is a dev dependency, ${PACKAGE}).`);
    }
    bytesCache.set(weight, b);
  }
  return b;
}

let css: string | undefined;
/** @font-face rules with the fonts inline (data: URIs), for an SVG's <style>. */
export function fontFaceCss(): string {
  css ??= (Object.keys(FILES) as unknown as FontWeight[])
    .map(
      (w) =>
        `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${w};src:url(data:font/ttf;base64,${fontBytes(w).toString('base64')}) format('truetype');}`,
    )
    .join('');
  return css;
}

const metricsCache = new Map<FontWeight, FontMetrics>();
/** Advance widths of a weight, for wrapping lines. */
export function fontMetrics(weight: FontWeight): FontMetrics {
  let m = metricsCache.get(weight);
  if (!m) {
    m = readFontMetrics(fontBytes(weight));
    metricsCache.set(weight, m);
  }
  return m;
}

const fallbackCache = new Map<FontWeight, FontMetrics>();
/**
 * Advance widths of the fallback face (DejaVu Sans, the widest common sans-serif): the face an
 * SVG viewer that ignores @font-face shows (rsvg-convert, Inkscape, some slide tools). Lines are
 * wrapped to fit in both faces, so no viewer clips them.
 */
export function fallbackFontMetrics(weight: FontWeight): FontMetrics {
  let m = fallbackCache.get(weight);
  if (!m) {
    const file = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', FALLBACK[weight === 700 ? 1 : 0]!);
    m = readFontMetrics(readFileSync(file));
    fallbackCache.set(weight, m);
  }
  return m;
}
