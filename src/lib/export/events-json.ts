/**
 * /data/events.json: every event with every field of the model, in chronological order, plus its permanent
 * address and the dates it covers. Optional fields are always present, as null when unset, so that every
 * record has the same shape.
 */
import type { Precision } from '../dates.ts';
import type { ChronologyEvent } from '../../schemas/event.ts';
import type { Side } from '../../schemas/actor.ts';
import {
  DATASET_TITLE,
  EXPORT_VERSION,
  LICENSE,
  latestUpdate,
  permalink,
  siteLink,
  type ExportData,
  type ExportOptions,
} from './common.ts';

export interface EventRecord {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  /** The editor's shorter label for the timeline, when the title is too long for it; null when unset. */
  readonly shortTitle: string | null;
  readonly summary: string;
  readonly date: string;
  readonly precision: Precision;
  readonly end: string | null;
  readonly endPrecision: Precision | null;
  /** First and last calendar day the event can cover. */
  readonly firstDay: string;
  readonly lastDay: string;
  /** The date in words, to its precision, as the site shows it. */
  readonly when: string;
  readonly type: ChronologyEvent['type'];
  readonly status: ChronologyEvent['status'];
  readonly background: boolean;
  readonly importance: number;
  readonly tags: readonly string[];
  readonly actors: readonly { id: string; name: string; side: Side; role: string }[];
  readonly location: {
    place: string;
    country: string;
    coordinates: { lat: number; lon: number } | null;
  } | null;
  readonly claims: readonly {
    by: string;
    byName: string;
    side: Side;
    stance: string;
    text: string;
    attribution: string | null;
    sources: readonly string[];
  }[];
  readonly sources: readonly {
    id: string;
    url: string;
    title: string;
    titleSupplied: boolean;
    publisher: string;
    originalPublisher: string | null;
    published: string;
    language: string;
    kind: string;
    archive: string | null;
  }[];
  readonly related: readonly { event: string; relation: string }[];
  readonly sourcingNote: string | null;
  readonly balanceNote: string | null;
  readonly corrections: readonly { date: string; change: string; reason: string }[];
  readonly updated: string | null;
  readonly reviewed: string | null;
  /** The context below the frontmatter, as Markdown; null when not exported. */
  readonly context: string | null;
}

export interface EventsDocument {
  readonly version: string;
  readonly title: string;
  readonly updated: string;
  readonly url: string;
  readonly license: { name: string; url: string; scope: string };
  readonly eventCount: number;
  /** Null for the published file; a download of a filtered view names the view and the full count. */
  readonly selection: { readonly view: string; readonly total: number } | null;
  readonly events: readonly EventRecord[];
}

/** Every event as an export record, in the chronology's order. */
export function eventRecords(data: ExportData, options: ExportOptions): EventRecord[] {
  return data.ordered.map((view) => {
    const event = data.events.get(view.id);
    if (!event) throw new Error(`${view.id}: not among the events`);
    const actor = (id: string) => {
      const found = data.actors.get(id);
      if (!found) throw new Error(`${view.id}: unknown actor ${id}`);
      return found;
    };
    return {
      id: view.id,
      url: permalink(options, view.id),
      title: event.title,
      shortTitle: event.shortTitle ?? null,
      summary: event.summary,
      date: event.date,
      precision: event.precision,
      end: event.end ?? null,
      endPrecision: event.end === undefined ? null : (event.endPrecision ?? event.precision),
      firstDay: view.start,
      lastDay: view.finish,
      when: view.when,
      type: event.type,
      status: event.status,
      background: event.background,
      importance: event.importance,
      tags: [...event.tags],
      actors: event.actors.map(({ id, role }) => ({ id, name: actor(id).name, side: actor(id).side, role })),
      location: event.location
        ? {
            place: event.location.place,
            country: event.location.country,
            coordinates: event.location.coordinates
              ? { lat: event.location.coordinates.lat, lon: event.location.coordinates.lon }
              : null,
          }
        : null,
      claims: event.claims.map((claim) => ({
        by: claim.by,
        byName: actor(claim.by).name,
        side: actor(claim.by).side,
        stance: claim.stance,
        text: claim.text,
        attribution: claim.attribution ?? null,
        sources: [...claim.sources],
      })),
      sources: event.sources.map((source) => ({
        id: source.id,
        url: source.url,
        title: source.title,
        titleSupplied: source.titleSupplied,
        publisher: source.publisher,
        originalPublisher: source.originalPublisher ?? null,
        published: source.published,
        language: source.language,
        kind: source.kind,
        archive: source.archive ?? null,
      })),
      related: event.related.map((link) => ({ event: link.event, relation: link.relation })),
      sourcingNote: event.sourcingNote ?? null,
      balanceNote: event.balanceNote ?? null,
      corrections: event.corrections.map((c) => ({ date: c.date, change: c.change, reason: c.reason })),
      updated: event.updated ?? null,
      reviewed: event.reviewed ?? null,
      context: data.bodies?.get(view.id)?.trim() ?? null,
    };
  });
}

export function eventsDocument(data: ExportData, options: ExportOptions): EventsDocument {
  const events = eventRecords(data, options);
  return {
    version: EXPORT_VERSION,
    title: DATASET_TITLE,
    updated: latestUpdate(data),
    url: siteLink(options, 'data/'),
    license: { ...LICENSE },
    eventCount: events.length,
    selection: null,
    events,
  };
}

/** JSON text as the site serves it: two-space indented, with a closing newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
