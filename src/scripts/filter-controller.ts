/**
 * The filter form: reveals it (it is useless without JavaScript), keeps it, the list and the URL in step,
 * announces how many events match, and tells the timeline which events are visible. The decision itself is
 * the pure predicate in src/lib/filter.ts.
 *
 * On a list that holds only some events (the home page beyond HOME_ENTRIES) it also matches every event of the
 * compact JSON file (src/scripts/all-entries.ts): the count says how many match in all, the timeline and the
 * downloads get every matching id, and the links to the period pages carry the filters.
 */
import {
  EMPTY_FILTER,
  isEmptyFilter,
  matcher,
  normalizeText,
  type Filterable,
  type FilterState,
} from '../lib/filter.ts';
import { EMPTY_VIEW, serializeView, type KnownValues, type ViewState } from '../lib/url-state.ts';
import type { EntryData } from '../lib/timeline-entries.ts';
import { plural } from '../lib/words.ts';
import { allEntries, isComplete } from './all-entries.ts';
import {
  FILTER_EVENT,
  listItemId,
  SELECT_EVENT,
  SET_FILTER_EVENT,
  UI,
  type FilterDetail,
  type SelectDetail,
  type SetFilterDetail,
} from '../lib/ui.ts';
import { readListEntries } from './list-entries.ts';
import { knownValues, readView, writeView } from './view-url.ts';

/** A list entry and what the predicate reads from it. */
interface Row {
  readonly element: HTMLElement;
  readonly id: string;
  readonly data: Filterable;
}

const filterable = (entry: EntryData): Filterable => ({ ...entry, text: `${entry.title} ${entry.summary}` });

function readRows(list: HTMLElement): Row[] {
  return readListEntries(list).map((entry) => ({
    element: entry.element,
    id: entry.id,
    data: filterable(entry),
  }));
}

function readForm(form: HTMLFormElement): FilterState {
  const checked = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value).sort();
  const value = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? '';
  const claimant = form.querySelector<HTMLSelectElement>('select[name="claimant"]')?.value ?? '';
  return {
    actors: checked('actor'),
    types: checked('type'),
    statuses: checked('status'),
    text: value('q'),
    from: value('from'),
    to: value('to'),
    stances: checked('stance'),
    claimants: claimant ? [claimant] : [],
    claimSides: checked('claim-side'),
  };
}

function writeForm(form: HTMLFormElement, state: FilterState): void {
  const sets: Record<string, ReadonlySet<string>> = {
    actor: new Set(state.actors),
    type: new Set(state.types),
    status: new Set(state.statuses),
    stance: new Set(state.stances),
    'claim-side': new Set(state.claimSides),
  };
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    input.checked = sets[input.name]?.has(input.value) ?? false;
  }
  const set = (name: string, value: string) => {
    const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (input && input.value !== value) input.value = value;
  };
  set('q', state.text);
  set('from', state.from);
  set('to', state.to);
  const claimant = form.querySelector<HTMLSelectElement>('select[name="claimant"]');
  if (claimant) claimant.value = state.claimants[0] ?? '';
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Scrolls an entry to the middle of the screen and keeps doing so until it stays there: months off screen
 * are laid out at an estimated height (content-visibility), so the first jump can land a little off.
 */
async function scrollSettled(element: HTMLElement): Promise<void> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    element.scrollIntoView({ block: 'center' });
    await nextFrame();
    await nextFrame();
    const box = element.getBoundingClientRect();
    if (Math.abs(box.top + box.height / 2 - window.innerHeight / 2) < 48) return;
  }
}

class FilterController {
  readonly #form: HTMLFormElement;
  readonly #list: HTMLElement;
  readonly #rows: Row[];
  readonly #count: HTMLElement;
  /** What the URL may select; on a partial list, every event once the file is loaded. */
  #known: KnownValues;
  /** Every event of the chronology, when the list holds only some (undefined until loaded, or when it holds all). */
  #all: { readonly id: string; readonly data: Filterable }[] | undefined;
  readonly #complete: boolean;
  #view: ViewState = EMPTY_VIEW;
  #typing: ReturnType<typeof setTimeout> | undefined;

  constructor(form: HTMLFormElement, list: HTMLElement, count: HTMLElement) {
    this.#form = form;
    this.#list = list;
    this.#count = count;
    this.#rows = readRows(list);
    this.#known = knownValues();
    this.#complete = isComplete(list);
  }

  start(): void {
    this.#form.hidden = false;
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.id === UI.actorSearch || target.name === 'q') return;
      this.#update('push');
    });
    this.#form.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.id === UI.actorSearch) this.#findActor(target.value);
      else if (target.name === 'q') {
        clearTimeout(this.#typing);
        this.#typing = setTimeout(() => this.#update('replace'), 150);
      }
    });
    document.getElementById(UI.clear)?.addEventListener('click', () => {
      writeForm(this.#form, EMPTY_FILTER);
      // The name box only narrows the list of actors, but a reader clearing everything expects it empty too.
      const find = document.getElementById(UI.actorSearch) as HTMLInputElement | null;
      if (find?.value) {
        find.value = '';
        this.#findActor('');
      }
      this.#update('push');
      this.#count.focus();
    });
    document.addEventListener(SET_FILTER_EVENT, (event) => {
      writeForm(this.#form, (event as CustomEvent<SetFilterDetail>).detail.filter);
      this.#update('push');
    });
    document.addEventListener(SELECT_EVENT, (event) => this.#mark((event as CustomEvent<SelectDetail>).detail.id));
    window.addEventListener('popstate', () => this.#load(false));
    this.#addShowOnTimeline();
    this.#load(true);
    if (!this.#complete)
      allEntries(this.#list).then(
        (entries) => {
          this.#all = entries.map((entry) => ({ id: entry.id, data: filterable(entry) }));
          // Every event can now be selected by the URL: apply it again, keeping an ?event= the list does not hold.
          this.#known = knownValues();
          this.#load(true);
        },
        () => {
          this.#count.textContent = `${this.#count.textContent ?? ''} The other events could not be loaded: see the year pages.`;
        },
      );
  }

  /** Applies the URL: on first load also scrolls to and focuses a deep-linked event. */
  #load(first: boolean): void {
    this.#view = readView(this.#known);
    // The address bar and the inputs show what is applied: unknown ids and impossible months are dropped (on a
    // partial list, only once every event is known: an ?event= may name one the list does not hold).
    if (first && (this.#complete || this.#all)) writeView(this.#view, 'replace');
    writeForm(this.#form, this.#view.filter);
    this.#apply();
    this.#mark(this.#view.event);
    document.dispatchEvent(
      new CustomEvent<SelectDetail>(SELECT_EVENT, { detail: { id: this.#view.event, origin: 'url' } }),
    );
    if (first && this.#view.event) {
      const row = document.getElementById(listItemId(this.#view.event));
      row?.querySelector<HTMLAnchorElement>('a[data-title]')?.focus({ preventScroll: true });
      if (row) void scrollSettled(row);
    }
  }

  #update(mode: 'push' | 'replace'): void {
    const current = readView(this.#known);
    this.#view = { ...current, filter: readForm(this.#form) };
    writeView(this.#view, mode);
    const shown = this.#apply();
    // A selected event the new filters hide is no longer selected: not in the address either (the timeline drops
    // its selection on the same announcement). Only once every event is known: a partial list cannot tell.
    if (this.#view.event && shown && !shown.includes(this.#view.event)) {
      this.#view = { ...this.#view, event: '' };
      writeView(this.#view, 'replace');
      this.#mark('');
    }
  }

  /** Shows the rows the filters let through and announces them; returns the ids shown, or null while partial. */
  #apply(): readonly string[] | null {
    performance.mark('filter:start');
    const test = matcher(this.#view.filter);
    const here: string[] = [];
    for (const row of this.#rows) {
      const show = test(row.data);
      if (row.element.hidden === show) row.element.hidden = !show;
      if (show) here.push(row.id);
    }
    const empty = isEmptyFilter(this.#view.filter);
    this.#hideEmptyGroups(empty);
    const all = this.#all;
    const visible = all ? all.filter((entry) => test(entry.data)).map((entry) => entry.id) : here;
    this.#count.textContent = this.#countText(empty, here.length, visible.length);
    const none = document.getElementById(UI.noMatches);
    if (none) none.hidden = here.length > 0;
    document.getElementById(UI.clear)?.toggleAttribute('disabled', empty);
    this.#carryFilters();
    performance.measure('filter:list', 'filter:start');
    const partial = !this.#complete && !all;
    document.dispatchEvent(
      new CustomEvent<FilterDetail>(FILTER_EVENT, {
        detail: { visible, filter: this.#view.filter, ...(partial ? { partial } : {}) },
      }),
    );
    return partial ? null : visible;
  }

  /** The count line: how many events match in all, and (on a list of only some events) how many are listed here. */
  #countText(empty: boolean, here: number, matching: number): string {
    const held = this.#rows.length;
    if (this.#complete) return empty ? `Showing all ${held} events.` : `Showing ${here} of ${held} events.`;
    const total = Number(this.#list.dataset['total']) || held;
    if (empty) return `Showing the latest ${held} of ${total} events; the others are on the year pages.`;
    if (!this.#all) return `Showing ${here} of the latest ${held} events; counting the others…`;
    if (here === matching) return `Showing ${matching} of ${total} events.`;
    return `${plural(matching, 'event')} of ${total} match: ${here} of them listed here, the others on the year pages.`;
  }

  /** The links to the period pages carry the filters on, so that a period page opens filtered alike. */
  #carryFilters(): void {
    const query = serializeView({ ...EMPTY_VIEW, filter: this.#view.filter });
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-period-link]')) {
      link.dataset['path'] ??= link.getAttribute('href') ?? '';
      link.setAttribute('href', `${link.dataset['path']}${query}`);
    }
  }

  /**
   * Hides the months (and their links in the month index) that have no visible event, and the background part
   * when none of it matches; with filters on, the background part opens if something in it matches.
   */
  #hideEmptyGroups(empty: boolean): void {
    const shown = new Set<string>();
    for (const month of this.#list.querySelectorAll<HTMLElement>('.month')) {
      month.hidden = !month.querySelector('[data-id]:not([hidden])');
      if (!month.hidden && month.dataset['group']) shown.add(month.dataset['group']);
    }
    for (const part of this.#list.querySelectorAll<HTMLElement>('[data-background-part]')) {
      const any = !!part.querySelector('[data-id]:not([hidden])');
      part.hidden = !any;
      const details = part.querySelector('details');
      if (details && !empty && any) details.open = true;
    }
    for (const link of document.querySelectorAll<HTMLElement>('[data-index-month]')) {
      link.hidden = !shown.has(link.dataset['indexMonth'] ?? '');
    }
    for (const link of document.querySelectorAll<HTMLElement>('[data-index-background]')) {
      link.closest<HTMLElement>('[data-index-year]')!.hidden = !!this.#list.querySelector(
        '[data-background-part][hidden]',
      );
    }
    for (const year of document.querySelectorAll<HTMLElement>('[data-index-year]')) {
      if (year.querySelector('[data-index-month]'))
        year.hidden = !year.querySelector('[data-index-month]:not([hidden])');
    }
  }

  #mark(id: string): void {
    for (const current of this.#list.querySelectorAll('[aria-current="true"]')) current.removeAttribute('aria-current');
    const row = id ? document.getElementById(listItemId(id)) : null;
    if (!row) return;
    row.setAttribute('aria-current', 'true');
    // A selected background event is shown: its collapsed part opens.
    const part = row.closest('details');
    if (part) part.open = true;
  }

  /** Narrows the actor checkboxes to names (and aliases) containing what was typed. */
  #findActor(query: string): void {
    const words = normalizeText(query).split(' ').filter(Boolean);
    let shown = 0;
    for (const label of this.#form.querySelectorAll<HTMLElement>('[data-actor-name]')) {
      const name = normalizeText(label.dataset['actorName'] ?? '');
      const match = words.every((word) => name.includes(word));
      label.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of this.#form.querySelectorAll<HTMLDetailsElement>('details[data-side]')) {
      const any = !!group.querySelector('[data-actor-name]:not([hidden])');
      group.hidden = !any;
      if (words.length && any) group.open = true;
    }
    for (const kind of this.#form.querySelectorAll<HTMLElement>('.kind')) {
      kind.hidden = !kind.querySelector('[data-actor-name]:not([hidden])');
    }
    const none = this.#form.querySelector<HTMLElement>('[data-actor-none]');
    if (none) none.hidden = shown > 0;
  }

  /** Gives each list entry a button that selects it on the timeline (only where the timeline exists). */
  #addShowOnTimeline(): void {
    if (!document.querySelector('chronology-timeline')) return;
    for (const row of this.#rows) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'show-on-timeline';
      button.textContent = 'Show on timeline';
      const title = row.element.querySelector('[data-title]')?.textContent ?? '';
      button.setAttribute('aria-label', `Show on timeline: ${title}`);
      button.addEventListener('click', () => {
        this.#mark(row.id);
        writeView({ ...readView(this.#known), event: row.id }, 'replace');
        document.dispatchEvent(new CustomEvent<SelectDetail>(SELECT_EVENT, { detail: { id: row.id, origin: 'list' } }));
      });
      row.element.querySelector('article')?.append(button);
    }
  }
}

/**
 * Starts the filters. A function, not a side effect of loading the module: the home page and the period pages
 * share this module in one chunk, which the bundle evaluates before a page's own code, and on the home page the
 * timeline must be listening before the first filtered view is announced (src/scripts/home.ts).
 */
export function startFilterController(): void {
  const form = document.getElementById(UI.filters);
  const list = document.getElementById(UI.list);
  const count = document.getElementById(UI.count);
  if (form instanceof HTMLFormElement && list && count) new FilterController(form, list, count).start();
}
