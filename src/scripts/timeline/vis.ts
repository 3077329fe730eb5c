/**
 * The part of the timeline that needs vis-timeline, loaded only when the page is idle so it never blocks the
 * first paint. Item content is a text node: the library's HTML path is never used for our data.
 */
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { DataSet } from 'vis-data/esnext';
import * as visTimeline from 'vis-timeline/esnext';
import { Timeline, type DataGroup, type DataItem } from 'vis-timeline/esnext';
import type { TimelineItem } from '../../lib/timeline-items.ts';
import { TIMELINE_OPTIONS } from './options.ts';

/** What this module uses of vis-timeline's item classes, which its type declarations leave out. */
interface VisItem {
  readonly displayed: boolean;
  show(returnQueue?: boolean): unknown;
  repositionX(): void;
}
type VisItemClass = new (...args: never[]) => VisItem;
interface VisParts {
  readonly components: {
    readonly ItemSet: { types: Record<string, VisItemClass> };
    readonly items: { readonly PointItem: VisItemClass; readonly RangeItem: VisItemClass };
  };
}

/**
 * An item class that leaves a new item for vis-timeline's redraw of its items. vis-timeline draws an item the
 * moment it is added, writing its elements and then reading their size, which makes the browser lay out the
 * page once per item (up to 80 items after a filter change: those reads took about 33 ms of a 100 ms budget,
 * measured at 1,000 events). The redraw of the items, which follows every addition at once, draws the items
 * not yet drawn together: every item's writes, then every item's reads, one layout in all. So an item added but
 * not drawn is left for that redraw (it is already among its group's visible items), and is not placed until
 * it exists.
 */
function drawnAtRedraw(Base: VisItemClass): VisItemClass {
  return class extends Base {
    override show(returnQueue?: boolean): unknown {
      if (!returnQueue && !this.displayed) return undefined;
      return super.show(returnQueue);
    }

    override repositionX(): void {
      if (this.displayed) super.repositionX();
    }
  };
}

const parts = (visTimeline as unknown as { timeline: VisParts }).timeline.components;
parts.ItemSet.types['point'] = drawnAtRedraw(parts.items.PointItem);
parts.ItemSet.types['range'] = drawnAtRedraw(parts.items.RangeItem);

/** A text-only content element: `text` as a text node, `title` its hover text, `id` the event it stands for. */
function content(text: string, title: string, id?: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  span.title = title;
  if (id) span.dataset['eventId'] = id;
  return span;
}

export function toDataItem(item: TimelineItem): DataItem {
  return {
    id: item.id,
    // vis-timeline accepts an element as content (and leaves it unfiltered, which is safe for a text node);
    // its type declarations only name strings.
    content: content(item.label, item.tooltip, item.id) as unknown as string,
    start: item.start,
    ...(item.end ? { end: item.end } : {}),
    type: item.type,
    group: item.group,
    className: item.className,
  };
}

/** A "+N" marker for events not drawn: a small point item at the first one's start; data-more lists their ids. */
export function toMarkerItem(marker: {
  id: string;
  start: string;
  group: string;
  ids: readonly string[];
  title: string;
  className: string;
}): DataItem {
  const span = content(`+${marker.ids.length}`, marker.title);
  span.dataset['marker'] = marker.id;
  span.dataset['more'] = marker.ids.join(' ');
  return {
    id: marker.id,
    content: span as unknown as string,
    start: marker.start,
    type: 'point',
    group: marker.group,
    className: `is-more ${marker.className}`,
  };
}

export interface DrawnTimeline {
  readonly timeline: Timeline;
  readonly items: DataSet<DataItem>;
}

export function drawTimeline(
  container: HTMLElement,
  items: readonly DataItem[],
  window: { start: string; end: string },
): DrawnTimeline {
  const data = new DataSet<DataItem>([...items]);
  // The window is set once the timeline exists, not as its `start` and `end` options: with those, vis-timeline
  // keeps its drawing hidden (visibility: hidden) until the "rangechanged" event, which it sends 200 ms after
  // the range is set, and the next redraw after that; measured at 1,000 events, a blank box for about 940 ms
  // after the drawing was done. Without them its first redraw, inside the constructor, shows it at once.
  const timeline = new Timeline(container, data, TIMELINE_OPTIONS);
  // Dates at UTC midnight, so that the window read back (toISOString) gives the same days.
  timeline.setWindow(new Date(Date.parse(window.start)), new Date(Date.parse(window.end)), { animation: false });
  return { timeline, items: data };
}

/** Shows one lane per side, or removes the lanes (undefined clears the groups). */
export function setLanes(timeline: Timeline, groups: DataGroup[] | null): void {
  timeline.setGroups(groups ? new DataSet<DataGroup>(groups) : undefined);
}

/** The id of the latest-update line, also its class name. */
export const LATEST_ID = 'latest-update';

/**
 * A vertical line at the start of `day` (the day after the content's latest date) with `label` on it. The label
 * is text we write from a date (vis-timeline passes it through its XSS filter all the same); the line cannot be
 * dragged: the stylesheet turns pointer events off for it.
 */
export function markLatest(timeline: Timeline, day: Date, label: string): void {
  timeline.addCustomTime(day, LATEST_ID);
  timeline.setCustomTimeTitle(label, LATEST_ID);
  // Core's setCustomTimeMarker is missing from Timeline's type declarations, though every Timeline has it.
  const withMarker = timeline as unknown as { setCustomTimeMarker(title: string, id: string, editable: boolean): void };
  withMarker.setCustomTimeMarker(label, LATEST_ID, false);
}
