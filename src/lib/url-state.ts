/**
 * The reader's view as a URL query, so a filtered view can be shared, reloaded and walked with back and
 * forward: ?actor=a,b&type=…&status=…&q=…&from=YYYY-MM&to=YYYY-MM&stance=…&claimant=<actor>&claim-side=…
 * &event=<id>&lanes=1&thread=<id>
 */
import { parsePartialDate } from './dates.ts';
import { EMPTY_FILTER, type FilterState } from './filter.ts';

export interface ViewState {
  readonly filter: FilterState;
  /** The selected event, if any. */
  readonly event: string;
  /** Whether the timeline shows one lane per side. */
  readonly lanes: boolean;
  /** The thread whose events are highlighted, if any. */
  readonly thread: string;
}

export const EMPTY_VIEW: ViewState = { filter: EMPTY_FILTER, event: '', lanes: false, thread: '' };

/** The values a URL may name; anything else in a URL is dropped rather than trusted. */
export interface KnownValues {
  readonly actors: ReadonlySet<string>;
  readonly types: ReadonlySet<string>;
  readonly statuses: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
  /** Stances, claimants (actor ids) and sides that the claim filter offers. */
  readonly stances: ReadonlySet<string>;
  readonly claimants: ReadonlySet<string>;
  readonly claimSides: ReadonlySet<string>;
  /** Thread ids the page offers. */
  readonly threads: ReadonlySet<string>;
}

/** A month as the date inputs write it ("2025-07"): it must exist in the calendar. */
const isMonth = (text: string): boolean => parsePartialDate(text)?.granularity === 'month';

function list(params: URLSearchParams, name: string, known: ReadonlySet<string>): string[] {
  const values = params.getAll(name).flatMap((value) => value.split(','));
  return [...new Set(values.map((value) => value.trim()).filter((value) => known.has(value)))].sort();
}

/** Reads a view from a query string, keeping only known values. */
export function parseView(search: string, known: KnownValues): ViewState {
  const params = new URLSearchParams(search);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const event = params.get('event') ?? '';
  const thread = params.get('thread') ?? '';
  return {
    filter: {
      actors: list(params, 'actor', known.actors),
      types: list(params, 'type', known.types),
      statuses: list(params, 'status', known.statuses),
      text: (params.get('q') ?? '').slice(0, 200),
      from: isMonth(from) ? from : '',
      to: isMonth(to) ? to : '',
      stances: list(params, 'stance', known.stances),
      claimants: list(params, 'claimant', known.claimants),
      claimSides: list(params, 'claim-side', known.claimSides),
    },
    event: known.events.has(event) ? event : '',
    lanes: params.get('lanes') === '1',
    thread: known.threads.has(thread) ? thread : '',
  };
}

/** Writes a view as a query string ("" for the default view), in a stable order. */
export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  const { filter } = view;
  if (filter.actors.length) params.set('actor', [...filter.actors].sort().join(','));
  if (filter.types.length) params.set('type', [...filter.types].sort().join(','));
  if (filter.statuses.length) params.set('status', [...filter.statuses].sort().join(','));
  if (filter.text.trim()) params.set('q', filter.text.trim());
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.stances.length) params.set('stance', [...filter.stances].sort().join(','));
  if (filter.claimants.length) params.set('claimant', [...filter.claimants].sort().join(','));
  if (filter.claimSides.length) params.set('claim-side', [...filter.claimSides].sort().join(','));
  if (view.event) params.set('event', view.event);
  if (view.lanes) params.set('lanes', '1');
  if (view.thread) params.set('thread', view.thread);
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
