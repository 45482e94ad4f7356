import { spawnSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { BASE_PATH } from './tests/support/built-site.ts';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium.ts';

/**
 * Browser tests run against the ALREADY BUILT site in dist/ (`npm run build` first; `npm test`
 * does that, once, under a sub-path), served by `astro preview` under the base path the build
 * was made for (read from dist/, tests/support/built-site.ts).
 *
 * One project, 'chromium', runs every spec in tests/e2e/: a new spec file runs without any change
 * here. Timings (LCP, Lighthouse's performance score) are not tests: `npm run bench` reports them.
 *
 * Chromium: tests/support/chromium.ts (the search order of scripts/ensure-debian-packages.sh);
 * if none is executable, Playwright's own Chromium (`npx playwright install chromium`).
 */

const env = process.env;

const executablePath = findChromium();

const HOST = '127.0.0.1';

/**
 * The preview server's port: PLAYWRIGHT_PORT (scripts/test.sh picks a free one per run), else a
 * free port chosen now. It is written back to the environment so the test workers, which load
 * this file again, agree on it. A server already on the port is never reused: it may be a killed
 * run's, or another clone's, serving another build.
 */
function freePort(): number {
  const probe = spawnSync(
    process.execPath,
    ['-e', `const s = require('node:net').createServer(); s.listen(0, '${HOST}', () => { console.log(s.address().port); s.close(); });`],
    { encoding: 'utf8' },
  );
  const port = Number(probe.stdout.trim());
  if (!Number.isInteger(port) || port <= 0) throw new Error(`could not find a free port: ${probe.stderr}`);
  return port;
}
if (!env['PLAYWRIGHT_PORT']) env['PLAYWRIGHT_PORT'] = String(freePort());
const PORT = Number(env['PLAYWRIGHT_PORT']);
const baseURL = `http://${HOST}:${PORT}${BASE_PATH}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  forbidOnly: Boolean(env['CI']),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    locale: 'en-GB',
    // No trace: recording one, even if kept only on failure, made the sweep's pages about a third
    // slower (10 pages, back to back on a shared machine: 1.4–1.5 min without, 2.1–2.3 min with).
    // Screenshots of failures are kept; to debug a failing test, run it again with `--trace on`.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath !== undefined ? { executablePath } : {}),
          args: [...CHROMIUM_ARGS],
        },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --host ${HOST} --port ${PORT}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // The server must serve under the base path the build was made for.
    env: { ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH },
  },
});
