import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Build and browser tests start real processes; give them room on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Concurrent tests each start a build or a browser: two at a time on a 2-core machine.
    maxConcurrency: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Builds the real site once (tests/helpers/global-setup.ts) for the HTML and browser tests.
          globalSetup: ['tests/helpers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
