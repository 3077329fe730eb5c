import { defineConfig } from 'vitest/config';

// Two projects, fastest first (`npm test` runs unit, then the type check, then site; `npm run test:unit` runs
// unit alone): unit is plain logic and the real content (seconds); site is real builds, the built HTML and
// the pages in Chromium.
export default defineConfig({
  test: {
    // Build and browser tests start real processes; give them room on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Concurrent tests each start a build or drive a browser tab: two at a time on a 2-core machine.
    maxConcurrency: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          // Plain logic with no global state worth isolating: sharing the module cache between files halves
          // the run (20 s to 10 s measured); the files also pass in shuffled orders (--sequence.shuffle).
          pool: 'threads',
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Builds the real site once (tests/helpers/global-setup.ts) for the HTML and browser tests.
          globalSetup: ['tests/helpers/global-setup.ts'],
          // Two files at a time, one per core: a build or a single browser tab leaves the other core mostly idle.
          // Each file's builds have their own output and cache folders (tests/helpers/build.ts), so none races.
          fileParallelism: true,
          maxWorkers: 2,
          // A poll ends as soon as it holds; one second (the default) is too short for a page still working on a
          // shared 2-core machine under load, where a correct page failed "narrows the actor list" once.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
