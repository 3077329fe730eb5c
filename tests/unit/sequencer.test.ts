import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAVIEST, heaviestFirst, heaviness } from '../helpers/sequencer.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the order the site files start in', () => {
  it('names only test files that exist', () => {
    for (const name of HEAVIEST) expect(existsSync(join(ROOT, name)), name).toBe(true);
    expect(new Set(HEAVIEST).size).toBe(HEAVIEST.length);
  });

  it('puts the heaviest first, in their order, and keeps the rest in the order given, project by project', () => {
    const files = [
      ['site', '/r/tests/site/html.test.ts'],
      ['site', '/r/tests/e2e/every-page.test.ts'],
      ['site', '/r/tests/e2e/cite.test.ts'],
      ['site', '/r/tests/e2e/every-page-text.test.ts'],
      ['unit', '/r/tests/unit/a.test.ts'],
      ['unit', '/r/tests/unit/b.test.ts'],
      ['site', '/r/tests/e2e/timeline.test.ts'],
    ] as const;
    const ordered = heaviestFirst(
      files,
      ([project]) => project,
      ([, id]) => id,
    ).map(([project, id]) => `${project} ${id.split('/').at(-1)}`);
    expect(ordered).toEqual([
      'site every-page-text.test.ts',
      'site timeline.test.ts',
      'site every-page.test.ts',
      'site html.test.ts',
      'site cite.test.ts',
      'unit a.test.ts',
      'unit b.test.ts',
    ]);
  });

  it('matches whole file names, not their ends', () => {
    expect(heaviness('/r/tests/e2e/every-page-text.test.ts')).toBe(0);
    expect(heaviness('/r/tests/e2e/not-every-page-text.test.ts')).toBe(HEAVIEST.length);
    expect(heaviness('/r/other/tests/e2e/timeline.test.ts')).toBe(1);
  });
});
