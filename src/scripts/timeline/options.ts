/** Every vis-timeline option the site uses, in one place. The XSS filter is left on (never `xss.disabled`). */
import type { TimelineOptions } from 'vis-timeline/esnext';
import { DAY_MS } from '../../lib/dates.ts';

export const TIMELINE_OPTIONS: TimelineOptions = {
  height: '100%',
  orientation: { axis: 'top', item: 'top' },
  stack: true,
  margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  // The wheel scrolls the page unless Ctrl is held: the timeline never traps page scrolling.
  zoomKey: 'ctrlKey',
  horizontalScroll: false,
  verticalScroll: true,
  zoomMin: 7 * DAY_MS,
  zoomMax: 50 * 365 * DAY_MS,
  locale: 'en',
  // Item tooltips are set as plain title attributes on text content (see vis.ts), not as vis HTML popups.
  showTooltips: false,
  groupHeightMode: 'auto',
};

/** On a narrow screen the first window (see initialWindow) is the crisis's first months, so labels stay readable. */
export const NARROW_DAYS = 110;
export const NARROW_WIDTH_PX = 600;

/**
 * The most items drawn at once. vis-timeline lays out every item it holds on each change, and that cost grows
 * faster than the number of items (measured in bench/RESULTS.md); bounding it keeps filtering instant at any
 * size. The reader is told how many events are left out and the list always shows them all.
 */
export const MAX_DRAWN = 80;

/** Items this far beyond each edge of the window (as a share of its width) are drawn too, for smooth panning. */
export const WINDOW_MARGIN = 0.5;
