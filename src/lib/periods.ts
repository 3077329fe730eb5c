/**
 * How the chronology is split between the home page and the period pages, so that the home page stays small
 * whatever the number of events. Pure: takes the ordered chronology, returns what each page lists.
 *
 * - The home page lists whole months, newest backwards, up to HOME_ENTRIES entries (the newest month always,
 *   cut to its latest HOME_ENTRIES events if it alone is bigger), and the background part when everything fits.
 * - Every event is on exactly one period page: a background event on the background page, any other on the page
 *   of its year (the year its date starts in). A year of more than PERIOD_ENTRIES events becomes an index of its
 *   months, each month a page of its own; its events known only to the year stay on the year's page.
 */
import { groupByMonth, type EventView, type MonthGroup } from './chronology.ts';
import { monthHeading, monthIndex, type ListLayout } from './page-data.ts';
import { backgroundPath, monthPath, yearPath } from './paths.ts';
import { plural } from './words.ts';

/** The most entries the home page's list holds. */
export const HOME_ENTRIES = 200;
/** The most entries a year's page lists before it becomes an index of its months. */
export const PERIOD_ENTRIES = 400;

export interface Budget {
  readonly home: number;
  readonly period: number;
}

export const DEFAULT_BUDGET: Budget = { home: HOME_ENTRIES, period: PERIOD_ENTRIES };

/** Lower budgets for a test or benchmark build of generated content; editors never need them. */
export const HOME_ENTRIES_VARIABLE = 'CHRONOLOGY_HOME_ENTRIES';
export const PERIOD_ENTRIES_VARIABLE = 'CHRONOLOGY_PERIOD_ENTRIES';

/** A whole number of at least 1, else the default. */
function budgetValue(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const value = Number(env[name]);
  return env[name] && Number.isInteger(value) && value >= 1 ? value : fallback;
}

/** The budgets of a build, from its environment. */
export function buildBudget(env: Record<string, string | undefined>): Budget {
  return {
    home: budgetValue(env, HOME_ENTRIES_VARIABLE, DEFAULT_BUDGET.home),
    period: budgetValue(env, PERIOD_ENTRIES_VARIABLE, DEFAULT_BUDGET.period),
  };
}

export type PeriodKind = 'background' | 'year' | 'month';

/** One period page. */
export interface Period {
  readonly kind: PeriodKind;
  /** "background", "2025" or "2025-03". */
  readonly key: string;
  /** Site path without the base: "background/", "years/2025/", "years/2025/03/". */
  readonly path: string;
  /** Short name for links: "Background", "2025", "March 2025". */
  readonly label: string;
  /** The page's heading. */
  readonly title: string;
  /** Every event of the period, month pages included (for a year split into months). */
  readonly count: number;
  /** The events this page lists (for a split year: only those known just to the year). */
  readonly events: readonly EventView[];
  /** For a split year: its month pages, in order. Empty otherwise. */
  readonly months: readonly Period[];
  /** The enclosing year of a month page. */
  readonly year?: string;
}

const BACKGROUND_TITLE = 'Background before the crisis';

/** The year an event is filed under: the year its date starts in. */
export const yearOf = (event: EventView): string => event.group.slice(0, 4);

function yearSpan(events: readonly EventView[]): string {
  const first = events[0]?.start.slice(0, 4) ?? '';
  const last = events.reduce((latest, event) => (event.finish > latest ? event.finish : latest), '').slice(0, 4);
  return first === last ? first : `${first}–${last}`;
}

/**
 * The period pages of an ordered chronology, in order: the background page (if any background event), then
 * each year with events; a split year carries its month pages.
 */
export function periods(events: readonly EventView[], budget: Budget = DEFAULT_BUDGET): Period[] {
  const background = events.filter((event) => event.background);
  const byYear = new Map<string, EventView[]>();
  for (const event of events) {
    if (event.background) continue;
    const year = yearOf(event);
    const list = byYear.get(year) ?? [];
    list.push(event);
    byYear.set(year, list);
  }
  const out: Period[] = [];
  if (background.length)
    out.push({
      kind: 'background',
      key: 'background',
      path: backgroundPath,
      label: 'Background',
      title: `${BACKGROUND_TITLE} (${yearSpan(background)})`,
      count: background.length,
      events: background,
      months: [],
    });
  for (const year of [...byYear.keys()].sort()) {
    const list = byYear.get(year) ?? [];
    const split = list.length > budget.period;
    const months = split
      ? groupByMonth(
          list.filter((event) => event.group.length > 4),
          monthHeading,
        ).map((group): Period => ({
          kind: 'month',
          key: group.key,
          path: monthPath(group.key),
          label: group.label,
          title: group.label,
          count: group.events.length,
          events: group.events,
          months: [],
          year,
        }))
      : [];
    out.push({
      kind: 'year',
      key: year,
      path: yearPath(year),
      label: year,
      title: year,
      count: list.length,
      events: split ? list.filter((event) => event.group.length === 4) : list,
      months,
    });
  }
  return out;
}

/** Every period page, flattened in order: background, then each year followed by its month pages. */
export function periodPages(all: readonly Period[]): Period[] {
  return all.flatMap((period) => [period, ...period.months]);
}

/** The pages before and after one: a year's (or the background's) neighbours are years, a month's are months. */
export function periodNeighbours(all: readonly Period[], key: string): { previous?: Period; next?: Period } {
  const top = [...all];
  const months = all.flatMap((period) => period.months);
  const row = top.some((period) => period.key === key) ? top : months;
  const index = row.findIndex((period) => period.key === key);
  if (index === -1) return {};
  const out: { previous?: Period; next?: Period } = {};
  const previous = row[index - 1];
  const next = row[index + 1];
  if (previous) out.previous = previous;
  if (next) out.next = next;
  return out;
}

/** What the home page's list holds. */
export interface HomeList {
  /** True when the list holds every event (the background part included). */
  readonly complete: boolean;
  /** The events it holds, in order. */
  readonly events: readonly EventView[];
  /** The newest month, when it alone has more events than the budget: its latest events are shown. */
  readonly capped?: {
    readonly key: string;
    readonly label: string;
    readonly shown: number;
    readonly total: number;
    /** The page that lists all of it. */
    readonly path: string;
  };
  /** The period pages (year level) that hold events the home page does not, newest first. */
  readonly earlier: readonly Period[];
}

/**
 * Chooses the home page's list: everything when it fits in the budget, else whole months from the newest
 * backwards while they fit (at least the newest month, cut to its latest `budget.home` events if need be).
 */
export function homeList(events: readonly EventView[], budget: Budget = DEFAULT_BUDGET): HomeList {
  if (events.length <= budget.home) return { complete: true, events, earlier: [] };
  const groups = groupByMonth(
    events.filter((event) => !event.background),
    monthHeading,
  );
  const chosen: MonthGroup[] = [];
  let held = 0;
  let capped: Omit<NonNullable<HomeList['capped']>, 'path'> | undefined;
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index]!;
    if (held + group.events.length > budget.home) {
      if (chosen.length === 0) {
        const shown = group.events.slice(-Math.max(budget.home, 1));
        chosen.unshift({ ...group, events: shown });
        capped = { key: group.key, label: group.label, shown: shown.length, total: group.events.length };
      }
      break;
    }
    chosen.unshift(group);
    held += group.events.length;
  }
  const list = chosen.flatMap((group) => group.events);
  const onHome = new Set(list.map((event) => event.id));
  const all = periods(events, budget);
  const earlier = all
    .filter((period) => periodPages([period]).some((page) => page.events.some((event) => !onHome.has(event.id))))
    .reverse();
  const cappedPath = (key: string) =>
    periodPages(all).find((page) => page.key === key)?.path ?? yearPath(key.slice(0, 4));
  return {
    complete: false,
    events: list,
    ...(capped ? { capped: { ...capped, path: cappedPath(capped.key) } } : {}),
    earlier,
  };
}

/**
 * The layout of a period page's list: its months (or years) with an index of them, no part set apart (on the
 * background page every event is a background event).
 */
export function periodLayout(events: readonly EventView[]): ListLayout {
  const groups = groupByMonth(events, monthHeading);
  return { background: undefined, groups, index: monthIndex(groups) };
}

/** The line under a capped newest month: "The latest 200 of the 415 events of March 2025 are listed here." */
export function cappedNote(capped: NonNullable<HomeList['capped']>): string {
  return `The latest ${capped.shown} of the ${plural(capped.total, 'event')} of ${capped.label} are listed here; all of them are on its page.`;
}

/** A period's size in words: "412 events", "5,000 events in 12 months". */
export function periodCount(period: Period): string {
  const events = plural(period.count, 'event');
  return period.months.length ? `${events} in ${plural(period.months.length, 'month')}` : events;
}

/** The home page's count line before any filter: "Showing all 77 events." or "Showing the latest 190 of 5,000 events." */
export function homeCountText(home: HomeList, total: number): string {
  return home.complete
    ? `Showing all ${total} events.`
    : `Showing the latest ${home.events.length} of ${total} events; the others are on the year pages.`;
}
