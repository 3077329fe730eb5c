/**
 * The content check around the validator, on small folders written for each test: what it reads from disk
 * (read.ts), the publisher list, the floor on a partial chronology, the report, and the check of the rendered
 * HTML (check.ts). The real content and the corpora run the same code on larger sets; these pin each branch.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, checkFiles } from '../../src/lib/content/check.ts';
import { contentDir, DEFAULT_MIN_EVENTS, minEvents } from '../../src/lib/content/location.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { readContent, resolveContentDir } from '../../src/lib/content/read.ts';
import type { ContentFile } from '../../src/lib/content/validate.ts';
import { ROOT, SCRATCH } from '../helpers/build.ts';

const BASE = join(SCRATCH, 'content-check-unit');
afterAll(() => rmSync(BASE, { recursive: true, force: true }));

const ACTOR = '---\nname: An Actor\nkind: person\nside: azerbaijan\ndescription: Someone the events name.\n---\n';
const event = (publisher = 'Example News', body = 'Context in a sentence.') =>
  [
    '---',
    'title: An event used by the content check tests',
    'summary: A small event for the tests of the content check, valid unless a test changes it.',
    'date: "2025-03-01"',
    'precision: day',
    'type: statement',
    'status: confirmed',
    'actors:',
    '  - { id: one, role: initiator }',
    'sources:',
    '  - id: report',
    '    url: https://example.org/report',
    '    title: A report of the event',
    `    publisher: ${publisher}`,
    '    published: "2025-03-01"',
    '    language: en',
    '    kind: original',
    '---',
    '',
    body,
    '',
  ].join('\n');
const PAGE =
  '---\ntitle: About\ndescription: What the site is and how it is made, for the readers of the tests.\n---\n\nAbout.\n';

let folders = 0;
/** A content folder under the scratch space with the given files (path → text or bytes); returns its path from the root. */
function folder(files: Record<string, string | Uint8Array>): string {
  folders += 1;
  const dir = join(BASE, `set-${folders}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return `test-results/content-check-unit/set-${folders}`;
}

const TODAY = '2026-06-01';
const check = (dir: string, extra: { minEvents?: number } = {}) =>
  checkContent(ROOT, { contentDir: dir, today: TODAY, minEvents: 1, ...extra });

describe('location', () => {
  it('reads the content folder from CHRONOLOGY_CONTENT_DIR, else content', () => {
    expect(contentDir({})).toBe('content');
    expect(contentDir({ CHRONOLOGY_CONTENT_DIR: '' })).toBe('content');
    expect(contentDir({ CHRONOLOGY_CONTENT_DIR: 'elsewhere' })).toBe('elsewhere');
  });
  it('reads the floor from CHRONOLOGY_MIN_EVENTS when it is a whole number of at least 0', () => {
    expect(minEvents({})).toBe(DEFAULT_MIN_EVENTS);
    expect(minEvents({ CHRONOLOGY_MIN_EVENTS: '0' })).toBe(0);
    expect(minEvents({ CHRONOLOGY_MIN_EVENTS: '7' })).toBe(7);
    for (const value of ['', '-1', '2.5', 'many'])
      expect(minEvents({ CHRONOLOGY_MIN_EVENTS: value }), value).toBe(DEFAULT_MIN_EVENTS);
  });
});

describe('readContent', () => {
  it('reads every file of each collection, in subfolders too, skips dotfiles, and takes pages from the top only', async () => {
    const dir = folder({
      'actors/one.md': ACTOR,
      'events/2025/b.md': event(),
      'events/a.md': event(),
      'events/notes.txt': 'not Markdown',
      'events/.draft.md': 'hidden',
      'events/.hidden/c.md': 'hidden too',
      'threads/t.md': 'thread',
      'about.md': PAGE,
      'notes.txt': 'not a page',
      '.secret.md': 'hidden page',
      'elsewhere/d.md': 'not a collection',
    });
    mkdirSync(join(ROOT, dir, 'folder.md'));
    const read = await readContent(ROOT, dir);
    expect(read.exists).toBe(true);
    expect(read.folder).toBe(join(ROOT, dir));
    expect(read.files.map((file) => `${file.collection} ${file.path}`)).toEqual([
      `events ${dir}/events/2025/b.md`,
      `events ${dir}/events/a.md`,
      `events ${dir}/events/notes.txt`,
      `actors ${dir}/actors/one.md`,
      `threads ${dir}/threads/t.md`,
      `pages ${dir}/about.md`,
    ]);
    expect(read.files.find((file) => file.path.endsWith('a.md'))?.text).toBe(event());
    expect(read.publishers).toBeUndefined();
    expect('publishers' in read).toBe(false);
  });

  it('marks a file that is not UTF-8 with the line of its first bad byte, and reads the rest of it', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('---\nname: A\n'),
      0xff,
      ...new TextEncoder().encode('x\n---\n'),
    ]);
    const dir = folder({ 'actors/bad.md': bytes, 'actors/good.md': ACTOR });
    const [bad, good] = (await readContent(ROOT, dir)).files;
    expect(bad?.badUtf8Line).toBe(3);
    expect(bad?.text).toBe('---\nname: A\n\uFFFDx\n---\n');
    expect(good && 'badUtf8Line' in good).toBe(false);
  });

  it('reads the publisher list when there is one', async () => {
    const dir = folder({ 'publishers.yaml': '- name: Example News\n' });
    expect((await readContent(ROOT, dir)).publishers).toEqual({
      path: `${dir}/publishers.yaml`,
      text: '- name: Example News\n',
    });
  });

  it('says when the folder is missing or is a file, and takes a folder outside the project by its absolute path', async () => {
    expect(await readContent(ROOT, 'test-results/content-check-unit/none')).toEqual({
      folder: join(ROOT, 'test-results/content-check-unit/none'),
      exists: false,
      files: [],
    });
    const file = folder({ 'x.md': PAGE });
    expect((await readContent(ROOT, `${file}/x.md`)).exists).toBe(false);
    const outside = join(tmpdir(), `content-check-unit-${process.pid}`);
    mkdirSync(join(outside, 'actors'), { recursive: true });
    writeFileSync(join(outside, 'actors', 'one.md'), ACTOR);
    try {
      const read = await readContent(ROOT, outside);
      expect(read.folder).toBe(outside);
      expect(read.files.map((f) => f.path)).toEqual([join(outside, 'actors', 'one.md')]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('fails loudly when a collection cannot be read for another reason than its absence', async () => {
    const dir = folder({ events: 'a file where the folder should be' });
    await expect(readContent(ROOT, dir)).rejects.toThrow(/ENOTDIR/);
  });

  it('resolves the folder against the root unless it is absolute', () => {
    expect(resolveContentDir('/project', 'content')).toBe('/project/content');
    expect(resolveContentDir('/project', '/data/content')).toBe('/data/content');
  });

  it('follows a symbolic link to a page', async () => {
    const dir = folder({ 'target/about.md': PAGE });
    symlinkSync(join(ROOT, dir, 'target', 'about.md'), join(ROOT, dir, 'about.md'));
    expect((await readContent(ROOT, dir)).files.map((f) => f.path)).toEqual([`${dir}/about.md`]);
  });
});

describe('checkContent', () => {
  it('reports what it read, with counts in words, and passes a complete small folder', async () => {
    const dir = folder({
      'actors/one.md': ACTOR,
      'events/a.md': event(),
      'threads/t.md':
        '---\ntitle: A thread of the one event\nsummary: A thread that lists the one event, twice over, for the content check tests.\nevents: [a, a]\n---\n\nIntro.\n',
      'about.md': PAGE,
      'publishers.yaml': '- name: Example News\n- name: Other News\n  aliases: [Other]\n',
    });
    const { result, report, folder: read } = await check(dir);
    expect(read).toBe(join(ROOT, dir));
    expect(report.split('\n')[0]).toBe(
      `Read ${join(ROOT, dir)}: 1 event files, 1 actor files, 1 thread file, 1 page, 2 publishers.`,
    );
    expect(result.problems.map((p) => p.message)).toEqual(['lists event "a" a second time (it is also events[0])']);
    const plain = await check(
      folder({
        'actors/one.md': ACTOR,
        'events/a.md': event(),
        'events/b.md': event(),
        'about.md': PAGE,
        'x.md': PAGE,
      }),
    );
    expect(plain.report).toBe(
      `Read ${join(ROOT, plain.folder.slice(ROOT.length + 1))}: 2 event files, 1 actor files, 0 thread files, 2 pages.\nContent check: 0 errors, 0 warnings in 2 events and 1 actor.`,
    );
    expect(plain.result.ok).toBe(true);
    expect(plain.result.events.size).toBe(2);
  });

  it("holds sources to the publisher list, and reports the list's own problems on its file", async () => {
    const listed = await check(
      folder({
        'actors/one.md': ACTOR,
        'events/a.md': event('Other'),
        'publishers.yaml': '- name: Example News\n- name: Other News\n  aliases: [Other]\n',
      }),
    );
    expect(listed.result.problems.map((p) => p.message)).toEqual(['"Other" is another spelling of "Other News"']);
    expect(listed.result.ok).toBe(false);

    const broken = folder({
      'actors/one.md': ACTOR,
      'events/a.md': event('Anyone'),
      'publishers.yaml': '- name: Alpha\n  - name: Beta\n',
    });
    expect((await check(broken)).result.problems.map(formatProblem)).toEqual([
      `${broken}/publishers.yaml:2 error (publishers): is not valid YAML: bad indentation of a sequence entry\n    fix: Write one "- name: …" entry per publisher.`,
    ]);

    const wrong = folder({
      'actors/one.md': ACTOR,
      'events/a.md': event('Anyone'),
      'publishers.yaml': '- name: Alpha\n- title: Beta\n',
    });
    expect((await check(wrong)).result.problems.map(formatProblem)).toEqual([
      `${wrong}/publishers.yaml error (publishers): 1.name: Invalid input: expected string, received undefined\n    fix: Each entry is "- name: Publisher" with optional "aliases: [Other spelling]".`,
      `${wrong}/publishers.yaml error (publishers): 1: Unrecognized key: "title"\n    fix: Each entry is "- name: Publisher" with optional "aliases: [Other spelling]".`,
    ]);
    const notAList = folder({
      'actors/one.md': ACTOR,
      'events/a.md': event('Anyone'),
      'publishers.yaml': 'name: Alpha\n',
    });
    expect((await check(notAList)).result.problems.map((p) => p.message)).toEqual([
      'the list: Invalid input: expected array, received object',
    ]);

    const twice = folder({
      'actors/one.md': ACTOR,
      'events/a.md': event('Example News'),
      'publishers.yaml':
        '- name: Example News\n- name: Other\n  aliases: [Example News, Oth]\n- name: Third\n  aliases: [Oth]\n',
    });
    expect((await check(twice)).result.problems.map(formatProblem)).toEqual([
      `${twice}/publishers.yaml error (publishers): "Example News" is listed twice (under "Example News" and "Other")\n    fix: Keep each spelling under one publisher.`,
      `${twice}/publishers.yaml error (publishers): "Oth" is listed twice (under "Other" and "Third")\n    fix: Keep each spelling under one publisher.`,
    ]);
  });

  it('refuses a missing folder, naming the variable that points at it', async () => {
    const { result, report } = await check('test-results/content-check-unit/nowhere');
    expect(result.ok).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([
      `${join(ROOT, 'test-results/content-check-unit/nowhere')} error (folder): does not exist, so there is no content to build\n    fix: Check CHRONOLOGY_CONTENT_DIR: it is read as an absolute path, or relative to the project root. Unset it to build content/.`,
    ]);
    expect(report.split('\n')[0]).toBe(
      `Read ${join(ROOT, 'test-results/content-check-unit/nowhere')}: 0 event files, 0 actor files, 0 thread files, 0 pages.`,
    );
  });

  it('refuses a folder without actors or events, or with fewer events than the floor (the floor itself allowed)', async () => {
    const empty = folder({ 'about.md': PAGE });
    expect((await check(empty)).result.problems.map((p) => `${p.field}: ${p.message} / ${p.fix}`)).toEqual([
      '(folder): has no actors (no files in actors/) / Point the build at the folder that holds events/ and actors/.',
      '(folder): has no events (no files in events/) / Point the build at the folder that holds events/ and actors/.',
    ]);
    const two = folder({ 'actors/one.md': ACTOR, 'events/a.md': event(), 'events/b.md': event() });
    expect((await check(two, { minEvents: 2 })).result.ok).toBe(true);
    const short = await check(two, { minEvents: 3 });
    expect(short.result.problems.map(formatProblem)).toEqual([
      `${join(ROOT, two)} error (folder): has 2 events, fewer than the floor of 3, so the site would publish a partial chronology\n    fix: Check that the whole folder was checked out. If events were removed on purpose, set CHRONOLOGY_MIN_EVENTS (or lower the default in src/lib/content/location.ts).`,
    ]);
    expect(short.result.ok).toBe(false);
    // Without the option, the floor comes from the environment or the default.
    expect((await checkContent(ROOT, { contentDir: two, today: TODAY })).result.problems[0]?.message).toBe(
      `has 2 events, fewer than the floor of ${minEvents()}, so the site would publish a partial chronology`,
    );
  });
});

describe('checkContent options', () => {
  it('renders with the renderer it is given, and passes with warnings only', async () => {
    const dir = folder({ 'actors/one.md': ACTOR, 'actors/unused.md': ACTOR, 'events/a.md': event() });
    const warned = await check(dir);
    expect(warned.result.problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
      'warning actor "unused" is not used by any event',
    ]);
    expect(warned.result.ok).toBe(true);
    const rendered = await checkContent(ROOT, {
      contentDir: dir,
      today: TODAY,
      minEvents: 1,
      render: () => Promise.resolve('<div></div>'),
    });
    expect(rendered.result.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
      'renders a <div> element, which a body may not contain',
      'renders a <div> element, which a body may not contain',
      'renders a <div> element, which a body may not contain',
    ]);
  });

  it('reads content/ when no folder is given', async () => {
    expect((await readContent(ROOT)).folder).toBe(join(ROOT, 'content'));
  });
});

describe('checkFiles', () => {
  const files = (body: string): ContentFile[] => [
    { path: 'content/actors/one.md', collection: 'actors', text: ACTOR },
    { path: 'content/events/a.md', collection: 'events', text: event('Example News', body) },
  ];

  it("renders each body with the site's renderer and refuses what the HTML gate refuses, on its line", async () => {
    const result = await checkFiles(files('First paragraph.\n\n## Main\n\nMore.'), { today: TODAY });
    expect(result.problems.map(formatProblem)).toEqual([
      'content/events/a.md:22 error (body): has a heading that would take the id "main", which the page itself uses\n    fix: Reword the heading: its words decide its id, and this one would send the page\'s own links to it.',
    ]);
    expect(result.ok).toBe(false);
    expect((await checkFiles(files('Fine.'), { today: TODAY })).ok).toBe(true);
  });

  it("places a finding it cannot find in the source on the body's first line", async () => {
    const result = await checkFiles(files('Text.'), {
      today: TODAY,
      render: (body) => Promise.resolve(body === 'Text.' ? '<p>Text.</p><div></div>' : ''),
    });
    expect(result.problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      '20 renders a <div> element, which a body may not contain',
    ]);
  });

  it('says when a body cannot be rendered', async () => {
    const result = await checkFiles(files('Text.'), {
      today: TODAY,
      render: (body) => (body === 'Text.' ? Promise.reject(new Error('boom')) : Promise.resolve('')),
    });
    expect(result.problems.map(formatProblem)).toEqual([
      'content/events/a.md:20 error (body): could not be rendered (boom)\n    fix: Simplify the Markdown around this line.',
    ]);
    expect(result.ok).toBe(false);
  });

  it('does not judge the HTML of a body with a Markdown-level problem, or of a file without frontmatter', async () => {
    const rendered: string[] = [];
    const render = (body: string) => {
      rendered.push(body);
      return Promise.resolve(`<div>${body}</div>`);
    };
    const result = await checkFiles(
      [
        ...files('<b>x</b>'),
        { path: 'content/events/b.md', collection: 'events', text: 'No frontmatter.' },
        { path: 'content/events/c.md', collection: 'events', text: '---\n: bad: yaml\n---\nText.' },
      ],
      { today: TODAY, render },
    );
    // The actor's empty body, and the body after a frontmatter that is not YAML (its YAML error is reported).
    expect(rendered).toEqual(['', 'Text.']);
    expect(result.problems.filter((p) => p.message.startsWith('renders')).map((p) => p.file)).toEqual([
      'content/actors/one.md',
      'content/events/c.md',
    ]);
  });

  it('passes with warnings only', async () => {
    const unused: ContentFile = { path: 'content/actors/unused.md', collection: 'actors', text: ACTOR };
    const result = await checkFiles([...files('Fine.'), unused], { today: TODAY });
    expect(result.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(result.ok).toBe(true);
  });

  it('passes the publisher list and the content folder on to the validator', async () => {
    const result = await checkFiles(files('Fine.'), {
      today: TODAY,
      contentDir: 'data',
      publishers: [{ name: 'Other', aliases: [] }],
    });
    expect(result.problems.map((p) => p.fix)).toEqual([
      'If this is a new publisher, add "- name: Example News" to data/publishers.yaml; otherwise use the spelling there.',
    ]);
  });
});
