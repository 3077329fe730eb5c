/**
 * Real builds that prove the wiring; what each bad input reports is pinned by the unit tests
 * (tests/unit/bad-fixtures.test.ts, tests/unit/hostile.test.ts), which run the same check in milliseconds.
 * Here: the fixture site (the good fixture set and the inert hostile corpus, built by the global setup from an
 * absolute path, under a sub-path with a public address) has one page per event and the security headers file;
 * a bad fixture and the whole hostile corpus, in one folder, stop the build with every file's messages at once
 * and write nothing; and a build with fewer events than the default floor publishes nothing. The other refusals
 * of a folder (missing, empty, actors without events) take the same path through the build and are pinned by
 * tests/unit/content-check.test.ts.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INERT, layHostile, REFUSED } from '../fixtures/hostile.ts';
import { DEFAULT_MIN_EVENTS, MIN_EVENTS_VARIABLE } from '../../src/lib/content/location.ts';
import { astroBuild, layContent, ROOT, SCRATCH } from '../helpers/build.ts';
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
  it('stops on every bad file at once (a bad fixture and the whole hostile corpus), naming each with its messages, writing nothing', async () => {
    const content = join('test-results', 'content', 'bad-all');
    layHostile(
      join(ROOT, content),
      REFUSED.filter((hostile) => hostile.file === 'event'),
    );
    cpSync(join(BAD, 'script-in-summary', 'events'), join(ROOT, content, 'events'), { recursive: true });
    const out = join(SCRATCH, 'dist-bad-all');
    rmSync(out, { recursive: true, force: true });
    const run = await astroBuild(content, out, FEW);
    expect(run.code).not.toBe(0);
    for (const line of expectedReport('script-in-summary').replaceAll('content/', `${content}/`).split('\n'))
      expect(run.output).toContain(line);
    for (const hostile of REFUSED.filter((one) => one.file === 'event')) {
      const lines = run.output.split('\n').filter((line) => line.includes(`/hostile-${hostile.name}.md`));
      expect(lines.join('\n'), hostile.name).toContain(hostile.expect);
    }
    expect(run.output).toContain('nothing was built');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses fewer events than the default floor, naming the folder, writing nothing', async () => {
    // The good fixtures' three events, with CHRONOLOGY_MIN_EVENTS unset: the floor every real build keeps.
    const folder = layContent('below-floor', GOOD);
    const out = join(SCRATCH, 'dist-guard-below-floor');
    rmSync(out, { recursive: true, force: true });
    const run = await astroBuild(folder, out, { [MIN_EVENTS_VARIABLE]: '' });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(
      `${join(ROOT, folder)} error (folder): has 3 events, fewer than the floor of ${DEFAULT_MIN_EVENTS}`,
    );
    expect(run.output).toContain('nothing was built');
    expect(existsSync(out)).toBe(false);
  });
});
