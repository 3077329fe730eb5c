/**
 * Partial ISO dates ("2025", "2025-02", "2025-02-24") and the precisions an editor gives them: the part of the
 * date rules the schemas need. src/lib/dates.ts builds on it (and re-exports it) for everything else.
 */

/** How exactly an event's date is known. `approximate` means "around this date", at any granularity. */
export const PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;

export type Precision = (typeof PRECISIONS)[number];

/** The granularity a date string is written to, read from its shape. */
export type Granularity = 'day' | 'month' | 'year';

export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly granularity: Granularity;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD". Returns null for anything else, including
 * impossible calendar dates such as 2024-02-30 or 2025-13 (no silent rollover).
 */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1000) return null;
  if (match[2] === undefined) return { year, granularity: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, granularity: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, granularity: 'day' };
}
