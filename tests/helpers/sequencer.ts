/**
 * The order the site project's files start in. Vitest starts the files that took longest last time first, but a
 * fresh clone has no record of last time, and it then starts the largest files first: the smallest of the
 * browser files, tests/e2e/every-page-text.test.ts, does the most work (axe on every page outside the sample), and
 * started last it ran alone at the end. The files named in HEAVIEST start first, in that order (the four files with
 * the most CPU seconds with one worker, in CONTRIBUTING under "Test timings"); the others follow in Vitest's own
 * order. tests/unit/sequencer.test.ts checks that every name is a test file.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const HEAVIEST = [
  'tests/e2e/every-page-text.test.ts',
  'tests/e2e/timeline.test.ts',
  'tests/e2e/reader.test.ts',
  'tests/e2e/every-page.test.ts',
] as const;

/** Where a file stands in HEAVIEST, or after all of them. */
export function heaviness(moduleId: string): number {
  const index = HEAVIEST.findIndex((name) => moduleId.endsWith(`/${name}`));
  return index === -1 ? HEAVIEST.length : index;
}

/**
 * Orders files as Vitest does, then moves the heaviest to the front of their project's files; a project's files
 * stay together, and the projects keep Vitest's order.
 */
export function heaviestFirst<T>(sorted: readonly T[], projectOf: (file: T) => string, idOf: (file: T) => string): T[] {
  const projects = [...new Set(sorted.map(projectOf))];
  return sorted
    .map((file, index) => ({ file, index }))
    .sort(
      (a, b) =>
        projects.indexOf(projectOf(a.file)) - projects.indexOf(projectOf(b.file)) ||
        heaviness(idOf(a.file)) - heaviness(idOf(b.file)) ||
        a.index - b.index,
    )
    .map(({ file }) => file);
}

export default class HeaviestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return heaviestFirst(
      await super.sort(files),
      (spec) => spec.project.name,
      (spec) => spec.moduleId,
    );
  }
}
