/** Ids, data attributes and event names shared by the markup and the browser scripts. */
import type { FilterState } from './filter.ts';
export const UI = {
  list: 'chronology-list',
  filters: 'filters',
  count: 'filter-count',
  clear: 'filter-clear',
  actorSearch: 'actor-search',
  noMatches: 'no-matches',
  timelineHeading: 'timeline-heading',
  mapHeading: 'map-heading',
  mapPlacesHeading: 'map-places-heading',
  threadSelect: 'thread-select',
} as const;

/** The list item id of an event, so that "#e-<id>" scrolls to it. */
export const listItemId = (eventId: string) => `e-${eventId}`;

/** Dispatched on document by the filter controller: detail is the ordered ids of the visible events. */
export const FILTER_EVENT = 'chronology:filter';
/** Dispatched on document when an event is selected (in the list or the timeline): detail is its id or "". */
export const SELECT_EVENT = 'chronology:select';

/** Dispatched on the timeline element after it has brought its drawing in line with a change. */
export const DRAWN_EVENT = 'chronology:drawn';

export interface FilterDetail {
  /** The ids of every matching event (on a list that holds only some events, once all of them are known). */
  readonly visible: readonly string[];
  /**
   * True while `visible` covers only the entries the page's list holds, because the rest of the chronology is
   * still loading: whoever needs every matching event waits for the next announcement.
   */
  readonly partial?: boolean;
  /** The filter applied. */
  readonly filter: FilterState;
}

/** Dispatched on document by the thread choice: detail is the followed thread's event ids (none when no thread). */
export const THREAD_EVENT = 'chronology:thread';
export interface ThreadDetail {
  readonly ids: readonly string[];
}

/** Dispatched on document by a control that changes the filter other than through the form (a chip's removal). */
export const SET_FILTER_EVENT = 'chronology:set-filter';
export interface SetFilterDetail {
  readonly filter: FilterState;
}
export interface SelectDetail {
  readonly id: string;
  /** Where the selection came from, so a view does not react to its own change. */
  readonly origin: 'list' | 'timeline' | 'url';
}

/**
 * Ids and id prefixes that the site's own markup uses (layout, sections of the event, actor, about and open-data pages,
 * source list entries, list items, filters, timeline). A heading in a body must not take one: Markdown gives
 * a heading an id made of its words. tests/unit/ui.test.ts keeps this list in step with the templates.
 */
export const PAGE_IDS = ['main', 'filters', 'chronology-list', 'no-matches', 'rss-feeds'] as const;
export const PAGE_ID_PREFIXES = [
  'actor-',
  'actors-',
  'chronology-list-',
  'cite-',
  'claims-',
  'context-',
  'e-',
  'filter-',
  'filters-',
  'history-',
  'list-',
  'map-',
  'open-data-',
  'place-',
  'rail-',
  'related-',
  'report-',
  'search-',
  'share-',
  'side-',
  'site-search-',
  'source-',
  'sources-',
  't-',
  'thread-',
  'threads-',
  'timeline-',
] as const;

/** True for an id the page's own markup uses or may use. */
export function isReservedId(id: string): boolean {
  return PAGE_IDS.some((reserved) => id === reserved) || PAGE_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
}
