/**
 * The part of the timeline that needs vis-timeline, loaded only when the page is idle so it never blocks the
 * first paint. Item content is a text node: the library's HTML path is never used for our data.
 */
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem } from 'vis-timeline/esnext';
import type { TimelineItem } from '../../lib/timeline-items.ts';
import { TIMELINE_OPTIONS } from './options.ts';

/** A text-only content element for an item; its title attribute is the hover text, data-event-id its event. */
function content(item: TimelineItem): HTMLElement {
  const span = document.createElement('span');
  span.textContent = item.label;
  span.title = item.tooltip;
  span.dataset['eventId'] = item.id;
  return span;
}

export function toDataItem(item: TimelineItem): DataItem {
  return {
    id: item.id,
    // vis-timeline accepts an element as content (and leaves it unfiltered, which is safe for a text node);
    // its type declarations only name strings.
    content: content(item) as unknown as string,
    start: item.start,
    ...(item.end ? { end: item.end } : {}),
    type: item.type,
    group: item.group,
    className: item.className,
  };
}

export interface DrawnTimeline {
  readonly timeline: Timeline;
  readonly items: DataSet<DataItem>;
}

export function drawTimeline(
  container: HTMLElement,
  items: readonly TimelineItem[],
  window: { start: string; end: string },
): DrawnTimeline {
  const data = new DataSet<DataItem>(items.map(toDataItem));
  const timeline = new Timeline(container, data, { ...TIMELINE_OPTIONS, start: window.start, end: window.end });
  return { timeline, items: data };
}

/** Shows one lane per side, or removes the lanes (undefined clears the groups). */
export function setLanes(timeline: Timeline, groups: DataGroup[] | null): void {
  timeline.setGroups(groups ? new DataSet<DataGroup>(groups) : undefined);
}
