/**
 * The list of retired URLs (src/redirects.txt): read strictly, with one readable message per
 * problem; and the page left at an old address, which must pass what every page passes
 * (language, security policy) and send the reader on. Built for real in tests/unit/builds.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { hostRedirects, parseRedirects, readRedirects, redirectPage, redirectProblems } from '../../src/site/redirects.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/site/security.ts';

describe('parseRedirects', () => {
  it('reads "<old> <new>" lines, skipping comments and blank lines', () => {
    const { redirects, problems } = parseRedirects('# retired\n\n/trials/old/ /trials/norway/  # renamed\n/charts/a.csv /charts/b.csv\n', 'r.txt');
    expect(problems).toEqual([]);
    expect(redirects).toEqual([
      { from: '/trials/old/', to: '/trials/norway/', line: 3 },
      { from: '/charts/a.csv', to: '/charts/b.csv', line: 4 },
    ]);
  });

  it.each([
    ['/only-one/', 'r.txt, line 1: expected "<old path> <new path>", found "/only-one/".'],
    ['/a/ /b/ /c/', 'r.txt, line 1: expected "<old path> <new path>", found "/a/ /b/ /c/".'],
    ['trials/old/ /trials/norway/', 'r.txt, line 1: expected the old path to be a site path such as /trials/norway/, found "trials/old/".'],
    ['/a/ https://elsewhere.example/', 'r.txt, line 1: expected the new path to be a site path such as /trials/norway/, found "https://elsewhere.example/".'],
    ['/a/ /../etc/', 'r.txt, line 1: expected the new path to be a site path such as /trials/norway/, found "/../etc/".'],
    ['/a/ /<script>/', 'r.txt, line 1: expected the new path to be a site path such as /trials/norway/, found "/<script>/".'],
    ['/a/ /a/', 'r.txt, line 1: expected the new path to differ from the old, found /a/ twice.'],
  ])('rejects %j', (text, message) => {
    expect(parseRedirects(text, 'r.txt').problems).toEqual([message]);
  });

  it('rejects an old path given twice, naming both lines', () => {
    expect(parseRedirects('/a/ /b/\n/a/ /c/\n', 'r.txt').problems).toEqual(['r.txt, line 2: expected each old path once, found /a/ again (first on line 1).']);
  });

  it('the shipped list is valid', () => {
    expect(readRedirects().problems).toEqual([]);
  });
});

describe('redirectPage', () => {
  const r = { from: '/nb/trials/old/', to: '/nb/trials/norway/', line: 1 };

  it('sends the reader on inside the base path, in the old page’s language, under the site’s policy', () => {
    const html = redirectPage(r, '/ips-evidence/', new URL('https://example.org'));
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/ips-evidence/nb/trials/norway/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/ips-evidence/nb/trials/norway/">');
    expect(html).toContain('<a href="/ips-evidence/nb/trials/norway/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    expect(html).not.toMatch(/<script/);
  });

  it('at the domain root, in English', () => {
    const html = redirectPage({ from: '/old/', to: '/trials/norway/', line: 1 }, '/', undefined);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('url=/trials/norway/"');
  });
});

it('against the build: the old path must be gone and the new one there', () => {
  const built = new Set(['/trials/norway/', '/old-but-still-built/']);
  const list = [
    { from: '/trials/norway-2019/', to: '/trials/norway/', line: 1 },
    { from: '/old-but-still-built/', to: '/trials/norway/', line: 2 },
    { from: '/gone/', to: '/nowhere/', line: 3 },
  ];
  expect(redirectProblems(list, (p) => built.has(p), 'r.txt')).toEqual([
    'r.txt, line 2: expected /old-but-still-built/ to be retired, found that the build still makes it.',
    'r.txt, line 3: expected /nowhere/ to be built, found nothing there.',
  ]);
});

it('_redirects lines carry the base path and a 301', () => {
  expect(hostRedirects([{ from: '/a/', to: '/b/', line: 1 }], '/sub/')).toBe('/sub/a/ /sub/b/ 301\n');
  expect(hostRedirects([], '/')).toBe('');
});
