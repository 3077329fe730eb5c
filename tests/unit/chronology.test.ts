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
const ordered = buildChronology(events, actors);

describe('buildChronology', () => {
  it('orders events by their first possible day', () => {
    expect(ordered.map((event) => event.id)).toEqual(['fixture-crash', 'fixture-apology', 'fixture-month']);
  });

  it('resolves actors, words the date and spans the whole period', () => {
    const month = ordered.find((event) => event.id === 'fixture-month')!;
    expect(month.when).toBe('February – around 10 March 2025');
    expect([month.start, month.finish]).toEqual(['2025-02-01', '2025-03-10']);
    expect(month.actors).toEqual([{ id: 'ilham-aliyev', name: 'Ilham Aliyev', side: 'azerbaijan', role: 'initiator' }]);
    expect(month.group).toBe('2025-02');
  });

  it("gives each claim its maker, the maker's side and the stance, for the claim filter", () => {
    expect(ordered.find((event) => event.id === 'fixture-crash')!.claims).toEqual([
      { by: 'rosaviatsia', side: 'russia', stance: 'asserts' },
      { by: 'azal', side: 'azerbaijan', stance: 'disputes' },
    ]);
    expect(ordered.find((event) => event.id === 'fixture-month')!.claims).toEqual([]);
  });

  it('puts an event in the lane of its initiator, else of its first actor', () => {
    expect(ordered.find((event) => event.id === 'fixture-apology')!.lane).toBe('russia');
    expect(ordered.find((event) => event.id === 'fixture-crash')!.lane).toBe('azerbaijan');
    expect(laneOf('kazakhstan')).toBe('others');
  });
});

describe('groupByMonth, neighbours, incomingLinks, eventCounts', () => {
  it('groups in order under month headings', () => {
    expect(groupByMonth(ordered, (key) => `m${key}`).map((group) => [group.label, group.events.length])).toEqual([
      ['m2024-12', 2],
      ['m2025-02', 1],
    ]);
  });

  it('finds the previous and next events', () => {
    const around = neighbours(ordered, 'fixture-apology');
    expect([around.previous?.id, around.next?.id]).toEqual(['fixture-crash', 'fixture-month']);
    expect(neighbours(ordered, 'fixture-crash').previous).toBeUndefined();
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
});
