/**
 * The response headers for static hosts that read `_headers` (Netlify, Cloudflare Pages),
 * written into dist/ after the build from the files the build made.
 *
 * Why generated, and why the rules never overlap: both hosts apply EVERY rule whose pattern
 * matches a request. Cloudflare Pages joins the values of a header set by several matching
 * rules with a comma, and for Content-Security-Policy a comma separates policies, so a page
 * under `/*` and `/embed/*` got two policies and the stricter one (frame-ancestors 'self')
 * stopped every other site from framing an embed. Cloudflare's `! Header` detach line is not
 * understood by Netlify (its parser skips a line without a colon), and Netlify documents no
 * "most specific wins". So the Content-Security-Policy is set by rules whose patterns are
 * disjoint: one rule per top-level folder or file of the build (and per folder or file of each
 * language root, so `/nb/embed/*` is not inside a `/nb/*`). Whatever a host does with several
 * matching rules, every path then gets exactly one policy. Headers that are the same
 * everywhere stay in one `/*` rule. tests/unit/host-headers.test.ts applies both hosts' rules
 * to every file in dist/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGS } from '../i18n/index.ts';
import { CONTENT_SECURITY_POLICY, SEARCH_CONTENT_SECURITY_POLICY } from '../site/security.ts';
import { langDir, presenterFileName } from '../site/urls.ts';

/** Who may frame what: embeds anyone, everything else this site only. */
const FRAME_SELF = "frame-ancestors 'self'";
const FRAME_ANY = 'frame-ancestors *';

export type PathKind = 'page' | 'search' | 'embed' | 'present' | 'asset';

/**
 * The Content-Security-Policy header of each kind of path. The pages carry the same policy as
 * a <meta> (src/site/security.ts); a header adds frame-ancestors, which a <meta> cannot set.
 * The presenter's single-file copy (/present/<id>/<id>-presenter.html) runs one inline script,
 * allowed by its hash, as its own <meta> allows it.
 */
export function policies(presenterScriptHash?: string): Record<PathKind, string> {
  const present = presenterScriptHash
    ? CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'sha256-${presenterScriptHash}'`)
    : CONTENT_SECURITY_POLICY;
  return {
    page: `${CONTENT_SECURITY_POLICY}; ${FRAME_SELF}`,
    asset: `${CONTENT_SECURITY_POLICY}; ${FRAME_SELF}`,
    search: `${SEARCH_CONTENT_SECURITY_POLICY}; ${FRAME_SELF}`,
    embed: `${CONTENT_SECURITY_POLICY}; ${FRAME_ANY}`,
    present: `${present}; ${FRAME_SELF}`,
  };
}

/** Headers every response gets. */
export const COMMON_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Hashed file names never change: cache them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** What a top-level entry of a language root is, by its name. */
function kindOf(name: string): PathKind {
  if (name === 'embed') return 'embed';
  if (name === 'present') return 'present';
  if (name === 'search') return 'search';
  // Pagefind's script and WebAssembly: a worker, if one runs, gets its policy from this header.
  if (name === 'pagefind') return 'search';
  if (name === '_astro') return 'asset';
  return 'page';
}

export interface HeaderRule {
  pattern: string;
  headers: Array<readonly [string, string]>;
}

/** Files the host reads itself and never serves. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/**
 * Scripts at the root (theme.js, embed-resize.js) get no rule: a policy sent with a script file
 * has no effect (it governs documents and workers, and these are neither). That also keeps
 * /embed-resize.js out of trouble on Netlify, whose `/embed/*` matches any path that starts
 * with "/embed" (its pattern is ^/embed/?(.*)/?$).
 */
export const isScript = (name: string) => /\.m?js$/.test(name);

/**
 * The rules for a build: `/*` with the common headers, then one Content-Security-Policy rule
 * per entry. `entries(dir)` lists a folder of dist/ ('' is its root) as names, folders ending '/'.
 */
export function headerRules(entries: (dir: string) => string[], base: string, presenterScriptHash?: string): HeaderRule[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  const csp = policies(presenterScriptHash);
  const rules: HeaderRule[] = [{ pattern: `${b}*`, headers: [...COMMON_HEADERS] }];
  const add = (pattern: string, kind: PathKind) => {
    const headers: Array<readonly [string, string]> = [['Content-Security-Policy', csp[kind]]];
    if (pattern === `${b}_astro/*`) headers.push(['Cache-Control', IMMUTABLE]);
    rules.push({ pattern, headers });
  };
  const languageRoots = new Set<string>(LANGS.map(langDir).filter(Boolean));
  const visit = (dir: string) => {
    // The folder itself ('/', '/nb/'): its index.html.
    add(`${b}${dir}`, 'page');
    const names = entries(dir).sort();
    for (const entry of names) {
      if (dir === '' && HOST_FILES.has(entry)) continue;
      if (entry === 'index.html' || isScript(entry)) continue;
      // Netlify's `/x/*` also matches /x-y and /xy: two rules, two policies. Stop the build.
      const folder = entry.endsWith('/') ? entry.slice(0, -1) : undefined;
      const shadowed = folder && names.find((n) => n !== entry && n.startsWith(folder) && !isScript(n));
      if (shadowed) {
        throw new Error(
          `_headers: /${dir}${entry}* would also match /${dir}${shadowed} on Netlify, giving it two Content-Security-Policies; rename one of them.`,
        );
      }
      if (dir === '' && languageRoots.has(entry)) visit(entry);
      else if (entry.endsWith('/')) add(`${b}${dir}${entry}*`, kindOf(entry.slice(0, -1)));
      else add(`${b}${dir}${entry}`, 'page');
    }
  };
  visit('');
  return rules;
}

/** The `_headers` file: a comment, then each rule as a path line and indented headers. */
export function headersFile(rules: readonly HeaderRule[]): string {
  const intro = [
    '# Response headers for static hosts that read this file (Netlify, Cloudflare Pages), written by',
    '# src/integrations/host-headers.ts after each build. Every path matches exactly one rule that sets a',
    '# Content-Security-Policy (both hosts apply all matching rules, and two policies would both be',
    '# enforced): /embed/ may be framed by any site, everything else only by this one.',
  ];
  const body = rules.map((r) => [r.pattern, ...r.headers.map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
  return `${[...intro, '', ...body].join('\n')}\n`;
}

/** The sha256 (base64) of the presenter single-file's inline script, as its <meta> names it. */
function presenterScriptHash(dist: string): string | undefined {
  const dir = path.join(dist, 'present');
  if (!existsSync(dir)) return undefined;
  for (const chart of readdirSync(dir)) {
    const file = path.join(dir, chart, presenterFileName(chart));
    if (!existsSync(file)) continue;
    const m = /<script>([\s\S]*?)<\/script><\/body>/.exec(readFileSync(file, 'utf8'));
    if (m) return createHash('sha256').update(m[1]!).digest('base64');
  }
  return undefined;
}

const listDir = (dist: string) => (dir: string) =>
  readdirSync(path.join(dist, dir)).map((name) => (statSync(path.join(dist, dir, name)).isDirectory() ? `${name}/` : name));

/** Writes dist/_headers. Listed last among the integrations, so it sees every file the others wrote. */
export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'ips-host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const rules = headerRules(listDir(dist), base, presenterScriptHash(dist));
        writeFileSync(path.join(dist, '_headers'), headersFile(rules));
        logger.info(`_headers: ${rules.length} rules`);
      },
    },
  };
}
