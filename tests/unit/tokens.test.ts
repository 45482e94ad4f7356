/**
 * The design tokens (src/styles/tokens.ts) are the one source of colour: the page's CSS is
 * written from them, every text colour meets WCAG 2.2 AA against the backgrounds it is used on in
 * both themes, and no colour is typed anywhere else in src/.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokensCss } from '../../src/styles/tokens-css.ts';
import { THEME_NAMES, pageColours, typeAndSpace, type PageColour } from '../../src/styles/tokens.ts';
import { contrastRatio, hexToRgb } from '../support/color-vision.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

/** Text colour, background, and the least contrast WCAG 2.2 AA asks of the pair. */
const PAIRS: Array<[fg: PageColour, bg: PageColour, min: number, why: string]> = [
  ['fg', 'bg', 4.5, 'body text (1.4.3)'],
  ['fg', 'surface', 4.5, 'text on cards and code boxes'],
  ['fg', 'mark', 4.5, 'a search hit highlighted in its excerpt'],
  ['muted', 'bg', 4.5, 'notes, sources, footer'],
  ['muted', 'surface', 4.5, 'notes on cards'],
  ['link', 'bg', 4.5, 'links'],
  ['link', 'surface', 4.5, 'links on cards'],
  ['focus', 'bg', 3, 'the focus ring (1.4.11, 2.4.13)'],
  ['badge-fg', 'badge-published', 4.5, 'status badge'],
  ['badge-fg', 'badge-registry', 4.5, 'status badge'],
  ['badge-fg', 'badge-presentation', 4.5, 'status badge'],
  ['badge-fg', 'badge-grey', 4.5, 'status badge'],
  ['badge-fg', 'badge-derived', 4.5, 'status badge'],
];

describe.each(THEME_NAMES)('the %s theme', (theme) => {
  it.each(PAIRS)('%s on %s has at least %s:1 contrast (%s)', (fg, bg, min) => {
    const c = pageColours[theme];
    expect(contrastRatio(hexToRgb(c[fg]), hexToRgb(c[bg]))).toBeGreaterThanOrEqual(min);
  });

  it('the contrast check itself can fail: muted grey on the surface of the other theme', () => {
    const other = theme === 'light' ? 'dark' : 'light';
    expect(contrastRatio(hexToRgb(pageColours[theme].muted), hexToRgb(pageColours[other].muted))).toBeLessThan(4.5);
  });
});

describe('the generated CSS', () => {
  const css = tokensCss();
  const declared = (name: string) => new RegExp(`--${name}:\\s*([^;]+);`).exec(css)?.[1]?.trim();

  it.each(Object.keys(pageColours.light) as PageColour[])('declares --%s as light-dark(light, dark) from the tokens', (name) => {
    expect(declared(name)).toBe(`light-dark(${pageColours.light[name]}, ${pageColours.dark[name]})`);
  });

  it.each(Object.entries(typeAndSpace))('declares --%s', (name, value) => {
    expect(declared(name)).toBe(value);
  });

  it('prints on white whatever the theme', () => {
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toContain(`--bg: ${pageColours.light.bg};`);
  });
});

/** Every file under a folder, recursively. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const SOURCES = walk(SRC).filter((f) => /\.(ts|astro|css|mjs|js|svg|mdx?)$/.test(f) && !f.endsWith('tokens.generated.css'));

/**
 * A hex colour: `#` and 3, 4, 6 or 8 hex digits, not part of a word or an HTML entity (`&#39;`),
 * and not a URL fragment that happens to be spelt in hex letters (`href="#add"` would be caught:
 * none exists, and one would have to be allow-listed here with its reason).
 */
const HEX = /(?<![&\w])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b/gi;

/** Files that may hold a colour literal, and why. */
const ALLOWED: Record<string, string> = {
  'src/styles/tokens.ts': 'the one source of colour',
};

describe('colour literals', () => {
  it('finds source files to check (the walk works)', () => {
    expect(SOURCES.length).toBeGreaterThan(50);
    expect(SOURCES).toContain(path.join(SRC, 'styles/tokens.ts'));
  });

  it('the pattern catches the colour forms a stylesheet or chart would use', () => {
    for (const s of ['color: #fff;', "fill: '#0072B2'", 'light-dark(#ffffff, #111418)', 'stroke="#abcd"']) expect(s.match(HEX), s).not.toBeNull();
    for (const s of ['&#39;', 'href="#main"', 'issue #12', 'a#b']) expect(s.match(HEX), s).toBeNull();
  });

  it('appear in src/ only in the design tokens', () => {
    const found = SOURCES.flatMap((file) => {
      const rel = path.relative(ROOT, file);
      if (rel in ALLOWED) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.match(HEX) ?? []).map((hex) => `${rel}:${i + 1}: ${hex}`));
    });
    expect(found, 'use a token from src/styles/tokens.ts (a CSS custom property on the page)').toEqual([]);
  });
});

describe('custom properties', () => {
  const declaredAnywhere = new Set(
    [tokensCss(), ...SOURCES.map((f) => readFileSync(f, 'utf8'))].flatMap((text) => [...text.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!)),
  );

  /** Names a component writes from a template (`--embed-${k}-ref:`), as patterns. */
  const declaredPatterns = SOURCES.flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/(--[\w-]*\$\{[^}]+\}[\w-]*)\s*:/g)]
      // `--${name}` (the tokens' own generator) names nothing in particular: its names are checked above.
      .filter((m) => /\w/.test(m[1]!.replace(/\$\{[^}]+\}/g, '')))
      .map(
        (m) =>
          new RegExp(
            `^${m[1]!
              .split(/\$\{[^}]+\}/)
              .map((part) => part.replace(/[-]/g, '\\-'))
              .join('[\\w-]+')}$`,
          ),
      ),
  );
  const isDeclared = (name: string) => declaredAnywhere.has(name) || declaredPatterns.some((re) => re.test(name));

  it('every var(--name) used in src/ is declared (a removed token cannot leave a dangling use)', () => {
    const used = SOURCES.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/var\(\s*(--[\w-]+)\s*(,?)/g)]
        // A use with a fallback (var(--plot-background, white)) is safe undeclared: it is Plot's.
        .filter((m) => m[2] !== ',')
        .map((m) => ({ name: m[1]!, file: path.relative(ROOT, file) })),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(declaredPatterns.length).toBeGreaterThan(0);
    expect(used.filter((u) => !isDeclared(u.name))).toEqual([]);
  });
});
