/**
 * The search page in the browser: loads Pagefind's library from the build (only on this page), reads the words
 * and filters from the URL, runs the search as the reader types or submits, and writes the results as text
 * nodes (the excerpt's <mark> elements are rebuilt, never parsed as HTML). Back and forward walk past searches.
 */
import {
  excerptParts,
  filterOptionText,
  hasSearch,
  pagefindFilters,
  parseSearchState,
  resultsSummary,
  SEARCH_FILTERS,
  serializeSearchState,
  type SearchState,
} from '../lib/search-query.ts';

interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    query: string | null,
    options: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
    wait: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const SHOWN = 30;

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const fieldset = document.querySelector<HTMLFieldSetElement>('[data-search-filters]');
  if (!form || !status || !list || !fieldset) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) return;
  const base = form.dataset['base'] ?? '/';
  const selects = new Map(
    SEARCH_FILTERS.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)]),
  );

  let library: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    library ??= (async () => {
      const url = `${base}pagefind/pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ baseUrl: base });
      await pagefind.init();
      return pagefind;
    })();
    return library;
  };

  const readForm = (): SearchState => {
    const filters: Partial<Record<(typeof SEARCH_FILTERS)[number], string>> = {};
    for (const [name, select] of selects) if (select?.value) filters[name] = select.value;
    return { query: input.value.trim(), filters };
  };

  const showState = (state: SearchState) => {
    input.value = state.query;
    for (const [name, select] of selects) if (select) select.value = state.filters[name] ?? '';
  };

  const fillFilters = async (pagefind: Pagefind, state: SearchState) => {
    const available = await pagefind.filters();
    for (const [name, select] of selects) {
      if (!select) continue;
      const values = Object.keys(available[name] ?? {}).sort((a, b) =>
        name === 'year' ? b.localeCompare(a) : a.localeCompare(b),
      );
      for (const value of values) {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = filterOptionText(name, value, available[name]?.[value] ?? 0);
        select.append(option);
      }
      select.value = state.filters[name] ?? '';
    }
    fieldset.disabled = false;
  };

  const render = (items: readonly PagefindResultData[], total: number, state: SearchState) => {
    list.replaceChildren(
      ...items.map((item) => {
        const entry = document.createElement('li');
        const link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.meta['title'] ?? item.url;
        const meta = document.createElement('span');
        meta.className = 'result-meta';
        meta.textContent = item.meta['date'] ?? item.meta['kind'] ?? '';
        const excerpt = document.createElement('p');
        excerpt.className = 'result-excerpt';
        for (const part of excerptParts(item.excerpt)) {
          if (part.marked) {
            const mark = document.createElement('mark');
            mark.textContent = part.text;
            excerpt.append(mark);
          } else excerpt.append(document.createTextNode(part.text));
        }
        entry.append(link, meta, excerpt);
        return entry;
      }),
    );
    const more = total > items.length ? ` Showing the first ${items.length}.` : '';
    status.textContent = `${resultsSummary(total, state)}${more}`;
  };

  let latest = 0;
  const run = async (state: SearchState, wait: number) => {
    const ticket = ++latest;
    if (!hasSearch(state)) {
      list.replaceChildren();
      status.textContent = 'Type words to find, or choose a filter.';
      return;
    }
    const pagefind = await load();
    const search = await pagefind.debouncedSearch(state.query || null, { filters: pagefindFilters(state) }, wait);
    if (!search || ticket !== latest) return; // a newer search replaced this one
    const items = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
    if (ticket !== latest) return;
    render(items, search.results.length, state);
  };

  const commit = (wait: number) => {
    const state = readForm();
    const query = serializeSearchState(state);
    if (query !== location.search) history.replaceState(null, '', `${location.pathname}${query}`);
    void run(state, wait);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readForm();
    const query = serializeSearchState(state);
    if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}`);
    void run(state, 0);
  });
  input.addEventListener('input', () => commit(250));
  for (const select of selects.values()) select?.addEventListener('change', () => commit(0));
  window.addEventListener('popstate', () => {
    const state = parseSearchState(location.search);
    showState(state);
    void run(state, 0);
  });

  const initial = parseSearchState(location.search);
  showState(initial);
  status.textContent = 'Loading the search index…';
  load()
    .then((pagefind) => fillFilters(pagefind, initial))
    .then(() => run(initial, 0))
    .catch((error: unknown) => {
      status.textContent =
        'The search index could not be loaded. The full chronology lists every event on its home page.';
      // The reader sees the sentence above; the console keeps the reason for whoever looks into it.
      console.error('The search index could not be loaded:', error);
    });
}
