/**
 * Real builds that prove the wiring; what each bad input reports is pinned by the unit tests
 * (tests/unit/bad-fixtures.test.ts, tests/unit/hostile.test.ts), which run the same check in milliseconds.
 * Here: the good fixture set builds from an absolute path; a bad fixture and the whole hostile corpus each stop
 * the build with their messages and write nothing; and a build never publishes an empty or partial chronology.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layHostile, REFUSED } from '../fixtures/hostile.ts';
import { astroBuild, layContent, SCRATCH } from '../helpers/build.ts';
import { BAD, expectedReport, GOOD } from '../helpers/fixtures.ts';

const FEW = { CHRONOLOGY_MIN_EVENTS: '1' };

describe.concurrent('astro build', () => {
  it('builds the good fixture set from an absolute path, one page per event, with the security headers file', async () => {
    const content = join(SCRATCH, 'content', 'good-absolute');
    rmSync(content, { recursive: true, force: true });
    layContent('good-absolute', GOOD);
    const out = join(SCRATCH, 'dist-good');
    const run = await astroBuild(content, out, FEW);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`Read ${content}: 3 event files, 4 actor files, 1 thread file, 1 page.`);
    expect(run.output).toContain('Content check: 0 errors, 0 warnings in 3 events and 4 actors.');
    expect(run.output).toContain('Wrote 3 event pages, one for each checked event.');
    expect(readdirSync(join(out, 'events')).sort()).toEqual(['fixture-apology', 'fixture-crash', 'fixture-month']);
    expect(readFileSync(join(out, '_headers'), 'utf8')).toContain("Content-Security-Policy: default-src 'self'");
    // Markup written as code in a body reaches the page as text.
    const page = readFileSync(join(out, 'events', 'fixture-crash', 'index.html'), 'utf8');
    expect(page).toContain('<code>&lt;b&gt;</code>');
    expect(page).not.toContain('<b>');
  });

  it('stops on a bad fixture with its messages, writing nothing', async () => {
    const content = layContent('bad-script-in-summary', GOOD, join(BAD, 'script-in-summary'));
    const out = join(SCRATCH, 'dist-bad');
    const run = await astroBuild(content, out, FEW);
    expect(run.code).not.toBe(0);
    for (const line of expectedReport('script-in-summary').replaceAll('content/', `${content}/`).split('\n'))
      expect(run.output).toContain(line);
    expect(run.output).toContain('nothing was built');
    expect(existsSync(out)).toBe(false);
  });

  it('stops on the whole hostile corpus at once, naming every hostile file, writing nothing', async () => {
    const content = join(SCRATCH, 'content', 'hostile-all');
    layHostile(
      content,
      REFUSED.filter((hostile) => hostile.file === 'event'),
    );
    const out = join(SCRATCH, 'dist-hostile-all');
    const run = await astroBuild(content, out, FEW);
    expect(run.code).not.toBe(0);
    for (const hostile of REFUSED.filter((one) => one.file === 'event')) {
      const lines = run.output.split('\n').filter((line) => line.includes(`/hostile-${hostile.name}.md`));
      expect(lines.join('\n'), hostile.name).toContain(hostile.expect);
    }
    expect(existsSync(out)).toBe(false);
  });
});

describe.concurrent('a build never publishes an empty or partial chronology', () => {
  const empty = join(SCRATCH, 'content', 'empty');
  const actorsOnly = join(SCRATCH, 'content', 'actors-only');
  const cases = [
    [
      'a missing folder',
      () => join(SCRATCH, 'content', 'no-such-folder'),
      'does not exist, so there is no content to build',
      {},
    ],
    [
      'an empty folder',
      () => (rmSync(empty, { recursive: true, force: true }), mkdirSync(empty, { recursive: true }), empty),
      'has no events (no files in events/)',
      {},
    ],
    [
      'a folder with the actors but no events',
      () => (layContent('actors-only', GOOD), rmSync(join(actorsOnly, 'events'), { recursive: true }), actorsOnly),
      'has no events (no files in events/)',
      {},
    ],
    [
      'fewer events than the floor',
      () => layContent('below-floor', GOOD),
      'has 3 events, fewer than the floor of 45',
      {},
    ],
  ] as const;

  it.each(cases)('refuses %s, naming the folder, writing nothing', async (_name, lay, message, env) => {
    const folder = lay();
    const out = join(SCRATCH, `dist-guard-${folder.split('/').at(-1)}`);
    rmSync(out, { recursive: true, force: true });
    const run = await astroBuild(folder, out, env);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(message);
    expect(run.output).toMatch(/(\/|content\/)[\w-]+ error \(folder\)/);
    expect(existsSync(out)).toBe(false);
  });
});
