/**
 * What every open-data export shares: the data it is built from, where an event's permanent page is, the
 * format version, the licence, and the date the data was last changed (read from the content, never the clock,
 * so two builds of the same content give the same bytes).
 */
import type { Actor } from '../../schemas/actor.ts';
import type { ChronologyEvent } from '../../schemas/event.ts';
import { buildChronology, eventCounts, type EventView } from '../chronology.ts';
import { eventPath, withBase } from '../paths.ts';
import type { ThreadView } from '../threads.ts';

/** The version of the export formats (semantic versioning: see the /data/ page for the promise). */
export const EXPORT_VERSION = '1.2.0';

export const DATASET_TITLE = 'Azerbaijan–Russia crisis chronology';

export const LICENSE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  scope:
    "The chronology's own text and data (titles, summaries, context, claims as worded here, dates, actors, links between events) are under CC BY 4.0. The linked source pages remain their publishers' and are not covered by this licence.",
} as const;

/** The validated content an export is built from. */
export interface ExportData {
  readonly events: ReadonlyMap<string, ChronologyEvent>;
  readonly actors: ReadonlyMap<string, Actor>;
  /** Every event in chronological order, as the pages show it. */
  readonly ordered: readonly EventView[];
  /** How many events each actor takes part in. */
  readonly counts: ReadonlyMap<string, number>;
  /** The Markdown body (context) of each event, when known. */
  readonly bodies?: ReadonlyMap<string, string>;
  /** The threads, earliest first, and the Markdown introduction of each, when known. */
  readonly threads?: readonly ThreadView[];
  readonly threadBodies?: ReadonlyMap<string, string>;
}

/** Where the site lives: its public address when the build has one (SITE_URL), and its base path. */
export interface ExportOptions {
  readonly site: URL | undefined;
  readonly base: string;
}

/** Builds the export data from validated events and actors (what tests and scripts use; pages pass the loaded chronology). */
export function exportData(
  events: ReadonlyMap<string, ChronologyEvent>,
  actors: ReadonlyMap<string, Actor>,
  bodies?: ReadonlyMap<string, string>,
): ExportData {
  return {
    events,
    actors,
    ordered: buildChronology(events, actors),
    counts: eventCounts(events),
    ...(bodies ? { bodies } : {}),
  };
}

/** A site path as a link: absolute on the public address when there is one, otherwise site-relative with the base. */
export function siteLink(options: ExportOptions, path: string): string {
  const relative = withBase(options.base, path);
  return options.site ? new URL(relative, options.site).href : relative;
}

/** The permanent address of an event's page. */
export function permalink(options: ExportOptions, id: string): string {
  return siteLink(options, eventPath(id));
}

/** The host that names the calendar's UIDs: the public host, or "chronology" without one. */
export function uidHost(options: ExportOptions): string {
  return options.site?.hostname || 'chronology';
}

/**
 * The day the data last changed: the latest `updated`, `reviewed` or correction date in the content. With no
 * such date at all, the last day any event covers (still a property of the content, never of the clock).
 */
export function latestUpdate(data: ExportData): string {
  let latest = '';
  for (const event of data.events.values()) {
    for (const day of [event.updated, event.reviewed, ...event.corrections.map((c) => c.date)]) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: undefined > a string is false anyway (the test is for the types), and >= keeps the same latest as >.
      if (day !== undefined && day > latest) latest = day;
    }
  }
  if (latest) return latest;
  // Stryker disable next-line EqualityOperator: >= keeps the same latest day as >.
  for (const view of data.ordered) if (view.finish > latest) latest = view.finish;
  return latest;
}
