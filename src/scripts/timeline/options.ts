/** Every vis-timeline option the site uses, in one place. The XSS filter is left on (never `xss.disabled`). */
import type { TimelineOptions } from 'vis-timeline/esnext';
import { DAY_MS } from '../../lib/dates.ts';

/** Pixels between items side by side and between rows, and between the axis and the first row. */
export const ITEM_MARGIN = { horizontal: 4, vertical: 6 } as const;
export const AXIS_MARGIN = 8;

export const TIMELINE_OPTIONS: TimelineOptions = {
  height: '100%',
  orientation: { axis: 'top', item: 'top' },
  stack: true,
  // Stacking in order of start uses no more rows than the most items overlapping at one point, which is what
  // src/lib/timeline-layout.ts plans for (vis-timeline's own order is not always by start).
  order: (a: { start: Date | number | string }, b: { start: Date | number | string }) =>
    new Date(a.start).getTime() - new Date(b.start).getTime(),
  margin: { item: { ...ITEM_MARGIN }, axis: AXIS_MARGIN },
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  // The wheel scrolls the page unless Ctrl is held: the timeline never traps page scrolling.
  zoomKey: 'ctrlKey',
  horizontalScroll: false,
  // The rows are chosen to fit the box (see the layout); the scroll bar is a last resort, never needed by design.
  verticalScroll: true,
  zoomMin: 7 * DAY_MS,
  zoomMax: 50 * 365 * DAY_MS,
  locale: 'en',
  // Item tooltips are set as plain title attributes on text content (see vis.ts), not as vis HTML popups.
  showTooltips: false,
  groupHeightMode: 'auto',
};

/**
 * The most items drawn at once. vis-timeline lays out every item it holds on each change, and that cost grows
 * faster than the number of items (measured in bench/RESULTS.md); bounding it keeps filtering instant at any
 * size. The reader is told how many events are left out and the list always shows them all.
 */
export const MAX_DRAWN = 80;

/** Items this far beyond each edge of the window (as a share of its width) are drawn too, for smooth panning. */
export const WINDOW_MARGIN = 0.5;

/** Pixels added to every measured label, against rounding between the measure and vis-timeline's own. */
export const WIDTH_SLACK = 2;
