/**
 * Where the timeline's items go, decided without the DOM. The timeline's box has a fixed height, set by the
 * CSS before any script runs, so the rows are made to fit the box and never the other way round: the number
 * of rows comes from the box's height, the most important events are placed first, and where events do not
 * fit, a "+N" marker stands in for them (a click on it zooms in).
 *
 * vis-timeline stacks the items it is given itself, placing each, in order of start, in the first row where
 * it fits. For items ordered by their left edge that greedy stacking uses exactly as many rows as the most
 * items that overlap at one point; so if the items chosen here fit in k rows with widths at least as large
 * as the drawn ones, vis-timeline needs at most k rows too.
 */
import { chooseDrawn, type DrawRequest, type TimelineSource } from './timeline-items.ts';

/** The vertical measures of the drawing, in pixels. */
export interface RowGeometry {
  /** Height of the area under the axis that holds the items. */
  readonly available: number;
  /** Space above the first row of each group (vis-timeline's margin.axis). */
  readonly axisMargin: number;
  /** Space between rows (vis-timeline's margin.item.vertical). */
  readonly rowGap: number;
  /** Height of one item. */
  readonly itemHeight: number;
  /** How many groups share the height: 1 without lanes, one per lane with them. */
  readonly groups: number;
}

/**
 * How many rows fit in all. vis-timeline makes a group of k rows
 * ceil(axisMargin + k × itemHeight + (k − 1) × rowGap + rowGap / 2) pixels high; the extra pixel per group
 * covers the rounding up.
 */
export function rowCapacity(geometry: RowGeometry): number {
  const { available, axisMargin, rowGap, itemHeight, groups } = geometry;
  // A group's own height beyond its rows, rounded up; never counted below zero, for a group with no rows adds
  // nothing (a gap wider than twice the axis margin would otherwise give rows back for groups left empty).
  const perGroup = Math.max(0, axisMargin - rowGap / 2 + 1);
  const pitch = itemHeight + rowGap;
  if (pitch <= 0) return 0;
  return Math.max(0, Math.floor((available - groups * perGroup) / pitch));
}

/** A horizontal stretch an item occupies, in pixels (right edge exclusive, the gap to its neighbour included). */
export interface Extent {
  readonly left: number;
  readonly right: number;
}

/** A row: its items' extents, sorted and without overlaps. */
class Row {
  readonly #lefts: number[] = [];
  readonly #rights: number[] = [];

  /** The index of the first extent whose right edge is past `left`. */
  #after(left: number): number {
    let low = 0;
    let high = this.#rights.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#rights[middle]! <= left) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  fits(extent: Extent): boolean {
    const index = this.#after(extent.left);
    return index >= this.#lefts.length || this.#lefts[index]! >= extent.right;
  }

  add(extent: Extent): void {
    const index = this.#after(extent.left);
    this.#lefts.splice(index, 0, extent.left);
    this.#rights.splice(index, 0, extent.right);
  }
}

/** Places extents, in the order given, each in the first of `rows` rows where it fits; returns which were placed. */
export function packRows<T extends Extent>(extents: readonly T[], rows: number): { placed: T[]; leftOut: T[] } {
  const lines = Array.from({ length: Math.max(0, rows) }, () => new Row());
  const placed: T[] = [];
  const leftOut: T[] = [];
  for (const extent of extents) {
    const row = lines.find((line) => line.fits(extent));
    if (row) {
      row.add(extent);
      placed.push(extent);
    } else leftOut.push(extent);
  }
  return { placed, leftOut };
}

/** The rows the extents need: the most of them that overlap at one point (what stacking by left edge uses). */
export function rowsNeeded(extents: readonly Extent[]): number {
  const edges = extents.flatMap((extent) => [
    { at: extent.left, step: 1 },
    { at: extent.right, step: -1 },
  ]);
  // At equal positions an end comes before a start: touching extents do not overlap.
  edges.sort((a, b) => a.at - b.at || a.step - b.step);
  let open = 0;
  let most = 0;
  for (const edge of edges) {
    open += edge.step;
    most = Math.max(most, open);
  }
  return most;
}

/**
 * Shares `total` rows among groups that want `wants[i]` rows each. When all fit, each gets what it wants (at
 * least one row: vis-timeline shows an empty lane one row high). Otherwise each group first gets up to two
 * rows (one for events, one for its "+N" markers), then the rest go one at a time to the group that lacks the
 * most, the earlier group on a tie. With fewer rows than that minimum, every group gets one.
 */
export function allocateRows(total: number, wants: readonly number[]): number[] {
  const floor = wants.map((want) => Math.max(want, 1));
  if (floor.reduce((sum, rows) => sum + rows, 0) <= total) return floor;
  const given = floor.map((rows) => Math.min(rows, 2));
  let left = total - given.reduce((sum, rows) => sum + rows, 0);
  if (left < 0) return wants.map(() => 1);
  while (left > 0) {
    let neediest = -1;
    for (let i = 0; i < given.length; i += 1) {
      const lack = floor[i]! - given[i]!;
      if (lack > 0 && (neediest < 0 || lack > floor[neediest]! - given[neediest]!)) neediest = i;
    }
    if (neediest < 0) break;
    given[neediest]! += 1;
    left -= 1;
  }
  return given;
}

/** A "+N" marker: events of one group that are not drawn, shown by one small item at the first one's start. */
export interface Marker {
  /** Stable while the same events are behind it: "more:<group>:<first id>:<count>". */
  readonly id: string;
  /** The lane, or "" without lanes. */
  readonly group: string;
  /** The events behind it, in chronological order. */
  readonly ids: readonly string[];
  /** First day of the first event and last day of the last ("YYYY-MM-DD"). */
  readonly start: string;
  readonly finish: string;
}

export interface LayoutRequest extends DrawRequest {
  /** One group per lane (in this order), or a single group when empty. */
  readonly groups: readonly string[];
  /** The group of an event: its lane with lanes, else "". */
  readonly groupOf: (source: TimelineSource) => string;
  /** Where an event would be drawn at the current zoom, in pixels, its label (or band) and the gap included. */
  readonly extent: (source: TimelineSource) => Extent;
  /** Where a "+N" marker standing at this event would be drawn, in pixels, the gap included. */
  readonly markerExtent: (source: TimelineSource) => Extent;
  /** Rows in all (see rowCapacity). */
  readonly rows: number;
}

export interface Layout {
  /** The events to draw, in chronological order. */
  readonly drawn: TimelineSource[];
  readonly markers: Marker[];
  /** Matching events near the window that are not drawn (whether or not a marker stands for them). */
  readonly leftOut: number;
  /** Rows given to each group, in the order of `groups`. */
  readonly rows: number[];
}

/** Lower is placed first: the selected event, then by importance (1 = turning point), then by date. */
function ranked(sources: readonly TimelineSource[], selected: string): TimelineSource[] {
  const order = new Map(sources.map((source, index) => [source.id, index]));
  const rank = (source: TimelineSource) => (source.id === selected ? 0 : source.importance);
  return [...sources].sort((a, b) => rank(a) - rank(b) || order.get(a.id)! - order.get(b.id)!);
}

/**
 * Chooses what to draw so that it fits the rows: first what chooseDrawn allows (the zoom level's importance,
 * the item limit, the selected event), then, group by group, what fits the group's share of the rows. A group
 * with events left out keeps one row for its markers; each marker stands for the left-out events that start
 * under it, so markers never overlap one another.
 */
export function layoutTimeline(request: LayoutRequest): Layout {
  const chosen = chooseDrawn(request);
  const near = request.matching.filter((source) => source.finish >= request.from && source.start <= request.to);
  const chosenIds = new Set(chosen.drawn.map((source) => source.id));
  const groups = request.groups.length > 0 ? request.groups : [''];
  const inGroup = (group: string, list: readonly TimelineSource[]) =>
    list.filter((source) => (request.groups.length > 0 ? request.groupOf(source) : '') === group);

  const plans = groups.map((group) => {
    const candidates = inGroup(group, chosen.drawn);
    const passedOver = inGroup(group, near).some((source) => !chosenIds.has(source.id));
    const need = rowsNeeded(candidates.map(request.extent));
    return { group, candidates, passedOver, want: need + (passedOver ? 1 : 0), need };
  });
  const rows = allocateRows(
    request.rows,
    plans.map((plan) => plan.want),
  );

  const drawnIds = new Set<string>();
  const markers: Marker[] = [];
  plans.forEach((plan, index) => {
    const given = rows[index]!;
    const fitsAll = plan.want <= given;
    const withMarkers = (fitsAll && plan.passedOver) || (!fitsAll && given >= 2);
    const forEvents = withMarkers ? given - 1 : given;
    const placed = fitsAll
      ? plan.candidates
      : packRows(
          ranked(plan.candidates, request.selected).map((source) => ({ source, ...request.extent(source) })),
          forEvents,
        ).placed.map((entry) => entry.source);
    for (const source of placed) drawnIds.add(source.id);
    if (!withMarkers) return;
    const placedIds = new Set(placed.map((source) => source.id));
    const missing = inGroup(plan.group, near).filter((source) => !placedIds.has(source.id));
    markers.push(...markersFor(plan.group, missing, request.markerExtent));
  });

  // The selected event far from the window is drawn too (chooseDrawn adds it); it is not "near".
  const drawn = chosen.drawn.filter((source) => drawnIds.has(source.id));
  const nearDrawn = near.filter((source) => drawnIds.has(source.id)).length;
  return { drawn, markers, leftOut: near.length - nearDrawn, rows };
}

/** Markers for left-out events of one group: each at the first event not yet covered, covering those under it. */
function markersFor(
  group: string,
  missing: readonly TimelineSource[],
  markerExtent: (source: TimelineSource) => Extent,
): Marker[] {
  const sorted = missing
    .map((source) => ({ source, extent: markerExtent(source) }))
    // Start days are "YYYY-MM-DD", which sort as text; comparing them as such is much cheaper than localeCompare.
    .sort(
      (a, b) =>
        a.extent.left - b.extent.left ||
        (a.source.start < b.source.start ? -1 : a.source.start > b.source.start ? 1 : 0),
    );
  const markers: Marker[] = [];
  let current: { first: TimelineSource; right: number; members: TimelineSource[] } | undefined;
  const close = () => {
    if (!current) return;
    const { first, members } = current;
    markers.push({
      id: `more:${group}:${first.id}:${members.length}`,
      group,
      ids: members.map((source) => source.id),
      start: first.start,
      finish: members.reduce((last, source) => (source.finish > last ? source.finish : last), first.finish),
    });
  };
  for (const { source, extent } of sorted) {
    if (current && extent.left < current.right) current.members.push(source);
    else {
      close();
      current = { first: source, right: extent.right, members: [source] };
    }
  }
  close();
  return markers;
}
