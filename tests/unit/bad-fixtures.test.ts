/**
 * The corpus of bad entries: realistic editor mistakes and hostile inputs. Each folder in tests/fixtures/bad/
 * holds the file(s) to drop into content/ and expected.txt, the exact report they must produce next to the
 * good fixture set. tests/site/build.test.ts drops the same files into a real build.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/lib/content/check.ts';
import { createBodyRenderer, type BodyRenderer } from '../../src/lib/content/markdown.ts';
import { formatProblem, sortProblems } from '../../src/lib/content/problem.ts';
import { badCaseNames, expectedReport, FIXTURE_TODAY, readFixture, GOOD, withCase } from '../helpers/fixtures.ts';

// The same check as the build and `npm run check:content`: the validator and the gate on the rendered HTML.
let render: BodyRenderer;
beforeAll(async () => {
  render = await createBodyRenderer();
});

describe('the good fixture set', () => {
  it('passes with no problem at all', async () => {
    const result = await checkFiles(readFixture(GOOD), { today: FIXTURE_TODAY, render });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect([...result.events.keys()].sort()).toEqual(['fixture-apology', 'fixture-crash', 'fixture-month']);
  });
});

describe('each bad fixture', () => {
  const names = badCaseNames();

  it('is a corpus of at least 30 cases', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  it.each(names)('%s: reports exactly its expected problems and fails', async (name) => {
    const result = await checkFiles(withCase(name), { today: FIXTURE_TODAY, render });
    const report = sortProblems(result.problems).map(formatProblem).join('\n');
    expect(report).toBe(expectedReport(name));
    expect(result.ok).toBe(false);
  });
});
