/**
 * Shared by the tests that read the built site (tests/dist/*.test.ts, the vitest project 'dist',
 * run by `npm test` right after its one build). Without a dist/ they are skipped, saying why —
 * unless IPS_REQUIRE_DIST is set (scripts/test.sh sets it), when a missing build is a failure.
 */
import { describe } from 'vitest';
import { DIST_DIR, hasDist } from '../support/built-site.ts';

export * from '../support/built-site.ts';

const missing = !hasDist();
if (missing && process.env['IPS_REQUIRE_DIST']) throw new Error(`No built site at ${DIST_DIR}: the build step must run before the dist tests.`);
if (missing) console.warn(`tests/dist: SKIPPED — no built site at ${DIST_DIR}; run \`npm run build\` first.`);

/** `describe`, skipped (with the reason in its name) when there is no build to read. */
export const describeDist = (name: string, body: () => void) =>
  missing ? describe.skip(`${name} (skipped: no dist/, run \`npm run build\`)`, body) : describe(name, body);
