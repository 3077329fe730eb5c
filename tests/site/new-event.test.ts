/**
 * `npm run new:event` end to end: the script run with flags, as a scripted editor would, against a temporary copy
 * of the good fixture set (CHRONOLOGY_CONTENT_DIR), checked by the same check as `npm run check:content`.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { CONTENT_DIR_VARIABLE, MIN_EVENTS_VARIABLE } from '../../src/lib/content/location.ts';
import { childEnv, ROOT } from '../helpers/build.ts';
import { GOOD } from '../helpers/fixtures.ts';

const SCRIPT = join(ROOT, 'scripts', 'new-event.ts');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function newEvent(content: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], {
      cwd: ROOT,
      env: childEnv({ [CONTENT_DIR_VARIABLE]: content, [MIN_EVENTS_VARIABLE]: '0' }),
      // No terminal: every answer comes from the flags.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const FLAGS = [
  '--date',
  '2025-07-01',
  '--title',
  'Azerbaijan summons the Russian ambassador over the raids',
  '--type',
  'diplomatic-step',
  '--actor',
  'ilham-aliyev:initiator',
  '--actor',
  'vladimir-putin:target',
  '--summary',
  'The foreign ministry in Baku summoned the Russian ambassador after a police raid left two men dead.',
  '--source-url',
  'https://example.org/2025/07/summons',
  '--source-publisher',
  'Example News',
  '--source-published',
  '2025-07-01',
  '--source-language',
  'en',
  '--source-kind',
  'original',
  '--source-description',
  'Report of the summons',
  '--body',
  'The summons followed the raid of 27 June.\n\nBoth governments commented the same day.',
];
const ID = '2025-07-01-azerbaijan-summons-russian-ambassador-over-raids';

let content: string;
beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'new-event-'));
  cpSync(GOOD, content, { recursive: true });
});
afterEach(() => rmSync(content, { recursive: true, force: true }));

const eventFiles = () => readdirSync(join(content, 'events')).sort();

describe('npm run new:event', () => {
  it('writes a valid event file from flags and checks the whole folder', async () => {
    const run = await newEvent(content, FLAGS);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const path = join(content, 'events', `${ID}.md`);
    expect(run.stdout).toContain(`Wrote ${path}`);
    expect(run.stdout).toContain(`Read ${content}: 4 event files, 4 actor files, 1 thread file, 1 page.`);
    expect(run.stdout).toContain('Content check: 0 errors, 0 warnings in 4 events and 4 actors.');

    const text = readFileSync(path, 'utf8');
    expect(text).toContain('date: "2025-07-01"\nprecision: day\n');
    expect(text).toContain('status: confirmed\n');
    expect(text).toContain('  - { id: ilham-aliyev, role: initiator }\n  - { id: vladimir-putin, role: target }\n');
    expect(text).toContain('  - id: example-news-2025-07-01\n');
    expect(text).toContain('    title: Report of the summons\n    titleSupplied: true\n');
    expect(text).toContain('    published: "2025-07-01"\n');
    expect(
      text.endsWith('---\n\nThe summons followed the raid of 27 June.\n\nBoth governments commented the same day.\n'),
    ).toBe(true);

    // Checked again here, independently of what the script printed.
    const check = await checkContent(ROOT, { contentDir: content, minEvents: 0 });
    expect(check.result.problems, check.report).toEqual([]);
    expect(check.result.events.get(ID)?.sources[0]?.titleSupplied).toBe(true);
  });

  it('refuses an unknown actor with the closest existing id, writing nothing', async () => {
    const flags = FLAGS.map((flag) => (flag === 'ilham-aliyev:initiator' ? 'ilham-aliev:initiator' : flag));
    const run = await newEvent(content, flags);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(
      '--actor: refers to actor "ilham-aliev", which does not exist\n    fix: Did you mean "ilham-aliyev"?',
    );
    expect(run.stderr).toContain('Nothing was written.');
    expect(eventFiles()).toEqual(['fixture-apology.md', 'fixture-crash.md', 'fixture-month.md']);
  });

  it('never overwrites an existing event, given or derived', async () => {
    const before = readFileSync(join(content, 'events', 'fixture-crash.md'), 'utf8');
    const given = await newEvent(content, [...FLAGS, '--id', 'fixture-crash']);
    expect(given.code).not.toBe(0);
    expect(given.stderr).toContain('--id: "fixture-crash" is already the id of an event');
    expect(readFileSync(join(content, 'events', 'fixture-crash.md'), 'utf8')).toBe(before);

    expect((await newEvent(content, FLAGS)).code).toBe(0);
    const written = readFileSync(join(content, 'events', `${ID}.md`), 'utf8');
    const again = await newEvent(content, [
      ...FLAGS.filter((flag) => flag !== 'Report of the summons' && flag !== '--source-description'),
      '--source-title',
      'Another headline',
    ]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain(`--id: "${ID}" is already the id of an event`);
    expect(readFileSync(join(content, 'events', `${ID}.md`), 'utf8')).toBe(written);
  });

  it('lists every missing answer when run without a terminal, and writes nothing', async () => {
    const run = await newEvent(content, ['--date', '2025-07-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--title: is missing');
    expect(run.stderr).toContain('--body: is missing');
    expect(existsSync(join(content, 'events', `${ID}.md`))).toBe(false);
    expect(eventFiles()).toHaveLength(3);
  });

  it('refuses a publisher missing from the publisher list, when the folder has one', async () => {
    cpSync(join(ROOT, 'content', 'publishers.yaml'), join(content, 'publishers.yaml'));
    const run = await newEvent(content, FLAGS);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--source-publisher: "Example News" is not on the publisher list');
    expect(eventFiles()).toHaveLength(3);
  });

  it('exits non-zero when the check of the whole folder finds a problem in the new file', async () => {
    // A link title passes the Markdown checks of --body; the check of the rendered HTML refuses it.
    const flags = FLAGS.map((flag) =>
      flag.startsWith('The summons') ? 'See [the report](https://example.org/report "Report").' : flag,
    );
    const run = await newEvent(content, flags);
    expect(run.code).toBe(1);
    const path = join(content, 'events', `${ID}.md`);
    expect(existsSync(path)).toBe(true);
    expect(run.stdout).toContain('Content check: 1 error, 0 warnings in 4 events and 4 actors.');
    expect(run.stderr).toContain(`The new file has a problem; fix it in ${path}, then run npm run check:content:`);
    expect(run.stderr).toContain(`${path}:22 error (body): renders <a> with a "title" attribute`);
  });
});
