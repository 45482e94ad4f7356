/**
 * The chart palette, kept at this address for the chart modules that import it. Its one source is
 * the design tokens (src/styles/tokens.ts), which the page's CSS, the downloads and the tests share.
 */
export { palette, type PaletteKey } from './tokens.ts';
