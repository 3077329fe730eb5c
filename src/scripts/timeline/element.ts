/**
 * <chronology-timeline>: enhances the server-rendered list with a zoomable vis-timeline. It reads its events
 * from the list's data attributes (no second copy of the data) and makes the timeline usable without a mouse:
 * it takes focus, arrow keys move between events, Page Down and Page Up between the "+N" marks, Enter opens an
 * event or zooms in on a mark, and buttons zoom, move and fit. It follows the filters (the date filter moves the
 * window) and keeps its selection in step with the list.
 *
 * Until vis-timeline is loaded the box shows the server-drawn picture of the first window at its final size,
 * its marks following the filters. vis-timeline costs the most main-thread time of anything on the page, so
 * where the main pointer can hover (a mouse: a desktop) it loads once the page is idle, and elsewhere (touch
 * screens, mostly phones) only when the reader turns to the timeline (a tap, focus, a key, a toolbar button) or
 * the view asks for it (a selected event, a followed thread, lanes, a date filter).
 *
 * The box's height is fixed by the stylesheet; what is drawn is chosen to fit its rows (src/lib/timeline-layout.ts),
 * with "+N" markers where events do not fit, so the timeline never needs a scroll bar of its own.
 */
import type { DataItem } from 'vis-timeline/esnext';
import type { DrawnTimeline } from './vis.ts';
import { DAY_MS } from '../../lib/dates.ts';
import {
  chooseDrawn,
  filterWindow,
  importanceLimit,
  initialWindow,
  LABEL_CHARS,
  laneGroups,
  NARROW_DAYS,
  NARROW_LABEL_CHARS,
  NARROW_WIDTH_PX,
  nextDay,
  toTimelineItem,
  type TimelineItem,
  type TimelineSource,
} from '../../lib/timeline-items.ts';
import { layoutTimeline, rowCapacity, type Extent, type Marker } from '../../lib/timeline-layout.ts';
import { keyAction, markerName, NO_MARKER_TEXT, type KeyMarker } from '../../lib/timeline-keys.ts';
import { rugMarks, rugPaths } from '../../lib/timeline-axis.ts';
import { LANES } from '../../lib/chronology.ts';
import {
  DRAWN_EVENT,
  FILTER_EVENT,
  SELECT_EVENT,
  THREAD_EVENT,
  UI,
  type FilterDetail,
  type SelectDetail,
  type ThreadDetail,
} from '../../lib/ui.ts';
import { allEntries, isComplete } from '../all-entries.ts';
import { readListEntries } from '../list-entries.ts';
import { eventPath, withBase } from '../../lib/paths.ts';
import { knownValues, readView, writeView } from '../view-url.ts';
import { AXIS_MARGIN, ITEM_MARGIN, MAX_DRAWN, WIDTH_SLACK, WINDOW_MARGIN } from './options.ts';

type VisModule = typeof import('./vis.ts');

/** A "YYYY-MM-DD" day as the Date of its start in UTC (vis-timeline would read the text in local time). */
const utcDay = (day: string) => new Date(Date.parse(day));

/** Prefix of the ids of "+N" markers (event ids are kebab-case and never contain a colon). */
const MARKER_PREFIX = 'more:';

/** Where vis-timeline loads as soon as the page is idle: the main pointer is a mouse (or alike). */
const EAGER_MEDIA = '(hover: hover) and (pointer: fine)';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What the stylesheet makes of an item, measured once vis-timeline's stylesheet is in. */
interface Measures {
  /** Height of one item, px. */
  readonly itemHeight: number;
  /** Width of a point's dot, px. */
  readonly dot: number;
  /** Width of a "+N" marker (its dot excluded), px. */
  readonly marker: number;
}

class ChronologyTimeline extends HTMLElement {
  #byId = new Map<string, TimelineSource>();
  #items = new Map<string, TimelineItem>();
  /** The window being shown, as first and last day. */
  #window: { start: string; end: string } = { start: '', end: '' };
  /** Matching events near the window that are not drawn (too minor for the zoom level, no room, or beyond MAX_DRAWN). */
  #leftOut = 0;
  /** Ids the filters let through, in chronological order. */
  #filtered: string[] = [];
  /** Ids of the items vis-timeline holds: events and "+N" markers. */
  #drawn = new Set<string>();
  #markers = new Map<string, Marker>();
  #limit = 3;
  #selected = '';
  #drawing: (DrawnTimeline & { vis: VisModule }) | undefined;
  /** vis-timeline loading and drawing its first view, once started. */
  #booting: Promise<void> | undefined;
  /** The "+N" mark the keyboard is on (Page Down / Page Up), or "". */
  #marker = '';
  #lanes = false;
  /** The date filter the window follows (months "YYYY-MM", "" when open). */
  #range = { from: '', to: '' };
  /** Measured widths of the events' point items (content only), px. */
  #widths = new Map<string, number>();
  #measures: Measures | undefined;
  /** Rows given up after the drawing was seen to overflow its box (a safeguard; the plan should never need it). */
  #giveUp = 0;
  #resizing: ReturnType<typeof setTimeout> | undefined;
  /** The longest label made from a title, for the box's width. */
  #labelChars = LABEL_CHARS;

  get canvas(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-timeline-canvas]')!;
  }

  get status(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-timeline-status]')!;
  }

  connectedCallback(): void {
    const list = document.getElementById(UI.list);
    if (!list) return;
    // Where it will be drawn at once (a mouse: see EAGER_MEDIA), the browser fetches and compiles vis-timeline
    // from now on, off the main thread, while the events are still being read or fetched.
    if (window.matchMedia(EAGER_MEDIA).matches) void import('./vis.ts');
    // A list of only some events (the home page beyond HOME_ENTRIES): every event comes from the JSON file.
    if (!isComplete(list)) {
      allEntries(list).then(
        (entries) => this.#start(entries),
        () => {
          this.status.textContent = 'The timeline could not load its events.';
        },
      );
      return;
    }
    const short = new Map(
      [
        ...((this.querySelector('template[data-timeline-labels]') as HTMLTemplateElement | null)?.content.children ??
          []),
      ]
        .filter((element): element is HTMLElement => element instanceof HTMLElement)
        .map((element) => [element.dataset['id'] ?? '', element.textContent ?? '']),
    );
    this.#start(
      readListEntries(list).map((entry) => {
        const shortTitle = short.get(entry.id);
        return shortTitle ? { ...entry, shortTitle } : entry;
      }),
    );
  }

  /** Takes its events (in chronological order) and starts. */
  #start(sources: readonly TimelineSource[]): void {
    this.#byId = new Map(sources.map((source) => [source.id, source]));
    this.#filtered = sources.map((source) => source.id);
    this.#makeItems();

    const view = readView(knownValues());
    this.#lanes = view.lanes;
    this.#selected = view.event;
    this.#range = { from: view.filter.from, to: view.filter.to };

    // The stylesheet shows these before any script runs where the browser says scripting is on; this covers
    // the browsers that cannot say.
    this.querySelector('[data-timeline-toolbar]')?.removeAttribute('hidden');
    this.querySelector('[data-timeline-fallback]')?.setAttribute('hidden', '');
    this.#updateLaneButton();
    // The keys work from the first moment: the window they start from is the one the drawing will show.
    this.#setWindow(this.#wantedWindow());
    this.addEventListener('click', (event) => this.#onToolbar(event));
    // Focusable, with its keys described, only now that the keys work: without scripts it is a still picture.
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('aria-describedby', 'timeline-help');
    this.canvas.addEventListener('keydown', (event) => this.#onKey(event));
    document.addEventListener(FILTER_EVENT, (event) => this.#onFilter((event as CustomEvent<FilterDetail>).detail));
    document.addEventListener(SELECT_EVENT, (event) => {
      const detail = (event as CustomEvent<SelectDetail>).detail;
      if (detail.origin === 'timeline') return;
      this.#select(detail.id, { announce: false, focusTimeline: detail.origin === 'list' });
      if (detail.id) void this.#boot();
    });
    // A followed thread is marked on the drawn items (src/scripts/thread-picker.ts).
    document.addEventListener(THREAD_EVENT, (event) => {
      if ((event as CustomEvent<ThreadDetail>).detail.ids.length) void this.#boot();
    });

    const wanted = view.lanes || !!view.event || !!view.thread || !!view.filter.from || !!view.filter.to;
    if (wanted || window.matchMedia(EAGER_MEDIA).matches) {
      // Fetched now if not yet (a view that asks for the timeline on a touch screen), drawn once the page is
      // idle (measured at 1,000 events, 15 loads each: the drawn mark a median 556 ms after the first paint,
      // against 738 ms when the import waited for the idle moment too).
      void import('./vis.ts');
      const start = () => void this.#boot();
      if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 1500 });
      else setTimeout(start, 200);
    } else this.#waitForReader();
  }

  /** Loads vis-timeline at the reader's first move towards the timeline; the still picture stands till then. */
  #waitForReader(): void {
    this.setAttribute('data-waiting', '');
    const controller = new AbortController();
    const start = (event: Event) => {
      controller.abort();
      // The start button goes with the picture (as soon as loading starts): whoever pressed it or moved to it
      // lands on the timeline itself.
      const fromButton = !!(event.target as Element | null)?.closest?.('[data-timeline-start]');
      void this.#boot().then(() => {
        if (fromButton) this.canvas.focus({ preventScroll: true });
      });
    };
    const { signal } = controller;
    // A pointer that can hover (a mouse on a touch screen's laptop) starts it on the way in; a tap, focus by
    // keyboard or by a screen reader's cursor, and a press of the start button start it too.
    this.addEventListener(
      'pointerover',
      (event) => {
        if (event.pointerType === 'mouse' || event.pointerType === 'pen') start(event);
      },
      { signal },
    );
    this.addEventListener('focusin', start, { signal });
    this.addEventListener('click', start, { signal });
  }

  /** Starts loading and drawing vis-timeline (once); resolves when its first view is drawn. */
  #boot(): Promise<void> {
    this.#booting ??= this.#draw();
    return this.#booting;
  }

  /** Makes the items' labels fit the box: shorter on a narrow one. True when they changed. */
  #makeItems(): boolean {
    const chars = this.canvas.clientWidth < NARROW_WIDTH_PX ? NARROW_LABEL_CHARS : LABEL_CHARS;
    if (chars === this.#labelChars && this.#items.size) return false;
    this.#labelChars = chars;
    for (const source of this.#byId.values()) this.#items.set(source.id, toTimelineItem(source, chars));
    return true;
  }

  #matching(): TimelineSource[] {
    return this.#filtered.map((id) => this.#byId.get(id)).filter((source): source is TimelineSource => !!source);
  }

  /** The window the date filter asks for, else the crisis (its first stretch on a narrow box). */
  #wantedWindow(): { start: string; end: string } {
    return (
      filterWindow(this.#range.from, this.#range.to, this.#matching()) ??
      initialWindow([...this.#byId.values()], this.canvas.clientWidth < NARROW_WIDTH_PX ? NARROW_DAYS : undefined)
    );
  }

  async #draw(): Promise<void> {
    this.removeAttribute('data-waiting');
    performance.mark('timeline:load');
    const vis = await import('./vis.ts');
    performance.mark('timeline:loaded');
    const first = this.#wantedWindow();
    this.#setWindow(first);
    this.#limit = importanceLimit((Date.parse(first.end) - Date.parse(first.start)) / DAY_MS);
    const { timeline, items } = vis.drawTimeline(this.canvas, [], first);
    this.#drawing = { timeline, items, vis };
    if (this.#lanes) vis.setLanes(timeline, laneGroups());
    const latest = this.dataset['latest'];
    if (latest) vis.markLatest(timeline, utcDay(nextDay(latest)), this.dataset['latestLabel'] ?? '');
    this.#sync();

    timeline.on('select', ({ items: ids }: { items: string[] }) => {
      const id = ids[0] ?? '';
      // A "+N" marker is not an event: keep the selection as it was (the click itself zooms, below).
      if (id.startsWith(MARKER_PREFIX)) {
        timeline.setSelection(this.#selected && this.#drawn.has(this.#selected) ? [this.#selected] : []);
        return;
      }
      this.#select(id, { announce: true, focusTimeline: false });
      this.#broadcast(id);
    });
    timeline.on('rangechanged', () => this.#onRange());
    this.canvas.addEventListener('click', (event) => {
      const marker = (event.target as Element).closest<HTMLElement>('[data-marker]');
      if (marker) this.#openMarker(marker.dataset['marker'] ?? '');
    });
    // A new width changes the scale and the labels' widest (a share of the box); plan again once it settles.
    let width = this.canvas.clientWidth;
    new ResizeObserver(() => {
      clearTimeout(this.#resizing);
      this.#resizing = setTimeout(() => {
        if (this.canvas.clientWidth !== width) this.#widths.clear();
        width = this.canvas.clientWidth;
        if (this.#makeItems() && this.#drawing) {
          // New labels: draw every item afresh.
          this.#drawing.items.clear();
          this.#drawn.clear();
        }
        this.#sync();
      }, 150);
    }).observe(this.canvas);
    this.querySelector('[data-timeline-preview]')?.setAttribute('hidden', '');
    this.setAttribute('data-ready', '');
    performance.mark('timeline:drawn');
    if (this.#selected) this.#select(this.#selected, { announce: false, focusTimeline: false });
    this.#announceCount();
  }

  /** Item height, dot and marker width, measured on hidden copies of vis-timeline's markup. */
  #measure(root: HTMLElement): Measures {
    if (this.#measures) return this.#measures;
    const probe = (classes: string, text: string) => {
      const point = document.createElement('div');
      point.className = `vis-item ${classes}`;
      const inner = document.createElement('div');
      inner.className = 'vis-item-content';
      inner.append(text);
      point.append(inner);
      return point;
    };
    const box = document.createElement('div');
    box.className = 'timeline-probe';
    const point = probe('vis-point importance-1', 'Xg');
    const dot = document.createElement('div');
    dot.className = 'vis-item vis-dot';
    point.append(dot);
    const range = probe('vis-range', 'Xg');
    const marker = probe('vis-point is-more', '+999');
    box.append(point, range, marker);
    root.append(box);
    const measures = {
      itemHeight: Math.max(point.offsetHeight, range.offsetHeight, marker.offsetHeight),
      dot: dot.offsetWidth,
      marker: marker.offsetWidth,
    };
    box.remove();
    // Nothing measured means the stylesheet or the layout is not there yet: measure again next time.
    if (measures.itemHeight > 0) this.#measures = measures;
    return measures;
  }

  /** Measures, in one pass, the point labels of the events not measured yet. */
  #measureLabels(root: HTMLElement, sources: readonly TimelineSource[]): void {
    const missing = sources.filter((source) => !this.#widths.has(source.id));
    if (!missing.length) return;
    const box = document.createElement('div');
    box.className = 'timeline-probe';
    const probes = missing.map((source) => {
      const item = this.#items.get(source.id)!;
      const point = document.createElement('div');
      point.className = `vis-item vis-point ${item.className}`;
      const inner = document.createElement('div');
      inner.className = 'vis-item-content';
      inner.append(item.label);
      point.append(inner);
      box.append(point);
      return { id: source.id, point };
    });
    root.append(box);
    for (const { id, point } of probes) if (point.offsetWidth > 0) this.#widths.set(id, point.offsetWidth);
    box.remove();
  }

  /**
   * Brings the drawn items in line with the filters, the window and the box: plans what fits (see
   * layoutTimeline), then sends vis-timeline one removal and one addition of only the items that differ, never
   * a per-item update of the whole set (the slow path measured in the toolchain notes).
   */
  #sync(): void {
    if (!this.#drawing) return;
    performance.mark('timeline:sync');
    const root = this.canvas.querySelector<HTMLElement>('.vis-timeline');
    const center = this.canvas.querySelector<HTMLElement>('.vis-panel.vis-center');
    if (!root || !center) return;
    const { timeline, items, vis } = this.#drawing;
    const measures = this.#measure(root);
    const { start: shownStart, end: shownEnd } = timeline.getWindow();
    const start = shownStart.getTime();
    const end = shownEnd.getTime();
    const margin = (end - start) * WINDOW_MARGIN;
    const from = new Date(start - margin).toISOString().slice(0, 10);
    const to = new Date(end + margin).toISOString().slice(0, 10);
    const matching = this.#matching();
    const request = { matching, from, to, limit: this.#limit, selected: this.#selected, max: MAX_DRAWN };
    // Only the candidates (at most MAX_DRAWN and the selected event) are ever placed: measure just those.
    this.#measureLabels(root, chooseDrawn(request).drawn);

    // Pixels per millisecond, and each item's stretch at this zoom (see vis-timeline's PointItem and RangeItem).
    const scale = center.clientWidth / Math.max(end - start, 1);
    const x = (day: string) => (Date.parse(day) - start) * scale;
    const gap = ITEM_MARGIN.horizontal + WIDTH_SLACK;
    const extent = (source: TimelineSource): Extent => {
      const item = this.#items.get(source.id)!;
      const left = x(item.start);
      if (item.type === 'range') return { left, right: Math.max(x(item.end!), left + 1) + gap };
      const width = this.#widths.get(source.id) ?? center.clientWidth;
      return { left: left - measures.dot, right: left + measures.dot + width + gap };
    };
    const markerExtent = (source: TimelineSource): Extent => {
      const left = x(source.start);
      return { left: left - measures.dot, right: left + measures.dot + measures.marker + gap };
    };
    const groups = this.#lanes ? [...LANES] : [];
    const rows = rowCapacity({
      available: center.clientHeight,
      axisMargin: AXIS_MARGIN,
      rowGap: ITEM_MARGIN.vertical,
      itemHeight: measures.itemHeight,
      groups: Math.max(groups.length, 1),
    });
    const layout = layoutTimeline({
      ...request,
      groups,
      groupOf: (source) => source.lane,
      extent,
      markerExtent,
      rows: Math.max(rows - this.#giveUp, 1),
    });
    this.#leftOut = layout.leftOut;

    const wanted = new Map<string, () => DataItem>();
    for (const source of layout.drawn) wanted.set(source.id, () => vis.toDataItem(this.#items.get(source.id)!));
    this.#markers = new Map(layout.markers.map((marker) => [marker.id, marker]));
    for (const marker of layout.markers) wanted.set(marker.id, () => vis.toMarkerItem(this.#markerItem(marker)));
    const remove = [...this.#drawn].filter((id) => !wanted.has(id));
    const add = [...wanted].filter(([id]) => !this.#drawn.has(id)).map(([, make]) => make());
    if (remove.length) items.remove(remove);
    if (add.length) items.add(add);
    this.#drawn = new Set(wanted.keys());
    if (this.#selected && this.#drawn.has(this.#selected)) timeline.setSelection([this.#selected]);
    performance.measure('timeline:sync', 'timeline:sync');
    // vis-timeline redraws on the next frame; check the fit and announce once that frame is painted.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        this.#checkFit(center);
        this.#showMarker();
        this.dispatchEvent(new CustomEvent(DRAWN_EVENT));
      }),
    );
  }

  /** If the drawing ever overflows its box after all, gives up a row and plans again (a few times at most). */
  #checkFit(center: HTMLElement): void {
    const content = center.querySelector<HTMLElement>('.vis-content');
    if (!content || this.#giveUp >= 3) return;
    if (center.scrollHeight > center.clientHeight + 1 || content.offsetHeight > center.clientHeight + 1) {
      this.#giveUp += 1;
      this.#sync();
    }
  }

  #markerItem(marker: Marker) {
    const events = marker.ids.map((id) => this.#byId.get(id)).filter((source): source is TimelineSource => !!source);
    const count = events.length;
    const lane = events[0]?.lane ?? 'others';
    return {
      id: marker.id,
      start: marker.start,
      group: marker.group || lane,
      // In lanes the marker takes its lane's colour; without them it stands for events of any side.
      className: marker.group ? `in-lanes lane-${marker.group}` : '',
      ids: events.map((source) => source.id),
      title: `${markerName(count, marker.start, marker.finish)}, not drawn at this zoom level: choose to zoom in`,
    };
  }

  /** The "+N" marks drawn, left to right (in lanes, top to bottom where they start on the same day). */
  #keyMarkers(): KeyMarker[] {
    const order = (group: string) => (LANES as readonly string[]).indexOf(group);
    return [...this.#markers.values()]
      .sort((a, b) => a.start.localeCompare(b.start) || order(a.group) - order(b.group))
      .map((marker) => ({ id: marker.id, ids: marker.ids }));
  }

  /** Rings the mark the keyboard is on (and forgets it once it is no longer drawn). */
  #showMarker(): void {
    if (this.#marker && !this.#markers.has(this.#marker)) this.#marker = '';
    for (const span of this.canvas.querySelectorAll<HTMLElement>('[data-marker]'))
      span.classList.toggle('is-active', span.dataset['marker'] === this.#marker);
  }

  /** Puts the keyboard on a mark and says what it stands for. */
  #toMarker(id: string): void {
    this.#marker = id;
    this.#showMarker();
    const marker = this.#markers.get(id);
    if (!marker) return;
    this.status.textContent = `${markerName(marker.ids.length, marker.start, marker.finish)}, not drawn at this zoom level. Press Enter to zoom in on them.`;
  }

  /** A "+N" marker was chosen: zooms to the events behind it. */
  #openMarker(id: string): void {
    const marker = this.#markers.get(id);
    if (!this.#drawing || !marker) return;
    const { timeline } = this.#drawing;
    const first = Date.parse(marker.start);
    const last = Date.parse(marker.finish) + DAY_MS;
    const pad = Math.max((last - first) * 0.25, 2 * DAY_MS);
    timeline.setWindow(first - pad, last + pad);
  }

  /** Keeps the window shown, also as data-window ("first day/last day") for whoever reads the page. */
  #setWindow(window: { start: string; end: string }): void {
    this.#window = { ...window };
    this.dataset['window'] = `${window.start}/${window.end}`;
  }

  #onFilter(detail: FilterDetail): void {
    this.#filtered = [...detail.visible];
    if (this.#selected && !this.#filtered.includes(this.#selected)) {
      this.#select('', { announce: false, focusTimeline: false });
      // Silently: the filter count speaks; the old "3 of 77: …" must not stay for a screen reader to find.
      this.status.textContent = '';
    }
    const { from, to } = readView(knownValues()).filter;
    const moved = from !== this.#range.from || to !== this.#range.to;
    this.#range = { from, to };
    if (!this.#drawing) {
      this.#drawPreviewMarks();
      // The still picture keeps the crisis's window: a date filter needs the timeline itself.
      if (moved) void this.#boot();
      return;
    }
    this.#sync();
    this.#announceCount();
    // The window follows the date filter (when it changes), and goes back to the crisis when it is cleared.
    if (moved && this.#drawing) {
      const wanted = this.#wantedWindow();
      this.#drawing.timeline.setWindow(utcDay(wanted.start), utcDay(wanted.end));
    }
  }

  /** Redraws the still picture's marks for the events the filters let through (same code as the server's). */
  #drawPreviewMarks(): void {
    const matching = this.#matching();
    for (const strip of this.querySelectorAll<SVGSVGElement>('svg[data-preview-window]')) {
      const [start = '', end = ''] = (strip.dataset['previewWindow'] ?? '').split('/');
      const paths = rugPaths(rugMarks(matching, { start, end })).map(({ lane, d }) => {
        const path = document.createElementNS(SVG_NS, 'path');
        path.setAttribute('class', `mark lane-${lane}`);
        path.setAttribute('d', d);
        return path;
      });
      strip.replaceChildren(...paths);
    }
  }

  #onRange(): void {
    if (!this.#drawing) return;
    const { start, end } = this.#drawing.timeline.getWindow();
    this.#setWindow({ start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) });
    this.#limit = importanceLimit((end.getTime() - start.getTime()) / DAY_MS);
    this.#sync();
    this.#announceCount();
  }

  #announceCount(): void {
    const note = this.querySelector<HTMLElement>('[data-timeline-note]');
    if (!note) return;
    const left = this.#leftOut;
    note.textContent =
      left > 0
        ? `${left} matching ${left === 1 ? 'event is' : 'events are'} not drawn at this zoom level: see the + marks.`
        : '';
  }

  #onToolbar(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    if (!this.#drawing) {
      // The first press loads the timeline, then does what it says.
      if (!this.#booting) void this.#boot().then(() => this.#drawing && this.#onToolbar(event));
      return;
    }
    const { timeline } = this.#drawing;
    const { start, end } = timeline.getWindow();
    const span = end.getTime() - start.getTime();
    switch (button.dataset['action']) {
      case 'zoom-in':
        timeline.zoomIn(0.5);
        break;
      case 'zoom-out':
        timeline.zoomOut(0.5);
        break;
      case 'earlier':
        timeline.setWindow(start.getTime() - span * 0.4, end.getTime() - span * 0.4);
        break;
      case 'later':
        timeline.setWindow(start.getTime() + span * 0.4, end.getTime() + span * 0.4);
        break;
      case 'fit':
        this.#showAll();
        break;
      case 'lanes':
        this.#lanes = !this.#lanes;
        this.#drawing.vis.setLanes(timeline, this.#lanes ? laneGroups() : null);
        this.#updateLaneButton();
        writeView({ ...readView(knownValues()), lanes: this.#lanes }, 'push');
        // The lanes take a column for their names and share the rows: plan again once vis-timeline has redrawn.
        requestAnimationFrame(() => this.#sync());
        break;
      default:
        break;
    }
  }

  /**
   * Shows the whole span of the matching events and the latest-update line (vis's own fit would only cover the
   * items drawn).
   */
  #showAll(): void {
    const matching = this.#matching();
    if (!this.#drawing || !matching.length) return;
    const latest = this.dataset['latest'];
    const first = Math.min(...matching.map((source) => Date.parse(source.start)));
    const last = Math.max(
      ...matching.map((source) => Date.parse(source.finish)),
      latest ? Date.parse(latest) : -Infinity,
    );
    const pad = Math.max((last + DAY_MS - first) * 0.03, 7 * DAY_MS);
    this.#drawing.timeline.setWindow(first - pad, last + DAY_MS + pad);
  }

  #updateLaneButton(): void {
    this.querySelector('button[data-action="lanes"]')?.setAttribute('aria-pressed', String(this.#lanes));
  }

  #onKey(event: KeyboardEvent): void {
    const { start: from, end: to } = this.#window;
    const visible = this.#filtered;
    const inWindow = visible.filter((id) => {
      const source = this.#byId.get(id);
      return !!source && source.finish >= from && source.start <= to;
    });
    const action = keyAction(event.key, {
      visible,
      selected: this.#selected,
      inWindow,
      markers: this.#keyMarkers(),
      marker: this.#marker,
    });
    if (action.kind !== 'none' && action.kind !== 'marker' && this.#marker) {
      this.#marker = '';
      this.#showMarker();
    }
    switch (action.kind) {
      case 'none':
        return;
      case 'select':
        this.#select(action.id, { announce: true, focusTimeline: false });
        this.#broadcast(action.id);
        break;
      case 'marker':
        this.#toMarker(action.id);
        break;
      case 'no-marker':
        this.status.textContent = NO_MARKER_TEXT;
        break;
      case 'expand': {
        const marker = this.#markers.get(action.id);
        this.#select(action.select, { announce: true, focusTimeline: false });
        this.#broadcast(action.select);
        // After the selection's own move, so that the window ends on the mark's events.
        this.#openMarker(action.id);
        if (marker)
          this.status.textContent = `Zoomed in on ${markerName(marker.ids.length, marker.start, marker.finish)}. ${this.status.textContent}`;
        break;
      }
      case 'open':
        window.location.assign(this.#eventHref(action.id));
        break;
      case 'zoom':
        void this.#boot().then(() => {
          if (action.direction === 'in') this.#drawing?.timeline.zoomIn(0.5);
          else this.#drawing?.timeline.zoomOut(0.5);
        });
        break;
      case 'clear':
        this.#select('', { announce: true, focusTimeline: false });
        this.#broadcast('');
        return;
    }
    event.preventDefault();
  }

  /** An event's page (events the list does not hold have one too). */
  #eventHref(id: string): string {
    return withBase(import.meta.env.BASE_URL, eventPath(id));
  }

  #broadcast(id: string): void {
    document.dispatchEvent(new CustomEvent<SelectDetail>(SELECT_EVENT, { detail: { id, origin: 'timeline' } }));
    writeView({ ...readView(knownValues()), event: id }, 'replace');
  }

  #select(id: string, options: { announce: boolean; focusTimeline: boolean }): void {
    this.#selected = id;
    const open = this.querySelector<HTMLAnchorElement>('[data-timeline-open]');
    const known = !!id && this.#byId.has(id);
    if (open) {
      open.hidden = !known;
      if (known) open.href = this.#eventHref(id);
    }
    if (this.#drawing) {
      if (id && !this.#drawn.has(id)) this.#sync();
      this.#drawing.timeline.setSelection(id ? [id] : []);
      if (id) this.#drawing.timeline.focus(id, { zoom: false });
    }
    if (options.focusTimeline) {
      this.scrollIntoView({ block: 'nearest' });
      this.canvas.focus({ preventScroll: true });
    }
    if (options.announce) {
      const item = this.#items.get(id);
      this.status.textContent = item
        ? `${this.#filtered.indexOf(id) + 1} of ${this.#filtered.length}: ${item.tooltip}. Press Enter to open.`
        : 'No event selected.';
    }
  }
}

customElements.define('chronology-timeline', ChronologyTimeline);
