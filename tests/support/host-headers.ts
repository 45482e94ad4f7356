/**
 * What Netlify and Cloudflare Pages send for a path, given a `_headers` file: each host's
 * documented (Cloudflare) or published (Netlify's open-source parser) rules, so a test can ask
 * "how many Content-Security-Policies does /embed/x/ get here?" without deploying.
 *
 * Cloudflare Pages (developers.cloudflare.com/pages/configuration/headers/): a request inherits
 * the headers of EVERY rule whose pattern matches, in file order; a header set by several rules
 * is joined with ", "; a line `! Name` removes what earlier matching rules set. `*` (splat)
 * matches any characters, `:name` one path segment; the rest matches literally, whole path.
 *
 * Netlify (netlify/build packages/headers-parser): a path line starts with "/", a header line
 * needs a colon (so Cloudflare's `! Name` lines are skipped); a pattern becomes
 * ^/<parts>/?$, case-insensitive, a standalone `*` part becoming `?(.*)` (so `/embed/*` matches
 * /embed, /embed/ and /embed-resize.js), `:name` `([^/]+)`. Every matching rule applies; what
 * happens when two of them set the same header is not documented, so both are counted: a
 * response gets one Content-Security-Policy only if one matching rule sets one.
 */

export interface Rule {
  pattern: string;
  /** [name, value] in file order; value undefined for a Cloudflare detach line (`! Name`). */
  lines: Array<[string, string | undefined]>;
}

export function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: line, lines: [] });
      continue;
    }
    const rule = rules[rules.length - 1];
    if (!rule) throw new Error(`_headers: a header line before any path: "${line}"`);
    if (line.startsWith('!')) rule.lines.push([line.slice(1).trim(), undefined]);
    else {
      const i = line.indexOf(':');
      if (i < 0) throw new Error(`_headers: not "Name: value": "${line}"`);
      rule.lines.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function cloudflareMatches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escape(part)))
    .join('');
  return new RegExp(`^${re}$`).test(path);
}

function netlifyMatches(pattern: string, path: string): boolean {
  const parts = pattern
    .split('/')
    .map((p) => p.trimEnd())
    .filter(Boolean)
    .map((p) => (p.startsWith(':') ? '([^/]+)' : p === '*' ? '?(.*)' : p.includes('*') ? p.split('*').map(escape).join('(.*)') : escape(p)));
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu').test(path);
}

export type Host = 'cloudflare' | 'netlify';

/** Every value of a header the host sends for a path: one entry per policy it would enforce. */
export function headerValues(rules: readonly Rule[], host: Host, path: string, name: string): string[] {
  const want = name.toLowerCase();
  let values: string[] = [];
  for (const rule of rules) {
    const matches = host === 'cloudflare' ? cloudflareMatches(rule.pattern, path) : netlifyMatches(rule.pattern, path);
    if (!matches) continue;
    for (const [k, v] of rule.lines) {
      if (k.toLowerCase() !== want) continue;
      if (v === undefined) {
        // Cloudflare detaches what earlier rules set; Netlify skips the line (no colon).
        if (host === 'cloudflare') values = [];
      } else values.push(v);
    }
  }
  return values;
}
