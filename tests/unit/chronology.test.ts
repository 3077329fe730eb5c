import { describe, expect, it } from 'vitest';
import {
  buildChronology,
  eventCounts,
  groupByMonth,
  incomingLinks,
  laneOf,
  neighbours,
} from '../../src/lib/chronology.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { FIXTURE_TODAY, GOOD, readFixture } from '../helpers/fixtures.ts';

const { events, actors } = validateContent(readFixture(GOOD), { today: FIXTURE_TODAY });
/**
 * Built inside each test, not when the file loads: Stryker switches a mutant on only while tests run, so a
 * chronology built at import time would never see one (npm run test:mutation).
 */
const ordered = () => buildChronology(events, actors);

describe('buildChronology', () => {
  it('orders events by their first possible day', () => {
    expect(ordered().map((event) => event.id)).toEqual(['fixture-crash', 'fixture-apology', 'fixture-month']);
  });

  it('resolves actors, words the date and spans the whole period', () => {
    const month = ordered().find((event) => event.id === 'fixture-month')!;
    expect(month.when).toBe('February – around 10 March 2025');
    expect([month.start, month.finish]).toEqual(['2025-02-01', '2025-03-10']);
    expect(month.actors).toEqual([{ id: 'ilham-aliyev', name: 'Ilham Aliyev', side: 'azerbaijan', role: 'initiator' }]);
    expect(month.group).toBe('2025-02');
  });

  it("gives each claim its maker, the maker's side and the stance, for the claim filter", () => {
    expect(ordered().find((event) => event.id === 'fixture-crash')!.claims).toEqual([
      { by: 'rosaviatsia', side: 'russia', stance: 'asserts' },
      { by: 'azal', side: 'azerbaijan', stance: 'disputes' },
    ]);
    expect(ordered().find((event) => event.id === 'fixture-month')!.claims).toEqual([]);
  });

  it('puts an event in the lane of its initiator, else of its first actor', () => {
    expect(ordered().find((event) => event.id === 'fixture-apology')!.lane).toBe('russia');
    expect(ordered().find((event) => event.id === 'fixture-crash')!.lane).toBe('azerbaijan');
    expect(laneOf('kazakhstan')).toBe('others');
  });
});

describe('groupByMonth, neighbours, incomingLinks, eventCounts', () => {
  it('groups in order under month headings', () => {
    expect(groupByMonth(ordered(), (key) => `m${key}`).map((group) => [group.label, group.events.length])).toEqual([
      ['m2024-12', 2],
      ['m2025-02', 1],
    ]);
  });

  it('finds the previous and next events', () => {
    const around = neighbours(ordered(), 'fixture-apology');
    expect([around.previous?.id, around.next?.id]).toEqual(['fixture-crash', 'fixture-month']);
    expect(neighbours(ordered(), 'fixture-crash').previous).toBeUndefined();
  });

  it('reverses related links', () => {
    expect(incomingLinks(events).get('fixture-crash')).toEqual([
      { from: 'fixture-apology', relation: 'responds-to' },
      { from: 'fixture-month', relation: 'context' },
    ]);
  });

  it('counts the events of each actor', () => {
    expect(Object.fromEntries(eventCounts(events))).toEqual({
      azal: 1,
      rosaviatsia: 1,
      'vladimir-putin': 1,
      'ilham-aliyev': 2,
    });
  });

  describe('on hand-made variants of a fixture event', () => {
    const base = events.get('fixture-month')!;
    type Event = typeof base;
    const build = (...variants: [string, Partial<Event>][]) =>
      buildChronology(new Map(variants.map(([id, change]) => [id, { ...base, ...change }])), actors);

    it('orders equal first days by the more exact date, then by importance, then by id', () => {
      const order = build(
        ['d-month', { date: '2025-02', precision: 'month', end: undefined, endPrecision: undefined, importance: 1 }],
        [
          'c-day-minor',
          { date: '2025-02-01', precision: 'day', end: undefined, endPrecision: undefined, importance: 3 },
        ],
        ['b-day', { date: '2025-02-01', precision: 'day', end: undefined, endPrecision: undefined, importance: 2 }],
        ['a-day', { date: '2025-02-01', precision: 'day', end: undefined, endPrecision: undefined, importance: 2 }],
      ).map((event) => event.id);
      expect(order).toEqual(['a-day', 'b-day', 'c-day-minor', 'd-month']);
    });

    it('lists a year-precision event under its year, and a span without an end precision keeps the start one', () => {
      const [year] = build(['y', { date: '2024', precision: 'year', end: undefined, endPrecision: undefined }]);
      expect([year!.group, year!.endPrecision]).toEqual(['2024', 'year']);
      const [span] = build(['s', { date: '2025-02-03', precision: 'day', end: '2025-02-05', endPrecision: undefined }]);
      expect([span!.group, span!.endPrecision, span!.finish]).toEqual(['2025-02', 'day', '2025-02-05']);
    });

    it('takes the lane of the initiator wherever it is listed, else of the first actor', () => {
      const [led] = build([
        'l',
        {
          actors: [
            { id: 'vladimir-putin', role: 'target' },
            { id: 'ilham-aliyev', role: 'initiator' },
          ],
        },
      ]);
      expect(led!.lane).toBe('azerbaijan');
      const [first] = build([
        'f',
        {
          actors: [
            { id: 'vladimir-putin', role: 'target' },
            { id: 'ilham-aliyev', role: 'target' },
          ],
        },
      ]);
      expect(first!.lane).toBe('russia');
      expect(first!.actors[0]).toEqual({
        id: 'vladimir-putin',
        name: 'Vladimir Putin',
        side: 'russia',
        role: 'target',
      });
    });

    it('refuses an actor or a claimant it cannot resolve, naming the event', () => {
      expect(() => build(['e', { actors: [{ id: 'nobody', role: 'initiator' }] }])).toThrow('e: unknown actor nobody');
      expect(() => build(['e', { claims: [{ ...events.get('fixture-crash')!.claims[0]!, by: 'nobody' }] }])).toThrow(
        'e: unknown claimant nobody',
      );
      expect(() => build(['e', { date: '2025-13-40' }])).toThrow('e: invalid date 2025-13-40');
    });
  });
});
