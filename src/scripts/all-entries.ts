/**
 * Every event as the timeline and the filters read it, for a list that holds only some of them (the home page
 * beyond HOME_ENTRIES): fetched once from the compact JSON file the list names (data-entries), shared by the
 * timeline and the filter controller. A complete list is read from its own data attributes instead, with no
 * request: the JSON would say the same (tests/unit/timeline-entries.test.ts).
 */
import type { EntryData, TimelineEntriesDocument } from '../lib/timeline-entries.ts';
import { knowEvents } from './view-url.ts';

let loading: Promise<TimelineEntriesDocument> | undefined;

/** True when the list holds every event of the chronology. */
export const isComplete = (list: HTMLElement): boolean => list.dataset['complete'] !== 'false';

/** The whole file, fetched once; a failed request may be tried again by the next call. */
export function allEntriesDocument(list: HTMLElement): Promise<TimelineEntriesDocument> {
  const source = list.dataset['entries'] ?? '';
  loading ??= fetch(source)
    .then((response) => {
      if (!response.ok) throw new Error(`${source} answered ${response.status}`);
      return response.json() as Promise<TimelineEntriesDocument>;
    })
    .then((document) => {
      // Every event is selectable now (?event=<id>), not only those the list holds.
      knowEvents(document.entries.map((entry) => entry.id));
      return document;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** Every event (from the JSON file). */
export const allEntries = (list: HTMLElement): Promise<readonly EntryData[]> =>
  allEntriesDocument(list).then((document) => document.entries);
