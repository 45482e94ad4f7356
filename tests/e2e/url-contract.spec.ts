/**
 * Every URL in tests/url-contract.txt is still produced by the build: removing a page, an embed,
 * a download or a data file breaks links and embedded charts elsewhere, so it fails here unless
 * a redirect takes its place.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtUrls, CONTRACT_FILE } from '../../scripts/url-contract.ts';
import { DIST_DIR } from './site';

const contract = readFileSync(CONTRACT_FILE, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('/'));

test('the URL contract lists the site', () => {
  expect(contract.length).toBeGreaterThan(50);
});

test('every URL in the contract is still built', () => {
  const built = new Set(builtUrls(DIST_DIR));
  const missing = contract.filter((u) => !built.has(u) && !existsSync(path.join(DIST_DIR, u, 'index.html')));
  expect(missing, 'URLs that disappeared: add a redirect, do not edit the contract').toEqual([]);
});
