/**
 * The colours of a download (standalone SVG, PNG, PPTX) in a theme, from the design tokens
 * (src/styles/tokens.ts): the same colours the page's CSS custom properties are written from.
 */
import { HALO, pageColours, type PageColour, type Theme } from '../styles/tokens.ts';

export type { Theme } from '../styles/tokens.ts';

/** The few page colours a download uses, by the role they play in it. */
export interface ExportColours {
  background: string;
  text: string;
  muted: string;
  rule: string;
}

const colours = (theme: Theme): ExportColours => {
  const c = pageColours[theme];
  return { background: c.bg, text: c.fg, muted: c.muted, rule: c.rule };
};

export const THEMES: Record<Theme, ExportColours> = { light: colours('light'), dark: colours('dark') };

/**
 * Custom properties a chart may use that are not page colours of the same name: the halo
 * behind chart labels is the page background.
 */
const ALIASES: Record<string, PageColour> = { 'chart-background': 'bg', 'plot-background': 'bg' };

/** The literal colour of a custom property (`--muted`) in a theme; unknown names take the text colour, as currentColor would. */
function variableColour(name: string, theme: Theme): string {
  const key = name.replace(/^--/, '');
  const token = (ALIASES[key] ?? key) as PageColour;
  return pageColours[theme][token] ?? pageColours[theme].fg;
}

/**
 * currentColor and var(--…) in one attribute or style value, made literal: a download has no
 * stylesheet to resolve them. The page draws charts with both so that one drawing serves both
 * themes; the values they resolve to are the tokens the page's CSS is written from.
 */
export function literalColours(value: string, theme: Theme): string {
  return value
    .replace(/var\(\s*(--[\w-]+)\s*(?:,[^()]*(?:\([^()]*\)[^()]*)*)?\)/g, (_m, name: string) => variableColour(name, theme))
    .replace(/currentcolor/gi, THEMES[theme].text);
}

/** A stroke in the halo colour the charts draw with becomes the theme's background, as the page's CSS does. */
export function haloColour(stroke: string, theme: Theme): string | undefined {
  return stroke.trim().toLowerCase() === HALO ? THEMES[theme].background : undefined;
}
