/** Ids, data attributes and event names shared by the markup and the browser scripts. */
export const UI = {
  list: 'chronology-list',
  filters: 'filters',
  count: 'filter-count',
  clear: 'filter-clear',
  actorSearch: 'actor-search',
  noMatches: 'no-matches',
  timelineHeading: 'timeline-heading',
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
  readonly visible: readonly string[];
}
export interface SelectDetail {
  readonly id: string;
  /** Where the selection came from, so a view does not react to its own change. */
  readonly origin: 'list' | 'timeline' | 'url';
}
