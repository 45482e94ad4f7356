/**
 * Every URL in tests/url-contract.txt is still produced by the build: removing a page, an embed,
 * a download or a data file breaks links and embedded charts elsewhere, so it fails here unless
 * a redirect takes its place.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { builtUrls, CONTRACT_FILE } from '../../scripts/url-contract.ts';
import { readRedirects } from '../../src/site/redirects.ts';
import { DIST_DIR, describeDist } from './dist.ts';

describeDist('the URL contract', () => {
  const contract = readFileSync(CONTRACT_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('/'));

  it('lists the site', () => {
    expect(contract.length).toBeGreaterThan(50);
  });

  it('every URL in the contract is still built, or redirected', () => {
    const built = new Set(builtUrls(DIST_DIR));
    // A retired file (not a page) has no page of its own: `_redirects` answers for it on hosts.
    const retired = new Set(readRedirects().redirects.map((r) => r.from));
    const missing = contract.filter((u) => !built.has(u) && !existsSync(path.join(DIST_DIR, u, 'index.html')) && !retired.has(u));
    expect(missing, 'URLs that disappeared: add a redirect to src/redirects.txt, do not edit the contract').toEqual([]);
  });
});
