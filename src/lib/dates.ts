/**
 * Partial ISO dates ("2025", "2025-02", "2025-02-24") and the precision an editor gives them.
 * Pure functions only: no Astro, no DOM, so the schema, the validator, the pages and the browser share them.
 */

export { daysInMonth, parsePartialDate, PRECISIONS } from '../schemas/partial-date.ts';
export type { Granularity, PartialDate, Precision } from '../schemas/partial-date.ts';
import { daysInMonth, type Granularity, type PartialDate, type Precision } from '../schemas/partial-date.ts';

/** One day in milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The first calendar day a partial date can mean, as "YYYY-MM-DD". */
export function earliestDay(date: PartialDate): string {
  return `${pad(date.year, 4)}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** The last calendar day a partial date can mean, as "YYYY-MM-DD". */
export function latestDay(date: PartialDate): string {
  const month = date.month ?? 12;
  const day = date.day ?? daysInMonth(date.year, month);
  return `${pad(date.year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Which granularities a precision allows. A day-precision date must name the day; a month-precision one
 * must stop at the month (an event known only to the month is not pinned to the 1st); an approximate one
 * may be written at any granularity.
 */
export function granularitiesFor(precision: Precision): readonly Granularity[] {
  switch (precision) {
    case 'day':
      return ['day'];
    case 'month':
      return ['month'];
    case 'year':
      return ['year'];
    case 'approximate':
      return ['day', 'month', 'year'];
  }
}

/**
 * The example an editor sees when a date's shape does not fit its precision: the editor's own date cut to the
 * precision when it says more than the precision ("2025-11-03" at month precision: "2025-11"), else a date
 * written to the precision.
 */
export function exampleFor(precision: Precision, written?: PartialDate): string {
  if (written && precision === 'month' && written.month !== undefined)
    return `"${pad(written.year, 4)}-${pad(written.month)}"`;
  if (written && precision === 'year') return `"${pad(written.year, 4)}"`;
  switch (precision) {
    case 'day':
      return '"2025-06-27"';
    case 'month':
      return '"2025-02"';
    case 'year':
      return '"1984"';
    case 'approximate':
      return '"2025-06-30", "2025-07" or "2025"';
  }
}

/** Today's date in UTC as "YYYY-MM-DD". */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
