import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build and browser tests start real processes; give them room on a shared 2-core machine.
    testTimeout: 120_000,
    // Concurrent tests each start a build or a browser: two at a time on a 2-core machine.
    maxConcurrency: 2,
    hookTimeout: 300_000,
    reporters: ['default'],
  },
});
