/**
 * The search page's state in its URL (?q=…&type=…&status=…&year=…&actor=…), so that a search can be linked,
 * reloaded and walked with back and forward, and the words the page says about a result set.
 */
import type { Status } from '../schemas/event.ts';
import { STATUS_LABELS } from './labels.ts';

/** The filters the index carries (see the hidden block of the event and actor pages). */
export const SEARCH_FILTERS = ['type', 'status', 'year', 'actor'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchState {
  readonly query: string;
  /** One chosen value per filter; a filter left out is not applied. */
  readonly filters: Partial<Record<SearchFilter, string>>;
}

const MAX_QUERY = 200;
const MAX_VALUE = 120;

/** Reads the state from a query string; unknown parameters are ignored, long values cut. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<SearchFilter, string>> = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value.slice(0, MAX_VALUE);
  }
  return { query: (params.get('q') ?? '').trim().slice(0, MAX_QUERY), filters };
}

/** The query string for a state, "" when it is empty; parameters in a fixed order. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of SEARCH_FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when there is something to search for: words, or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.query.length > 0 || SEARCH_FILTERS.some((name) => state.filters[name]);
}

/** A filter's choice as its list shows it, with its count: a status by its label, as the rest of the site shows it. */
export function filterOptionText(name: SearchFilter, value: string, count: number): string {
  const shown = name === 'status' && Object.hasOwn(STATUS_LABELS, value) ? STATUS_LABELS[value as Status] : value;
  return `${shown} (${count})`;
}

/** What the status line says after a search. */
export function resultsSummary(count: number, state: SearchState): string {
  const found = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`;
  const words = state.query ? ` for “${state.query}”` : '';
  const applied = SEARCH_FILTERS.flatMap((name) => (state.filters[name] ? [`${name}: ${state.filters[name]}`] : []));
  return `${found}${words}${applied.length > 0 ? ` (${applied.join(', ')})` : ''}.`;
}

/** Pagefind's filter argument for a state: only the filters that are set. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of SEARCH_FILTERS) {
    const value = state.filters[name];
    if (value) out[name] = value;
  }
  return out;
}

export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Pagefind's excerpt is HTML: the page's text with <mark> around the matched words. The page never inserts it
 * as HTML; it keeps the text and the marks only, decoding the few entities an HTML text can carry, and the
 * search page builds text nodes and <mark> elements from the parts.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const decode = (text: string) =>
    text
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos|#39|nbsp);/gi, (entity: string, name: string) => {
        const lower = name.toLowerCase();
        if (lower.startsWith('#')) {
          const code = lower.startsWith('#x')
            ? Number.parseInt(lower.slice(2), 16)
            : Number.parseInt(lower.slice(1), 10);
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
        }
        return (
          ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[lower] ??
          entity
        );
      });
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(excerpt.slice(last, match.index)), marked: false });
    parts.push({ text: decode(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), marked: false });
  return parts.filter((part) => part.text.length > 0);
}
