/**
 * An embed's URL options, parsed without touching the page: `theme`, `lang`, `step`, `controls`.
 * Each is valid, invalid or missing; invalid and unknown ones are ignored, and what is reported
 * about them names the option, never its value (a hostile value must not reach the page or the
 * console). Pure, so every kind of input can be tried in tests (tests/unit/embed-options.test.ts);
 * src/client/embed.ts applies the result.
 */

export type Parsed<T> = { kind: 'valid'; value: T } | { kind: 'invalid' } | { kind: 'missing' };

/** `transparent-dark`: no background, light text, for a dark host page; `transparent-light` the reverse. */
export const THEMES = ['light', 'dark', 'auto', 'transparent', 'transparent-dark', 'transparent-light'] as const;
export type Theme = (typeof THEMES)[number];
export const LANGS = ['en', 'nb'] as const;
export type EmbedLang = (typeof LANGS)[number];
export const OPTION_NAMES = ['theme', 'lang', 'step', 'controls'] as const;

export function oneOf<T extends string>(raw: string | null, allowed: readonly T[]): Parsed<T> {
  if (raw === null) return { kind: 'missing' };
  return (allowed as readonly string[]).includes(raw) ? { kind: 'valid', value: raw as T } : { kind: 'invalid' };
}

export function positiveInt(raw: string | null, max: number): Parsed<number> {
  if (raw === null) return { kind: 'missing' };
  if (!/^\d{1,3}$/.test(raw)) return { kind: 'invalid' };
  const n = Number(raw);
  return n >= 1 && n <= max ? { kind: 'valid', value: n } : { kind: 'invalid' };
}

export function flag(raw: string | null): Parsed<boolean> {
  if (raw === null) return { kind: 'missing' };
  if (['1', 'true', 'show', 'yes'].includes(raw)) return { kind: 'valid', value: true };
  if (['0', 'false', 'hide', 'no'].includes(raw)) return { kind: 'valid', value: false };
  return { kind: 'invalid' };
}

export interface EmbedOptions {
  theme: Parsed<Theme>;
  lang: Parsed<EmbedLang>;
  /** 1-based story step, at most `stepCount` (at least 1). */
  step: Parsed<number>;
  controls: Parsed<boolean>;
  /** One entry per ignored option: its name ('theme', …) or 'an unknown option'. */
  ignored: string[];
}

/** Parses a query string (`location.search`) for a chart whose story has `stepCount` steps. */
export function parseEmbedOptions(search: string, stepCount: number): EmbedOptions {
  const params = new URLSearchParams(search);
  const options = {
    theme: oneOf(params.get('theme'), THEMES),
    lang: oneOf(params.get('lang'), LANGS),
    step: positiveInt(params.get('step'), Math.max(stepCount, 1)),
    controls: flag(params.get('controls')),
  };
  const ignored: string[] = OPTION_NAMES.filter((name) => options[name].kind === 'invalid');
  for (const key of params.keys()) if (!(OPTION_NAMES as readonly string[]).includes(key)) ignored.push('an unknown option');
  return { ...options, ignored };
}
