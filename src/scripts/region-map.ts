/**
 * The home page's map follows the filters, the selection and the followed thread: a marker with no event left is
 * hidden, the places of the thread's events are ringed, the counts
 * (on the markers, in their names, beside the places beyond the map and in the lists under it) count the events
 * shown, and the selected event's place is marked. It only listens: the filter controller knows nothing of it.
 * It reads the state the list is in when it starts, so it does not matter which script runs first. On a home page
 * whose list holds only the newest months, the lists under the map name only those events, and the counts come
 * from every event's place in the compact entries file (src/scripts/all-entries.ts).
 */
import { markerName, moreAtPlace, unplacedSentence } from '../lib/map.ts';
import {
  FILTER_EVENT,
  SELECT_EVENT,
  THREAD_EVENT,
  UI,
  type FilterDetail,
  type SelectDetail,
  type ThreadDetail,
} from '../lib/ui.ts';
import { allEntriesDocument, isComplete } from './all-entries.ts';

const eventsWord = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;

class RegionMapView {
  readonly #root: HTMLElement;
  /** Each place's anchor and the ids of its events, from the lists under the map. */
  readonly #places = new Map<string, { readonly list: HTMLElement; readonly items: HTMLElement[] }>();
  readonly #placeOf = new Map<string, string>();
  /** On a partial home page, once loaded: every event of each place (the lists hold only some). */
  #members: ReadonlyMap<string, readonly string[]> | undefined;
  /** The last filter announced, to count again when the members arrive. */
  #last: { readonly visible: readonly string[]; readonly total: number } | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
    for (const list of root.querySelectorAll<HTMLElement>('[data-place-list]')) {
      const items = [...list.querySelectorAll<HTMLElement>('[data-event]')];
      const anchor = list.dataset['placeList'] ?? '';
      this.#places.set(anchor, { list, items });
      for (const item of items) this.#placeOf.set(item.dataset['event'] ?? '', anchor);
    }
  }

  start(): void {
    const list = document.getElementById(UI.list);
    const total = () => Number(list?.dataset['total'] ?? list?.querySelectorAll('[data-id]').length ?? 0);
    if (list && !isComplete(list)) {
      allEntriesDocument(list).then(
        (entries) => {
          this.#members = new Map(Object.entries(entries.places));
          for (const [anchor, ids] of this.#members) for (const id of ids) this.#placeOf.set(id, anchor);
          if (this.#last) this.#filter(this.#last.visible, this.#last.total);
        },
        // Without the file the counts stay those the page was built with (every event of each place).
        () => undefined,
      );
    }
    if (list) {
      const shown = [...list.querySelectorAll<HTMLElement>('[data-id]')].filter((entry) => !entry.hidden);
      const all = list.querySelectorAll('[data-id]').length;
      if (shown.length < all && isComplete(list))
        this.#filter(
          shown.map((entry) => entry.dataset['id'] ?? ''),
          all,
        );
      const current = list.querySelector<HTMLElement>('[data-id][aria-current="true"]');
      if (current) this.#select(current.dataset['id'] ?? '');
      // A thread followed before this script started has marked its entries in the list.
      this.#thread(
        [...list.querySelectorAll<HTMLElement>('[data-id][data-thread-step]')].map((e) => e.dataset['id'] ?? ''),
      );
    }
    document.addEventListener(FILTER_EVENT, (event) => {
      const detail = (event as CustomEvent<FilterDetail>).detail;
      // While the rest of the chronology loads, `visible` covers only the list's entries: wait for all of them.
      if (!detail.partial) this.#filter(detail.visible, total());
    });
    document.addEventListener(SELECT_EVENT, (event) => this.#select((event as CustomEvent<SelectDetail>).detail.id));
    document.addEventListener(THREAD_EVENT, (event) => this.#thread((event as CustomEvent<ThreadDetail>).detail.ids));
  }

  /** Marks the places of the followed thread's events (none when no thread is followed). */
  #thread(ids: readonly string[]): void {
    const places = new Set(ids.flatMap((id) => this.#placeOf.get(id) ?? []));
    for (const marker of this.#root.querySelectorAll<SVGAElement>('a[data-place]')) {
      const inThread = places.has(marker.dataset['place'] ?? '');
      marker.classList.toggle('in-thread', inThread);
      if (inThread) marker.dataset['thread'] = '';
      else delete marker.dataset['thread'];
    }
  }

  #filter(visible: readonly string[], total: number): void {
    this.#last = { visible, total };
    const shown = new Set(visible);
    const counts = new Map<string, number>();
    for (const [anchor, place] of this.#places) {
      let listed = 0;
      for (const item of place.items) {
        const show = shown.has(item.dataset['event'] ?? '');
        item.hidden = !show;
        if (show) listed += 1;
      }
      const members = this.#members?.get(anchor);
      const count = members ? members.filter((id) => shown.has(id)).length : listed;
      place.list.hidden = count === 0;
      const label = place.list.querySelector('[data-count]');
      if (label) label.textContent = `(${count})`;
      const more = place.list.querySelector<HTMLElement>('[data-place-more]');
      if (more) {
        more.hidden = count === listed;
        more.textContent = moreAtPlace(count - listed);
      }
      counts.set(anchor, count);
    }
    for (const marker of this.#root.querySelectorAll<SVGAElement>('a[data-place]')) {
      const count = counts.get(marker.dataset['place'] ?? '') ?? 0;
      marker.classList.toggle('is-empty', count === 0);
      marker.setAttribute('aria-label', markerName(marker.dataset['name'] ?? '', count));
      const text = marker.querySelector('[data-count]');
      if (text) text.textContent = String(count);
    }
    for (const item of this.#root.querySelectorAll<HTMLElement>('[data-beyond]')) {
      const count = counts.get(item.dataset['beyond'] ?? '') ?? 0;
      item.hidden = count === 0;
      const text = item.querySelector('[data-count]');
      if (text) text.textContent = `(${eventsWord(count)})`;
    }
    const beyond = this.#root.querySelector<HTMLElement>('[data-beyond-list]');
    if (beyond) beyond.hidden = !beyond.querySelector('[data-beyond]:not([hidden])');
    const located = [...counts.values()].reduce((sum, count) => sum + count, 0);
    const sentence = this.#root.querySelector<HTMLElement>('[data-map-unplaced]');
    if (sentence) sentence.textContent = unplacedSentence(shown.size - located, shown.size, shown.size < total);
  }

  #select(id: string): void {
    const anchor = this.#placeOf.get(id) ?? '';
    for (const marker of this.#root.querySelectorAll<SVGAElement>('a[data-place]')) {
      const selected = anchor !== '' && marker.dataset['place'] === anchor;
      marker.classList.toggle('is-selected', selected);
      if (selected) marker.setAttribute('aria-current', 'true');
      else marker.removeAttribute('aria-current');
    }
  }
}

export function startRegionMap(): void {
  const root = document.querySelector<HTMLElement>('[data-region-map]');
  if (root) new RegionMapView(root).start();
}
