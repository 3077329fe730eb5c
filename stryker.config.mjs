// Mutation testing (npm run test:mutation): Stryker changes src/lib and src/schemas one small mutation at a
// time and runs the unit tests that cover it; a mutant that no test notices is a gap in the tests.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/lib/*.ts'],
  coverageAnalysis: 'perTest',
  // Mutants of module-level constants (label tables, patterns) would each need the whole suite; on this 2-core
  // machine they take 100% of the run's time. They are listed as ignored in the report, not counted as killed.
  ignoreStatic: true,
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'test-results/mutation/index.html' },
  jsonReporter: { fileName: 'test-results/mutation/mutation.json' },
  tempDirName: 'test-results/.stryker-tmp',
  thresholds: { high: 90, low: 85, break: 85 },
  timeoutMS: 20000,
};
