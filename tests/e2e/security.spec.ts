/**
 * Every built page carries a strict Content-Security-Policy and keeps to it: scripts only from
 * the site (or, in the single-file presenter, by hash), no eval, and with JavaScript on it makes
 * no request to any other origin and logs no error.
 */
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { listPages, readPageHtml } from './site';

const pages = listPages();

test('every page has a Content-Security-Policy without unsafe-eval or inline scripts', () => {
  const problems: string[] = [];
  for (const p of pages) {
    const html = readPageHtml(p);
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    if (!csp) {
      problems.push(`${p.path}: no CSP meta`);
      continue;
    }
    const script = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    if (/'unsafe-eval'/.test(csp)) problems.push(`${p.path}: 'unsafe-eval'`);
    if (/'unsafe-inline'/.test(script)) problems.push(`${p.path}: script-src allows 'unsafe-inline'`);
    for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      const type = /type="([^"]+)"/.exec(m[1]!)?.[1];
      if (type && !/module|javascript/.test(type)) continue; // data blocks do not run
      const hash = `'sha256-${createHash('sha256').update(m[2]!).digest('base64')}'`;
      if (!script.includes(hash)) problems.push(`${p.path}: an inline script not allowed by its hash`);
    }
  }
  expect(problems).toEqual([]);
});

for (const p of pages.filter((x) => !x.path.endsWith('-presenter.html'))) {
  test(`${p.path}: no request to another origin, no console error`, async ({ page, baseURL }) => {
    const own = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== own) foreign.push(url);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(p.path, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
    // The 404 page is served with status 404 by design; Chromium logs that as a console error.
    expect(errors.filter((e) => !(p.path.endsWith('404.html') && /404/.test(e)))).toEqual([]);
  });
}
