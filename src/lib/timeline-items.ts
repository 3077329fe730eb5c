/**
 * Maps events to the items the timeline draws. Pure, so it is tested without a browser; the browser code only
 * turns `label` into a text node. Date precision is visible: a day is a point, a month or a year is a band
 * over the whole period, an approximate date is marked, and spans cover their days.
 */
import { DAY_MS, latestDay, parsePartialDate, type Precision } from './dates.ts';
import { LANE_LABELS, LANES, type Lane } from './chronology.ts';

/** What the timeline needs to know about an event; read from the list's data attributes in the browser. */
export interface TimelineSource {
  readonly id: string;
  readonly title: string;
  /** The editor's shorter label for the timeline (the `shortTitle` field), if any. */
  readonly shortTitle?: string;
  readonly when: string;
  readonly start: string;
  readonly finish: string;
  readonly precision: Precision;
  readonly hasEnd: boolean;
  readonly lane: Lane;
  readonly background: boolean;
  readonly importance: number;
  readonly status: string;
}

export interface TimelineItem {
  readonly id: string;
  /** Plain text, short enough to read on the timeline; the browser sets it with textContent, never as HTML. */
  readonly label: string;
  /** Hover text and accessible name: the date in words and the full title. */
  readonly tooltip: string;
  readonly start: string;
  /** Exclusive end ("YYYY-MM-DD" of the day after), for bands. */
  readonly end?: string;
  readonly type: 'point' | 'range';
  readonly group: Lane;
  readonly className: string;
}

/** The day after a "YYYY-MM-DD" day. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A band covers more than one day: a month or year precision, or a span. */
export function isBand(source: TimelineSource): boolean {
  return source.hasEnd || source.precision === 'month' || source.precision === 'year' || source.start !== source.finish;
}

/** The most characters a label made from a title keeps (an editor's shortTitle may have up to 60)... */
export const LABEL_CHARS = 40;
/** ...and on a narrow box (under NARROW_WIDTH_PX), where a label may take at most about two thirds of the width. */
export const NARROW_LABEL_CHARS = 28;

/** Characters left dangling at the end of a cut, which read badly before the ellipsis. */
const DANGLING = /[\s,;:.\u2013\u2014-]+$/u;

/** Small words that say nothing at the end of a cut ("Russia revokes the citizenship of…"): dropped before the ellipsis. */
const MINOR_WORDS = new Set(
  (
    'a an the of in on at to for from by with into over after before about and or but nor as that which who ' +
    'its his her their this these those is are was were be been has have had will would than near during ' +
    'between against under amid via'
  ).split(' '),
);

/**
 * Shortens plain text to at most `max` characters (counted as code points, so no character is split) by
 * cutting at the last space that fits and adding an ellipsis; a single word longer than that is cut inside.
 */
export function shorten(text: string, max: number = LABEL_CHARS): string {
  const clean = text.trim().replace(/\s+/gu, ' ');
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  // Room for max - 1 characters and the ellipsis; a space right after that room means its last word is whole.
  const room = chars.slice(0, Math.max(max - 1, 1)).join('');
  const space = room.lastIndexOf(' ');
  let cut = chars[max - 1] === ' ' || space <= 0 ? room : room.slice(0, space);
  const words = cut.split(' ');
  while (words.length > 1 && MINOR_WORDS.has(words.at(-1)!.toLowerCase().replace(DANGLING, ''))) words.pop();
  cut = words.join(' ');
  return `${cut.replace(DANGLING, '') || cut}…`;
}

/**
 * The label the timeline draws: the editor's shortTitle when given, else the title; either shortened at a word
 * when longer than the room (`max` characters).
 */
export function timelineLabel(title: string, shortTitle?: string, max: number = LABEL_CHARS): string {
  const short = shortTitle?.trim();
  return shorten(short ? short : title, max);
}

export function toTimelineItem(source: TimelineSource, labelChars: number = LABEL_CHARS): TimelineItem {
  const classes = [
    `precision-${source.precision}`,
    `lane-${source.lane}`,
    `importance-${source.importance}`,
    `status-${source.status}`,
  ];
  if (source.background) classes.push('is-background');
  if (source.hasEnd) classes.push('is-span');
  const text = timelineLabel(source.title, source.shortTitle, labelChars);
  const label = source.precision === 'approximate' ? `c. ${text}` : text;
  const base = {
    id: source.id,
    label,
    tooltip: `${source.when}: ${source.title}`,
    start: source.start,
    group: source.lane,
  };
  if (isBand(source)) return { ...base, end: nextDay(source.finish), type: 'range', className: classes.join(' ') };
  return { ...base, type: 'point', className: classes.join(' ') };
}

/** The lanes, in order, as the timeline's groups. */
export function laneGroups(): { id: Lane; content: string; order: number }[] {
  return LANES.map((lane, order) => ({ id: lane, content: LANE_LABELS[lane], order }));
}

/** Windows up to this many days show every event; up to OVERVIEW_DAYS, the minor ones (importance 3) are left out. */
export const DETAIL_DAYS = 2 * 365;
export const OVERVIEW_DAYS = 10 * 365;

/** The least important level drawn for a window of this many days: 3 (all), 2, or 1 (turning points only). */
export function importanceLimit(spanDays: number): number {
  if (spanDays <= DETAIL_DAYS) return 3;
  if (spanDays <= OVERVIEW_DAYS) return 2;
  return 1;
}

export interface DrawRequest {
  /** The events that match the filters, in chronological order. */
  readonly matching: readonly TimelineSource[];
  /** First and last day near the window ("YYYY-MM-DD"): events overlapping it are candidates. */
  readonly from: string;
  readonly to: string;
  /** The least important level to draw (see importanceLimit). */
  readonly limit: number;
  /** The selected event, drawn whatever its importance or date. */
  readonly selected: string;
  /** The most items to draw. */
  readonly max: number;
}

/**
 * Chooses what the timeline draws: the matching events near the window, without those too minor for the
 * zoom level (background events always stay), at most `max` of them, the most important first, and always
 * the selected one. `leftOut` counts matching events near the window that are not drawn.
 */
export function chooseDrawn(request: DrawRequest): { drawn: TimelineSource[]; leftOut: number } {
  const isNear = (source: TimelineSource) => source.finish >= request.from && source.start <= request.to;
  const near = request.matching.filter(isNear);
  const eligible = near.filter(
    (source) => source.background || source.importance <= request.limit || source.id === request.selected,
  );
  let drawn = eligible;
  if (eligible.length > request.max) {
    // The first `max` by rank, earlier first within a rank (what a stable sort by rank would keep), found by
    // counting: this runs on every filter change and pan, over every matching event.
    const rank = (source: TimelineSource) => (source.id === request.selected ? 0 : source.importance);
    const perRank = new Map<number, number>();
    for (const source of eligible) perRank.set(rank(source), (perRank.get(rank(source)) ?? 0) + 1);
    const quota = new Map<number, number>();
    let room = request.max;
    for (const level of [...perRank.keys()].sort((a, b) => a - b)) {
      const count = Math.min(perRank.get(level)!, room);
      quota.set(level, count);
      room -= count;
    }
    drawn = eligible.filter((source) => {
      const left = quota.get(rank(source))!;
      quota.set(rank(source), left - 1);
      return left > 0;
    });
  }
  const selected = request.matching.find((source) => source.id === request.selected);
  if (selected && !drawn.includes(selected)) drawn = [...drawn, selected];
  return { drawn, leftOut: near.length - drawn.filter(isNear).length };
}

/** On a narrow box (under NARROW_WIDTH_PX) the first window is the crisis's first NARROW_DAYS, so labels stay readable. */
export const NARROW_DAYS = 110;
export const NARROW_WIDTH_PX = 600;

/** Days added before the first and after the last crisis event in the first window, so that no item sits on the edge. */
const WINDOW_PAD_DAYS = 20;

/**
 * The window shown first: the crisis itself, from its first event to its latest, computed from the content so
 * that it grows with the chronology. On a narrow screen, only the first `narrowDays` of it, so labels stay
 * readable. Falls back to every event when none is outside the background.
 */
export function initialWindow(
  sources: readonly Pick<TimelineSource, 'start' | 'finish' | 'background'>[],
  narrowDays?: number,
): { start: string; end: string } {
  const crisis = sources.filter((source) => !source.background);
  const pool = crisis.length > 0 ? crisis : sources;
  if (pool.length === 0) return { start: '2024-12-01', end: '2025-12-31' };
  const first = Math.min(...pool.map((source) => Date.parse(source.start)));
  const last = Math.max(...pool.map((source) => Date.parse(source.finish)));
  const pad = WINDOW_PAD_DAYS * DAY_MS;
  const start = first - pad;
  const end = narrowDays === undefined ? last + pad : Math.min(last + pad, start + narrowDays * DAY_MS);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { start: iso(start), end: iso(end) };
}

/** "YYYY-MM-DD" of a time in milliseconds (UTC). */
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The window for a date filter (the months "YYYY-MM" the reader chose, either may be ""): from the first day
 * of `from` to the last day of `to`, with a little room either side. A side left open ends at the matching
 * crisis events (or, with none, all matching events); with neither side set there is no filter window.
 */
export function filterWindow(
  from: string,
  to: string,
  matching: readonly TimelineSource[],
): { start: string; end: string } | undefined {
  if (from && to && from > to) return filterWindow(to, from, matching);
  const first = from ? parsePartialDate(from) : undefined;
  const last = to ? parsePartialDate(to) : undefined;
  if (!first && !last) return undefined;
  const crisis = matching.filter((source) => !source.background);
  const pool = crisis.length > 0 ? crisis : matching;
  const fromDay = first
    ? `${from}-01`
    : pool.reduce((min, s) => (s.start < min ? s.start : min), last ? `${to}-01` : '');
  const toDay = last
    ? latestDay(last)
    : pool.reduce((max, s) => (s.finish > max ? s.finish : max), first ? latestDay(first) : '');
  const start = Date.parse(fromDay);
  const end = Date.parse(toDay) + DAY_MS;
  const pad = Math.max((end - start) * 0.03, 2 * DAY_MS);
  return { start: isoDay(start - pad), end: isoDay(end + pad) };
}
