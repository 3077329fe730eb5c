/**
 * The access date inside a citation, as a slot the browser can refill. The build renders each citation once,
 * with the build date as the access date; for the formats that print that date it also records where the date
 * stands in the text and how the format writes a date (learned from citation-js itself, see
 * citation-formats.ts). The reader's browser then writes today's date into the same place: no citation
 * library is shipped to the page. No imports, so the browser bundle stays a few hundred bytes.
 */

/** How a format writes a date: one pattern per month with {Y} for the year and {D} for the day. */
export interface AccessShape {
  /** Twelve patterns, January first, e.g. "14 Mar. {Y}" → "{D} Mar. {Y}", or "{Y}-03-{D}". */
  readonly months: readonly string[];
  /** True when the day is written with two digits ("05"). */
  readonly pad: boolean;
}

/** Where the access date stands in one rendered citation, and how to write another. */
export interface AccessSlot extends AccessShape {
  /** Offset of the date in the text, in UTF-16 code units (what String.prototype.slice counts). */
  readonly at: number;
  /** The date as the text holds it now. */
  readonly date: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date "YYYY-MM-DD" written in a format's shape. */
export function writeDate(shape: AccessShape, day: string): string {
  const match = DAY.exec(day);
  const pattern = match ? shape.months[Number(match[2]) - 1] : undefined;
  if (!match || pattern === undefined) throw new Error(`Not a calendar day: ${day}`);
  const dayOfMonth = shape.pad ? (match[3] ?? '') : String(Number(match[3]));
  return pattern.replace('{Y}', String(Number(match[1]))).replace('{D}', dayOfMonth);
}

/**
 * The citation with another access date in its slot; the text unchanged when it does not hold the slot's
 * date where the slot says (a text changed since the build is never patched blindly).
 */
export function withAccessDate(text: string, slot: AccessSlot, day: string): string {
  if (text.slice(slot.at, slot.at + slot.date.length) !== slot.date) return text;
  return text.slice(0, slot.at) + writeDate(slot, day) + text.slice(slot.at + slot.date.length);
}

/** The local calendar day of a moment, "YYYY-MM-DD" (the reader's today, in the reader's time zone). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
