/**
 * Threads as the pages use them: each curated storyline with its events in the chronology's order, its span in
 * words, and, for any event, the threads it belongs to with its place in each and its neighbours there. Pure:
 * takes validated threads and the ordered chronology, returns plain objects.
 */
import type { Thread } from '../schemas/thread.ts';
import type { EventView } from './chronology.ts';
import { dateInWords, spanInWords } from './date-words.ts';
import { plural } from './words.ts';

export interface ThreadView {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** The thread's events in the chronology's order (the file lists them earliest first; same-day ties follow the chronology). */
  readonly events: readonly EventView[];
  /**
   * The span of the thread's events in the crisis (its background events, from before it, are left out unless
   * the thread has nothing else): the first date as written ("2025-06-27", "2025-07") and the latest end or date,
   * for <time>; the first and last calendar day they can cover, "YYYY-MM-DD"; and the span in words, "25
   * December 2024 – 2 March 2026".
   */
  readonly from: string;
  readonly to: string;
  readonly start: string;
  readonly finish: string;
  readonly span: string;
  /** The earliest background event the thread goes back to, if any: its date as written and in words. */
  readonly background?: { readonly date: string; readonly when: string };
}

/** An event's place in one thread. */
export interface Membership {
  readonly thread: Pick<ThreadView, 'id' | 'title'>;
  /** 1-based. */
  readonly position: number;
  readonly total: number;
  readonly previous?: EventView;
  readonly next?: EventView;
}

/** "3 of 9". */
export function positionLabel(position: number, total: number): string {
  return `${position} of ${total}`;
}

/** The span of events already in order: from the first to the one that ends last. */
function spanOf(events: readonly EventView[]): Pick<ThreadView, 'from' | 'to' | 'start' | 'finish' | 'span'> {
  const first = events[0];
  if (!first) throw new Error('a thread needs at least one event');
  const last = events.reduce((latest, event) => (event.finish > latest.finish ? event : latest), first);
  const to = last.end ?? last.date;
  const toPrecision = last.end ? last.endPrecision : last.precision;
  const span =
    to === first.date && toPrecision === first.precision
      ? dateInWords(first.date, first.precision)
      : spanInWords(first.date, first.precision, to, toPrecision);
  return { from: first.date, to, start: first.start, finish: last.finish, span };
}

/**
 * Every thread with its events resolved against the ordered chronology, earliest thread first (by the span above,
 * then by title).
 * Every event id must resolve: the content check refuses a thread that names an unknown event.
 */
export function buildThreads(threads: ReadonlyMap<string, Thread>, ordered: readonly EventView[]): ThreadView[] {
  const rank = new Map(ordered.map((event, index) => [event.id, index]));
  const views: ThreadView[] = [];
  for (const [id, thread] of threads) {
    const events = thread.events.map((eventId) => {
      const index = rank.get(eventId);
      if (index === undefined) throw new Error(`thread ${id}: unknown event ${eventId}`);
      return { index, event: ordered[index] as EventView };
    });
    const inOrder = events.sort((a, b) => a.index - b.index).map((entry) => entry.event);
    const crisis = inOrder.filter((event) => !event.background);
    const earliestBackground = crisis.length > 0 ? inOrder.find((event) => event.background) : undefined;
    views.push({
      id,
      title: thread.title,
      summary: thread.summary,
      events: inOrder,
      ...spanOf(crisis.length > 0 ? crisis : inOrder),
      ...(earliestBackground
        ? {
            background: {
              date: earliestBackground.date,
              when: dateInWords(earliestBackground.date, earliestBackground.precision),
            },
          }
        : {}),
    });
  }
  return views.sort(
    (a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  );
}

/** For every event that is in a thread, its place in each of its threads, in the order the threads are given. */
export function membershipIndex(threads: readonly ThreadView[]): Map<string, Membership[]> {
  const index = new Map<string, Membership[]>();
  for (const thread of threads) {
    thread.events.forEach((event, i) => {
      const previous = thread.events[i - 1];
      const next = thread.events[i + 1];
      const membership: Membership = {
        thread: { id: thread.id, title: thread.title },
        position: i + 1,
        total: thread.events.length,
        ...(previous ? { previous } : {}),
        ...(next ? { next } : {}),
      };
      const list = index.get(event.id) ?? [];
      list.push(membership);
      index.set(event.id, list);
    });
  }
  return index;
}

/** The threads one event belongs to, with its place in each; empty when it is in none. */
export function membershipsOf(threads: readonly ThreadView[], eventId: string): Membership[] {
  return membershipIndex(threads).get(eventId) ?? [];
}

/** Each event id of a followed thread with its place there ("3 of 9"), from the ids in order. */
export function stepLabels(ids: readonly string[]): Map<string, string> {
  return new Map(ids.map((id, index) => [id, positionLabel(index + 1, ids.length)]));
}

/**
 * What the home page announces while a thread is followed: how many of its events are marked, and how many of
 * those the filters hide. Empty when no thread is followed.
 */
export function followingStatus(title: string, total: number, hidden: number): string {
  if (!title) return '';
  const marked = `Following “${title}”: ${plural(total, 'event')} marked in the list`;
  if (hidden === 0) return `${marked}.`;
  return `${marked}; ${hidden === total ? (total === 1 ? 'it is' : 'all are') : `${hidden} of them ${hidden === 1 ? 'is' : 'are'}`} hidden by the filters.`;
}
