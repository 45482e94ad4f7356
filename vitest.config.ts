import { defineConfig } from 'vitest/config';

// Unit tests are plain TypeScript run under Node: no DOM, no Astro runtime.
// End-to-end tests live in tests/e2e and belong to Playwright, not vitest.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
