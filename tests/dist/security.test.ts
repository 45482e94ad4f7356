/**
 * Every built page carries a strict Content-Security-Policy and keeps to it (scripts only from
 * the site, or in the single-file presenter by hash; no eval), and nothing in its HTML or CSS
 * asks for a file from another origin — which is what a page does with JavaScript off, including
 * the pages the browser sweep samples rather than visits (tests/e2e/sweep.spec.ts watches the
 * requests of the visited ones, JavaScript on and off).
 */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { SITE_ORIGIN, describeDist, listPages, readPageHtml } from './dist.ts';

describeDist('security', () => {
  const pages = listPages();

  it('every page has a Content-Security-Policy without unsafe-eval, and every inline script is allowed by its hash', () => {
    const problems: string[] = [];
    let inline = 0;
    for (const p of pages) {
      const html = readPageHtml(p);
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      if (!csp) {
        problems.push(`${p.route}: no CSP meta`);
        continue;
      }
      const script = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
      if (/'unsafe-eval'/.test(csp)) problems.push(`${p.route}: 'unsafe-eval'`);
      if (/'unsafe-inline'/.test(script)) problems.push(`${p.route}: script-src allows 'unsafe-inline'`);
      if (!/default-src 'self'|default-src 'none'/.test(csp)) problems.push(`${p.route}: default-src is not 'self' or 'none'`);
      for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
        const type = /type="([^"]+)"/.exec(m[1]!)?.[1];
        if (type && !/module|javascript/.test(type)) continue; // data blocks do not run
        inline++;
        const hash = `'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`;
        if (!script.includes(hash)) problems.push(`${p.route}: an inline script not allowed by its hash`);
      }
    }
    expect(inline, 'the single-file presenter copies have inline scripts to check').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('no page asks for a file from another origin in its HTML or CSS', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const html = readPageHtml(p);
      const refs = [
        // Elements that make the browser fetch: scripts, styles, icons, preloads, images, media, frames.
        ...[...html.matchAll(/<(?:script|img|source|iframe|embed|video|audio|track|input)\b[^>]*\s(?:src|srcset|poster|data)="([^"]*)"/g)].map((m) => m[1]!),
        ...[...html.matchAll(/<link\b(?=[^>]*\srel="(?:stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)")[^>]*\shref="([^"]*)"/g)].map(
          (m) => m[1]!,
        ),
        ...[...html.matchAll(/<object\b[^>]*\sdata="([^"]*)"/g)].map((m) => m[1]!),
        // CSS, inline or in style attributes: url(…) and @import.
        ...[...html.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!),
        ...[...html.matchAll(/@import\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!),
      ];
      for (const ref of refs.flatMap((r) => r.split(',').map((s) => s.trim().split(/\s+/)[0]!))) {
        if (ref === '' || /^(data|blob|about):/.test(ref) || ref.startsWith('#')) continue;
        const url = new URL(ref.replace(/&amp;/g, '&'), `${SITE_ORIGIN}${p.path}`);
        if (url.origin !== SITE_ORIGIN) problems.push(`${p.route}: ${ref}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
