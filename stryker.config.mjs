// Mutation testing (npm run test:mutation): Stryker changes src/lib and src/schemas one small mutation at a
// time and runs the unit tests that cover it; a mutant that no test notices is a gap in the tests.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // vitest.mutation.config.ts: the unit project without the two slow corpora (its comment says why and which
  // fast tests judge those modules instead).
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  // All of src/lib (src/lib/content and src/lib/export included) and all of src/schemas. The figures of the
  // latest run are in CONTRIBUTING.md ("Change the site").
  mutate: ['src/lib/**/*.ts', 'src/schemas/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Mutants of module-level constants (label tables, patterns) would each need the whole suite; on this 2-core
  // machine they take 100% of the run's time. They are listed as ignored in the report, not counted as killed.
  ignoreStatic: true,
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'test-results/mutation/index.html' },
  jsonReporter: { fileName: 'test-results/mutation/mutation.json' },
  // `npx stryker run --incremental` re-tests only the mutants whose code or covering tests changed since the
  // last run, reading and writing reports/stryker-incremental.json. The file is not committed (reports/ is
  // ignored): it holds results for one state of the code, and `npm run test:mutation` always runs everything.
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: 'test-results/.stryker-tmp',
  // Build output and test scratch space are not sources: they change under other runs and need no copy.
  ignorePatterns: ['test-results', 'dist', 'reports'],
  thresholds: { high: 90, low: 85, break: 85 },
  timeoutMS: 20000,
};
