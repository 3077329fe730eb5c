/** threads.json: every thread with its introduction and its events in order, safe for any text. */
import { describe, expect, it } from 'vitest';
import { EXPORT_FILES, exportText } from '../../src/lib/export/catalog.ts';
import { EXPORT_VERSION, LICENSE, exportData } from '../../src/lib/export/common.ts';
import { threadsDocument } from '../../src/lib/export/threads-json.ts';
import { buildThreads } from '../../src/lib/threads.ts';
import { AT_ROOT, HOSTILE, UNDER_SUBPATH, fixtures } from '../helpers/export.ts';

const hostileText = Object.values(HOSTILE).join(' | ');
const base = exportData(fixtures.events, fixtures.actors);
const threads = buildThreads(
  new Map([
    ...fixtures.threads,
    ['hostile-thread', { title: hostileText, summary: hostileText, events: ['fixture-month', 'fixture-apology'] }],
  ]),
  base.ordered,
);
const data = {
  ...base,
  threads,
  threadBodies: new Map([['fixture-thread', `An introduction: ${HOSTILE.script}`]]),
};

describe('threads.json', () => {
  it('lists every thread, earliest first, with its events in order and their places and addresses', () => {
    const document = threadsDocument(data, AT_ROOT);
    expect(document.threadCount).toBe(2);
    expect(document.threads.map((thread) => thread.id)).toEqual(['fixture-thread', 'hostile-thread']);
    expect(document.threads[0]).toEqual({
      id: 'fixture-thread',
      url: 'https://chronology.example.org/threads/fixture-thread/',
      title: 'A fixture thread from the crash to the apology',
      summary: 'A fixture thread: the crash and the apology three days later, in the order they happened.',
      introduction: `An introduction: ${HOSTILE.script}`,
      from: '2024-12-25',
      to: '2024-12-28',
      eventCount: 2,
      events: [
        {
          position: 1,
          id: 'fixture-crash',
          url: 'https://chronology.example.org/events/fixture-crash/',
          date: '2024-12-25',
          title: 'A passenger jet crashes near Aktau after failing to land in Grozny',
        },
        {
          position: 2,
          id: 'fixture-apology',
          url: 'https://chronology.example.org/events/fixture-apology/',
          date: '2024-12-28',
          title: 'The Russian president apologises by phone for the incident',
        },
      ],
    });
    expect(document.threads[1]?.events.map((event) => [event.position, event.id])).toEqual([
      [1, 'fixture-apology'],
      [2, 'fixture-month'],
    ]);
    expect(document.threads[1]?.introduction).toBe('');
  });

  it('reads back exactly, hostile text included, and links under the sub-path without a public address', () => {
    const text = exportText('data/threads.json', data, UNDER_SUBPATH);
    const parsed = JSON.parse(text) as ReturnType<typeof threadsDocument>;
    expect(parsed.threads[1]?.title).toBe(hostileText);
    expect(parsed.threads[0]?.url).toBe('/chronology/threads/fixture-thread/');
    expect(parsed.threads[0]?.events[0]?.url).toBe('/chronology/events/fixture-crash/');
    expect(parsed.threads[0]?.introduction).toBe(`An introduction: ${HOSTILE.script}`);
  });

  it('is an empty list for content without threads, and is in the catalogue', () => {
    expect(threadsDocument(base, AT_ROOT)).toMatchObject({ threadCount: 0, threads: [] });
    expect(EXPORT_FILES.map((file) => file.path)).toContain('data/threads.json');
  });
});

describe('threads.json on hand-made content', () => {
  it('gives every thread an empty introduction when none is known, and the data its update date and licence', () => {
    const content = exportData(fixtures.events, fixtures.actors);
    const only = buildThreads(new Map([...fixtures.threads]), content.ordered);
    const document = threadsDocument({ ...content, threads: only }, UNDER_SUBPATH);
    expect(document.threads.map((thread) => [thread.id, thread.introduction, thread.eventCount])).toEqual([
      ['fixture-thread', '', 2],
    ]);
    expect(document).toMatchObject({ version: EXPORT_VERSION, updated: '2025-03-10', license: LICENSE });
  });
});
