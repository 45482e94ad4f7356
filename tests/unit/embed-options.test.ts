/**
 * The embed's URL options (src/site/embed-options.ts), tried with 10,000 generated queries each
 * (fast-check, a fixed seed: a failure prints the query that reproduces it, shrunk). Hostile
 * values — markup, quotes, escapes, control and bidi characters, huge and numeric-looking strings,
 * prototype keys — are ignored and never come back out; valid ones are read exactly. The browser
 * still loads a handful of hostile URLs for real (tests/e2e/embed.spec.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, OPTION_NAMES, parseEmbedOptions, THEMES } from '../../src/site/embed-options.ts';

const RUNS = { numRuns: 10_000, seed: 20261124 };
/** Generous: 10,000 cases take a second or two alone, longer on a busy machine. */
const SLOW = { timeout: 120_000 };

/** A plain check (vitest's expect is slow inside 10,000 runs); fast-check reports the input. */
function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}
const FLAGS_ON = ['1', 'true', 'show', 'yes'];
const FLAGS_OFF = ['0', 'false', 'hide', 'no'];
const VALID = new Set<string>([...THEMES, ...LANGS, ...FLAGS_ON, ...FLAGS_OFF]);

const hostilePiece = fc.constantFrom(
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'",
  '"',
  '\\',
  '\u0000',
  '\n',
  '&amp;',
  '#x',
  '../',
  'javascript:',
  '💥',
  'dark',
  'nb',
  '1',
  '-1',
  '1e9',
  'NaN',
  ' ',
  '\u202e',
  '{{x}}',
  '${x}',
  '%00',
  '%0a',
  '__proto__',
  'constructor',
  '0x1',
  '١',
);
/** Anything a URL can carry: hostile pieces, any unicode, long runs. */
const anyValue = fc.oneof(
  fc.array(hostilePiece, { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ maxLength: 600 }),
  fc.integer().map(String),
  fc.double().map(String),
);
const key = fc.oneof(fc.constantFrom(...OPTION_NAMES, 'x', '__proto__', 'constructor', 'theme[]', 'Theme', ''), fc.string({ maxLength: 12 }));

describe('parseEmbedOptions', () => {
  it('never throws, never returns a value outside its options, and reports names, not values (10,000 queries)', SLOW, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, anyValue), { maxLength: 6 }), fc.integer({ min: 0, max: 12 }), (pairs, stepCount) => {
        const query = `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
        const o = parseEmbedOptions(query, stepCount);
        if (o.theme.kind === 'valid') check((THEMES as readonly string[]).includes(o.theme.value), `theme ${o.theme.value}`);
        if (o.lang.kind === 'valid') check((LANGS as readonly string[]).includes(o.lang.value), `lang ${o.lang.value}`);
        if (o.step.kind === 'valid') {
          const n = o.step.value;
          check(Number.isInteger(n) && n >= 1 && n <= Math.max(stepCount, 1), `step ${n} of ${stepCount}`);
        }
        for (const name of o.ignored) check([...OPTION_NAMES, 'an unknown option'].includes(name), `reported ${JSON.stringify(name)}`);
        // Nothing the query carried comes back out, unless it is itself a valid value.
        const out = JSON.stringify(o);
        for (const [, v] of pairs) if (v.length > 3 && !VALID.has(v) && !/^\d+$/.test(v)) check(!out.includes(v), `reflected ${JSON.stringify(v)}`);
        // Every unknown key is reported as ignored.
        const unknown = pairs.filter(([k]) => !(OPTION_NAMES as readonly string[]).includes(k)).length;
        check(o.ignored.filter((n) => n === 'an unknown option').length === unknown, `${unknown} unknown keys, reported ${o.ignored}`);
      }),
      RUNS,
    );
  });

  it('reads each option as valid, invalid or missing exactly as given (10,000 queries)', SLOW, () => {
    type Choice = { kind: 'missing' } | { kind: 'valid'; raw: string } | { kind: 'invalid'; raw: string };
    const choice = (valid: fc.Arbitrary<string>, isValid: (s: string) => boolean): fc.Arbitrary<Choice> =>
      fc.oneof(
        fc.constant<Choice>({ kind: 'missing' }),
        valid.map((raw): Choice => ({ kind: 'valid', raw })),
        anyValue.filter((v) => !isValid(v)).map((raw): Choice => ({ kind: 'invalid', raw })),
      );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((steps) =>
          fc.record({
            steps: fc.constant(steps),
            theme: choice(fc.constantFrom(...THEMES), (s) => (THEMES as readonly string[]).includes(s)),
            lang: choice(fc.constantFrom(...LANGS), (s) => (LANGS as readonly string[]).includes(s)),
            step: choice(fc.integer({ min: 1, max: steps }).map(String), (s) => /^\d{1,3}$/.test(s) && Number(s) >= 1 && Number(s) <= steps),
            controls: choice(fc.constantFrom(...FLAGS_ON, ...FLAGS_OFF), (s) => VALID.has(s) && [...FLAGS_ON, ...FLAGS_OFF].includes(s)),
          }),
        ),
        (c) => {
          const given = OPTION_NAMES.flatMap((name) => {
            const ch = c[name];
            return ch.kind === 'missing' ? [] : [`${name}=${encodeURIComponent(ch.raw)}`];
          });
          const o = parseEmbedOptions(`?${given.join('&')}`, c.steps);
          for (const name of OPTION_NAMES) check(o[name].kind === c[name].kind, `${name}: ${o[name].kind}, expected ${c[name].kind}`);
          const value = (p: { kind: string; value?: unknown }) => (p.kind === 'valid' ? p.value : undefined);
          if (c.theme.kind === 'valid') check(value(o.theme) === c.theme.raw, 'theme value');
          if (c.lang.kind === 'valid') check(value(o.lang) === c.lang.raw, 'lang value');
          if (c.step.kind === 'valid') check(value(o.step) === Number(c.step.raw), 'step value');
          if (c.controls.kind === 'valid') check(value(o.controls) === FLAGS_ON.includes(c.controls.raw), 'controls value');
          const expected = OPTION_NAMES.filter((n) => c[n].kind === 'invalid');
          check(JSON.stringify([...o.ignored].sort()) === JSON.stringify([...expected].sort()), `ignored ${o.ignored}, expected ${expected}`);
        },
      ),
      RUNS,
    );
  });

  it('examples', () => {
    expect(parseEmbedOptions('?theme=dark&step=2&controls=0&lang=nb', 3)).toEqual({
      theme: { kind: 'valid', value: 'dark' },
      lang: { kind: 'valid', value: 'nb' },
      step: { kind: 'valid', value: 2 },
      controls: { kind: 'valid', value: false },
      ignored: [],
    });
    expect(parseEmbedOptions('?step=4', 3).step).toEqual({ kind: 'invalid' });
    expect(parseEmbedOptions(`?lang=${'x'.repeat(5000)}`, 3).ignored).toEqual(['lang']);
    expect(parseEmbedOptions('?step=1e3&x=<b>', 3).ignored).toEqual(['step', 'an unknown option']);
    expect(parseEmbedOptions('', 0)).toEqual({
      theme: { kind: 'missing' },
      lang: { kind: 'missing' },
      step: { kind: 'missing' },
      controls: { kind: 'missing' },
      ignored: [],
    });
  });
});
