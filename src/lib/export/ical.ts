/**
 * iCalendar (RFC 5545): /data/events.ics with every event, and one file per event. Every event is an all-day
 * entry covering the days its date can mean: a day-precision event that day, a month-precision event the
 * whole month, a year-precision event the whole year (the description states the precision). Text is escaped
 * (backslash, semicolon, comma, line breaks) and lines are folded at 75 octets without splitting a character.
 */
import { precisionLabel } from '../date-words.ts';
import { STATUS_LABELS, TYPE_LABELS, countryName } from '../labels.ts';
import { DATASET_TITLE, EXPORT_VERSION, latestUpdate, uidHost, type ExportData, type ExportOptions } from './common.ts';
import { eventRecords, type EventRecord } from './events-json.ts';

/** Escapes a TEXT value: \ ; , and line breaks (RFC 5545, 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** The UTF-8 length of one code point (a lone surrogate is written as U+FFFD, three octets, as TextEncoder does). */
const octets = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * Folds one content line so that no line exceeds 75 octets (RFC 5545, 3.1): each continuation line starts with
 * a space, and a break never falls inside a multi-byte character. Returns the lines joined by CRLF.
 */
export function foldLine(line: string, limit = 75): string {
  // Most lines are short and printable ASCII: one octet per character, nothing to fold.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut only; for any line it lets through, the loop below returns that same line.
  if (line.length <= limit && !/[^ -~]/.test(line)) return line;
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = octets(char);
    if (size + width > limit) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += width;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** "2025-07-01" → "20250701". */
const compact = (day: string) => day.replaceAll('-', '');

/** The day after a "YYYY-MM-DD" day, in the same form (DTEND of an all-day entry is exclusive). */
export function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (date ?? 1) + 1));
  return next.toISOString().slice(0, 10);
}

/** The all-day span of an event: first day, and the exclusive end (the day after its last day). */
export function allDaySpan(record: Pick<EventRecord, 'firstDay' | 'lastDay'>): { start: string; end: string } {
  return { start: compact(record.firstDay), end: compact(nextDay(record.lastDay)) };
}

/** The description of an entry: the summary, the date to its precision, status, actors and the page. */
export function describe(record: EventRecord): string {
  const precision =
    record.end !== null && record.endPrecision !== record.precision
      ? `${precisionLabel(record.precision)} to ${precisionLabel(record.endPrecision ?? record.precision)}`
      : precisionLabel(record.precision);
  const span =
    record.precision === 'day' && (record.endPrecision ?? 'day') === 'day'
      ? ''
      : ' The calendar entry covers every day the date can mean.';
  return [
    record.summary,
    '',
    `Date: ${record.when} (${precision}).${span}`,
    `Status: ${STATUS_LABELS[record.status]}. Type: ${TYPE_LABELS[record.type]}.`,
    `Actors: ${record.actors.map((a) => a.name).join(', ')}.`,
    `Sources: ${record.sources.length}. Full entry: ${record.url}`,
  ].join('\n');
}

/** The content lines of one VEVENT. `stamp` is the day the data last changed (DTSTAMP must not depend on the clock). */
export function eventLines(record: EventRecord, host: string, stamp: string): string[] {
  const { start, end } = allDaySpan(record);
  const changed = record.updated ?? record.reviewed ?? stamp;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${record.id}@${host}`,
    `DTSTAMP:${compact(changed)}T000000Z`,
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${end}`,
    `SUMMARY:${escapeText(record.title)}`,
    `DESCRIPTION:${escapeText(describe(record))}`,
    `CATEGORIES:${escapeText(TYPE_LABELS[record.type])}`,
    'TRANSP:TRANSPARENT',
  ];
  if (record.url.startsWith('https://')) lines.push(`URL;VALUE=URI:${record.url}`);
  if (record.location) {
    lines.push(`LOCATION:${escapeText(`${record.location.place}, ${countryName(record.location.country)}`)}`);
    const at = record.location.coordinates;
    if (at) lines.push(`GEO:${at.lat};${at.lon}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A whole calendar from the given records: CRLF line ends, every line folded. */
export function calendarText(records: readonly EventRecord[], host: string, stamp: string, name: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${host}//${escapeText(DATASET_TITLE)} ${EXPORT_VERSION}//EN`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...records.flatMap((record) => eventLines(record, host, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** /data/events.ics: every event. */
export function eventsCalendar(data: ExportData, options: ExportOptions): string {
  return calendarText(eventRecords(data, options), uidHost(options), latestUpdate(data), DATASET_TITLE);
}

/** /data/events/<id>.ics: one event, from its record (build the records once for all the files). */
export function eventCalendar(record: EventRecord, options: ExportOptions, stamp: string): string {
  return calendarText([record], uidHost(options), stamp, `${DATASET_TITLE}: ${record.title}`);
}
