/**
 * The still picture the timeline shows while vis-timeline loads (and without JavaScript): the years and months
 * of the first window and a strip with one mark per event, placed as shares of the window's width so that the
 * server can draw it in SVG with percentages, before anyone knows how wide the box is.
 */
import { DAY_MS } from './dates.ts';
import { monthAbbreviation } from './date-words.ts';
import type { Lane } from './chronology.ts';
import type { TimelineSource } from './timeline-items.ts';

/** A label on the axis: where it starts, as a share (0–1) of the window's width. */
export interface Tick {
  readonly key: string;
  readonly label: string;
  readonly at: number;
}

export interface Axis {
  /** One per year, the first at the window's left edge (as vis-timeline labels the year in view). */
  readonly years: Tick[];
  /** One per month start inside the window; none when the window is so long that months would crowd. */
  readonly months: Tick[];
}

/** Windows longer than this show years only. */
export const MONTH_AXIS_DAYS = 3 * 366;

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The years and months of a window ("YYYY-MM-DD" to "YYYY-MM-DD", end exclusive). */
export function axisTicks(window: { start: string; end: string }): Axis {
  const start = dayMs(window.start);
  const end = dayMs(window.end);
  const span = end - start;
  if (!(span > 0)) return { years: [], months: [] };
  const share = (ms: number) => (ms - start) / span;
  const first = new Date(start);
  const years: Tick[] = [{ key: String(first.getUTCFullYear()), label: String(first.getUTCFullYear()), at: 0 }];
  for (let year = first.getUTCFullYear() + 1; Date.UTC(year, 0, 1) < end; year += 1) {
    years.push({ key: String(year), label: String(year), at: share(Date.UTC(year, 0, 1)) });
  }
  const months: Tick[] = [];
  if (span <= MONTH_AXIS_DAYS * DAY_MS) {
    let cursor = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + (first.getUTCDate() === 1 ? 0 : 1), 1);
    while (cursor < end) {
      const date = new Date(cursor);
      const month = date.getUTCMonth() + 1;
      months.push({
        key: `${date.getUTCFullYear()}-${String(month).padStart(2, '0')}`,
        label: monthAbbreviation(month),
        at: share(cursor),
      });
      cursor = Date.UTC(date.getUTCFullYear(), month, 1);
    }
  }
  return { years, months };
}

/** A mark on the strip: an event's start as a share of the window, and its lane (for the colour). */
export interface RugMark {
  readonly at: number;
  readonly lane: Lane;
}

/**
 * One mark per event that starts inside the window, rounded to `steps` positions and kept once per position
 * and lane, so the strip stays small however many events there are.
 */
export function rugMarks(
  sources: readonly Pick<TimelineSource, 'start' | 'lane'>[],
  window: { start: string; end: string },
  steps = 400,
): RugMark[] {
  const start = dayMs(window.start);
  const span = dayMs(window.end) - start;
  if (!(span > 0)) return [];
  const seen = new Set<string>();
  const marks: RugMark[] = [];
  for (const source of sources) {
    const at = (dayMs(source.start) - start) / span;
    if (at < 0 || at >= 1) continue;
    const step = Math.round(at * steps);
    const key = `${step}:${source.lane}`;
    if (seen.has(key)) continue;
    seen.add(key);
    marks.push({ at: step / steps, lane: source.lane });
  }
  return marks;
}

/** The width of the strip's coordinate system: a share of the window times this is an x in SVG user units. */
export const RUG_WIDTH = 1000;

/**
 * The marks as one SVG path per lane, each mark a zero-length stroke ("M x 5h0") that a round line cap draws as
 * a dot: a few bytes a mark instead of an element each, which matters for a chronology of thousands of events.
 */
export function rugPaths(marks: readonly RugMark[]): { lane: Lane; d: string }[] {
  const byLane = new Map<Lane, string[]>();
  for (const mark of marks) {
    const list = byLane.get(mark.lane) ?? [];
    list.push(`M${Number((mark.at * RUG_WIDTH).toFixed(1))} 5h0`);
    byLane.set(mark.lane, list);
  }
  return [...byLane].map(([lane, moves]) => ({ lane, d: moves.join('') }));
}

/** Where a day starts, as a share of the window; undefined outside it. */
export function shareOf(day: string, window: { start: string; end: string }): number | undefined {
  const start = dayMs(window.start);
  const span = dayMs(window.end) - start;
  const at = (dayMs(day) - start) / span;
  return span > 0 && at >= 0 && at <= 1 ? at : undefined;
}

/** A share as an SVG percentage ("12.345%"). */
export const percent = (share: number) => `${(share * 100).toFixed(3)}%`;
