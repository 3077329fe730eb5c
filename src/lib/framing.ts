/**
 * How the site describes the chronology's scope, computed from the content so that no count or date range is
 * typed by hand: where it starts, its latest event, when it was last brought up to date, and how many events
 * it holds.
 */
import type { ChronologyEvent } from '../schemas/event.ts';
import { dateInWords } from './date-words.ts';
import { latestDay, parsePartialDate, type PartialDate } from './dates.ts';
import { plural } from './words.ts';

/** The first day of the crisis the chronology follows: the downing of Flight 8243. */
export const CRISIS_START = '2024-12-25';

/** True for a date (at any precision) that ends before the crisis began: a background event. */
export function isBeforeCrisis(date: PartialDate): boolean {
  return latestDay(date) < CRISIS_START;
}

export interface Framing {
  readonly crisisEvents: number;
  readonly backgroundEvents: number;
  /** The latest day any crisis event reaches, "YYYY-MM-DD". */
  readonly latestEvent: string;
  /** The day the chronology was last brought up to date: the latest `updated` or `reviewed` date, else the latest event. */
  readonly lastUpdated: string;
  /** "since December 2024", for titles and descriptions. */
  readonly since: string;
  /** One sentence for the home page and feeds. */
  readonly lede: string;
}

export function framing(events: Iterable<ChronologyEvent>): Framing {
  const all = [...events];
  const crisis = all.filter((event) => !event.background);
  const days = (event: ChronologyEvent) => {
    const end = parsePartialDate(event.end ?? event.date);
    return end ? latestDay(end) : '';
  };
  const latestEvent = crisis.map(days).sort().at(-1) ?? CRISIS_START;
  const edits = all.flatMap((event) =>
    [event.updated, event.reviewed].filter((day): day is string => day !== undefined),
  );
  const lastUpdated = [...edits, latestEvent].sort().at(-1) ?? latestEvent;
  const since = `since ${dateInWords(CRISIS_START.slice(0, 7), 'month')}`;
  const lede =
    `From the downing of Azerbaijan Airlines Flight 8243 on ${dateInWords(CRISIS_START, 'day')} to ${dateInWords(latestEvent, 'day')}: ` +
    `${plural(crisis.length, 'event')}, with ${plural(all.length - crisis.length, 'background event')} for context. ` +
    `Last brought up to date on ${dateInWords(lastUpdated, 'day')}.`;
  return {
    crisisEvents: crisis.length,
    backgroundEvents: all.length - crisis.length,
    latestEvent,
    lastUpdated,
    since,
    lede,
  };
}
