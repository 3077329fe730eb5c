/**
 * The hostile corpus (tests/fixtures/hostile.ts) through the same check as `npm run check:content` and the
 * build: each refused case is refused with its message, each inert case is accepted.
 */
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { createBodyRenderer, type BodyRenderer } from '../../src/lib/content/markdown.ts';
import { INERT, layHostile, REFUSED, type HostileCase } from '../fixtures/hostile.ts';
import { ROOT, SCRATCH } from '../helpers/build.ts';
import { FIXTURE_TODAY } from '../helpers/fixtures.ts';

let render: BodyRenderer;
beforeAll(async () => {
  render = await createBodyRenderer();
});

async function check(hostile: HostileCase) {
  const dir = join(SCRATCH, 'hostile-unit', hostile.name);
  layHostile(dir, [hostile]);
  return checkContent(ROOT, { contentDir: dir, today: FIXTURE_TODAY, minEvents: 1, render });
}

describe('the hostile corpus', () => {
  it('has at least 60 refused cases and some inert ones, each with a unique name', () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(60);
    expect(INERT.length).toBeGreaterThan(0);
    const names = [...REFUSED, ...INERT].map((hostile) => hostile.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.concurrent.each(REFUSED.map((hostile) => [hostile.name, hostile] as const))(
    'refuses %s',
    async (_name, hostile) => {
      const { result, report } = await check(hostile);
      expect(result.ok, report).toBe(false);
      const errors = result.problems.filter((problem) => problem.severity === 'error');
      expect(errors.map((problem) => problem.message).join('\n')).toContain(hostile.expect);
      // Every error names the file and says how to fix it.
      for (const error of errors) {
        expect(error.file).toMatch(/\.md$/);
        expect(error.fix.length).toBeGreaterThan(10);
      }
    },
  );

  it.concurrent.each(INERT.map((hostile) => [hostile.name, hostile] as const))(
    'accepts %s, which is only text',
    async (_name, hostile) => {
      const { result, report } = await check(hostile);
      expect(result.ok, report).toBe(true);
    },
  );

  it('follows a symbolic link to a page, as Astro does, and checks what it points to', async () => {
    const dir = join(SCRATCH, 'hostile-unit', 'symlinked-about');
    layHostile(dir, []);
    const target = join(SCRATCH, 'hostile-unit', 'symlinked-about-target.md');
    writeFileSync(
      target,
      '---\ntitle: About\ndescription: A page whose body carries a script, reached through a link.\n---\n\n<iframe srcdoc="x"></iframe>\n',
    );
    rmSync(join(dir, 'about.md'));
    symlinkSync(target, join(dir, 'about.md'));
    const { result, report } = await checkContent(ROOT, {
      contentDir: dir,
      today: FIXTURE_TODAY,
      minEvents: 1,
      render,
    });
    expect(report).toContain('1 page');
    expect(result.problems.map((problem) => `${problem.file.split('/').at(-1)}: ${problem.message}`)).toContain(
      'about.md: contains raw HTML ("<iframe srcdoc=\\"x\\"></iframe>")',
    );
  });
});
