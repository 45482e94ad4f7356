/**
 * The site's typeface on the web: Atkinson Hyperlegible Next (Braille Institute, SIL OFL 1.1),
 * the face the downloads already embed (src/export/font.ts), self-hosted as WOFF2 subsets of the
 * characters the site writes in: Latin with Norwegian æ ø å, typographic punctuation, arrows and
 * the few maths signs (− × ± ≤ ≥ τ). About 9 KB a weight; a character outside the subset falls
 * back, per character, to the next face of the stack.
 *
 * The WOFF2 files are made from the npm package's TTFs whenever the build starts (as the design
 * tokens are), into src/styles/fonts/ (not committed), and src/styles/fonts.css points at them,
 * so Vite gives them hashed names under the base path like any other asset.
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

/** Code point ranges kept (inclusive), the same as the @font-face unicode-range in fonts.css. */
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
  return {
    name: 'ips-web-fonts',
    buildStart: () => writeWebFonts(),
    configureServer: () => writeWebFonts(),
  };
}
