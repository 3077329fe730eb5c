/**
 * The data the pages render, built here so that components only lay it out: actors grouped by side and kind
 * with their event counts, tallies for the filters, month headings, the rows of the claims table, and how a
 * source's publication date reads.
 */
import { ACTOR_KINDS, SIDES, type Actor, type ActorKind, type Side } from '../schemas/actor.ts';
import type { Claim, Stance } from '../schemas/claim.ts';
import type { ChronologyEvent } from '../schemas/event.ts';
import type { Source } from '../schemas/source.ts';
import { dateInWords, monthAbbreviation } from './date-words.ts';
import { parsePartialDate } from './dates.ts';
import { groupByMonth, type EventView, type MonthGroup } from './chronology.ts';
import { STANCE_LABELS } from './labels.ts';

export interface ActorEntry {
  readonly id: string;
  readonly name: string;
  /** The actor's other names joined by spaces, for the type-to-find box. */
  readonly aliases: string;
  readonly description: string;
  readonly count: number;
}

export interface KindGroup {
  readonly kind: ActorKind;
  readonly actors: readonly ActorEntry[];
}

export interface SideGroup {
  readonly side: Side;
  readonly kinds: readonly KindGroup[];
}

/**
 * Actors by side (in the schema's order of sides), then by kind (in the schema's order of kinds), leaving out
 * empty groups. Within a kind: by name, or (for the filters) the busiest first, then by name.
 */
export function groupActors(
  actors: ReadonlyMap<string, Actor>,
  counts: ReadonlyMap<string, number>,
  order: 'name' | 'count',
): SideGroup[] {
  const byName = (a: ActorEntry, b: ActorEntry) => a.name.localeCompare(b.name, 'en');
  const compare = order === 'name' ? byName : (a: ActorEntry, b: ActorEntry) => b.count - a.count || byName(a, b);
  return SIDES.map((side) => ({
    side,
    kinds: ACTOR_KINDS.map((kind) => ({
      kind,
      actors: [...actors]
        .filter(([, actor]) => actor.side === side && actor.kind === kind)
        .map(([id, actor]) => ({
          id,
          name: actor.name,
          aliases: actor.aliases.join(' '),
          description: actor.description,
          count: counts.get(id) ?? 0,
        }))
        .sort(compare),
    })).filter((group) => group.actors.length > 0),
  })).filter((group) => group.kinds.length > 0);
}

/** How many events have each value of a field, e.g. each type or each status. */
export function tally(
  events: Iterable<ChronologyEvent>,
  pick: (event: ChronologyEvent) => string,
): Map<string, number> {
  const counted = new Map<string, number>();
  for (const event of events) {
    const key = pick(event);
    counted.set(key, (counted.get(key) ?? 0) + 1);
  }
  return counted;
}

/** What the claim filter offers: for each stance, claimant and claimant's side, how many events have such a claim. */
export interface ClaimCounts {
  readonly stances: ReadonlyMap<string, number>;
  readonly claimants: ReadonlyMap<string, number>;
  readonly sides: ReadonlyMap<string, number>;
}

export function claimCounts(
  events: Iterable<ChronologyEvent>,
  actors: ReadonlyMap<string, { readonly side: string }>,
): ClaimCounts {
  const stances = new Map<string, number>();
  const claimants = new Map<string, number>();
  const sides = new Map<string, number>();
  const count = (map: Map<string, number>, keys: Iterable<string>) => {
    for (const key of new Set(keys)) map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const event of events) {
    count(
      stances,
      event.claims.map((claim) => claim.stance),
    );
    count(
      claimants,
      event.claims.map((claim) => claim.by),
    );
    count(
      sides,
      event.claims.flatMap((claim) => actors.get(claim.by)?.side ?? []),
    );
  }
  return { stances, claimants, sides };
}

const MONTH_HEADING = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The heading of a month group: "2024-12" → "December 2024"; a year group ("1984") stays as it is. */
export function monthHeading(key: string): string {
  const date = parsePartialDate(key);
  if (!date || date.granularity === 'year') return key;
  return MONTH_HEADING.format(Date.UTC(date.year, (date.month ?? 1) - 1, 1));
}

export interface ClaimRow {
  readonly by: string;
  readonly actorName: string;
  readonly stance: Stance;
  readonly stanceLabel: string;
  readonly text: string;
  readonly attribution: string | undefined;
  /** The sources it cites, numbered as in the event's source list (1-based). */
  readonly citations: readonly { readonly id: string; readonly number: number; readonly publisher: string }[];
}

/** The rows of the "who says what" table. */
export function claimRows(
  claims: readonly Claim[],
  sources: readonly Source[],
  actors: ReadonlyMap<string, Actor>,
): ClaimRow[] {
  const numbered = new Map(
    sources.map((source, index) => [source.id, { number: index + 1, publisher: source.publisher }]),
  );
  return claims.map((claim) => ({
    by: claim.by,
    actorName: actors.get(claim.by)?.name ?? claim.by,
    stance: claim.stance,
    stanceLabel: STANCE_LABELS[claim.stance],
    text: claim.text,
    attribution: claim.attribution,
    // In the order of the source list, as numbered citations read: [2] [5], not [5] [2].
    citations: claim.sources
      .flatMap((id) => {
        const source = numbered.get(id);
        return source ? [{ id, ...source }] : [];
      })
      .sort((a, b) => a.number - b.number),
  }));
}

/** A source's publication date in words, to the precision the page shows, or that the linked page shows none. */
export function publishedInWords(published: string): string {
  if (published === 'unknown') return 'no date on the page';
  const date = parsePartialDate(published);
  return date ? dateInWords(published, date.granularity) : published;
}

/** The background events, kept apart at the head of the home page's list, collapsed by default. */
export interface BackgroundPart {
  readonly count: number;
  readonly groups: readonly MonthGroup[];
  /** "1984–2022", or one year. */
  readonly years: string;
}

export interface IndexMonth {
  /** The group key, "YYYY-MM" (or "YYYY" for events known only to the year). */
  readonly key: string;
  /** "Jan"; "Year only" for a year group. */
  readonly label: string;
  /** The full name for assistive technology and tooltips: "January 2025", "2025, year only". */
  readonly name: string;
}

/** The home page's list: background apart, then the months, and an index of those months by year. */
export interface ListLayout {
  readonly background: BackgroundPart | undefined;
  readonly groups: readonly MonthGroup[];
  readonly index: readonly { readonly year: string; readonly months: readonly IndexMonth[] }[];
}

/** "2025-01" → "Jan"; a year key → "Year only". */
export function monthShort(key: string): string {
  const date = parsePartialDate(key);
  if (!date || date.month === undefined) return 'Year only';
  return monthAbbreviation(date.month);
}

/** The index of a list's months by year. */
export function monthIndex(groups: readonly MonthGroup[]): ListLayout['index'] {
  const index: { year: string; months: IndexMonth[] }[] = [];
  for (const group of groups) {
    const year = group.key.slice(0, 4);
    const label = monthShort(group.key);
    // The spoken name holds the visible word (WCAG 2.5.3): "January 2025" for "Jan", "2025, year only".
    const entry = { key: group.key, label, name: group.key.length === 4 ? `${group.key}, year only` : group.label };
    const last = index.at(-1);
    if (last?.year === year) last.months.push(entry);
    else index.push({ year, months: [entry] });
  }
  return index;
}

/**
 * Splits an ordered chronology for the home page: background events (context from before the crisis) go to a
 * part of their own, whatever their date; the rest are grouped by month, with an index of those months.
 */
export function listLayout(events: readonly EventView[]): ListLayout {
  const background = events.filter((event) => event.background);
  const rest = events.filter((event) => !event.background);
  const groups = groupByMonth(rest, monthHeading);
  const index = monthIndex(groups);
  const first = background[0]?.start.slice(0, 4);
  const last = background.reduce((latest, event) => (event.finish > latest ? event.finish : latest), '').slice(0, 4);
  return {
    background: background.length
      ? {
          count: background.length,
          groups: groupByMonth(background, monthHeading),
          years: first === last ? (first ?? '') : `${first}–${last}`,
        }
      : undefined,
    groups,
    index,
  };
}
