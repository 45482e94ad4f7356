/** Every address the site makes (src/site/urls.ts): at the domain root and under a sub-path, in both languages, absolute from the site address. */
import { describe, expect, it } from 'vitest';
import { listReleases } from '../../../src/data/releases.ts';
import {
  absolute,
  chartFilePath,
  chartPageUrl,
  chartPath,
  dataFilePath,
  deckPath,
  downloadFileName,
  downloadKindOf,
  downloadPath,
  embedPath,
  langParam,
  langRoot,
  langRoutes,
  localPath,
  normaliseBase,
  oembedPath,
  pinnedEmbedUrl,
  presentPath,
  presenterFileName,
  sitePath,
  slideUrl,
  splitPath,
  twinPath,
} from '../../../src/site/urls.ts';

const SITE = 'https://example.org';
const released = listReleases().map((r) => r.version);
const oldest = released[0]!;

describe.each([
  { base: '/', b: '/' },
  { base: '/ips-evidence/', b: '/ips-evidence/' },
  // Astro's BASE_URL may come without the trailing slash; every address still has one.
  { base: '/ips-evidence', b: '/ips-evidence/' },
])('addresses under base $base', ({ base, b }) => {
  it('puts each language under its root: English unprefixed, Norwegian under nb/', () => {
    expect(normaliseBase(base)).toBe(b);
    expect(langRoot('en', base)).toBe(b);
    expect(langRoot('nb', base)).toBe(`${b}nb/`);
    expect(localPath('en', 'trials/seed/', base)).toBe(`${b}trials/seed/`);
    expect(localPath('nb', '/trials/seed/', base)).toBe(`${b}nb/trials/seed/`);
  });

  it('splits a path into language and page, and finds its twin', () => {
    expect(splitPath(`${b}nb/trials/seed/`, base)).toEqual({ lang: 'nb', path: 'trials/seed/' });
    expect(splitPath(`${b}trials/seed/`, base)).toEqual({ lang: 'en', path: 'trials/seed/' });
    expect(splitPath(`${b}nbx/`, base)).toEqual({ lang: 'en', path: 'nbx/' });
    expect(twinPath(`${b}trials/seed/`, 'nb', base)).toBe(`${b}nb/trials/seed/`);
    expect(twinPath(`${b}nb/trials/seed/`, 'en', base)).toBe(`${b}trials/seed/`);
    expect(twinPath(`${b}only-here/`, 'nb', base, () => false)).toBe(`${b}nb/`);
  });

  it.each([
    ['en', ''],
    ['nb', 'nb/'],
  ] as const)("builds a chart's page, embed, oEmbed and presenter addresses in %s", (lang, l) => {
    expect(chartPath(lang, 'seed-employment', base)).toBe(`${b}${l}charts/seed-employment/`);
    expect(embedPath(lang, 'seed-employment', base)).toBe(`${b}${l}embed/seed-employment/`);
    expect(embedPath(lang, 'seed-employment', base, '1.0.0')).toBe(`${b}${l}embed/v1.0.0/seed-employment/`);
    expect(oembedPath(lang, 'x', base)).toBe(`${b}${l}embed/x/oembed.json`);
    expect(oembedPath(lang, 'x', base, '1.2.0')).toBe(`${b}${l}embed/v1.2.0/x/oembed.json`);
    expect(presentPath(lang, 'x', base)).toBe(`${b}${l}present/x/`);
    expect(`${presentPath(lang, 'x', base)}${presenterFileName('x')}`).toBe(`${b}${l}present/x/x-presenter.html`);
  });

  it.each([
    ['en', ''],
    ['nb', 'nb/'],
  ] as const)('builds the download addresses in %s', (lang, l) => {
    expect(downloadPath(lang, 'x', 'csv', base)).toBe(`${b}${l}charts/x/x.csv`);
    expect(downloadPath(lang, 'x', 'svg', base)).toBe(`${b}${l}charts/x/x.svg`);
    expect(downloadPath(lang, 'x', 'svg-outlines', base)).toBe(`${b}${l}charts/x/x-outlines.svg`);
    expect(downloadPath(lang, 'x', 'pptx', base)).toBe(`${b}${l}charts/x/x.pptx`);
    expect(downloadPath(lang, 'x', 'bib', base)).toBe(`${b}${l}charts/x/x.bib`);
    expect(downloadPath(lang, 'x', 'ris', base)).toBe(`${b}${l}charts/x/x.ris`);
    expect(downloadPath(lang, 'x', 'apa', base)).toBe(`${b}${l}charts/x/x-apa.txt`);
    expect(downloadPath(lang, 'x', 'social-light', base)).toBe(`${b}${l}charts/x/x-social-light.png`);
    // A tall chart's later slide parts are numbered from 2; the first keeps the plain name.
    expect(downloadPath(lang, 'x', 'slide-dark', base, 0)).toBe(`${b}${l}charts/x/x-slide-dark.png`);
    expect(downloadPath(lang, 'x', 'slide-dark', base, 1)).toBe(`${b}${l}charts/x/x-slide-dark-2.png`);
    expect(chartFilePath(lang, 'x', 'x.csv', base)).toBe(downloadPath(lang, 'x', 'csv', base));
    expect(deckPath(lang, 'norway', base)).toBe(`${b}${l}charts/decks/norway.pptx`);
    expect(dataFilePath(lang, 'studies.csv', base)).toBe(`${b}${l}data/studies.csv`);
  });

  it('keeps root files (favicon, resize script, sitemap) outside the language folders', () => {
    expect(sitePath('sitemap.xml', base)).toBe(`${b}sitemap.xml`);
    expect(sitePath('embed-resize.js', base)).toBe(`${b}embed-resize.js`);
  });

  it('makes absolute URLs from the site address', () => {
    expect(absolute(SITE, localPath('nb', 'evidence/', base))).toBe(`${SITE}${b}nb/evidence/`);
    expect(absolute(new URL(SITE), sitePath('sitemap.xml', base))).toBe(`${SITE}${b}sitemap.xml`);
    // Without a site address (a local build): the local preview server's.
    expect(absolute(undefined, langRoot('en', base))).toBe(`http://localhost:4321${b}`);
    for (const lang of ['en', 'nb'] as const) {
      // The page that shows the chart (content/<lang>/trials/norway.mdx), with the chart's anchor.
      expect(chartPageUrl(lang, 'norway-employment', SITE, base)).toBe(`${SITE}${localPath(lang, 'trials/norway/', base)}#chart-norway-employment`);
      expect(pinnedEmbedUrl(lang, 'x', oldest, SITE, base)).toBe(`${SITE}${embedPath(lang, 'x', base, oldest)}`);
      expect(slideUrl(lang, 'x', oldest, SITE, base)).toBe(`${SITE}${embedPath(lang, 'x', base, oldest)}`);
    }
  });
});

describe('addresses that depend on the data', () => {
  it('has a pinned embed only for a released data version; a slide then links to the chart page', () => {
    expect(released.length).toBeGreaterThan(0);
    expect(pinnedEmbedUrl('en', 'norway-employment', '0.0.0-never', SITE, '/')).toBeUndefined();
    expect(slideUrl('nb', 'norway-employment', '0.0.0-never', SITE, '/')).toBe(chartPageUrl('nb', 'norway-employment', SITE, '/'));
  });

  it('reads a file name back to its kind', () => {
    expect(downloadKindOf('x', downloadFileName('x', 'svg-outlines'))).toBe('svg-outlines');
    expect(downloadKindOf('x', 'x.exe')).toBeUndefined();
  });
});

describe('one route file per kind, every language', () => {
  it('crosses the languages with the paths: no segment for English, nb for Norwegian', () => {
    expect(langParam('en')).toBeUndefined();
    expect(langParam('nb')).toBe('nb');
    const routes = langRoutes((lang) => [{ params: { chart: `c-${lang}` }, props: { n: 1 } }]);
    expect(routes).toEqual([
      { params: { chart: 'c-en', lang: undefined }, props: { n: 1, lang: 'en' } },
      { params: { chart: 'c-nb', lang: 'nb' }, props: { n: 1, lang: 'nb' } },
    ]);
  });
});
