/**
 * Chart colours, as literal hex so the same colours reach the page, standalone SVG and PNG
 * (where CSS variables and currentColor do not exist). From the Okabe–Ito set, which stays
 * distinct under protanopia, deuteranopia and tritanopia; each has at least 3:1 contrast
 * against both the light (#ffffff) and dark (#111418) page backgrounds (WCAG 1.4.11).
 * Charts also label the arms in words, so colour is never the only cue.
 */
export const palette = {
  /** The IPS (intervention) arm. Okabe–Ito blue. */
  intervention: '#0072B2',
  /** The comparison arm. Okabe–Ito vermillion. */
  control: '#D55E00',
  /** Estimates about unemployment and health (unemployed against a comparison group). Okabe–Ito
   *  reddish purple: 3.06:1 on #ffffff, 6.03:1 on #111418. */
  unemployment: '#CC79A7',
  /** Parts of a whole that are not trial arms (groups of participants: diagnoses, work status,
   *  baseline characteristics). Okabe–Ito bluish green: 3.42:1 on #ffffff, 5.40:1 on #111418. */
  groupA: '#009E73',
  /** Second group of a part-to-whole chart. Okabe–Ito reddish purple (as `unemployment`). */
  groupB: '#CC79A7',
  /** Third group of a part-to-whole chart, only on charts without an IPS arm. Okabe–Ito blue. */
  groupC: '#0072B2',
  /** Connectors and reference lines; drawn in the text colour at reduced opacity. */
  neutral: '#8a8f98',
} as const;

export type PaletteKey = keyof typeof palette;
