/**
 * Downloads of a filtered view. The home page offers each export of the events the reader's filters show; the
 * site is static, so the browser builds the file from the published events.json, keeping the events shown,
 * with the same functions that write the published files. Unfiltered, the links are the published files.
 *
 * This module runs in the browser, so it must not import the catalog (which brings the JSON Schema and zod);
 * a unit test holds its media types to the catalog's.
 */
import { DATASET_TITLE } from './common.ts';
import type { ExportPath } from './catalog.ts';
import { claimsCsvOf, eventsCsvOf, sourcesCsvOf } from './csv.ts';
import { jsonText, type EventRecord, type EventsDocument } from './events-json.ts';
import { geoJsonOf } from './geojson.ts';
import { calendarText } from './ical.ts';
import { timelineOf } from './timelinejs.ts';

interface SelectionFormat {
  readonly path: ExportPath;
  /** The link's text. */
  readonly label: string;
  readonly mediaType: string;
  readonly build: (records: readonly EventRecord[], document: EventsDocument, view: string) => string;
}

/** The host that names calendar UIDs, read from the data page's address (as the published calendar names it). */
function uidHostOf(address: string): string {
  return URL.canParse(address) ? new URL(address).hostname || 'chronology' : 'chronology';
}

/** The exports a filtered view can be downloaded as, in the order the page lists them. */
export const SELECTION_FORMATS: readonly SelectionFormat[] = [
  { path: 'data/events.csv', mediaType: 'text/csv', label: 'CSV', build: (records) => eventsCsvOf(records) },
  {
    path: 'data/events.json',
    mediaType: 'application/json',
    label: 'JSON',
    build: (records, document, view) =>
      jsonText({
        ...document,
        eventCount: records.length,
        selection: { view, total: document.eventCount },
        events: records,
      }),
  },
  { path: 'data/claims.csv', mediaType: 'text/csv', label: 'claims (CSV)', build: (records) => claimsCsvOf(records) },
  {
    path: 'data/sources.csv',
    mediaType: 'text/csv',
    label: 'sources (CSV)',
    build: (records) => sourcesCsvOf(records),
  },
  {
    path: 'data/events.ics',
    mediaType: 'text/calendar',
    label: 'calendar (.ics)',
    build: (records, document) =>
      calendarText(records, uidHostOf(document.url), document.updated, `${DATASET_TITLE} (a selection)`),
  },
  {
    path: 'data/events.geojson',
    mediaType: 'application/geo+json',
    label: 'GeoJSON',
    build: (records) => jsonText(geoJsonOf(records)),
  },
  {
    path: 'data/timelinejs.json',
    mediaType: 'application/json',
    label: 'TimelineJS',
    build: (records, document) => jsonText(timelineOf(records, document.url)),
  },
];

/** The file name a download of a selection takes: the published name with "-selection" before the extension. */
export function selectionFileName(path: ExportPath): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.indexOf('.');
  return `${name.slice(0, dot)}-selection${name.slice(dot)}`;
}

export interface SelectionFile {
  readonly name: string;
  readonly mediaType: string;
  readonly text: string;
}

/**
 * One export of the events with the given ids, in the chronology's order, built from the published
 * events.json document. `view` is the address of the filtered view (the JSON file records it).
 */
export function selectionFile(
  path: ExportPath,
  document: EventsDocument,
  ids: Iterable<string>,
  view: string,
): SelectionFile {
  const format = SELECTION_FORMATS.find((entry) => entry.path === path);
  if (!format) throw new Error(`no download of a selection as ${path}`);
  const wanted = new Set(ids);
  const records = document.events.filter((record) => wanted.has(record.id));
  return { name: selectionFileName(path), mediaType: format.mediaType, text: format.build(records, document, view) };
}
