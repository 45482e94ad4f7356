import { defineConfig } from 'vitest/config';

// Two projects:
// - unit: plain TypeScript under Node, no DOM, no build needed (tests/unit);
// - dist: reads the built site in dist/ (tests/dist): `npm test` runs it right after its one
//   build; without a dist/ its tests are skipped, saying so.
// Browser tests live in tests/e2e and belong to Playwright, not vitest.
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 180_000 } },
    ],
  },
});
