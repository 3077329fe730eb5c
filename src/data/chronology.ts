/**
 * The validated content as the pages use it, loaded once per build. The only module that talks to Astro's
 * content layer; everything it returns comes from the pure helpers in src/lib/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Actor } from '../schemas/actor.ts';
import type { ChronologyEvent } from '../schemas/event.ts';
import { buildChronology, eventCounts, incomingLinks, type EventView } from '../lib/chronology.ts';
import { framing, type Framing } from '../lib/framing.ts';

export interface Chronology {
  readonly events: ReadonlyMap<string, ChronologyEvent>;
  readonly entries: ReadonlyMap<string, CollectionEntry<'events'>>;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly actorEntries: ReadonlyMap<string, CollectionEntry<'actors'>>;
  /** Every event in chronological order. */
  readonly ordered: readonly EventView[];
  readonly views: ReadonlyMap<string, EventView>;
  readonly incoming: ReturnType<typeof incomingLinks>;
  readonly counts: ReadonlyMap<string, number>;
  /** The scope in words and numbers, computed from the content. */
  readonly framing: Framing;
}

let cached: Promise<Chronology> | undefined;

async function load(): Promise<Chronology> {
  const eventEntries = await getCollection('events');
  const actorEntries = await getCollection('actors');
  const events = new Map(eventEntries.map((entry) => [entry.id, entry.data]));
  const actors = new Map(actorEntries.map((entry) => [entry.id, entry.data]));
  const ordered = buildChronology(events, actors);
  return {
    events,
    entries: new Map(eventEntries.map((entry) => [entry.id, entry])),
    actors,
    actorEntries: new Map(actorEntries.map((entry) => [entry.id, entry])),
    ordered,
    views: new Map(ordered.map((view) => [view.id, view])),
    incoming: incomingLinks(events),
    counts: eventCounts(events),
    framing: framing(events.values()),
  };
}

export function loadChronology(): Promise<Chronology> {
  cached ??= load();
  return cached;
}
