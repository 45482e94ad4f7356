/**
 * dist/_headers (src/integrations/host-headers.ts) under Netlify's and Cloudflare Pages' rules
 * (tests/support/host-headers.ts): every path gets exactly one Content-Security-Policy,
 * embeds may be framed by any site, the rest only by this one. Here on a made-up build; the
 * real build's file is checked the same way in tests/unit/publish-build.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON_HEADERS, headerRules, headersFile, policies } from '../../src/integrations/host-headers.ts';
import { headerValues, parseHeadersFile, type Host } from '../support/host-headers.ts';

const HOSTS: Host[] = ['netlify', 'cloudflare'];

/** A build's folders, as the integration lists them ('' is dist/). */
const TREE: Record<string, string[]> = {
  '': [
    'index.html',
    '404.html',
    '_headers',
    '_redirects',
    '_astro/',
    'charts/',
    'data/',
    'embed/',
    'embed-resize.js',
    'evidence/',
    'nb/',
    'pagefind/',
    'present/',
    'robots.txt',
    'search/',
    'sitemap.xml',
    'theme.js',
    'trials/',
  ],
  'nb/': ['index.html', 'charts/', 'data/', 'embed/', 'evidence/', 'present/', 'search/', 'trials/'],
};
const entries = (dir: string) => TREE[dir] ?? [];

/** One path of each kind, and the frame-ancestors it must carry. */
const PATHS: Array<[string, string]> = [
  ['/', "'self'"],
  ['/evidence/', "'self'"],
  ['/trials/norway/', "'self'"],
  ['/nb/', "'self'"],
  ['/nb/trials/norway/', "'self'"],
  ['/embed/norway-employment/', '*'],
  ['/embed/v1.1.0/norway-employment/', '*'],
  ['/nb/embed/norway-employment/', '*'],
  ['/nb/embed/v1.1.0/norway-employment/', '*'],
  ['/charts/norway-employment/norway-employment.csv', "'self'"],
  ['/charts/norway-employment/norway-employment-slide-dark.png', "'self'"],
  ['/nb/charts/norway-employment/norway-employment.bib', "'self'"],
  ['/data/figures.csv', "'self'"],
  ['/data/ips-evidence-data-1.1.0.zip', "'self'"],
  ['/present/norway-employment/', "'self'"],
  ['/present/norway-employment/norway-employment-presenter.html', "'self'"],
  ['/nb/present/norway-employment/', "'self'"],
  ['/search/', "'self'"],
  ['/404.html', "'self'"],
  ['/robots.txt', "'self'"],
];

const frameAncestors = (csp: string) => /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.trim();

describe('the _headers file written after the build', () => {
  const rules = parseHeadersFile(headersFile(headerRules(entries, '/', 'abc=')));

  it.each(HOSTS)('gives every kind of path exactly one policy on %s, embeds frameable from anywhere', (host) => {
    for (const [path, ancestors] of PATHS) {
      const csp = headerValues(rules, host, path, 'Content-Security-Policy');
      expect(csp, `${host} ${path}`).toHaveLength(1);
      expect(csp[0], `${host} ${path}`).not.toContain(',');
      expect(frameAncestors(csp[0]!), `${host} ${path}`).toBe(ancestors);
      for (const [name, value] of COMMON_HEADERS) expect(headerValues(rules, host, path, name), `${host} ${path} ${name}`).toEqual([value]);
    }
  });

  it('lets the search pages compile WebAssembly and the presenter copy run its one inline script, and no other page', () => {
    const csp = (path: string) => headerValues(rules, 'cloudflare', path, 'Content-Security-Policy')[0]!;
    expect(csp('/search/')).toContain("'wasm-unsafe-eval'");
    expect(csp('/nb/search/')).toContain("'wasm-unsafe-eval'");
    expect(csp('/present/x/x-presenter.html')).toContain("script-src 'self' 'sha256-abc='");
    expect(csp('/evidence/')).not.toMatch(/wasm-unsafe-eval|sha256/);
    expect(csp('/evidence/')).toBe(policies().page);
  });

  it('caches hashed assets for a year, and nothing else', () => {
    expect(headerValues(rules, 'netlify', '/_astro/chart.Ab12.js', 'Cache-Control')).toEqual(['public, max-age=31536000, immutable']);
    expect(headerValues(rules, 'cloudflare', '/evidence/', 'Cache-Control')).toEqual([]);
  });

  it('keeps within Cloudflare Pages limits: 100 rules, 2,000 characters a line', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of headersFile(headerRules(entries, '/', 'abc=')).split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });

  it('puts every rule under the base path', () => {
    const sub = parseHeadersFile(headersFile(headerRules(entries, '/sub/', 'abc=')));
    expect(sub.every((r) => r.pattern.startsWith('/sub/'))).toBe(true);
    expect(headerValues(sub, 'netlify', '/sub/embed/x/', 'Content-Security-Policy').map(frameAncestors)).toEqual(['*']);
    expect(headerValues(sub, 'cloudflare', '/sub/trials/x/', 'Content-Security-Policy').map(frameAncestors)).toEqual(["'self'"]);
  });

  it('stops the build when a folder name starts another name, which Netlify would match twice', () => {
    const clash = (dir: string) => (dir === '' ? ['trials/', 'trials-old/'] : []);
    expect(() => headerRules(clash, '/')).toThrow('_headers: /trials/* would also match /trials-old/ on Netlify');
  });
});

describe('the host models', () => {
  // The file this project shipped before: `/*` and `/embed/*` both set a policy.
  const before = parseHeadersFile(
    "/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\n/embed/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors *\n",
  );

  it.each(HOSTS)('see the two policies an embed got from overlapping rules on %s', (host) => {
    expect(headerValues(before, host, '/embed/x/', 'Content-Security-Policy')).toHaveLength(2);
  });

  it("apply Cloudflare's detach line on Cloudflare only", () => {
    const detached = parseHeadersFile('/*\n  Content-Security-Policy: a\n/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: b\n');
    expect(headerValues(detached, 'cloudflare', '/embed/x/', 'Content-Security-Policy')).toEqual(['b']);
    expect(headerValues(detached, 'netlify', '/embed/x/', 'Content-Security-Policy')).toEqual(['a', 'b']);
  });

  it("match Netlify's patterns as its parser builds them", () => {
    const r = parseHeadersFile('/embed/*\n  X: 1\n');
    expect(headerValues(r, 'netlify', '/embed-resize.js', 'X')).toEqual(['1']);
    expect(headerValues(r, 'cloudflare', '/embed-resize.js', 'X')).toEqual([]);
    expect(headerValues(r, 'netlify', '/EMBED/a/', 'X')).toEqual(['1']);
  });
});

describe('the nginx configuration (docs/hosting/nginx.conf)', () => {
  const conf = readFileSync(path.resolve(import.meta.dirname, '../../docs/hosting/nginx.conf'), 'utf8');
  const csp = policies('PRESENTER-SCRIPT-HASH');
  const block = conf.slice(conf.indexOf('map $uri $ips_csp {'), conf.indexOf('}', conf.indexOf('map $uri $ips_csp {')));
  const map = Object.fromEntries([...block.matchAll(/^\s+(default|~\S+)\s+"([^"]*)";$/gm)].map((m) => [m[1]!, m[2]!]));

  it('sets the same policies by path as _headers, one per request', () => {
    expect(map).toMatchObject({
      default: csp.page,
      '~^/(nb/)?embed/': csp.embed,
      '~^/(nb/)?search/': csp.search,
      '~^/pagefind/': csp.search,
      '~^/(nb/)?present/': csp.present,
    });
    expect(conf.match(/add_header Content-Security-Policy/g)).toHaveLength(1);
  });

  it('sends the common headers once, from the server block', () => {
    for (const [name, value] of COMMON_HEADERS) expect(conf).toContain(`add_header ${name} "${value}" always;`);
    expect(conf).not.toMatch(/location[^{]*\{[^}]*add_header/);
  });
});
