/** Language twins, base paths and the sitemap. */
import { describe, expect, it } from 'vitest';
import { isGroup, siteNav } from '../../../src/site/site-routes.ts';
import { langRoot, localPath, normaliseBase, splitPath, twinPath } from '../../../src/site/urls.ts';
import { isListedPage, sitemapXml } from '../../../src/site/sitemap.ts';
import { LANGS } from '../../../src/i18n/index.ts';
import { loadEvidence } from '../../../src/data/load.ts';

describe('site routes', () => {
  it('normalise the base path', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/ips')).toBe('/ips/');
    expect(normaliseBase('ips/')).toBe('/ips/');
  });

  it('split a path into language and page', () => {
    expect(splitPath('/', '/')).toEqual({ lang: 'en', path: '' });
    expect(splitPath('/nb/', '/')).toEqual({ lang: 'nb', path: '' });
    expect(splitPath('/nb/trials/seed/', '/')).toEqual({ lang: 'nb', path: 'trials/seed/' });
    expect(splitPath('/ips/nb/trials/seed/', '/ips/')).toEqual({ lang: 'nb', path: 'trials/seed/' });
    expect(splitPath('/ips/nbx/', '/ips/')).toEqual({ lang: 'en', path: 'nbx/' });
  });

  it('find the twin page in the other language', () => {
    expect(twinPath('/trials/seed/', 'nb', '/')).toBe('/nb/trials/seed/');
    expect(twinPath('/nb/trials/seed/', 'en', '/')).toBe('/trials/seed/');
    expect(twinPath('/ips/nb/', 'en', '/ips/')).toBe('/ips/');
    // A page without a twin sends the reader to the other language's home page, never to a 404.
    expect(twinPath('/only-english/', 'nb', '/', () => false)).toBe('/nb/');
    expect(langRoot('nb', '/ips')).toBe('/ips/nb/');
    expect(localPath('en', '/glossary/', '/')).toBe('/glossary/');
  });

  it('has navigation labels in both languages and relative paths', () => {
    for (const entry of siteNav(loadEvidence())) {
      for (const lang of LANGS) expect(entry.label(lang)).toBeTruthy();
      for (const link of isGroup(entry) ? entry.links : [entry]) expect(link.path).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/);
    }
  });
});

describe('sitemap', () => {
  it('lists pages with their twins, and leaves out embeds, presenter views and the 404 page', () => {
    expect(isListedPage('embed/trial-headlines/')).toBe(false);
    expect(isListedPage('present/seed-employment/')).toBe(false);
    expect(isListedPage('404.html')).toBe(false);
    const xml = sitemapXml(['', 'nb/', 'evidence/', 'nb/evidence/', 'sources/', 'embed/x/', 'nb/embed/x/', '404'], new URL('https://example.org'), '/ips/');
    expect(xml).toContain('<loc>https://example.org/ips/evidence/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="nb" href="https://example.org/ips/nb/evidence/"/>');
    expect(xml).toContain('<loc>https://example.org/ips/sources/</loc>');
    expect(xml).not.toContain('embed');
    expect(xml).not.toContain('404');
    // sources/ has no Norwegian twin in this list, so no alternates for it.
    const sources = xml.split('<url>').find((u) => u.includes('/ips/sources/'))!;
    expect(sources).not.toContain('hreflang');
  });
});

describe('content entries', () => {
  it('map to their language and page path, home pages included', async () => {
    const { entryPath } = await import('../../../src/site/site-routes.ts');
    expect(entryPath('en/trials/seed')).toEqual({ lang: 'en', path: 'trials/seed/' });
    expect(entryPath('nb/index')).toEqual({ lang: 'nb', path: '' });
    expect(entryPath('nb')).toEqual({ lang: 'nb', path: '' });
    expect(entryPath('en')).toEqual({ lang: 'en', path: '' });
  });
});
