/**
 * Every UI string exists in both languages and is translated: a Norwegian string equal to its
 * English one is an untranslated string, unless it is listed as rightly the same (names, "IPS").
 */
import { describe, expect, it } from 'vitest';
import { SAME_IN_BOTH_LANGUAGES, fill, strings } from '../../../src/i18n/index.ts';

describe('UI strings', () => {
  it('have the same keys in English and Norwegian', () => {
    expect(Object.keys(strings.nb).sort()).toEqual(Object.keys(strings.en).sort());
  });

  it('are translated: no Norwegian string equals its English one unless whitelisted', () => {
    const same = Object.keys(strings.en).filter(
      (k) => strings.nb[k as keyof typeof strings.nb] === strings.en[k as keyof typeof strings.en] && !SAME_IN_BOTH_LANGUAGES.includes(k as never),
    );
    expect(same, `untranslated: ${same.join(', ')}`).toEqual([]);
  });

  it('are never empty', () => {
    for (const lang of ['en', 'nb'] as const) for (const [k, v] of Object.entries(strings[lang])) expect(v.trim(), `${lang}.${k}`).not.toBe('');
  });

  it('keep their placeholders in translation', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(strings.en) as (keyof typeof strings.en)[]) expect(placeholders(strings.nb[k]), k).toEqual(placeholders(strings.en[k]));
  });

  it('fill placeholders and leave unknown ones alone', () => {
    expect(fill('{n} pages match “{q}”.', { n: 3, q: 'SEED' })).toBe('3 pages match “SEED”.');
    expect(fill('{x} stays', {})).toBe('{x} stays');
  });
});
