/**
 * The chronology as pages and scripts use it: events in order, with their actors resolved, their lane, their
 * date in words and the month they belong to. Pure: takes validated data, returns plain objects.
 */
import type { Actor, Side } from '../schemas/actor.ts';
import type { ChronologyEvent, Role } from '../schemas/event.ts';
import type { Stance } from '../schemas/claim.ts';
import { spanInWords } from './date-words.ts';
import { earliestDay, latestDay, parsePartialDate, type Precision } from './dates.ts';

/** The timeline's lanes: the three parties, and everyone else together. */
export const LANES = ['azerbaijan', 'russia', 'armenia', 'others'] as const;
export type Lane = (typeof LANES)[number];

export const LANE_LABELS: Record<Lane, string> = {
  azerbaijan: 'Azerbaijan',
  russia: 'Russia',
  armenia: 'Armenia',
  others: 'Others',
};

/** How an event's lane is named next to it: the side that took the step (its initiator's side). */
export const LANE_STEP_LABELS: Record<Lane, string> = {
  azerbaijan: 'Azerbaijani side',
  russia: 'Russian side',
  armenia: 'Armenian side',
  others: 'Other parties',
};

export const SIDE_LABELS: Record<Side, string> = {
  azerbaijan: 'Azerbaijan',
  russia: 'Russia',
  armenia: 'Armenia',
  kazakhstan: 'Kazakhstan',
  ukraine: 'Ukraine',
  'united-states': 'United States',
  international: 'International bodies',
  other: 'Other',
};

/** The lane of a side. */
export function laneOf(side: Side): Lane {
  return side === 'azerbaijan' || side === 'russia' || side === 'armenia' ? side : 'others';
}

/** The lane of an event: the side of its initiator, else of its first actor; "others" with no actor. */
export function leadLane(actors: readonly { readonly side: Side; readonly role: string }[]): Lane {
  const lead = actors.find((actor) => actor.role === 'initiator') ?? actors[0];
  return lead ? laneOf(lead.side) : 'others';
}

export interface ActorRef {
  readonly id: string;
  readonly name: string;
  readonly side: Side;
  readonly role: Role;
}

export interface EventView {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly date: string;
  readonly precision: Precision;
  readonly end: string | undefined;
  readonly endPrecision: Precision;
  /** First and last calendar day the event can cover, "YYYY-MM-DD". */
  readonly start: string;
  readonly finish: string;
  readonly when: string;
  readonly type: ChronologyEvent['type'];
  readonly status: ChronologyEvent['status'];
  readonly background: boolean;
  readonly importance: number;
  readonly actors: readonly ActorRef[];
  /** The lane: the side of the initiator, else of the first actor. */
  readonly lane: Lane;
  /** The heading the event is listed under: "YYYY-MM", or "YYYY" for a year-precision event. */
  readonly group: string;
  /** Each claim's maker, the maker's side and the stance, for the claim filter. */
  readonly claims: readonly { readonly by: string; readonly side: Side; readonly stance: Stance }[];
}

const PRECISION_ORDER: Record<Precision, number> = { day: 0, approximate: 1, month: 2, year: 3 };

/** Orders events by first possible day; at equal days the more exact date first, then importance, then id. */
export function compareEvents(a: EventView, b: EventView): number {
  return (
    a.start.localeCompare(b.start) ||
    PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision] ||
    a.importance - b.importance ||
    a.id.localeCompare(b.id)
  );
}

/** Builds the ordered chronology. Every actor id must resolve (the validator guarantees it). */
export function buildChronology(
  events: ReadonlyMap<string, ChronologyEvent>,
  actors: ReadonlyMap<string, Actor>,
): EventView[] {
  const views: EventView[] = [];
  for (const [id, event] of events) {
    const from = parsePartialDate(event.date);
    if (!from) throw new Error(`${id}: invalid date ${event.date}`);
    const to = event.end ? parsePartialDate(event.end) : from;
    if (!to) throw new Error(`${id}: invalid end ${event.end}`);
    const refs = event.actors.map(({ id: actorId, role }) => {
      const actor = actors.get(actorId);
      if (!actor) throw new Error(`${id}: unknown actor ${actorId}`);
      return { id: actorId, name: actor.name, side: actor.side, role };
    });
    views.push({
      id,
      title: event.title,
      summary: event.summary,
      date: event.date,
      precision: event.precision,
      end: event.end,
      endPrecision: event.endPrecision ?? event.precision,
      start: earliestDay(from),
      finish: latestDay(to),
      when: spanInWords(event.date, event.precision, event.end, event.endPrecision ?? event.precision),
      type: event.type,
      status: event.status,
      background: event.background,
      importance: event.importance,
      actors: refs,
      lane: leadLane(refs),
      group: from.granularity === 'year' ? String(from.year) : event.date.slice(0, 7),
      claims: event.claims.map((claim) => {
        const maker = actors.get(claim.by);
        if (!maker) throw new Error(`${id}: unknown claimant ${claim.by}`);
        return { by: claim.by, side: maker.side, stance: claim.stance };
      }),
    });
  }
  return views.sort(compareEvents);
}

export interface MonthGroup {
  readonly key: string;
  readonly label: string;
  readonly events: readonly EventView[];
}

/** Groups an ordered chronology under month (or year) headings, in order. */
export function groupByMonth(events: readonly EventView[], label: (key: string) => string): MonthGroup[] {
  const groups: { key: string; label: string; events: EventView[] }[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last && last.key === event.group) last.events.push(event);
    else groups.push({ key: event.group, label: label(event.group), events: [event] });
  }
  return groups;
}

/** Each ordered list's index of positions by id, built once per list (every event page asks for its neighbours). */
const positions = new WeakMap<readonly EventView[], ReadonlyMap<string, number>>();

function positionIn(events: readonly EventView[], id: string): number {
  let index = positions.get(events);
  if (!index) {
    const built = new Map<string, number>();
    // The first position of an id, as a search from the start would find it.
    events.forEach((event, position) => {
      if (!built.has(event.id)) built.set(event.id, position);
    });
    index = built;
    positions.set(events, index);
  }
  return index.get(id) ?? -1;
}

/** The events before and after one event in the chronology (the list must not change once asked about). */
export function neighbours(events: readonly EventView[], id: string): { previous?: EventView; next?: EventView } {
  const index = positionIn(events, id);
  if (index === -1) return {};
  const out: { previous?: EventView; next?: EventView } = {};
  const previous = events[index - 1];
  const next = events[index + 1];
  if (previous) out.previous = previous;
  if (next) out.next = next;
  return out;
}

/** For each event, the events that link to it (the other direction of `related`). */
export function incomingLinks(
  events: ReadonlyMap<string, ChronologyEvent>,
): Map<string, { from: string; relation: ChronologyEvent['related'][number]['relation'] }[]> {
  const incoming = new Map<string, { from: string; relation: ChronologyEvent['related'][number]['relation'] }[]>();
  for (const [id, event] of events) {
    for (const link of event.related) {
      const list = incoming.get(link.event) ?? [];
      list.push({ from: id, relation: link.relation });
      incoming.set(link.event, list);
    }
  }
  return incoming;
}

/** How many events each actor takes part in (claimants are always among an event's actors: the validator checks it). */
export function eventCounts(events: ReadonlyMap<string, ChronologyEvent>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events.values()) {
    for (const { id } of event.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
