/** The thread model: order, span, position, previous and next, membership per event. */
import { describe, expect, it } from 'vitest';
import { buildChronology, type EventView } from '../../src/lib/chronology.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import {
  buildThreads,
  followingStatus,
  membershipIndex,
  membershipsOf,
  positionLabel,
  stepLabels,
} from '../../src/lib/threads.ts';
import type { Thread } from '../../src/schemas/thread.ts';
import { FIXTURE_TODAY, GOOD, readFixture } from '../helpers/fixtures.ts';

const { events, actors, threads } = validateContent(readFixture(GOOD), { today: FIXTURE_TODAY });
const ordered = buildChronology(events, actors);

const thread = (ids: string[], title = 'A thread', summary = 'What the thread follows.'): Thread => ({
  title,
  summary,
  events: ids,
});
const ids = (list: readonly EventView[]) => list.map((event) => event.id);

describe('buildThreads', () => {
  it('resolves the fixture thread in order, with its span in words and for <time>', () => {
    const [view] = buildThreads(threads, ordered);
    expect(view).toMatchObject({
      id: 'fixture-thread',
      title: 'A fixture thread from the crash to the apology',
      from: '2024-12-25',
      to: '2024-12-28',
      start: '2024-12-25',
      finish: '2024-12-28',
      span: '25–28 December 2024',
    });
    expect(ids(view!.events)).toEqual(['fixture-crash', 'fixture-apology']);
  });

  it("follows the chronology's order whatever the file's order", () => {
    const [view] = buildThreads(
      new Map([['t', thread(['fixture-month', 'fixture-crash', 'fixture-apology'])]]),
      ordered,
    );
    expect(ids(view!.events)).toEqual(['fixture-crash', 'fixture-apology', 'fixture-month']);
  });

  it('ends the span with the event that ends last, to its precision', () => {
    const [view] = buildThreads(new Map([['t', thread(['fixture-crash', 'fixture-month'])]]), ordered);
    expect(view).toMatchObject({ from: '2024-12-25', to: '2025-03-10', finish: '2025-03-10' });
    expect(view!.span).toBe('25 December 2024 – around 10 March 2025');
  });

  it('spans only the events in the crisis, and names the earliest background event apart', () => {
    const withBackground = ordered.map((event) =>
      event.id === 'fixture-crash' ? { ...event, background: true } : event,
    );
    const [view] = buildThreads(
      new Map([['t', thread(['fixture-crash', 'fixture-apology', 'fixture-month'])]]),
      withBackground,
    );
    expect(ids(view!.events)).toEqual(['fixture-crash', 'fixture-apology', 'fixture-month']);
    expect(view).toMatchObject({
      from: '2024-12-28',
      start: '2024-12-28',
      span: '28 December 2024 – around 10 March 2025',
    });
    expect(view!.background).toEqual({ date: '2024-12-25', when: '25 December 2024' });
    const [plain] = buildThreads(new Map([['t', thread(['fixture-crash', 'fixture-apology'])]]), ordered);
    expect(plain!.background).toBeUndefined();
  });

  it('spans its background events when it has nothing else', () => {
    const allBackground = ordered.map((event) => ({ ...event, background: true }));
    const [view] = buildThreads(new Map([['t', thread(['fixture-crash', 'fixture-apology'])]]), allBackground);
    expect(view).toMatchObject({ from: '2024-12-25', span: '25–28 December 2024' });
    expect(view!.background).toBeUndefined();
  });

  it('gives a single date when every event falls on it', () => {
    const sameDay = ordered.map((event) =>
      event.id === 'fixture-apology'
        ? { ...event, date: '2024-12-25', start: '2024-12-25', finish: '2024-12-25' }
        : event,
    );
    const [view] = buildThreads(new Map([['t', thread(['fixture-crash', 'fixture-apology'])]]), sameDay);
    expect(view!.span).toBe('25 December 2024');
  });

  it('lists threads by their first day, then by title', () => {
    const views = buildThreads(
      new Map([
        ['late', thread(['fixture-apology', 'fixture-month'], 'Later')],
        ['b', thread(['fixture-crash', 'fixture-month'], 'Bravo')],
        ['a', thread(['fixture-crash', 'fixture-apology'], 'Alpha')],
      ]),
      ordered,
    );
    expect(views.map((view) => view.id)).toEqual(['a', 'b', 'late']);
  });

  it('refuses an event the chronology does not have (the content check never lets one through)', () => {
    expect(() => buildThreads(new Map([['t', thread(['fixture-crash', 'nowhere'])]]), ordered)).toThrow(
      'thread t: unknown event nowhere',
    );
  });
});

describe('membership', () => {
  const views = buildThreads(
    new Map([
      ['three', thread(['fixture-crash', 'fixture-apology', 'fixture-month'], 'Three')],
      ['two', thread(['fixture-crash', 'fixture-month'], 'Two')],
    ]),
    ordered,
  );

  it('gives the middle event its position and both neighbours', () => {
    const [only, ...rest] = membershipsOf(views, 'fixture-apology');
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ thread: { id: 'three', title: 'Three' }, position: 2, total: 3 });
    expect([only?.previous?.id, only?.next?.id]).toEqual(['fixture-crash', 'fixture-month']);
  });

  it('gives the first event no previous and the last no next, in every thread it is in', () => {
    const first = membershipsOf(views, 'fixture-crash');
    expect(first.map((m) => [m.thread.id, m.position, m.total, m.previous?.id, m.next?.id])).toEqual([
      ['three', 1, 3, undefined, 'fixture-apology'],
      ['two', 1, 2, undefined, 'fixture-month'],
    ]);
    expect(first.every((m) => !('previous' in m))).toBe(true);
    const last = membershipsOf(views, 'fixture-month');
    expect(last.map((m) => [m.thread.id, m.position, m.previous?.id, m.next?.id])).toEqual([
      ['three', 3, 'fixture-apology', undefined],
      ['two', 2, 'fixture-crash', undefined],
    ]);
  });

  it('is empty for an event in no thread', () => {
    expect(membershipsOf(buildThreads(threads, ordered), 'fixture-month')).toEqual([]);
    expect(membershipIndex([]).size).toBe(0);
  });

  it('indexes every event of every thread once per thread', () => {
    const index = membershipIndex(views);
    expect([...index.keys()].sort()).toEqual(['fixture-apology', 'fixture-crash', 'fixture-month']);
    expect(index.get('fixture-crash')).toHaveLength(2);
  });

  it('words a position', () => {
    expect(positionLabel(3, 9)).toBe('3 of 9');
  });
});

describe('the home page wording', () => {
  it('labels each step of a followed thread', () => {
    expect([...stepLabels(['a', 'b', 'c'])]).toEqual([
      ['a', '1 of 3'],
      ['b', '2 of 3'],
      ['c', '3 of 3'],
    ]);
    expect(stepLabels([]).size).toBe(0);
  });

  it('announces the marked events and those the filters hide', () => {
    expect(followingStatus('', 5, 0)).toBe('');
    expect(followingStatus('Flight 8243', 20, 0)).toBe('Following “Flight 8243”: 20 events marked in the list.');
    expect(followingStatus('Flight 8243', 20, 1)).toBe(
      'Following “Flight 8243”: 20 events marked in the list; 1 of them is hidden by the filters.',
    );
    expect(followingStatus('Flight 8243', 20, 3)).toBe(
      'Following “Flight 8243”: 20 events marked in the list; 3 of them are hidden by the filters.',
    );
    expect(followingStatus('Flight 8243', 20, 20)).toBe(
      'Following “Flight 8243”: 20 events marked in the list; all are hidden by the filters.',
    );
    expect(followingStatus('One', 1, 1)).toBe(
      'Following “One”: 1 event marked in the list; it is hidden by the filters.',
    );
  });
});
