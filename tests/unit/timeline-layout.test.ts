import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineSource } from '../../src/lib/timeline-items.ts';
import {
  allocateRows,
  layoutTimeline,
  packRows,
  rowCapacity,
  rowsNeeded,
  type Extent,
  type LayoutRequest,
} from '../../src/lib/timeline-layout.ts';

/** The most extents covering one point, counted by brute force over every edge. */
const deepest = (extents: readonly Extent[]) =>
  Math.max(0, ...extents.map((a) => extents.filter((b) => b.left <= a.left && a.left < b.right).length));

/** vis-timeline's stacking: each extent, in order of its left edge, in the first row where it fits. */
const visRows = (extents: readonly Extent[]) => {
  const rows: Extent[][] = [];
  for (const extent of [...extents].sort((a, b) => a.left - b.left)) {
    const row = rows.find((line) => line.every((other) => other.right <= extent.left || other.left >= extent.right));
    if (row) row.push(extent);
    else rows.push([extent]);
  }
  return rows.length;
};

const extentArb = fc
  .record({ left: fc.integer({ min: 0, max: 2000 }), width: fc.integer({ min: 1, max: 400 }) })
  .map(({ left, width }) => ({ left, right: left + width }));

describe('rowCapacity', () => {
  const geometry = { available: 300, axisMargin: 8, rowGap: 6, itemHeight: 26, groups: 1 };

  it("fits the rows vis-timeline's own height formula allows", () => {
    // 8 rows: ceil(8 + 8 × 26 + 7 × 6 + 3) = 261 ≤ 300; 9 rows: 293 + 1 for rounding would leave no room.
    expect(rowCapacity(geometry)).toBe(9);
    expect(rowCapacity({ ...geometry, available: 293 })).toBe(8);
    expect(rowCapacity({ ...geometry, available: 294 })).toBe(9);
  });

  it('pays the margin above the first row once per lane', () => {
    expect(rowCapacity({ ...geometry, groups: 4 })).toBe(8);
    expect(rowCapacity({ ...geometry, available: 10 })).toBe(0);
    expect(rowCapacity({ ...geometry, itemHeight: 0, rowGap: 0 })).toBe(0);
  });

  it('gives no row back for groups left empty when the gap is wide (found by the property below)', () => {
    // One row in one of four groups is 16 px high (10 + half an 11 px gap, rounded up): more than 3 px.
    expect(rowCapacity({ available: 3, axisMargin: 0, rowGap: 11, itemHeight: 10, groups: 4 })).toBe(0);
  });

  it('never promises more height than there is (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 10, max: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (available, axisMargin, rowGap, itemHeight, groups) => {
          const rows = rowCapacity({ available, axisMargin, rowGap, itemHeight, groups });
          // Spread the rows over the groups as evenly as possible and add up vis-timeline's group heights.
          const per = Array.from({ length: groups }, (_, i) => Math.floor(rows / groups) + (i < rows % groups ? 1 : 0));
          const height = per
            .filter((k) => k > 0)
            .reduce((sum, k) => sum + Math.ceil(axisMargin + k * itemHeight + (k - 1) * rowGap + rowGap / 2), 0);
          expect(height).toBeLessThanOrEqual(available);
        },
      ),
    );
  });
});

describe('rowsNeeded and packRows', () => {
  it('needs as many rows as extents overlap at one point; touching ones share a row', () => {
    expect(rowsNeeded([])).toBe(0);
    expect(
      rowsNeeded([
        { left: 0, right: 10 },
        { left: 10, right: 20 },
      ]),
    ).toBe(1);
    expect(
      rowsNeeded([
        { left: 0, right: 10 },
        { left: 5, right: 20 },
        { left: 8, right: 9 },
        { left: 30, right: 40 },
      ]),
    ).toBe(3);
  });

  it("equals what vis-timeline's stacking by left edge uses (property)", () => {
    fc.assert(
      fc.property(fc.array(extentArb, { maxLength: 60 }), (extents) => {
        expect(rowsNeeded(extents)).toBe(deepest(extents));
        expect(visRows(extents)).toBe(rowsNeeded(extents));
      }),
    );
  });

  it('places in the order given, each in the first row where it fits, and leaves out the rest', () => {
    const a = { id: 'a', left: 0, right: 100 };
    const b = { id: 'b', left: 50, right: 150 };
    const c = { id: 'c', left: 60, right: 70 };
    const d = { id: 'd', left: 100, right: 120 };
    const packed = packRows([a, b, c, d], 2);
    expect(packed.placed.map((x) => x.id)).toEqual(['a', 'b', 'd']);
    expect(packed.leftOut.map((x) => x.id)).toEqual(['c']);
    expect(packRows([a, b], 0)).toEqual({ placed: [], leftOut: [a, b] });
  });

  it('never places more than fit in the rows (property)', () => {
    fc.assert(
      fc.property(fc.array(extentArb, { maxLength: 60 }), fc.integer({ min: 0, max: 6 }), (extents, rows) => {
        const { placed, leftOut } = packRows(extents, rows);
        expect(rowsNeeded(placed)).toBeLessThanOrEqual(rows);
        expect(placed.length + leftOut.length).toBe(extents.length);
        // Everything fits when there are rows enough.
        expect(packRows(extents, rowsNeeded(extents) + 1).leftOut).toEqual([]);
      }),
    );
  });
});

describe('allocateRows', () => {
  it('gives each group what it wants when all fit, one row at least', () => {
    expect(allocateRows(8, [3, 0, 2, 1])).toEqual([3, 1, 2, 1]);
  });

  it('otherwise gives two rows each, then the rest to the groups that lack the most', () => {
    expect(allocateRows(8, [6, 5, 1, 0])).toEqual([4, 2, 1, 1]);
    expect(allocateRows(9, [6, 5, 1, 0])).toEqual([4, 3, 1, 1]);
    expect(allocateRows(8, [9])).toEqual([8]);
  });

  it('falls back to one row each when even that minimum does not fit', () => {
    expect(allocateRows(5, [4, 4, 4, 4])).toEqual([1, 1, 1, 1]);
  });

  it('never gives more than the total once every group has its minimum (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 30 }),
        (wants, total) => {
          const given = allocateRows(total, wants);
          const sum = given.reduce((a, b) => a + b, 0);
          if (total >= 2 * wants.length) expect(sum).toBeLessThanOrEqual(total);
          given.forEach((rows) => expect(rows).toBeGreaterThanOrEqual(1));
          given.forEach((rows, i) => expect(rows).toBeLessThanOrEqual(Math.max(wants[i]!, 1)));
        },
      ),
    );
  });
});

describe('layoutTimeline', () => {
  const source = (id: string, day: number, overrides: Partial<TimelineSource> = {}): TimelineSource => {
    const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
    return {
      id,
      title: id,
      when: date,
      start: date,
      finish: date,
      precision: 'day',
      hasEnd: false,
      lane: 'azerbaijan',
      background: false,
      importance: 2,
      status: 'confirmed',
      ...overrides,
    };
  };
  /** One pixel per day from 1 January 2025; every event 50 px wide, markers 20 px. */
  const x = (s: TimelineSource) => (Date.parse(s.start) - Date.UTC(2025, 0, 1)) / 86_400_000;
  const base = (matching: TimelineSource[], rows: number, extra: Partial<LayoutRequest> = {}): LayoutRequest => ({
    matching,
    from: '2025-01-01',
    to: '2025-12-31',
    limit: 3,
    selected: '',
    max: 80,
    groups: [],
    groupOf: (s) => s.lane,
    extent: (s) => ({ left: x(s), right: x(s) + 50 }),
    markerExtent: (s) => ({ left: x(s), right: x(s) + 20 }),
    rows,
    ...extra,
  });
  const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);

  it('draws everything when it fits, with no marker', () => {
    const events = [source('a', 0), source('b', 10), source('c', 100)];
    expect(layoutTimeline(base(events, 2))).toEqual({ drawn: events, markers: [], leftOut: 0, rows: [2] });
  });

  it('keeps a row for markers when events are left out, placing the most important first', () => {
    const events = [
      source('a', 0, { importance: 3 }),
      source('b', 5, { importance: 1 }),
      source('c', 10, { importance: 2 }),
      source('d', 15, { importance: 3 }),
      source('e', 200),
    ];
    const layout = layoutTimeline(base(events, 3));
    // Two rows for events: b (turning point), then c; a and d overlap both and wait behind one marker.
    expect(ids(layout.drawn)).toEqual(['b', 'c', 'e']);
    expect(layout.markers).toEqual([
      { id: 'more::a:2', group: '', ids: ['a', 'd'], start: '2025-01-01', finish: '2025-01-16' },
    ]);
    expect(layout.leftOut).toBe(2);
  });

  it('always draws the selected event', () => {
    const events = [source('a', 0, { importance: 1 }), source('b', 5, { importance: 3 }), source('c', 9)];
    expect(ids(layoutTimeline(base(events, 2, { selected: 'b' })).drawn)).toEqual(['b']);
  });

  it('starts a new marker where the last one ends', () => {
    const events = [0, 1, 2, 3, 10, 19, 20, 25].map((day, i) => source(`e${i}`, day, { importance: 3 }));
    const layout = layoutTimeline(base([source('top', 0, { importance: 1 }), ...events], 2));
    expect(layout.markers.map((m) => m.ids)).toEqual([
      ['e0', 'e1', 'e2', 'e3', 'e4', 'e5'],
      ['e6', 'e7'],
    ]);
  });

  it('marks events the zoom level passes over, even when the drawn ones fit', () => {
    const events = [source('a', 0, { importance: 1 }), source('b', 100, { importance: 3 })];
    const layout = layoutTimeline(base(events, 3, { limit: 1 }));
    expect(ids(layout.drawn)).toEqual(['a']);
    expect(layout.markers.map((m) => m.ids)).toEqual([['b']]);
    expect(layout.rows).toEqual([2]);
  });

  it('shares the rows among the lanes and marks each lane apart', () => {
    const events = [
      ...[0, 5, 10, 15].map((day, i) => source(`az${i}`, day)),
      source('ru', 3, { lane: 'russia' }),
      source('am', 3, { lane: 'armenia', importance: 3 }),
    ].sort((a, b) => a.start.localeCompare(b.start));
    const layout = layoutTimeline(base(events, 6, { groups: ['azerbaijan', 'russia', 'armenia', 'others'], limit: 2 }));
    // Azerbaijan wants 4 rows, Russia 1, Armenia 1 (its marker only), Others 1 (empty): 7 > 6, so Azerbaijan
    // gets 3, two for events and one for the marker of the two it cannot draw.
    expect(layout.rows).toEqual([3, 1, 1, 1]);
    expect(ids(layout.drawn)).toEqual(['az0', 'ru', 'az1']);
    expect(layout.markers.map((m) => [m.group, m.ids])).toEqual([
      ['azerbaijan', ['az2', 'az3']],
      ['armenia', ['am']],
    ]);
  });

  it('fits its rows, and accounts for every event near the window, whatever the events (property)', () => {
    const eventArb = fc.record({
      day: fc.integer({ min: -30, max: 400 }),
      length: fc.integer({ min: 0, max: 40 }),
      importance: fc.integer({ min: 1, max: 3 }),
      lane: fc.constantFrom('azerbaijan', 'russia', 'armenia', 'others' as const),
      width: fc.integer({ min: 5, max: 120 }),
    });
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 80 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 3 }),
        (list, rows, lanes, limit) => {
          const widths = new Map<string, number>();
          const events = list
            .map((entry, i) => {
              const s = source(`e${i}`, entry.day, { importance: entry.importance, lane: entry.lane });
              widths.set(s.id, entry.width);
              return { ...s, finish: source('', entry.day + entry.length).start };
            })
            .sort((a, b) => a.start.localeCompare(b.start));
          const extent = (s: TimelineSource) => ({ left: x(s), right: x(s) + widths.get(s.id)! });
          const groups = lanes ? ['azerbaijan', 'russia', 'armenia', 'others'] : [];
          const request = base(events, rows, { groups, extent, limit, selected: events[0]?.id ?? '' });
          const layout = layoutTimeline(request);
          const groupOf = (s: { lane: string }) => (lanes ? s.lane : '');
          const byId = new Map(events.map((s) => [s.id, s]));
          (lanes ? groups : ['']).forEach((group, index) => {
            const drawn = layout.drawn.filter((s) => groupOf(s) === group).map(extent);
            const markers = layout.markers
              .filter((m) => m.group === group)
              .map((m) => request.markerExtent(byId.get(m.ids[0]!)!));
            // Markers never overlap one another, and events with markers fit the lane's rows.
            expect(rowsNeeded(markers)).toBeLessThanOrEqual(1);
            expect(rowsNeeded([...drawn, ...markers])).toBeLessThanOrEqual(layout.rows[index]!);
          });
          if (rows >= 2 * (lanes ? 4 : 1)) expect(layout.rows.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(rows);
          const near = events.filter((s) => s.finish >= request.from && s.start <= request.to);
          const nearDrawn = near.filter((s) => layout.drawn.includes(s));
          expect(layout.leftOut).toBe(near.length - nearDrawn.length);
          // No event is behind two markers, and no drawn event is behind one.
          const behind = layout.markers.flatMap((m) => m.ids);
          expect(new Set(behind).size).toBe(behind.length);
          expect(behind.filter((id) => layout.drawn.some((s) => s.id === id))).toEqual([]);
          if (events[0]) expect(layout.drawn.map((s) => s.id)).toContain(events[0].id);
        },
      ),
      { numRuns: 300 },
    );
  });
});
