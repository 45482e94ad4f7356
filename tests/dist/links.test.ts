/**
 * Links, read from every built page: no internal link or #anchor leads nowhere, external links
 * are well-formed, and the site lives entirely under its base path (the build `npm test` makes is
 * under /ips-evidence/, as on GitHub Pages): every link, script, stylesheet, image, download,
 * embed snippet and social-card URL stays inside that path and names a file the build produced.
 * Pages left at retired addresses (src/redirects.txt; `npm test` adds a few,
 * tests/support/redirects-for-tests.txt) send readers on inside the path too.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { BASE_PATH, DIST_DIR, SITE_ORIGIN, describeDist, fileFor, isRedirectPage, listPages, readPageHtml, type BuiltPage } from './dist.ts';

describeDist('links', () => {
  const pages = listPages();
  const docs = new Map<string, Document>();
  const doc = (file: string): Document => {
    let d = docs.get(file);
    if (!d) {
      d = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
      docs.set(file, d);
    }
    return d;
  };

  it('no broken internal link or #anchor; external links are well-formed', () => {
    const problems: string[] = [];
    let internal = 0;
    for (const p of pages) {
      const pageUrl = new URL(p.path, SITE_ORIGIN);
      for (const a of doc(p.file).querySelectorAll('a[href]')) {
        const href = (a.getAttribute('href') ?? '').trim();
        let url: URL;
        try {
          url = new URL(href, pageUrl);
        } catch {
          problems.push(`${p.route}: unparseable href "${href}"`);
          continue;
        }
        if (url.origin !== SITE_ORIGIN) {
          if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) problems.push(`${p.route}: external link with protocol ${url.protocol}: ${href}`);
          else if (url.protocol !== 'mailto:' && !/^[a-z0-9.-]+\.[a-z]{2,}\.?$/i.test(url.hostname))
            problems.push(`${p.route}: external link without a proper host: ${href}`);
          continue;
        }
        internal++;
        const target = fileFor(url.pathname);
        if (!target) {
          problems.push(`${p.route}: link to ${url.pathname}, which the build does not have`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && target.endsWith('.html')) {
          const d = doc(target);
          const named = [...d.querySelectorAll('[name]')].some((el) => el.getAttribute('name') === id);
          if (!d.getElementById(id) && !named) problems.push(`${p.route}: link to ${url.pathname}#${id}, but that page has no element with id "${id}"`);
        }
      }
    }
    expect(internal, 'internal links checked').toBeGreaterThan(500);
    expect([...new Set(problems)]).toEqual([]);
  });

  it(`every internal URL (href, src, content, action, embed snippets) stays inside ${BASE_PATH} and exists`, () => {
    const problems: string[] = [];
    let checked = 0;
    for (const p of pages) {
      // The embed snippets are escaped inside <textarea>: read them as the reader copies them.
      const html = readPageHtml(p).replace(/<textarea[\s\S]*?<\/textarea>/g, (t) =>
        t
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>'),
      );
      for (const m of html.matchAll(/\s(?:href|src|content|action)="([^"#?]*)[^"]*"/g)) {
        const url = m[1]!;
        let local: string | undefined;
        if (url.startsWith('/') && !url.startsWith('//')) {
          if (!url.startsWith(BASE_PATH)) problems.push(`${p.route}: ${url} is outside ${BASE_PATH}`);
          else local = url.slice(BASE_PATH.length);
        } else if (url.startsWith(SITE_ORIGIN)) {
          const rest = url.slice(SITE_ORIGIN.length);
          if (!rest.startsWith(BASE_PATH)) problems.push(`${p.route}: ${url} is outside ${BASE_PATH}`);
          else local = rest.slice(BASE_PATH.length);
        }
        if (local === undefined) continue;
        checked++;
        const target = path.join(DIST_DIR, decodeURIComponent(local));
        if (!existsSync(target) && !existsSync(path.join(target, 'index.html'))) problems.push(`${p.route}: ${url} does not exist in the build`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect([...new Set(problems)]).toEqual([]);
  });

  it('pages at retired addresses send readers on inside the base path, in their language; _redirects agrees', () => {
    const moved: BuiltPage[] = pages.filter(isRedirectPage);
    const hostFile = path.join(DIST_DIR, '_redirects');
    const lines = existsSync(hostFile) ? readFileSync(hostFile, 'utf8').split('\n').filter(Boolean) : [];
    for (const p of moved) {
      const html = readPageHtml(p);
      const target = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
      expect(target, p.route).toBeDefined();
      expect(target!.startsWith(BASE_PATH), `${p.route} → ${target}`).toBe(true);
      expect(fileFor(target!), `${p.route} → ${target} is built`).toBeTruthy();
      expect(html).toContain(`<link rel="canonical" href="${SITE_ORIGIN}${target}">`);
      expect(html).toContain(`<html lang="${p.route.startsWith('/nb/') ? 'nb' : 'en'}">`);
      expect(html).toMatch(/<meta name="robots" content="noindex/);
      expect(lines, `_redirects has ${p.path}`).toContain(`${p.path} ${target} 301`);
    }
    for (const line of lines) {
      const [from, to, code] = line.split(' ');
      expect(from!.startsWith(BASE_PATH) && to!.startsWith(BASE_PATH), line).toBe(true);
      expect(code).toBe('301');
      expect(fileFor(to!), `${line}: the new address is built`).toBeTruthy();
      expect(fileFor(from!) === undefined || moved.some((p) => p.path === from), `${line}: the old address is not a live page`).toBe(true);
    }
  });
});
