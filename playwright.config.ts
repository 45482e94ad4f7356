import { accessSync, constants } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the ALREADY BUILT site in dist/ (`npx astro build` first;
 * `npm test` does that), served by `astro preview`.
 *
 * Chromium: the same search order as scripts/ensure-chromium.sh —
 * $CHROMIUM_PATH, then Debian's /usr/lib/chromium/chromium, then /usr/bin/chromium;
 * if none is executable, Playwright's own Chromium (`npx playwright install chromium`).
 */

const env = process.env;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium(): string | undefined {
  const candidates = [env['CHROMIUM_PATH'], '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  return candidates.find((c): c is string => typeof c === 'string' && c !== '' && isExecutable(c));
}

const executablePath = findChromium();

/** Specs that measure time; see the 'timed' project. */
const TIMED_SPECS = [/budgets\.spec\.ts$/, /lighthouse\.spec\.ts$/];

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath !== undefined ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

/** PLAYWRIGHT_PORT lets two runs (two clones, two helpers) share a machine without sharing a server. */
const PORT = Number(env['PLAYWRIGHT_PORT'] ?? 4329);
const HOST = '127.0.0.1';
/** Astro's `base` (BASE_PATH), normalised to '/…/' so page paths can be appended. */
const basePath = `/${(env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const baseURL = `http://${HOST}:${PORT}${basePath}`;

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
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: TIMED_SPECS,
      use: chromium,
    },
    {
      // Timings (LCP under 4× CPU throttling, Lighthouse's performance score) are only
      // meaningful on an otherwise idle machine: on two cores, a second worker running axe
      // doubled LCP in one CI run (540, 1088, 1520 ms). So they run after everything else,
      // one at a time.
      name: 'timed',
      testMatch: TIMED_SPECS,
      dependencies: ['chromium'],
      workers: 1,
      fullyParallel: false,
      use: chromium,
    },
  ],
  webServer: {
    command: `npx astro preview --host ${HOST} --port ${PORT}`,
    url: baseURL,
    reuseExistingServer: !env['CI'],
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
