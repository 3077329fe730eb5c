/**
 * The CSV exports: /data/events.csv (one row per event), /data/claims.csv (one row per claim) and
 * /data/sources.csv (one row per source of each event). RFC 4180: comma-separated, CRLF line ends, a field
 * quoted when it holds a comma, a quote or a line break, quotes doubled; UTF-8 with a header row.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula, so such text
 * cells get a leading apostrophe: the cell then shows as text, and nothing in the data runs.
 */
import { precisionLabel } from '../date-words.ts';
import { eventRecords, type EventRecord } from './events-json.ts';
import type { ExportData, ExportOptions } from './common.ts';

export type Cell = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text value made safe to open in a spreadsheet: prefixed with ' when it would start a formula. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: numbers and booleans as written, empty for null, text guarded and quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = defuseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: the header row, then one line per row, each line ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  for (const row of rows) {
    if (row.length !== header.length)
      throw new Error(`a CSV row has ${row.length} fields for ${header.length} columns`);
  }
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** Several ids or values in one cell. */
const list = (values: readonly string[]) => values.join(';');

/** Columns of events.csv, with what each holds (the /data/ page lists them). */
export const EVENT_COLUMNS = {
  id: "The event's id (its permanent page is /events/<id>/).",
  url: "The event's permanent page.",
  date: 'When it happened or began: YYYY-MM-DD, YYYY-MM or YYYY.',
  precision: 'day, month, year or approximate.',
  precision_words: 'The precision in words, e.g. "month only".',
  end: 'For a span, when it ended (empty otherwise).',
  end_precision: 'The precision of the end (empty without an end).',
  first_day: 'First calendar day the date can mean.',
  last_day: 'Last calendar day the date or span can mean.',
  when: 'The date in words, as the site shows it.',
  title: 'Headline.',
  summary: 'One or two sentences.',
  type: 'Kind of event.',
  status: 'confirmed, disputed or unverified.',
  background: 'true for context before the crisis window.',
  importance: '1 (turning point) to 3 (detail).',
  tags: 'Topic tags, separated by ;.',
  actors: 'Actors as id:role, separated by ;.',
  place: 'Where it happened, in words.',
  country: 'ISO 3166-1 alpha-2 code of the place.',
  lat: 'Latitude (decimal degrees).',
  lon: 'Longitude (decimal degrees).',
  claims: 'Number of claims (rows in claims.csv).',
  sources: 'Number of sources (rows in sources.csv).',
  related: 'Earlier events it relates to, as relation:id, separated by ;.',
  sourcing_note: 'Why there is a single source, when there is.',
  balance_note: "Why one side's account is missing, when it is.",
  corrections: 'Number of published corrections (the details are in events.json).',
  updated: 'Last change of substance.',
  reviewed: 'Last re-check against the sources.',
  short_title: "The timeline's shorter label for a long title (empty when the title is used).",
} as const;

export const CLAIM_COLUMNS = {
  event_id: 'The event the claim belongs to.',
  claim_index: 'Its position among the claims of that event, from 1.',
  by: 'Id of the actor who makes the claim.',
  by_name: "That actor's name.",
  actor_side: "That actor's side (azerbaijan, russia, armenia, …).",
  stance: 'asserts, denies or disputes.',
  text: 'The claim in our own words.',
  attribution: 'How it reached the press when not said on the record.',
  source_ids: "Ids of the event's sources that report it, separated by ; (see sources.csv).",
} as const;

export const SOURCE_COLUMNS = {
  event_id: 'The event the source backs.',
  source_index: 'Its position among the sources of that event, from 1.',
  source_id: 'Its id within the event (claims cite it).',
  url: 'The page as published.',
  title: 'Headline as published, or our description when title_supplied is true.',
  title_supplied: 'true when the title is our description, not the published headline.',
  publisher: 'Who publishes the page at this address.',
  original_publisher: 'For a copy: who first published the text.',
  published: 'Publication date as the page shows it (YYYY-MM-DD, YYYY-MM, YYYY) or unknown.',
  language: 'BCP 47 language tag of the page.',
  kind: 'original, copy, official-statement or analysis.',
  archive: 'An archived copy, when there is one.',
} as const;

const header = (columns: object) => Object.keys(columns);

export function eventsCsv(data: ExportData, options: ExportOptions): string {
  return eventsCsvOf(eventRecords(data, options));
}

/** events.csv from export records (the home page's download of a filtered view builds it from these too). */
export function eventsCsvOf(records: readonly EventRecord[]): string {
  const rows = records.map((e) => [
    e.id,
    e.url,
    e.date,
    e.precision,
    precisionLabel(e.precision),
    e.end,
    e.endPrecision,
    e.firstDay,
    e.lastDay,
    e.when,
    e.title,
    e.summary,
    e.type,
    e.status,
    e.background,
    e.importance,
    list(e.tags),
    list(e.actors.map((a) => `${a.id}:${a.role}`)),
    e.location?.place,
    e.location?.country,
    e.location?.coordinates?.lat,
    e.location?.coordinates?.lon,
    e.claims.length,
    e.sources.length,
    list(e.related.map((r) => `${r.relation}:${r.event}`)),
    e.sourcingNote,
    e.balanceNote,
    e.corrections.length,
    e.updated,
    e.reviewed,
    e.shortTitle,
  ]);
  return csvText(header(EVENT_COLUMNS), rows);
}

export function claimsCsv(data: ExportData, options: ExportOptions): string {
  return claimsCsvOf(eventRecords(data, options));
}

export function claimsCsvOf(records: readonly EventRecord[]): string {
  const rows = records.flatMap((e) =>
    e.claims.map((c, index) => [
      e.id,
      index + 1,
      c.by,
      c.byName,
      c.side,
      c.stance,
      c.text,
      c.attribution,
      list(c.sources),
    ]),
  );
  return csvText(header(CLAIM_COLUMNS), rows);
}

export function sourcesCsv(data: ExportData, options: ExportOptions): string {
  return sourcesCsvOf(eventRecords(data, options));
}

export function sourcesCsvOf(records: readonly EventRecord[]): string {
  const rows = records.flatMap((e) =>
    e.sources.map((s, index) => [
      e.id,
      index + 1,
      s.id,
      s.url,
      s.title,
      s.titleSupplied,
      s.publisher,
      s.originalPublisher,
      s.published,
      s.language,
      s.kind,
      s.archive,
    ]),
  );
  return csvText(header(SOURCE_COLUMNS), rows);
}
