/**
 * The chart palette stays readable for colour-blind readers and in both themes: the two arm
 * colours remain clearly different under simulated protanopia, deuteranopia and tritanopia,
 * and every mark colour has at least 3:1 contrast (WCAG 1.4.11) on the light and dark pages.
 */
import { describe, expect, it } from 'vitest';
import { THEME_NAMES, pageColours, palette } from '../../src/styles/tokens.ts';
import { DICHROMACY, contrastRatio, deltaE, hexToRgb, simulate } from '../support/color-vision.ts';

/** The page backgrounds the marks are drawn on, from the same tokens the CSS is written from. */
const BACKGROUNDS = Object.fromEntries(THEME_NAMES.map((theme) => [theme, pageColours[theme].bg]));
/**
 * CIE76 ΔE between simulated colours. Palette tools (Viz Palette, chroma.js) flag pairs below
 * about 10 as hard to tell apart for small marks; 12 keeps a margin. Charts also name every
 * series in words, so colour is never the only cue.
 */
const MIN_DELTA_E = 12;
// Keys may share a colour on purpose (the same meaning in different charts): compare colours, not keys.
const series = [
  ...new Map(
    Object.entries(palette)
      .filter(([key]) => key !== 'neutral')
      .map(([k, c]) => [c.toLowerCase(), k]),
  ).entries(),
].map(([c, k]) => [k, c] as const);
const pairs = series.flatMap(([a, ca], i) => series.slice(i + 1).map(([b, cb]) => [a, ca, b, cb] as const));

describe('palette', () => {
  it('has at least two series colours to compare', () => {
    expect(pairs.length).toBeGreaterThan(0);
  });

  describe.each(Object.entries(DICHROMACY))('under %s', (_name, matrix) => {
    it.each(pairs)('%s (%s) and %s (%s) stay distinct', (_a, ca, _b, cb) => {
      const d = deltaE(simulate(hexToRgb(ca), matrix), simulate(hexToRgb(cb), matrix));
      expect(d).toBeGreaterThanOrEqual(MIN_DELTA_E);
    });
  });

  describe.each(Object.entries(BACKGROUNDS))('on the %s page', (_theme, background) => {
    it.each(Object.entries(palette))('%s (%s) has at least 3:1 contrast', (_key, colour) => {
      expect(contrastRatio(hexToRgb(colour), hexToRgb(background))).toBeGreaterThanOrEqual(3);
    });
  });

  it('the simulation itself can fail: red and green collapse under deuteranopia', () => {
    const d = deltaE(simulate(hexToRgb('#d62728'), DICHROMACY.deuteranopia), simulate(hexToRgb('#2ca02c'), DICHROMACY.deuteranopia));
    expect(d).toBeLessThan(MIN_DELTA_E);
  });
});
