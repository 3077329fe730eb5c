/** Dates in words, to their precision: "25 December 2024", "December 2024", "around July 2025", spans. */
import { parsePartialDate, type PartialDate, type Precision } from './dates.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The English name of a month (1–12). */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/**
 * A month's name cut to three letters (1 → "Jan", 9 → "Sep"), as vis-timeline writes its axis: the still axis, the
 * list's index of months and the drawn timeline then read alike (en-GB's `Intl` short form says "Sept").
 */
export function monthAbbreviation(month: number): string {
  return monthName(month).slice(0, 3);
}

function words(date: PartialDate, withYear = true): string {
  const year = withYear ? ` ${date.year}` : '';
  if (date.granularity === 'year') return String(date.year);
  if (date.granularity === 'month') return `${monthName(date.month ?? 1)}${year}`;
  return `${date.day} ${monthName(date.month ?? 1)}${year}`;
}

const mark = (text: string, precision: Precision) => (precision === 'approximate' ? `around ${text}` : text);

/** One date in words: "25 December 2024", "December 2024", "1984", "around 30 June 2025". */
export function dateInWords(text: string, precision: Precision): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  return mark(words(date), precision);
}

/**
 * A date or a span in words, sharing what the two ends share: "7–8 July 2025", "27 June – 1 July 2025",
 * "3–11 February 2025", "December 2024 – February 2025", "around 28 June – around July 2025".
 */
export function spanInWords(
  start: string,
  precision: Precision,
  end?: string,
  endPrecision: Precision = precision,
): string {
  const from = parsePartialDate(start);
  const to = end === undefined ? null : parsePartialDate(end);
  if (!from) return start;
  if (!to) return dateInWords(start, precision);
  const exact = precision !== 'approximate' && endPrecision !== 'approximate';
  if (exact && from.granularity === 'day' && to.granularity === 'day' && from.year === to.year) {
    if (from.month === to.month) return `${from.day}–${to.day} ${monthName(to.month ?? 1)} ${to.year}`;
    return `${words(from, false)} – ${words(to)}`;
  }
  if (exact && from.granularity === 'month' && to.granularity === 'month' && from.year === to.year) {
    return `${monthName(from.month ?? 1)}–${monthName(to.month ?? 1)} ${to.year}`;
  }
  const sameYear = from.year === to.year && from.granularity !== 'year';
  return `${mark(words(from, !sameYear), precision)} – ${mark(words(to), endPrecision)}`;
}

/** A short label of how exactly a date is known, for readers. */
export function precisionLabel(precision: Precision): string {
  switch (precision) {
    case 'day':
      return 'exact day';
    case 'month':
      return 'month only';
    case 'year':
      return 'year only';
    case 'approximate':
      return 'approximate date';
  }
}
