/**
 * The site's design tokens, ONE source for every colour a reader sees: the page's CSS custom
 * properties are generated from this module at build time (src/styles/tokens-css.ts, written to
 * the uncommitted src/styles/tokens.generated.css by src/integrations/design-tokens.ts), the downloads (standalone SVG, PNG, PPTX)
 * take their literal colours from it, and the tests check contrast against it. No hex colour is
 * written anywhere else in src/ (tests/unit/tokens.test.ts enforces that).
 *
 * Plain data with no imports, so the Vite plugin that writes the CSS can load it as it is.
 */

export const THEME_NAMES = ['light', 'dark'] as const;
export type Theme = (typeof THEME_NAMES)[number];

/**
 * Colours of the page, per theme. Each name becomes a custom property `--<name>` whose value is
 * `light-dark(<light>, <dark>)`, so it follows the reader's colour scheme (or the theme chosen
 * with data-theme on <html>). The dark set is typed by the light one: a colour missing from one
 * theme fails the type check.
 */
const light = {
  /** Page background. */
  bg: '#ffffff',
  /** Body text (contrast with bg, surface and mark: tests/unit/tokens.test.ts). */
  fg: '#1a1d21',
  /** Secondary text (notes, sources, footer): at least 4.5:1 on bg and surface. */
  muted: '#4a5058',
  /** Hairlines: borders, table rules, dividers. */
  rule: '#d5d9de',
  /** Cards and code boxes, a step off the background. */
  surface: '#f4f6f8',
  link: '#0a58a8',
  /** Keyboard focus ring: at least 3:1 on bg (WCAG 2.4.13). */
  focus: '#b35900',
  /** Text on the status badges (the badge colours below are all pale in both themes). */
  'badge-fg': '#1a1d21',
  'badge-published': '#d9ecdf',
  'badge-registry': '#dfe7f5',
  'badge-presentation': '#f8e3c8',
  'badge-grey': '#e6e6e6',
  'badge-derived': '#ece0f5',
  /** Search hits highlighted in their excerpt (<mark>), under fg text. */
  mark: '#fff1a8',
};
export type PageColour = keyof typeof light;

const dark: Record<PageColour, string> = {
  bg: '#111418',
  fg: '#e8eaed',
  muted: '#b4bac2',
  rule: '#3a4048',
  surface: '#1b1f25',
  link: '#8ab4f8',
  focus: '#ffb870',
  'badge-fg': '#111418',
  'badge-published': '#9fd3ad',
  'badge-registry': '#aac4ee',
  'badge-presentation': '#f3c58a',
  'badge-grey': '#c9c9c9',
  'badge-derived': '#d4b8ea',
  mark: '#5c4d00',
};

export const pageColours: Record<Theme, Record<PageColour, string>> = { light, dark };

/**
 * Chart mark colours, the same in both themes (literal hex, so the same colours reach the page,
 * the standalone SVG and the PNG, where CSS variables and currentColor do not exist). From the
 * Okabe–Ito set, which stays distinct under protanopia, deuteranopia and tritanopia; each has at
 * least 3:1 contrast against both page backgrounds (WCAG 1.4.11; tests/unit/palette.test.ts).
 * Charts also label the arms in words, so colour is never the only cue.
 */
export const palette = {
  /** The IPS (intervention) arm. Okabe–Ito blue. */
  intervention: '#0072B2',
  /** The comparison arm. Okabe–Ito vermillion. */
  control: '#D55E00',
  /** Estimates about unemployment and health (unemployed against a comparison group). Okabe–Ito
   *  reddish purple: 3.06:1 on the light page, 6.03:1 on the dark. */
  unemployment: '#CC79A7',
  /** Parts of a whole that are not trial arms (groups of participants: diagnoses, work status,
   *  baseline characteristics). Okabe–Ito bluish green: 3.42:1 light, 5.40:1 dark. */
  groupA: '#009E73',
  /** Second group of a part-to-whole chart. Okabe–Ito reddish purple (as `unemployment`). */
  groupB: '#CC79A7',
  /** Third group of a part-to-whole chart, only on charts without an IPS arm. Okabe–Ito blue. */
  groupC: '#0072B2',
  /** Connectors and reference lines; drawn in the text colour at reduced opacity. */
  neutral: '#8a8f98',
} as const;
export type PaletteKey = keyof typeof palette;

/**
 * The colour Plot's marks draw their halo in (a ring around dots, gaps between stacked bars), as
 * the charts write it. On a page the CSS repaints it in the page background; a download swaps it
 * for the theme's background.
 */
export const HALO = 'white';

/** A QR code is dark on light whatever the theme: phones read dark-on-light codes most reliably. */
export const qrColours = { dark: '#000000', light: '#ffffff' } as const;

/** Measures and type that are not colours: custom properties `--<name>`. */
export const typeAndSpace = {
  /** The longest line of running text: about 70 characters. */
  measure: '42rem',
  /** The page's font stack (downloads embed a font of their own: src/export/font.ts). */
  'font-body': "'Atkinson Hyperlegible Next', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
} as const;
