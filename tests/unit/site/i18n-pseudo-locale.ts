/**
 * A test-only pseudo-locale: the English messages with every word the messages themselves supply
 * marked and accented ("Total" → "⟦Ťóťáľ⟧"), and every function's output marked the same way
 * around the values it was given (which are data, numbers, or other messages already marked).
 * Text a chart shows in this locale is then either marked, or a value; an unmarked English word
 * came from somewhere other than the messages. Used by i18n-pseudo.test.ts in place of Norwegian.
 */
const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  t: 'ť',
  l: 'ľ',
  r: 'ř',
  z: 'ž',
  d: 'ď',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  Y: 'Ý',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  T: 'Ť',
  L: 'Ľ',
  R: 'Ř',
  Z: 'Ž',
  D: 'Ď',
};

export const OPEN = '⟦';
export const CLOSE = '⟧';

/** A message's own text, marked: only stretches with letters, so "–" or ": " stay as they are. */
export function pseudo(s: string): string {
  return /\p{L}/u.test(s) ? `${OPEN}${s.replace(/[A-Za-z]/g, (c) => ACCENTS[c] ?? c)}${CLOSE}` : s;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function's output, marked except where it shows one of the values it was given. */
export function pseudoAround(out: string, values: readonly string[]): string {
  const vals = [...new Set(values.filter((v) => v.length > 0))].sort((a, b) => b.length - a.length);
  if (vals.length === 0) return pseudo(out);
  const re = new RegExp(vals.map(escape).join('|'), 'g');
  let result = '';
  let last = 0;
  for (const m of out.matchAll(re)) {
    result += pseudo(out.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return result + pseudo(out.slice(last));
}

const SENTINEL = '\u0001value\u0002';

/** The string values among a function's arguments (arrays of strings count item by item). */
const stringsIn = (args: unknown[]): string[] =>
  args.flatMap((a) =>
    typeof a === 'string' ? [a] : Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : typeof a === 'number' ? [String(a)] : [],
  );

/** The pseudo-locale of a message tree (the English one), with the same shape. */
export function pseudoMessages<T>(tree: T): T {
  if (typeof tree === 'string') return pseudo(tree) as T;
  if (typeof tree === 'function') {
    const fn = tree as (...a: unknown[]) => unknown;
    const wrapped = (...args: unknown[]) => {
      const out = fn(...args);
      if (typeof out !== 'string') return pseudoMessages(out);
      // A string argument is a value only if the output shows it; one that only picks a wording
      // (clarity: 'clear') is not, and the word it picks is the message's own, so it is marked.
      const shown = args.filter((a, i) => {
        if (typeof a !== 'string') return true;
        const probe = [...args];
        probe[i] = SENTINEL;
        try {
          return String(fn(...probe)).includes(SENTINEL);
        } catch {
          return true;
        }
      });
      return pseudoAround(out, stringsIn(shown));
    };
    Object.defineProperty(wrapped, 'length', { value: fn.length });
    return wrapped as T;
  }
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, pseudoMessages(v)])) as T;
  return tree;
}

/** Every English word the messages contain: their strings, and the source text of their functions. */
export function vocabulary(tree: unknown, into = new Set<string>()): Set<string> {
  if (typeof tree === 'string' || typeof tree === 'function') {
    for (const w of String(tree).match(/\p{L}+/gu) ?? []) if (w.length >= 2) into.add(w.toLowerCase());
  } else if (tree && typeof tree === 'object') for (const v of Object.values(tree)) vocabulary(v, into);
  return into;
}
