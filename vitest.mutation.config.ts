import { defineConfig } from 'vitest/config';

// The unit project alone, for Stryker (stryker.config.mjs): mutants are judged by the fast tests.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
  },
});
