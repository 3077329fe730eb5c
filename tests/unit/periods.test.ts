import { beforeAll, describe, expect, it } from 'vitest';
import { buildChronology, type EventView } from '../../src/lib/chronology.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import {
  buildBudget,
  cappedNote,
  DEFAULT_BUDGET,
  HOME_ENTRIES,
  homeList,
  PERIOD_ENTRIES,
  periodCount,
  periodLayout,
  periodNeighbours,
  periodPages,
  periods,
} from '../../src/lib/periods.ts';
import { ROOT } from '../helpers/build.ts';

/** A view with what the split reads: its start day, its group and whether it is background. */
function view(id: string, date: string, extra: Partial<EventView> = {}): EventView {
  const start = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  return {
    id,
    title: `Title of ${id}`,
    summary: `Summary of ${id}.`,
    date,
    precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
    end: undefined,
    endPrecision: 'day',
    start,
    finish: start,
    when: date,
    type: 'statement',
    status: 'confirmed',
    background: false,
    importance: 2,
    actors: [],
    lane: 'others',
    group: date.length === 4 ? date : date.slice(0, 7),
    claims: [],
    ...extra,
  };
}

/** `count` events in one month, one a day (wrapping), ids prefixed by the month. */
const month = (key: string, count: number): EventView[] =>
  Array.from({ length: count }, (_, i) =>
    view(`${key}-${String(i).padStart(3, '0')}`, `${key}-${String((i % 28) + 1).padStart(2, '0')}`),
  ).sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));

const ids = (events: readonly EventView[]) => events.map((event) => event.id);

describe('the budgets', () => {
  it('are the named defaults, overridable for a build by whole numbers only', () => {
    expect(DEFAULT_BUDGET).toEqual({ home: HOME_ENTRIES, period: PERIOD_ENTRIES });
    expect(HOME_ENTRIES).toBe(200);
    expect(PERIOD_ENTRIES).toBe(400);
    expect(buildBudget({})).toEqual(DEFAULT_BUDGET);
    expect(buildBudget({ CHRONOLOGY_HOME_ENTRIES: '50', CHRONOLOGY_PERIOD_ENTRIES: '120' })).toEqual({
      home: 50,
      period: 120,
    });
    for (const bad of ['', '0', '-3', '2.5', 'many'])
      expect(buildBudget({ CHRONOLOGY_HOME_ENTRIES: bad, CHRONOLOGY_PERIOD_ENTRIES: bad })).toEqual(DEFAULT_BUDGET);
  });
});

describe('homeList', () => {
  it('holds everything, background included, when it fits', () => {
    const events = [view('old', '1991', { background: true }), ...month('2025-01', 5)];
    const home = homeList(events, { home: 6, period: 10 });
    expect(home.complete).toBe(true);
    expect(home.events).toBe(events);
    expect(home.earlier).toEqual([]);
    expect(home.capped).toBeUndefined();
  });

  it('holds whole months from the newest backwards, leaves the background out, and links every period with the rest', () => {
    const events = [
      view('old', '1991', { background: true }),
      ...month('2024-12', 3),
      ...month('2025-01', 4),
      ...month('2025-02', 4),
    ];
    const home = homeList(events, { home: 9, period: 100 });
    expect(home.complete).toBe(false);
    expect(ids(home.events)).toEqual(ids([...month('2025-01', 4), ...month('2025-02', 4)]));
    expect(home.capped).toBeUndefined();
    expect(home.earlier.map((period) => period.key)).toEqual(['2024', 'background']);
    // A budget one short of the two months keeps only the newest.
    expect(ids(homeList(events, { home: 7, period: 100 }).events)).toEqual(ids(month('2025-02', 4)));
  });

  it('links a year whose months are partly on the home page', () => {
    const events = [...month('2025-01', 4), ...month('2025-02', 4)];
    const home = homeList(events, { home: 5, period: 100 });
    expect(ids(home.events)).toEqual(ids(month('2025-02', 4)));
    expect(home.earlier.map((period) => period.key)).toEqual(['2025']);
  });

  it('cuts one huge newest month to its latest entries and says so', () => {
    const events = [...month('2025-01', 3), ...month('2025-02', 30)];
    const home = homeList(events, { home: 10, period: 100 });
    expect(home.events).toHaveLength(10);
    expect(ids(home.events)).toEqual(ids(month('2025-02', 30).slice(-10)));
    expect(home.capped).toEqual({ key: '2025-02', label: 'February 2025', shown: 10, total: 30, path: 'years/2025/' });
    expect(homeList(events, { home: 10, period: 20 }).capped?.path).toBe('years/2025/02/');
    expect(cappedNote(home.capped!)).toBe(
      'The latest 10 of the 30 events of February 2025 are listed here; all of them are on its page.',
    );
    expect(home.earlier.map((period) => period.key)).toEqual(['2025']);
  });

  it('holds no month when every event is background, and links the background page', () => {
    const events = [view('a', '1991', { background: true }), view('b', '1994', { background: true })];
    const home = homeList(events, { home: 1, period: 100 });
    expect(home).toMatchObject({ complete: false, events: [] });
    expect(home.earlier.map((period) => period.key)).toEqual(['background']);
  });

  it('is complete and empty for an empty chronology', () => {
    expect(homeList([])).toEqual({ complete: true, events: [], earlier: [] });
    expect(periods([])).toEqual([]);
  });
});

describe('periods', () => {
  const events = [
    view('old-1', '1991', { background: true }),
    view('old-2', '2022-02-24', { background: true }),
    ...month('2024-12', 2),
    view('year-only', '2025'),
    ...month('2025-01', 3),
    ...month('2025-03', 2),
  ].sort((a, b) => a.start.localeCompare(b.start));

  it('puts every event on exactly one page: background apart, then one page per year', () => {
    const all = periods(events, { home: 1, period: 100 });
    expect(all.map((period) => [period.kind, period.key, period.path, period.label, period.count])).toEqual([
      ['background', 'background', 'background/', 'Background', 2],
      ['year', '2024', 'years/2024/', '2024', 2],
      ['year', '2025', 'years/2025/', '2025', 6],
    ]);
    expect(all[0]?.title).toBe('Background before the crisis (1991–2022)');
    const listed = periodPages(all).flatMap((page) => ids(page.events));
    expect(listed.sort()).toEqual(ids(events).sort());
  });

  it('splits a year over the budget into month pages, keeping the year-only events on the year page', () => {
    const all = periods(events, { home: 1, period: 5 });
    const year = all.find((period) => period.key === '2025')!;
    expect(ids(year.events)).toEqual(['year-only']);
    expect(year.months.map((page) => [page.key, page.path, page.label, page.count, page.year])).toEqual([
      ['2025-01', 'years/2025/01/', 'January 2025', 3, '2025'],
      ['2025-03', 'years/2025/03/', 'March 2025', 2, '2025'],
    ]);
    expect(periodCount(year)).toBe('6 events in 2 months');
    expect(periodCount(all[1]!)).toBe('2 events');
    const pages = periodPages(all);
    expect(pages.map((page) => page.key)).toEqual(['background', '2024', '2025', '2025-01', '2025-03']);
    const listed = pages.flatMap((page) => ids(page.events));
    expect(listed.sort()).toEqual(ids(events).sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('gives years (and the background) years as neighbours, and months months', () => {
    const all = periods(events, { home: 1, period: 5 });
    const keys = (key: string) => {
      const { previous, next } = periodNeighbours(all, key);
      return [previous?.key, next?.key];
    };
    expect(keys('background')).toEqual([undefined, '2024']);
    expect(keys('2024')).toEqual(['background', '2025']);
    expect(keys('2025')).toEqual(['2024', undefined]);
    expect(keys('2025-01')).toEqual([undefined, '2025-03']);
    expect(keys('2025-03')).toEqual(['2025-01', undefined]);
    expect(keys('1999')).toEqual([undefined, undefined]);
  });

  it('lays a period out by month with an index and no part set apart', () => {
    const layout = periodLayout(events.filter((event) => event.background));
    expect(layout.background).toBeUndefined();
    expect(layout.groups.map((group) => group.key)).toEqual(['1991', '2022-02']);
    expect(layout.index.map((year) => [year.year, year.months.map((entry) => entry.label)])).toEqual([
      ['1991', ['Year only']],
      ['2022', ['Feb']],
    ]);
  });
});

describe('the real content', () => {
  let ordered: EventView[];
  beforeAll(async () => {
    const check = await checkContent(ROOT, { contentDir: 'content' });
    ordered = buildChronology(check.result.events, check.result.actors);
  });

  it('fits on the home page whole today, and every event has exactly one period page', () => {
    expect(ordered.length).toBeLessThanOrEqual(HOME_ENTRIES);
    expect(homeList(ordered).complete).toBe(true);
    const listed = periodPages(periods(ordered)).flatMap((page) => ids(page.events));
    expect(listed.sort()).toEqual(ids(ordered).sort());
  });
});
