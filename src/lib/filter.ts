/**
 * What a reader's filters let through. One pure predicate serves the server-rendered list and the timeline,
 * so the two views can never disagree.
 */
import { earliestDay, latestDay, parsePartialDate } from './dates.ts';

/** The filter state; empty lists and strings mean "no restriction". */
export interface FilterState {
  /** Actor ids: an event matches if any of them takes part. */
  readonly actors: readonly string[];
  readonly types: readonly string[];
  readonly statuses: readonly string[];
  /** Free text, matched against titles and summaries, ignoring case and accents. */
  readonly text: string;
  /** Date window, "YYYY-MM" or "YYYY-MM-DD"; an event matches if it overlaps the window. */
  readonly from: string;
  readonly to: string;
  /**
   * Claims: an event matches if one of its claims has one of these stances, is made by one of these actors and
   * by an actor of one of these sides (each list empty = any). All three apply to the same claim.
   */
  readonly stances: readonly string[];
  readonly claimants: readonly string[];
  readonly claimSides: readonly string[];
}

export const EMPTY_FILTER: FilterState = {
  actors: [],
  types: [],
  statuses: [],
  text: '',
  from: '',
  to: '',
  stances: [],
  claimants: [],
  claimSides: [],
};

/** One claim as the filter reads it: who makes it, their side, and the stance. */
export interface FilterableClaim {
  readonly by: string;
  readonly side: string;
  readonly stance: string;
}

/** The fields of an event the predicate reads. */
export interface Filterable {
  readonly actors: readonly string[];
  readonly type: string;
  readonly status: string;
  /** Title and summary. */
  readonly text: string;
  /** First and last day the event covers, "YYYY-MM-DD". */
  readonly start: string;
  readonly finish: string;
  readonly claims: readonly FilterableClaim[];
}

/** Lowercases and strips accents, so that "Əliyev" finds "Aliyev"-style spellings typed without accents. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ə/gi, 'e')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first and last day a window bound covers: "2025-02" is 1 to 28 February; a day is itself. */
const firstDayOf = (window: string) => {
  const date = parsePartialDate(window);
  return date ? earliestDay(date) : window;
};
const lastDayOf = (window: string) => {
  const date = parsePartialDate(window);
  return date ? latestDay(date) : window;
};

/** True when no filter restricts anything. */
export function isEmptyFilter(state: FilterState): boolean {
  return (
    !state.actors.length &&
    !state.types.length &&
    !state.statuses.length &&
    !state.text.trim() &&
    !state.from &&
    !state.to &&
    !state.stances.length &&
    !state.claimants.length &&
    !state.claimSides.length
  );
}

/** Returns a predicate for the state; prepare once per change, then test each event. */
export function matcher(state: FilterState): (event: Filterable) => boolean {
  const actors = new Set(state.actors);
  const types = new Set(state.types);
  const statuses = new Set(state.statuses);
  const words = normalizeText(state.text).split(' ').filter(Boolean);
  const from = state.from ? firstDayOf(state.from) : '';
  const to = state.to ? lastDayOf(state.to) : '';
  const stances = new Set(state.stances);
  const claimants = new Set(state.claimants);
  const claimSides = new Set(state.claimSides);
  const claimFilter = stances.size > 0 || claimants.size > 0 || claimSides.size > 0;
  const claimMatches = (claim: FilterableClaim) =>
    (!stances.size || stances.has(claim.stance)) &&
    (!claimants.size || claimants.has(claim.by)) &&
    (!claimSides.size || claimSides.has(claim.side));
  return (event) => {
    if (actors.size && !event.actors.some((id) => actors.has(id))) return false;
    if (types.size && !types.has(event.type)) return false;
    if (statuses.size && !statuses.has(event.status)) return false;
    if (from && event.finish < from) return false;
    if (to && event.start > to) return false;
    if (claimFilter && !event.claims.some(claimMatches)) return false;
    if (words.length) {
      const haystack = normalizeText(event.text);
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  };
}
