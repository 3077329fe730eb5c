/**
 * The validated content as the pages use it, loaded once per build. The only module that talks to Astro's
 * content layer; everything it returns comes from the pure helpers in src/lib/. In the dev server it checks
 * the content first on every request where the files changed, so that an editor's mistake shows in Astro's
 * error overlay with its file, line and field, and fixing the file clears it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { isAbsolute, resolve } from 'node:path';
import { checkContent, type ContentCheck } from '../lib/content/check.ts';
import { overlayText, sortProblems } from '../lib/content/problem.ts';
import { readContent } from '../lib/content/read.ts';
import { contentDir } from '../lib/content/location.ts';
import type { Actor } from '../schemas/actor.ts';
import type { ChronologyEvent } from '../schemas/event.ts';
import type { Thread } from '../schemas/thread.ts';
import { buildThreads, membershipIndex, type Membership, type ThreadView } from '../lib/threads.ts';
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
  /** The curated storylines, earliest first, with their entries (for the introductions). */
  readonly threads: readonly ThreadView[];
  readonly threadEntries: ReadonlyMap<string, CollectionEntry<'threads'>>;
  /** For each event in a thread: its place in each of its threads. */
  readonly memberships: ReadonlyMap<string, Membership[]>;
}

let cached: Promise<Chronology> | undefined;

/**
 * `validated`, in the dev server, is the content as the check just read it from disk: Astro's store catches up
 * with an edited file a moment later, and the pages must not be built from its stale copy meanwhile.
 */
async function load(validated?: {
  events: ReadonlyMap<string, ChronologyEvent>;
  actors: ReadonlyMap<string, Actor>;
  threads: ReadonlyMap<string, Thread>;
}): Promise<Chronology> {
  const eventEntries = await getCollection('events');
  const actorEntries = await getCollection('actors');
  const threadEntries = await getCollection('threads');
  const events = new Map(validated?.events ?? eventEntries.map((entry) => [entry.id, entry.data]));
  const actors = new Map(validated?.actors ?? actorEntries.map((entry) => [entry.id, entry.data]));
  const ordered = buildChronology(events, actors);
  const threads = buildThreads(
    new Map(validated?.threads ?? threadEntries.map((entry) => [entry.id, entry.data])),
    ordered,
  );
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
    threads,
    threadEntries: new Map(threadEntries.map((entry) => [entry.id, entry])),
    memberships: membershipIndex(threads),
  };
}

let devState: { key: string; check: Promise<ContentCheck> } | undefined;

/** In the dev server: the content as it is now, or an error for the overlay when the check finds a problem. */
async function loadInDev(): Promise<Chronology> {
  const root = process.cwd();
  const read = await readContent(root, contentDir());
  const key = read.files.map((file) => `${file.path}\n${file.text}`).join('\0');
  if (devState?.key !== key) devState = { key, check: checkContent(root) };
  const state = devState;
  const { result, report } = await state.check;
  if (!result.ok) throw overlayError(root, result.problems, report);
  return load({ events: result.events, actors: result.actors, threads: result.threads });
}

/** The first error as an AstroError placed at its file and line, so the overlay shows that line of the file. */
function overlayError(root: string, problems: ContentCheck['result']['problems'], report: string): Error {
  const errors = sortProblems(problems).filter((problem) => problem.severity === 'error');
  const [first] = errors;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more; the terminal lists them all)` : '';
  console.error(report);
  const error = new AstroError(
    overlayText(`${first?.file}${first?.line ? `:${first.line}` : ''} ${first?.field}: ${first?.message}${more}`),
    first ? overlayText(first.fix) : undefined,
  );
  // Astro's overlay reads `loc` for the file and line to show; an empty stack keeps it from pointing here instead.
  const file = first ? (isAbsolute(first.file) ? first.file : resolve(root, first.file)) : root;
  Object.assign(error, { stack: '', loc: { file, line: first?.line ?? 1, column: 1 } });
  return error;
}

export function loadChronology(): Promise<Chronology> {
  if (import.meta.env.DEV) return loadInDev();
  cached ??= load();
  return cached;
}
