import { defineConfig } from 'vitest/config';
import HeaviestFirst from './tests/helpers/sequencer.ts';

// Two projects, fastest first (`npm test` runs unit, then the type check, then site; `npm run test:unit` runs
// unit alone): unit is plain logic and the real content (seconds); site is real builds, the built HTML and
// the pages in Chromium.
export default defineConfig({
  test: {
    // Build and browser tests start real processes; give them room on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Concurrent tests (the wiring builds of tests/site/build.test.ts, the hostile corpus's cases, each written to
    // disk and checked): two at a time on a 2-core machine.
    maxConcurrency: 2,
    // The heaviest site files start first, also on a fresh clone, where Vitest has no timings to go by.
    sequence: { sequencer: HeaviestFirst },
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
          // Three files at a time on two cores: a browser test spends much of its time waiting for the page (polls,
          // animations), so two leave a core idle (measured, one run each: 342 s with two, 292 s with three).
          // Each file's builds have their own output and cache folders (tests/helpers/build.ts), so none races.
          fileParallelism: true,
          maxWorkers: 3,
          // The files of a worker share its module cache (Playwright, the site's modules): the workers' CPU time
          // fell from 84 to 54 s. No file mocks modules or changes globals; each starts its own browser.
          isolate: false,
          // A poll ends as soon as it holds; one second (the default) is too short for a page still working on a
          // shared 2-core machine under load, where a correct page failed "narrows the actor list" once.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
