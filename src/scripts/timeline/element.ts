/**
 * <chronology-timeline>: enhances the server-rendered list with a zoomable vis-timeline. It reads its events
 * from the list's data attributes (no second copy of the data), draws nothing until the page is idle, and
 * makes the timeline usable without a mouse: it takes focus, arrow keys move between events, Enter opens one,
 * and buttons zoom, move and fit. It follows the filters and keeps its selection in step with the list.
 */
import type { DrawnTimeline } from './vis.ts';
import {
  chooseDrawn,
  importanceLimit,
  initialWindow,
  laneGroups,
  toTimelineItem,
  type TimelineItem,
  type TimelineSource,
} from '../../lib/timeline-items.ts';
import { keyAction } from '../../lib/timeline-keys.ts';
import { DRAWN_EVENT, FILTER_EVENT, SELECT_EVENT, UI, type FilterDetail, type SelectDetail } from '../../lib/ui.ts';
import { readListEntries } from '../list-entries.ts';
import { knownValues, readView, writeView } from '../view-url.ts';
import { MAX_DRAWN, NARROW_DAYS, NARROW_WIDTH_PX, WINDOW_MARGIN } from './options.ts';
import { DAY_MS } from '../../lib/dates.ts';

type VisModule = typeof import('./vis.ts');

class ChronologyTimeline extends HTMLElement {
  #byId = new Map<string, TimelineSource>();
  #items = new Map<string, TimelineItem>();
  /** The window being shown, as first and last day. */
  #window: { start: string; end: string } = { start: '', end: '' };
  /** Matching events near the window that are not drawn (too minor for the zoom level, or beyond MAX_DRAWN). */
  #leftOut = 0;
  /** Ids the filters let through, in chronological order. */
  #filtered: string[] = [];
  /** Ids drawn: filtered, and important enough for the zoom level. */
  #drawn = new Set<string>();
  #limit = 3;
  #selected = '';
  #drawing: (DrawnTimeline & { vis: VisModule }) | undefined;
  #lanes = false;

  get canvas(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-timeline-canvas]')!;
  }

  get status(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-timeline-status]')!;
  }

  connectedCallback(): void {
    const list = document.getElementById(UI.list);
    if (!list) return;
    const sources: TimelineSource[] = readListEntries(list);
    this.#byId = new Map(sources.map((source) => [source.id, source]));
    this.#filtered = sources.map((source) => source.id);
    for (const source of sources) this.#items.set(source.id, toTimelineItem(source));

    const view = readView(knownValues());
    this.#lanes = view.lanes;
    this.#selected = view.event;

    this.querySelector('[data-timeline-toolbar]')?.removeAttribute('hidden');
    this.querySelector('[data-timeline-fallback]')?.setAttribute('hidden', '');
    this.#updateLaneButton();
    this.addEventListener('click', (event) => this.#onToolbar(event));
    this.canvas.addEventListener('keydown', (event) => this.#onKey(event));
    document.addEventListener(FILTER_EVENT, (event) => this.#onFilter((event as CustomEvent<FilterDetail>).detail));
    document.addEventListener(SELECT_EVENT, (event) => {
      const detail = (event as CustomEvent<SelectDetail>).detail;
      if (detail.origin !== 'timeline')
        this.#select(detail.id, { announce: false, focusTimeline: detail.origin === 'list' });
    });

    const start = () => void this.#draw();
    if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 1500 });
    else setTimeout(start, 200);
  }

  async #draw(): Promise<void> {
    performance.mark('timeline:load');
    const vis = await import('./vis.ts');
    performance.mark('timeline:loaded');
    const first = initialWindow(
      [...this.#byId.values()],
      this.canvas.clientWidth < NARROW_WIDTH_PX ? NARROW_DAYS : undefined,
    );
    this.#window = { ...first };
    this.#limit = importanceLimit((Date.parse(first.end) - Date.parse(first.start)) / DAY_MS);
    const drawnItems = this.#visibleItems();
    const { timeline, items } = vis.drawTimeline(this.canvas, drawnItems, first);
    this.#drawing = { timeline, items, vis };
    this.#drawn = new Set(drawnItems.map((item) => item.id));
    if (this.#lanes) vis.setLanes(timeline, laneGroups());

    timeline.on('select', ({ items: ids }: { items: string[] }) => {
      const id = ids[0] ?? '';
      this.#select(id, { announce: true, focusTimeline: false });
      this.#broadcast(id);
    });
    timeline.on('rangechanged', () => this.#onRange());
    this.setAttribute('data-ready', '');
    performance.mark('timeline:drawn');
    if (this.#selected) this.#select(this.#selected, { announce: false, focusTimeline: false });
    this.#announceCount();
  }

  /** What to draw now (see chooseDrawn): matching events near the window, within the zoom level and MAX_DRAWN. */
  #visibleItems(): TimelineItem[] {
    const start = Date.parse(this.#window.start);
    const end = Date.parse(this.#window.end);
    const margin = (end - start) * WINDOW_MARGIN;
    const { drawn, leftOut } = chooseDrawn({
      matching: this.#filtered.map((id) => this.#byId.get(id)).filter((source): source is TimelineSource => !!source),
      from: new Date(start - margin).toISOString().slice(0, 10),
      to: new Date(end + margin).toISOString().slice(0, 10),
      limit: this.#limit,
      selected: this.#selected,
      max: MAX_DRAWN,
    });
    this.#leftOut = leftOut;
    return drawn.map((source) => this.#items.get(source.id)).filter((item): item is TimelineItem => !!item);
  }

  /**
   * Brings the drawn items in line with the filters. vis-timeline re-lays out on each change, so this sends
   * one removal and one addition of only the items that differ: cheap when few change, and never a per-item
   * update of the whole set (the slow path measured in the toolchain notes).
   */
  #sync(): void {
    if (!this.#drawing) return;
    performance.mark('timeline:sync');
    const wanted = this.#visibleItems();
    const wantedIds = new Set(wanted.map((item) => item.id));
    const remove = [...this.#drawn].filter((id) => !wantedIds.has(id));
    const add = wanted.filter((item) => !this.#drawn.has(item.id));
    if (remove.length) this.#drawing.items.remove(remove);
    if (add.length) this.#drawing.items.add(add.map(this.#drawing.vis.toDataItem));
    this.#drawn = wantedIds;
    performance.measure('timeline:sync', 'timeline:sync');
    // vis-timeline redraws on the next frame; announce once that frame is painted.
    requestAnimationFrame(() => requestAnimationFrame(() => this.dispatchEvent(new CustomEvent(DRAWN_EVENT))));
  }

  #onFilter(detail: FilterDetail): void {
    this.#filtered = [...detail.visible];
    if (this.#selected && !this.#filtered.includes(this.#selected))
      this.#select('', { announce: false, focusTimeline: false });
    this.#sync();
    this.#announceCount();
  }

  #onRange(): void {
    if (!this.#drawing) return;
    const { start, end } = this.#drawing.timeline.getWindow();
    this.#window = { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
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
        ? `${left} matching ${left === 1 ? 'event in this stretch is' : 'events in this stretch are'} not drawn at this zoom level; zoom in to see them. The list below shows every event.`
        : '';
  }

  #onToolbar(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button || !this.#drawing) return;
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
        break;
      default:
        break;
    }
  }

  /** Shows the whole span of the matching events (vis's own fit would only cover the items drawn). */
  #showAll(): void {
    const matching = this.#filtered
      .map((id) => this.#byId.get(id))
      .filter((source): source is TimelineSource => !!source);
    if (!this.#drawing || !matching.length) return;
    const first = Math.min(...matching.map((source) => Date.parse(source.start)));
    const last = Math.max(...matching.map((source) => Date.parse(source.finish))) + DAY_MS;
    const pad = Math.max((last - first) * 0.03, 7 * DAY_MS);
    this.#drawing.timeline.setWindow(first - pad, last + pad);
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
    const action = keyAction(event.key, { visible, selected: this.#selected, inWindow });
    switch (action.kind) {
      case 'none':
        return;
      case 'select':
        this.#select(action.id, { announce: true, focusTimeline: false });
        this.#broadcast(action.id);
        break;
      case 'open': {
        const link = document.querySelector<HTMLAnchorElement>(
          `#${UI.list} [data-id="${CSS.escape(action.id)}"] a[data-title]`,
        );
        if (link) window.location.assign(link.href);
        break;
      }
      case 'zoom':
        if (action.direction === 'in') this.#drawing?.timeline.zoomIn(0.5);
        else this.#drawing?.timeline.zoomOut(0.5);
        break;
      case 'clear':
        this.#select('', { announce: true, focusTimeline: false });
        this.#broadcast('');
        return;
    }
    event.preventDefault();
  }

  #broadcast(id: string): void {
    document.dispatchEvent(new CustomEvent<SelectDetail>(SELECT_EVENT, { detail: { id, origin: 'timeline' } }));
    writeView({ ...readView(knownValues()), event: id }, 'replace');
  }

  #select(id: string, options: { announce: boolean; focusTimeline: boolean }): void {
    this.#selected = id;
    const open = this.querySelector<HTMLAnchorElement>('[data-timeline-open]');
    const link = id
      ? document.querySelector<HTMLAnchorElement>(`#${UI.list} [data-id="${CSS.escape(id)}"] a[data-title]`)
      : null;
    if (open) {
      open.hidden = !link;
      if (link) open.href = link.href;
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
