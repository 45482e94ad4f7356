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
  /** Connectors and reference lines; drawn in the text colour at reduced opacity. */
  neutral: '#8a8f98',
} as const;

export type PaletteKey = keyof typeof palette;
