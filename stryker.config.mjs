// Mutation testing (npm run test:mutation): Stryker changes src/lib and src/schemas one small mutation at a
// time and runs the unit tests that cover it; a mutant that no test notices is a gap in the tests.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  // src/lib/content/ (the validator and the content check) is not in the scope yet: its mutants are judged by
  // the tests that read the whole real content, and a run that included it projected past two hours on this
  // 2-core machine. The rest of src/lib and all of src/schemas: 2,137 mutants, about 19 minutes.
  mutate: ['src/lib/*.ts', 'src/lib/export/**/*.ts', 'src/schemas/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Mutants of module-level constants (label tables, patterns) would each need the whole suite; on this 2-core
  // machine they take 100% of the run's time. They are listed as ignored in the report, not counted as killed.
  ignoreStatic: true,
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'test-results/mutation/index.html' },
  jsonReporter: { fileName: 'test-results/mutation/mutation.json' },
  tempDirName: 'test-results/.stryker-tmp',
  // Build output and test scratch space are not sources: they change under other runs and need no copy.
  ignorePatterns: ['test-results', 'dist'],
  thresholds: { high: 90, low: 85, break: 85 },
  timeoutMS: 20000,
};
