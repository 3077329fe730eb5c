/**
 * Real builds that prove the wiring; what each bad input reports is pinned by the unit tests
 * (tests/unit/bad-fixtures.test.ts, tests/unit/hostile.test.ts), which run the same check in milliseconds.
 * Here: the fixture site (the good fixture set and the inert hostile corpus, built by the global setup from an
 * absolute path, under a sub-path with a public address) has one page per event and the security headers file;
 * a bad fixture and the whole hostile corpus each stop the build with their messages and write nothing; and a
 * build never publishes an empty or partial chronology.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INERT, layHostile, REFUSED } from '../fixtures/hostile.ts';
import { astroBuild, layContent, SCRATCH } from '../helpers/build.ts';
import { BAD, expectedReport, GOOD } from '../helpers/fixtures.ts';
import { FIXTURE_CONTENT, FIXTURE_DIR, FIXTURE_LOG } from '../helpers/site.ts';

const FEW = { CHRONOLOGY_MIN_EVENTS: '1' };

describe('the fixture site, built by the global setup', () => {
  it('builds from an absolute path, one page per event, with the security headers file', () => {
    const output = readFileSync(FIXTURE_LOG, 'utf8');
    const out = FIXTURE_DIR;
    const files = (folder: string) => readdirSync(join(FIXTURE_CONTENT, folder)).sort();
    const events = files('events').map((file) => file.replace(/\.md$/, ''));
    const inertEvents = INERT.filter((hostile) => hostile.file === 'event').map((hostile) => `hostile-${hostile.name}`);
    expect(isAbsolute(FIXTURE_CONTENT)).toBe(true);
    expect(events).toEqual(['fixture-apology', 'fixture-crash', 'fixture-month', ...inertEvents].sort());
    expect(files('actors')).toHaveLength(4);
    expect(output).toContain(
      `Read ${FIXTURE_CONTENT}: ${events.length} event files, 4 actor files, ${files('threads').length} thread files, 1 page.`,
    );
    expect(output).toContain(`Content check: 0 errors, 0 warnings in ${events.length} events and 4 actors.`);
    expect(output).toContain(`Wrote ${events.length} event pages, one for each checked event.`);
    expect(readdirSync(join(out, 'events')).sort()).toEqual(events);
    expect(readFileSync(join(out, '_headers'), 'utf8')).toContain("Content-Security-Policy: default-src 'self'");
    // Markup written as code in a body reaches the page as text.
    const page = readFileSync(join(out, 'events', 'fixture-crash', 'index.html'), 'utf8');
    expect(page).toContain('<code>&lt;b&gt;</code>');
    expect(page).not.toContain('<b>');
  });
});

describe.concurrent('astro build', () => {
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
