/**
 * Local build or publishing build (src/integrations/publish.ts): the settings read from the environment,
 * and the wiring that makes a publishing build without SITE_URL stop. The real `astro build` is
 * run for that; it stops while loading astro.config.mjs, before any page is drawn, so it costs
 * about a second. The publishing build itself is the one `npm test` makes (PUBLISH=1,
 * SITE_URL=https://example.org, BASE_PATH=/ips-evidence/); tests/dist/publish.test.ts opens its
 * files in the tools they are for.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { charts, chartSpec, type ChartId } from '../../src/charts/index.ts';
import { siteSettings } from '../../src/integrations/publish.ts';
import { loadEvidence } from '../../src/data/load.ts';
import { chartPageUrl } from '../../src/site/urls.ts';
import { pngSvg } from '../../src/export/png.ts';

const root = path.resolve(import.meta.dirname, '../..');
const SITE = 'https://example.org';
const BASE = '/sub/';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'ips-publish-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** This process's environment without what vitest (itself Vite) put there, which Astro would take for its own. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'SITE_URL', 'BASE_PATH', 'PUBLISH'].includes(k) || k.startsWith('VITEST')) continue;
    env[k] = v;
  }
  return { ...env, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

it('takes a local build for what it is and a publishing build only with an address', () => {
  expect(siteSettings({})).toEqual({ site: 'http://localhost:4321', publishing: false });
  expect(siteSettings({ SITE_URL: 'https://example.org/' })).toEqual({ site: SITE, publishing: false });
  expect(siteSettings({ PUBLISH: '1', SITE_URL: 'https://example.org' })).toEqual({ site: SITE, publishing: true });
  expect(() => siteSettings({ PUBLISH: '1' })).toThrow(/PUBLISH=1 \(npm run build:publish\) needs SITE_URL/);
  expect(() => siteSettings({ PUBLISH: 'true', SITE_URL: 'http://localhost:4321' })).toThrow(/not a local one; found "http:\/\/localhost:4321"/);
  expect(() => siteSettings({ SITE_URL: 'example.org' })).toThrow(/SITE_URL must be an absolute address .* found "example.org"/);
  expect(() => siteSettings({ SITE_URL: 'https://user.github.io/ips-evidence/' })).toThrow(/put the path in BASE_PATH \(BASE_PATH=\/ips-evidence\/\)/);
});

it('stops a publishing build without SITE_URL, naming the setting', { timeout: 120_000 }, () => {
  const dist = path.join(scratch, 'dist');
  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', dist], {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv({ PUBLISH: '1' }),
  });
  expect(result.status).not.toBe(0);
  expect(`${result.stdout}\n${result.stderr}`).toContain('PUBLISH=1 (npm run build:publish) needs SITE_URL');
  expect(existsSync(path.join(dist, 'index.html'))).toBe(false);
});

it('draws the site address, not localhost, into every PNG footer', () => {
  // The PNG footers are drawn, so a search of the built PNGs for "localhost" cannot see them:
  // the SVG they are drawn from is checked instead.
  const evidence = loadEvidence();
  for (const id of Object.keys(charts) as ChartId[])
    for (const lang of ['en', 'nb'] as const) {
      const url = chartPageUrl(lang, id, SITE, BASE);
      const svg = pngSvg({ spec: chartSpec(id, evidence, lang), evidence, url }, 'slide', 'light');
      expect(svg, id).not.toContain('localhost');
      expect(svg, id).toContain(`${SITE.replace('https://', '')}${BASE}`);
    }
});
