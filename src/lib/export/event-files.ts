/**
 * The small files beside each event: its citation in BibTeX and CSL-JSON (/events/<id>/citation.bib and
 * citation.json, offered by the page's cite panel) and its calendar entry (/data/events/<id>.ics). Three per
 * event, so tens of thousands in a large chronology: the build writes them itself after the pages
 * (src/integrations/event-files.ts) rather than as Astro routes, whose per-file rendering and bookkeeping cost
 * more than the files. The texts are the ones the page's cite panel shows (the same records, the same renderer).
 */
import { citationRecord } from '../citation.ts';
import type { CitationFormat } from '../citation-formats.ts';
import { renderFormatFast } from '../citation-templates.ts';
import { eventPath } from '../paths.ts';
import { latestUpdate, permalink, type ExportData, type ExportOptions } from './common.ts';
import { eventRecords, type EventRecord } from './events-json.ts';
import { eventCalendar } from './ical.ts';

/** The citation downloads beside each event page: their file names (relative to the page) and media types. */
export const CITATION_FILES = {
  bibtex: { name: 'citation.bib', extension: 'bib', type: 'application/x-bibtex; charset=utf-8' },
  'csl-json': {
    name: 'citation.json',
    extension: 'json',
    type: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  },
} as const satisfies Partial<Record<CitationFormat, { name: string; extension: string; type: string }>>;

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** One file: its path in the site (below the base, no leading slash), media type and text. */
export interface EventFile {
  readonly path: string;
  readonly type: string;
  readonly text: string;
}

/** Where an event's calendar file lives (below the base). */
export function calendarPath(id: string): string {
  return `data/events/${id}.ics`;
}

/** Where an event's citation file of a format lives (below the base), beside its page. */
export function citationPath(id: string, format: keyof typeof CITATION_FILES): string {
  return `${eventPath(id)}${CITATION_FILES[format].name}`;
}

function citationFile(
  view: ExportData['ordered'][number],
  event: NonNullable<ReturnType<ExportData['events']['get']>>,
  options: ExportOptions,
  accessed: string,
  format: keyof typeof CITATION_FILES,
): EventFile {
  const record = citationRecord({ view, event, url: permalink(options, view.id) }, accessed);
  return {
    path: citationPath(view.id, format),
    type: CITATION_FILES[format].type,
    text: `${renderFormatFast(record, format)}\n`,
  };
}

function calendarFile(record: EventRecord, options: ExportOptions, stamp: string): EventFile {
  return { path: calendarPath(record.id), type: CALENDAR_TYPE, text: eventCalendar(record, options, stamp) };
}

const FORMATS = Object.keys(CITATION_FILES) as (keyof typeof CITATION_FILES)[];

/**
 * Every event's small files, one event after another in the chronology's order. `accessed` is the access date
 * the citations carry (the build day, as on the page). A generator, so that a writer holds one event's files at
 * a time.
 */
export function* everyEventFile(data: ExportData, options: ExportOptions, accessed: string): Generator<EventFile> {
  const stamp = latestUpdate(data);
  const records = eventRecords(data, options);
  for (const [index, view] of data.ordered.entries()) {
    const event = data.events.get(view.id);
    const record = records[index];
    // Stryker disable next-line CallExpression,ConditionalExpression,LogicalOperator,OptionalChaining,StringLiteral: never true: eventRecords has already thrown for a view without its event, and gives one record per view in the same order.
    if (!event || record?.id !== view.id) throw new Error(`${view.id}: not among the events`);
    for (const format of FORMATS) yield citationFile(view, event, options, accessed, format);
    yield calendarFile(record, options, stamp);
  }
}

/** The one file at a site path (below the base, no leading slash), or undefined: what the dev server serves. */
export function eventFileAt(
  path: string,
  data: ExportData,
  options: ExportOptions,
  accessed: string,
): EventFile | undefined {
  const calendar = /^data\/events\/([^/]+)\.ics$/.exec(path);
  if (calendar) {
    const record = eventRecords(data, options).find((one) => one.id === calendar[1]);
    return record && calendarFile(record, options, latestUpdate(data));
  }
  const citation = /^events\/([^/]+)\/([^/]+)$/.exec(path);
  const format = FORMATS.find((one) => CITATION_FILES[one].name === citation?.[2]);
  const view = data.ordered.find((one) => one.id === citation?.[1]);
  const event = view && data.events.get(view.id);
  return format && view && event ? citationFile(view, event, options, accessed, format) : undefined;
}
