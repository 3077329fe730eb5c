import { defineConfig } from 'vitest/config';

// The unit project as Stryker runs it (stryker.config.mjs), for each mutant the tests that cover it.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    // Left out: the two corpora, which put every case through the whole folder check (validator, Markdown parse
    // and renderer over every fixture file; the hostile corpus also writes each case to disk and reads it back):
    // 100 to 200 ms a case. In a dry run, 1,566 of the 2,744 tested mutants of src/lib/content were covered by
    // them, 630 by nearly all 197 cases; summed over the mutants, the tests that cover them took 38,000 s,
    // 29,000 s of it in these two files. Fast tests judge the same modules on their own, on small in-memory inputs:
    // validate-rules, content-html, content-check, content-explain, scaffold-details (and validate, scaffold,
    // publishers, thread-schema, fields). `npm test` and `npm run test:unit` still run both corpora.
    exclude: ['tests/unit/bad-fixtures.test.ts', 'tests/unit/hostile.test.ts'],
    // As in the unit project: the files of one run share a module cache, so a mutant covered by several files
    // loads the modules once. Vitest ends its workers when a run is over (its pool code), so a mutant's run
    // never reuses modules loaded under another mutant.
    pool: 'threads',
    isolate: false,
    // Two runners on a shared 2-core machine: a property test that takes a second alone can take ten.
    testTimeout: 60_000,
  },
});
