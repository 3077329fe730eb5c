import { defineConfig } from 'vitest/config';

// The unit project as Stryker runs it (stryker.config.mjs), for each mutant the tests that cover it.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    // Left out: the two corpora, which put every case through the whole folder check (validator, Markdown parse
    // and renderer over every fixture file; the hostile corpus also writes each case to disk and reads it back):
    // 100 to 200 ms a case, and most mutants of src/lib/content were covered by all of them. Summed over the
    // mutants, the tests that cover them took 38,000 s in the dry run's timings, 29,000 s of it in these two
    // files. Fast tests judge the same modules on their own, on small in-memory inputs:
    // validate-rules, content-html, content-check, content-explain (and validate, scaffold, publishers,
    // thread-schema, fields). `npm test` and `npm run test:unit` still run both corpora.
    exclude: ['tests/unit/bad-fixtures.test.ts', 'tests/unit/hostile.test.ts'],
    // As in the unit project: files share one module cache. Vitest ends the worker after each run, so a
    // mutant's run never reuses modules loaded under another mutant; this halved the overhead per mutant.
    pool: 'threads',
    isolate: false,
    // Two runners on a shared 2-core machine: a property test that takes a second alone can take ten.
    testTimeout: 60_000,
  },
});
