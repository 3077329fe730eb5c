/** Reads and writes the reader's view in the address bar; shared by the filter controller and the timeline. */
import { parseView, serializeView, type KnownValues, type ViewState } from '../lib/url-state.ts';
import { UI } from '../lib/ui.ts';

/** Events the page's list does not hold but the page knows of (a partial home page, once its file is loaded). */
let moreEvents: ReadonlySet<string> = new Set();

/** Makes these events selectable by the URL too (src/scripts/all-entries.ts, once every event is known). */
export function knowEvents(ids: Iterable<string>): void {
  moreEvents = new Set(ids);
}

/** The values the page offers, read from the page itself, so a URL can only select what exists. */
export function knownValues(doc: Document = document): KnownValues {
  const values = (selector: string, attribute = 'value') =>
    new Set([...doc.querySelectorAll<HTMLElement>(selector)].map((element) => element.getAttribute(attribute) ?? ''));
  return {
    actors: values(`#${UI.filters} input[name="actor"]`),
    types: values(`#${UI.filters} input[name="type"]`),
    statuses: values(`#${UI.filters} input[name="status"]`),
    events: new Set([...values(`#${UI.list} [data-id]`, 'data-id'), ...moreEvents]),
    stances: values(`#${UI.filters} input[name="stance"]`),
    claimants: values(`#${UI.filters} select[name="claimant"] option:not([value=""])`),
    claimSides: values(`#${UI.filters} input[name="claim-side"]`),
    threads: values(`#${UI.threadSelect} option:not([value=""])`),
  };
}

export function readView(known: KnownValues): ViewState {
  return parseView(window.location.search, known);
}

/** Writes a view; `push` adds a history entry (a discrete choice), otherwise the current one is replaced. */
export function writeView(view: ViewState, mode: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${serializeView(view)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
