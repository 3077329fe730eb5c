import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  chooseDrawn,
  filterWindow,
  importanceLimit,
  initialWindow,
  laneGroups,
  LABEL_CHARS,
  NARROW_LABEL_CHARS,
  nextDay,
  shorten,
  timelineLabel,
  toTimelineItem,
  type TimelineSource,
} from '../../src/lib/timeline-items.ts';

const base: TimelineSource = {
  id: 'x',
  title: 'A <b>title</b> & more',
  when: '25 December 2024',
  start: '2024-12-25',
  finish: '2024-12-25',
  precision: 'day',
  hasEnd: false,
  lane: 'azerbaijan',
  background: false,
  importance: 1,
  status: 'disputed',
};

describe('toTimelineItem', () => {
  it('draws a day as a point', () => {
    expect(toTimelineItem(base)).toEqual({
      id: 'x',
      label: 'A <b>title</b> & more',
      tooltip: '25 December 2024: A <b>title</b> & more',
      start: '2024-12-25',
      type: 'point',
      group: 'azerbaijan',
      className: 'precision-day lane-azerbaijan importance-1 status-disputed',
    });
  });

  it('draws a month as a band over the whole month, so it cannot look like a day', () => {
    const item = toTimelineItem({ ...base, precision: 'month', start: '2025-02-01', finish: '2025-02-28' });
    expect([item.type, item.start, item.end]).toEqual(['range', '2025-02-01', '2025-03-01']);
    expect(item.className).toContain('precision-month');
  });

  it('marks an approximate date in its label and class, and a background event by class', () => {
    const item = toTimelineItem({ ...base, precision: 'approximate', background: true });
    expect(item.label).toBe('c. A <b>title</b> & more');
    expect(item.className.split(' ')).toEqual(expect.arrayContaining(['precision-approximate', 'is-background']));
  });

  it('draws a span from its first to its last day', () => {
    const item = toTimelineItem({ ...base, hasEnd: true, finish: '2025-01-06' });
    expect([item.type, item.end]).toEqual(['range', '2025-01-07']);
    expect(item.className).toContain('is-span');
  });
});

describe('labels', () => {
  const long = 'Azerbaijan Airlines Flight J2-8243 crashes near Aktau, killing 38 of the 67 people on board';

  it('keeps a title that fits as it is', () => {
    expect(shorten('Russia recalls its ambassador', 40)).toBe('Russia recalls its ambassador');
    expect(shorten('  Spaces   inside\tare folded  ', 40)).toBe('Spaces inside are folded');
  });

  it('cuts a long title at the last word that fits and adds an ellipsis', () => {
    expect(shorten(long, 40)).toBe('Azerbaijan Airlines Flight J2-8243…');
    expect(Array.from(shorten(long, 40)).length).toBeLessThanOrEqual(40);
  });

  it('keeps a last word that ends exactly where the room ends', () => {
    // "aaa bbb" is 7 characters: with max 8 there is room for it and the ellipsis.
    expect(shorten('aaa bbb ccc', 8)).toBe('aaa bbb…');
    expect(shorten('aaa bbbb ccc', 8)).toBe('aaa…');
  });

  it('drops small words left dangling before the ellipsis, keeping at least one word', () => {
    expect(shorten('Russia revokes the citizenship of two community leaders in Moscow', 35)).toBe(
      'Russia revokes the citizenship…',
    );
    expect(shorten('Aliyev says Azerbaijan is preparing an international lawsuit', 40)).toBe(
      'Aliyev says Azerbaijan is preparing…',
    );
    expect(shorten('The of the in and at the end of it all', 8)).toBe('The…');
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(shorten('Baku protests, Moscow answers: the row goes on and on and on', 16)).toBe('Baku protests…');
    expect(shorten('Talks in Moscow – no result reported', 18)).toBe('Talks in Moscow…');
  });

  it('cuts inside a single word longer than the room, and never splits a character', () => {
    expect(shorten('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
    expect(shorten('𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋', 5)).toBe('𝐀𝐁𝐂𝐃…');
  });

  it('never returns more than the limit, and is the text itself when it fits (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 2, max: 80 }), (text, max) => {
        const result = shorten(text, max);
        expect(Array.from(result).length).toBeLessThanOrEqual(max);
        const clean = text.trim().replace(/\s+/gu, ' ');
        if (Array.from(clean).length <= max) expect(result).toBe(clean);
        else expect(result.endsWith('…')).toBe(true);
      }),
    );
  });

  it("uses the editor's shortTitle when there is one, else the shortened title", () => {
    expect(timelineLabel(long, 'Flight J2-8243 crashes near Aktau')).toBe('Flight J2-8243 crashes near Aktau');
    expect(timelineLabel(long, '  ')).toBe(shorten(long, LABEL_CHARS));
    expect(timelineLabel(long)).toBe(shorten(long, LABEL_CHARS));
  });

  it('shortens to the room given, for a narrow box', () => {
    expect(timelineLabel(long, undefined, NARROW_LABEL_CHARS)).toBe('Azerbaijan Airlines Flight…');
    expect(toTimelineItem({ ...base, title: long }, NARROW_LABEL_CHARS).label).toBe('Azerbaijan Airlines Flight…');
    // An editor's short title too, when the room is smaller still.
    expect(timelineLabel(long, 'Flight J2-8243 crashes near Aktau', NARROW_LABEL_CHARS)).toBe(
      'Flight J2-8243 crashes…',
    );
    expect(timelineLabel(long, 'Flight J2-8243 crashes', NARROW_LABEL_CHARS)).toBe('Flight J2-8243 crashes');
  });

  it('labels an item with the short form and keeps the full title in its tooltip', () => {
    const item = toTimelineItem({ ...base, title: long, shortTitle: 'Flight J2-8243 crashes' });
    expect(item.label).toBe('Flight J2-8243 crashes');
    expect(item.tooltip).toBe(`25 December 2024: ${long}`);
    expect(toTimelineItem({ ...base, title: long, precision: 'approximate' }).label).toBe(
      `c. ${shorten(long, LABEL_CHARS)}`,
    );
  });
});

describe('filterWindow', () => {
  const events: TimelineSource[] = [
    { ...base, id: 'bg', background: true, start: '1984-01-01', finish: '1984-12-31' },
    { ...base, id: 'a', start: '2025-02-10', finish: '2025-02-10' },
    { ...base, id: 'b', start: '2025-05-01', finish: '2025-06-20' },
  ];

  it('is undefined without a date filter', () => {
    expect(filterWindow('', '', events)).toBeUndefined();
  });

  it('covers the chosen months from their first to their last day, with a little room', () => {
    // February to June 2025: 150 days, 3% room (4.5 days) either side.
    expect(filterWindow('2025-02', '2025-06', events)).toEqual({ start: '2025-01-27', end: '2025-07-05' });
    // One month: at least two days' room.
    expect(filterWindow('2025-02', '2025-02', events)).toEqual({ start: '2025-01-30', end: '2025-03-03' });
  });

  it('ends an open side at the matching crisis events, never at a background event', () => {
    expect(filterWindow('2025-02', '', events)?.end).toBe('2025-06-25');
    expect(filterWindow('', '2025-06', events)?.start).toBe('2025-02-05');
    expect(filterWindow('2025-03', '', [])).toEqual({ start: '2025-02-27', end: '2025-04-03' });
  });

  it('still gives a window when the months are the wrong way round', () => {
    expect(filterWindow('2025-06', '2025-02', events)).toEqual(filterWindow('2025-02', '2025-06', events));
  });
});

describe('nextDay and laneGroups', () => {
  it('steps over month and leap-year ends', () => {
    expect([nextDay('2024-02-28'), nextDay('2024-02-29'), nextDay('2024-12-31')]).toEqual([
      '2024-02-29',
      '2024-03-01',
      '2025-01-01',
    ]);
  });
  it('offers the four lanes in order', () => {
    expect(laneGroups().map((group) => group.content)).toEqual(['Azerbaijan', 'Russia', 'Armenia', 'Others']);
  });
});

describe('importanceLimit', () => {
  it('draws everything up to two years, leaves out minor events up to ten, then keeps turning points only', () => {
    expect([
      importanceLimit(400),
      importanceLimit(730),
      importanceLimit(731),
      importanceLimit(3650),
      importanceLimit(3651),
    ]).toEqual([3, 3, 2, 2, 1]);
  });
});

describe('chooseDrawn', () => {
  const event = (id: string, day: string, importance: number, background = false): TimelineSource => ({
    ...base,
    id,
    start: day,
    finish: day,
    importance,
    background,
  });
  const matching = [
    event('old', '1984-01-01', 3, true),
    event('a', '2025-01-10', 3),
    event('b', '2025-02-10', 1),
    event('c', '2025-03-10', 2),
    event('d', '2025-04-10', 3),
    event('far', '2026-06-01', 1),
  ];
  const request = { matching, from: '2025-01-01', to: '2025-12-31', limit: 3, selected: '', max: 10 };
  const ids = (result: { drawn: TimelineSource[] }) => result.drawn.map((source) => source.id);

  it('draws the matching events near the window, in order', () => {
    expect(chooseDrawn(request)).toEqual({ drawn: matching.slice(1, 5), leftOut: 0 });
  });

  it('leaves out events too minor for the zoom level, and counts them', () => {
    const result = chooseDrawn({ ...request, limit: 2 });
    expect(ids(result)).toEqual(['b', 'c']);
    expect(result.leftOut).toBe(2);
  });

  it('keeps background events whatever the zoom level', () => {
    expect(ids(chooseDrawn({ ...request, from: '1980-01-01', limit: 1 }))).toEqual(['old', 'b']);
  });

  it('draws at most `max`, the most important first, keeping chronological order', () => {
    const result = chooseDrawn({ ...request, max: 2 });
    expect(ids(result)).toEqual(['b', 'c']);
    expect(result.leftOut).toBe(2);
  });

  it('always draws the selected event, even far from the window or beyond the limit', () => {
    expect(ids(chooseDrawn({ ...request, max: 1, selected: 'far' }))).toEqual(['b', 'far']);
    // The far event is drawn but was never near the window: the four near ones less the one drawn are left out.
    expect(chooseDrawn({ ...request, max: 1, selected: 'far' }).leftOut).toBe(3);
    expect(ids(chooseDrawn({ ...request, max: 1, selected: 'd' }))).toEqual(['d']);
    expect(ids(chooseDrawn({ ...request, limit: 1, selected: 'a' }))).toEqual(['a', 'b']);
  });

  it('never draws more than max + 1 items whatever the chronology (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 400 }), importance: fc.integer({ min: 1, max: 3 }) }), {
          maxLength: 300,
        }),
        fc.integer({ min: 1, max: 50 }),
        (list, max) => {
          const sources = list.map((entry, i) =>
            event(`e${i}`, new Date(Date.UTC(2025, 0, 1 + entry.day)).toISOString().slice(0, 10), entry.importance),
          );
          const result = chooseDrawn({
            matching: sources,
            from: '2025-01-01',
            to: '2026-12-31',
            limit: 3,
            selected: sources[0]?.id ?? '',
            max,
          });
          expect(result.drawn.length).toBeLessThanOrEqual(max + 1);
          expect(result.drawn.length + result.leftOut).toBe(sources.length);
        },
      ),
    );
  });

  it('keeps what a stable sort by rank would keep: the first `max` by importance, earlier first (property)', () => {
    // The plain definition, which chooseDrawn computes by counting instead of sorting.
    const bySorting = (near: readonly TimelineSource[], selected: string, max: number) => {
      const rank = (source: TimelineSource) => (source.id === selected ? 0 : source.importance);
      const kept = new Set(
        [...near]
          .sort((a, b) => rank(a) - rank(b))
          .slice(0, max)
          .map((source) => source.id),
      );
      return near.filter((source) => kept.has(source.id)).map((source) => source.id);
    };
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 60 }), importance: fc.integer({ min: 1, max: 3 }) }), {
          maxLength: 120,
        }),
        fc.integer({ min: 0, max: 40 }),
        fc.nat(),
        (list, max, pick) => {
          const sources = list
            .map((entry, i) =>
              event(`e${i}`, new Date(Date.UTC(2025, 0, 1 + entry.day)).toISOString().slice(0, 10), entry.importance),
            )
            .sort((a, b) => a.start.localeCompare(b.start));
          const selected = sources.length ? sources[pick % sources.length]!.id : '';
          const result = chooseDrawn({
            matching: sources,
            from: '2025-01-01',
            to: '2025-12-31',
            limit: 3,
            selected,
            max,
          });
          const expected = bySorting(sources, selected, max);
          // The selected event is drawn even when `max` leaves no room for it (it then comes last).
          if (selected && !expected.includes(selected)) expected.push(selected);
          expect(ids(result)).toEqual(expected);
          expect(result.leftOut).toBe(sources.length - Math.min(sources.length, Math.max(max, selected ? 1 : 0)));
        },
      ),
    );
  });
});

describe('initialWindow', () => {
  const events = [
    { ...base, id: 'bg', background: true, start: '1984-01-01', finish: '1984-12-31' },
    { ...base, id: 'first', start: '2024-12-25', finish: '2024-12-25' },
    { ...base, id: 'span', start: '2026-02-11', finish: '2026-03-05' },
  ];

  it('spans the crisis from its first event to the end of its latest, with 20 days either side, leaving background out', () => {
    expect(initialWindow(events)).toEqual({ start: '2024-12-05', end: '2026-03-25' });
  });

  it('shows only the first stretch on a narrow screen', () => {
    expect(initialWindow(events, 110)).toEqual({ start: '2024-12-05', end: '2025-03-25' });
  });

  it('falls back to the background events, then to a fixed window, when there is nothing else', () => {
    expect(initialWindow([events[0]!])).toEqual({ start: '1983-12-12', end: '1985-01-20' });
    expect(initialWindow([])).toEqual({ start: '2024-12-01', end: '2025-12-31' });
  });
});
