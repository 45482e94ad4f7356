/**
 * The site's typeface on the web: Atkinson Hyperlegible Next (Braille Institute, SIL OFL 1.1),
 * the face the downloads already embed (src/export/font.ts), self-hosted as WOFF2 subsets of the
 * characters the site writes in: Latin with Norwegian æ ø å, typographic punctuation, arrows and
 * the few maths signs (− × ± ≤ ≥ τ). About 9 KB a weight; a character outside the subset falls
 * back, per character, to the next face of the stack.
 *
 * The WOFF2 files are made from the npm package's TTFs whenever the build starts (as the design
 * tokens are), into src/styles/fonts/, with their @font-face rules in src/styles/fonts/fonts.css
 * (none of it committed; global.css imports the CSS), so the unicode-range is written from the
 * same ranges as the subset, and Vite gives the files hashed names under the base path.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

export const WEB_FONTS_DIR = fileURLToPath(new URL('../styles/fonts/', import.meta.url));

const PACKAGE_DIR = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'atkinson-hyperlegible-next');
export const WEB_FONT_FILES = {
  400: { ttf: '400Regular/AtkinsonHyperlegibleNext_400Regular.ttf', woff2: 'atkinson-hyperlegible-next-400.woff2' },
  700: { ttf: '700Bold/AtkinsonHyperlegibleNext_700Bold.ttf', woff2: 'atkinson-hyperlegible-next-700.woff2' },
} as const;

/** Code point ranges kept (inclusive): the subset, and the @font-face unicode-range. */
export const WEB_FONT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x17f], // Latin-1 Supplement, Latin Extended-A (æ ø å é ü, ², «», ·, ×)
  [0x3c4, 0x3c4], // τ (τ², between-trial variance)
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus
  [0x2264, 0x2265], // ≤ ≥
];

const subsetText = (): string =>
  WEB_FONT_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/** The @font-face rules: text shows at once in the next face of the stack and swaps when the font arrives. */
export function fontFaceCss(): string {
  const range = WEB_FONT_RANGES.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');
  const rules = Object.entries(WEB_FONT_FILES).map(
    ([weight, { woff2 }]) =>
      `@font-face {\n  font-family: 'Atkinson Hyperlegible Next';\n  font-style: normal;\n  font-weight: ${weight};\n  font-display: swap;\n  src: url('./${woff2}') format('woff2');\n  unicode-range: ${range};\n}\n`,
  );
  return `/* Written by src/integrations/web-fonts.ts; do not edit. */\n${rules.join('')}`;
}

function writeFontFaceCss(dir = WEB_FONTS_DIR): void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'fonts.css');
  const css = fontFaceCss();
  if (!existsSync(file) || readFileSync(file, 'utf8') !== css) writeFileSync(file, css);
}

/** Writes each weight's WOFF2 subset unless it is already newer than its TTF. */
export async function writeWebFonts(dir = WEB_FONTS_DIR): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const { ttf, woff2 } of Object.values(WEB_FONT_FILES)) {
    const source = path.join(PACKAGE_DIR, ttf);
    const target = path.join(dir, woff2);
    if (!existsSync(source))
      throw new Error(`The web font's source is missing (${source}): run \`npm install\` (@expo-google-fonts/atkinson-hyperlegible-next).`);
    if (existsSync(target) && statSync(target).mtimeMs >= statSync(source).mtimeMs) continue;
    writeFileSync(target, await subsetFont(readFileSync(source), subsetText(), { targetFormat: 'woff2' }));
  }
}

export function webFonts(): Plugin {
  // The CSS at once (Vite reads a stylesheet's @import from disk); the fonts when a build starts.
  writeFontFaceCss();
  return {
    name: 'ips-web-fonts',
    buildStart: () => writeWebFonts(),
    configureServer: () => writeWebFonts(),
  };
}
