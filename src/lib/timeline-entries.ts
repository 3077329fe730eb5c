/**
 * What the timeline and the filters read of each event, in one place: the list's data attributes (written by
 * EventCard.astro, read back by src/scripts/list-entries.ts) and the compact JSON file the home page fetches
 * when its list holds only the recent months (data/timeline-entries.json). Both are built and read here, so the
 * two cannot say different things.
 */
import type { EventView, Lane } from './chronology.ts';
import type { TimelineSource } from './timeline-items.ts';
import type { Precision } from './dates.ts';
import type { FilterableClaim } from './filter.ts';

/** One event as the timeline (TimelineSource) and the filters read it. */
export interface EntryData extends TimelineSource {
  readonly summary: string;
  readonly type: string;
  readonly actors: readonly string[];
  readonly claims: readonly FilterableClaim[];
}

export function entryData(view: EventView, shortTitle?: string): EntryData {
  return {
    id: view.id,
    title: view.title,
    summary: view.summary,
    when: view.when,
    start: view.start,
    finish: view.finish,
    precision: view.precision,
    hasEnd: view.end !== undefined,
    lane: view.lane,
    background: view.background,
    importance: view.importance,
    status: view.status,
    type: view.type,
    actors: view.actors.map((actor) => actor.id),
    claims: view.claims.map((claim) => ({ by: claim.by, side: claim.side, stance: claim.stance })),
    ...(shortTitle ? { shortTitle } : {}),
  };
}

/** The list entry's data attributes (the title and summary are the entry's text, the short title travels apart). */
export function entryAttributes(entry: EntryData): Record<string, string> {
  return {
    'data-id': entry.id,
    'data-start': entry.start,
    'data-finish': entry.finish,
    'data-precision': entry.precision,
    'data-has-end': entry.hasEnd ? 'true' : 'false',
    'data-lane': entry.lane,
    'data-background': String(entry.background),
    'data-importance': String(entry.importance),
    'data-status': entry.status,
    'data-type': entry.type,
    'data-actors': entry.actors.join(' '),
    // "by:side:stance" for each claim, separated by spaces (ids and names have neither).
    'data-claims': entry.claims.map((claim) => `${claim.by}:${claim.side}:${claim.stance}`).join(' '),
    'data-when': entry.when,
  };
}

/** Reads an entry back from its attributes (`attribute` returns null for a missing one) and its text. */
export function readEntryAttributes(
  attribute: (name: string) => string | null,
  text: { readonly title: string; readonly summary: string },
): EntryData {
  const get = (name: string) => attribute(name) ?? '';
  return {
    id: get('data-id'),
    title: text.title,
    summary: text.summary,
    when: get('data-when'),
    start: get('data-start'),
    finish: get('data-finish'),
    precision: (attribute('data-precision') ?? 'day') as Precision,
    hasEnd: get('data-has-end') === 'true',
    lane: (attribute('data-lane') ?? 'others') as Lane,
    background: get('data-background') === 'true',
    importance: Number(attribute('data-importance') ?? 2),
    status: get('data-status'),
    type: get('data-type'),
    actors: get('data-actors').split(' ').filter(Boolean),
    claims: get('data-claims')
      .split(' ')
      .filter(Boolean)
      .map((claim) => {
        const [by = '', side = '', stance = ''] = claim.split(':');
        return { by, side, stance };
      }),
  };
}

/** The file's format: its version moves when a field changes meaning or goes. */
export const TIMELINE_ENTRIES_VERSION = '1.0.0';

export interface TimelineEntriesDocument {
  readonly version: string;
  readonly count: number;
  readonly entries: readonly EntryData[];
  /**
   * Each place of the home page's map (its anchor) and the ids of all its events, so that the map can count the
   * matching events of a place whose list on a partial home page holds only some of them.
   */
  readonly places: Readonly<Record<string, readonly string[]>>;
}

/** Every event of the ordered chronology, in order, with the editors' short titles, and the map's places. */
export function timelineEntriesDocument(
  ordered: readonly EventView[],
  shortTitles: ReadonlyMap<string, string>,
  places: readonly { readonly anchor: string; readonly events: readonly string[] }[] = [],
): TimelineEntriesDocument {
  return {
    version: TIMELINE_ENTRIES_VERSION,
    count: ordered.length,
    entries: ordered.map((view) => entryData(view, shortTitles.get(view.id))),
    places: Object.fromEntries(places.map((place) => [place.anchor, place.events])),
  };
}
