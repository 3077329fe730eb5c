/**
 * The open-data files: where each is served, what it holds, its fields, and how its text is built. The
 * endpoints in src/pages/data/ serve these texts, and the /data/ page lists the same entries with their sizes,
 * so the page cannot describe a file the build does not write.
 */
import { CLAIM_COLUMNS, EVENT_COLUMNS, SOURCE_COLUMNS, claimsCsv, eventsCsv, sourcesCsv } from './csv.ts';
import { actorsDocument } from './actors-json.ts';
import type { ExportData, ExportOptions } from './common.ts';
import { eventsDocument, jsonText } from './events-json.ts';
import { eventsJsonSchema } from './events-schema.ts';
import { eventsGeoJson } from './geojson.ts';
import { eventsCalendar } from './ical.ts';
import { threadsDocument } from './threads-json.ts';
import { timelineDocument } from './timelinejs.ts';

export interface ExportFile {
  /** The site path, under the base: "data/events.json". */
  readonly path: string;
  readonly title: string;
  readonly mediaType: string;
  readonly description: string;
  /** Columns or fields with their meaning, when the page lists them. */
  readonly fields?: Readonly<Record<string, string>>;
  readonly build: (data: ExportData, options: ExportOptions) => string;
}

export const EXPORT_FILES = [
  {
    path: 'data/events.json',
    title: 'Events (JSON)',
    mediaType: 'application/json',
    description:
      'Every event with every field: its title and the shorter label the timeline shows (shortTitle, when set), dates with their precision and the days they cover, actors with their roles, claims, sources (kind, publisher, original publisher, whether the title is supplied), related events, status, place, corrections, update and review dates, the context as Markdown, and its permanent address. Optional fields are null when unset.',
    build: (data, options) => jsonText(eventsDocument(data, options)),
  },
  {
    path: 'data/events.schema.json',
    title: 'Schema of events.json (JSON Schema 2020-12)',
    mediaType: 'application/schema+json',
    description: 'A JSON Schema (draft 2020-12) that events.json validates against, with every field and its values.',
    build: () => jsonText(eventsJsonSchema),
  },
  {
    path: 'data/events.csv',
    title: 'Events (CSV)',
    mediaType: 'text/csv',
    description: 'One row per event.',
    fields: EVENT_COLUMNS,
    build: eventsCsv,
  },
  {
    path: 'data/claims.csv',
    title: 'Claims (CSV)',
    mediaType: 'text/csv',
    description: 'One row per claim: who says what about which event, and which sources report it.',
    fields: CLAIM_COLUMNS,
    build: claimsCsv,
  },
  {
    path: 'data/sources.csv',
    title: 'Sources (CSV)',
    mediaType: 'text/csv',
    description: 'One row per source of each event.',
    fields: SOURCE_COLUMNS,
    build: sourcesCsv,
  },
  {
    path: 'data/actors.json',
    title: 'Actors (JSON)',
    mediaType: 'application/json',
    description:
      'Every actor: id, page address, name, kind, side, country (ISO code or null), description, aliases and the number of events it takes part in.',
    build: (data, options) => jsonText(actorsDocument(data, options)),
  },
  {
    path: 'data/threads.json',
    title: 'Threads (JSON)',
    mediaType: 'application/json',
    description:
      'Every thread (a storyline through the events): id, page address, title, summary, introduction as Markdown, the first and last date, and its events in order, each with its place, id, date, title and page address.',
    build: (data, options) => jsonText(threadsDocument(data, options)),
  },
  {
    path: 'data/events.ics',
    title: 'Calendar (iCalendar)',
    mediaType: 'text/calendar',
    description:
      'Every event as an all-day calendar entry, for calendar programs. An event known only to the month or the year spans that whole month or year, and its description says so. Each event page also links a file of its own event, at data/events/<id>.ics.',
    build: eventsCalendar,
  },
  {
    path: 'data/events.geojson',
    title: 'Places (GeoJSON)',
    mediaType: 'application/geo+json',
    description:
      'A FeatureCollection of the events whose place has coordinates, one point each ([longitude, latitude]), with id, title, short title (shortTitle, null when unset), date, precision, date in words, status, place, country and address as properties.',
    build: (data, options) => jsonText(eventsGeoJson(data, options)),
  },
  {
    path: 'data/timelinejs.json',
    title: 'TimelineJS',
    mediaType: 'application/json',
    description:
      'The chronology in the JSON format of TimelineJS3 (Knight Lab): one slide per event with its dates to the precision known, headline, text and lane as group. All text is HTML-escaped.',
    build: (data, options) => jsonText(timelineDocument(data, options)),
  },
] as const satisfies readonly ExportFile[];

export type ExportPath = (typeof EXPORT_FILES)[number]['path'];

/** The text of one export file. */
export function exportText(path: ExportPath, data: ExportData, options: ExportOptions): string {
  const file = EXPORT_FILES.find((entry) => entry.path === path);
  if (!file) throw new Error(`no export ${path}`);
  return file.build(data, options);
}

/** The size of a text in UTF-8 bytes, in words: "812 bytes", "14.2 kB", "1.3 MB" (powers of 1,000). */
export function sizeInWords(text: string): string {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
