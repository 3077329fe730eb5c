/**
 * Real builds: the good fixture set builds, and every bad fixture dropped into the content makes `astro build`
 * fail with its exact messages and write nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, layContent, SCRATCH } from '../helpers/build.ts';
import { todayUtc } from '../../src/lib/dates.ts';
import { BAD, badCaseNames, expectedReport, FIXTURE_TODAY, GOOD } from '../helpers/fixtures.ts';

describe('astro build', () => {
  it('builds the good fixture set', async () => {
    const content = layContent('good', GOOD);
    const out = join(SCRATCH, 'dist-good');
    const run = await astroBuild(content, out);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('Content check: 0 errors, 0 warnings in 3 events and 4 actors.');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('A passenger jet crashes near Aktau after failing to land in Grozny');
    // Markup written as code in a body reaches the page as text.
    const page = readFileSync(join(out, 'events', 'fixture-crash', 'index.html'), 'utf8');
    expect(page).toContain('<code>&lt;b&gt;</code>');
    expect(page).not.toContain('<b>');
  });

  describe.concurrent('fails on each bad fixture, with its messages, writing nothing', () => {
    it.each(badCaseNames())('%s', async (name) => {
      const content = layContent(`bad-${name}`, GOOD, join(BAD, name));
      const out = join(SCRATCH, `dist-bad-${name}`);
      const run = await astroBuild(content, out);
      expect(run.code).not.toBe(0);
      // The build names the folder it was given and checks dates against the real build date.
      const expected = expectedReport(name)
        .replaceAll('content/', `${content}/`)
        .replaceAll(`(${FIXTURE_TODAY})`, `(${todayUtc()})`);
      for (const line of expected.split('\n')) expect(run.output).toContain(line);
      expect(run.output).toContain('nothing was built');
      expect(existsSync(out)).toBe(false);
    });
  });
});
