/**
 * The RSS feeds' items, built from the chronology: one item per event, dated by the day the entry last changed,
 * newest first, with any corrections spelled out under the summary. Pure: takes the validated data and a
 * function that makes an event's permanent URL, returns plain objects that @astrojs/rss turns into XML (and
 * escapes). Every field is plain text; nothing here is HTML.
 */
import type { ChronologyEvent } from '../schemas/event.ts';
import type { EventView } from './chronology.ts';
import { dateInWords } from './date-words.ts';
import { STATUS_LABELS, TYPE_LABELS } from './labels.ts';
import { escapeMarkup } from './escape.ts';

/** The site's name, the main feed's title. */
export const FEED_TITLE = 'Azerbaijan–Russia crisis chronology';

/** How an item is dated, in words: the feed's description and the About page say it. */
export const DATE_RULE =
  'Each item is dated by the day its entry last changed in substance (its "updated" date), or failing that the day its facts were last re-checked, or failing that the day the event began; the newest come first.';

/** The main feed's description. */
export const FEED_DESCRIPTION = `Every event of the sourced chronology of the crisis between Azerbaijan and Russia since December 2024, with its corrections. ${DATE_RULE}`;

/** Site paths of the feeds, relative to the base (join them with withBase from paths.ts). */
export const FEED_PATH = 'feed.xml';
export const actorFeedPath = (id: string) => `actors/${id}/feed.xml`;

/** An actor feed's title and description. */
export function actorFeedTitle(actorName: string): string {
  return `${actorName} · ${FEED_TITLE}`;
}
export function actorFeedDescription(actorName: string): string {
  return `The events of the Azerbaijan–Russia crisis chronology in which ${actorName} takes part, with their corrections. ${DATE_RULE}`;
}

/** What an item needs from the event's file beyond its view. */
export type FeedFacts = Pick<ChronologyEvent, 'updated' | 'reviewed' | 'corrections'>;

/** The item's date, "YYYY-MM-DD": updated, else reviewed, else the first day the event can cover. */
export function itemDay(view: Pick<EventView, 'start'>, facts: Pick<FeedFacts, 'updated' | 'reviewed'>): string {
  return facts.updated ?? facts.reviewed ?? view.start;
}

/** A calendar day "YYYY-MM-DD" as the instant its day begins in UTC. */
export function dayToDate(day: string): Date {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a calendar day: ${day}`);
  return date;
}

/** The summary, then one line per correction, oldest first: "Corrected on 30 November 2026: …". */
export function itemDescription(summary: string, corrections: FeedFacts['corrections']): string {
  const lines = corrections.map(
    (correction) => `Corrected on ${dateInWords(correction.date, 'day')}: ${correction.change}`,
  );
  return [summary, ...lines].join('\n\n');
}

/** An item as @astrojs/rss takes it; the link doubles as the guid (a permanent link). */
export interface FeedItem {
  readonly id: string;
  readonly title: string;
  readonly link: string;
  readonly pubDate: Date;
  readonly description: string;
  readonly categories: string[];
}

/** Type, status, then the actors' names in the event's order, each once. */
export function itemCategories(view: Pick<EventView, 'type' | 'status' | 'actors'>): string[] {
  return [...new Set([TYPE_LABELS[view.type], STATUS_LABELS[view.status], ...view.actors.map((actor) => actor.name)])];
}

/**
 * The feed's items, newest first by item date; at the same date the later event first, then by id, so the
 * order never depends on the order of the input.
 */
export function feedItems(
  views: readonly EventView[],
  facts: ReadonlyMap<string, FeedFacts>,
  eventUrl: (id: string) => string,
): FeedItem[] {
  const dated = views.map((view) => {
    const event = facts.get(view.id);
    if (!event) throw new Error(`${view.id}: no event data for the feed`);
    return { view, event, day: itemDay(view, event) };
  });
  dated.sort(
    (a, b) =>
      b.day.localeCompare(a.day) || b.view.start.localeCompare(a.view.start) || a.view.id.localeCompare(b.view.id),
  );
  return dated.map(({ view, event, day }) => ({
    id: view.id,
    title: view.title,
    link: eventUrl(view.id),
    pubDate: dayToDate(day),
    description: itemDescription(view.summary, event.corrections),
    categories: itemCategories(view),
  }));
}

/** The channel's extra elements: its language and the feed's own address (atom:link rel="self"). */
export function channelExtras(feedUrl: string): string {
  return `<language>en</language><atom:link href="${escapeMarkup(feedUrl)}" rel="self" type="application/rss+xml"/>`;
}

/** The namespace channelExtras needs. */
export const FEED_XMLNS = { atom: 'http://www.w3.org/2005/Atom' } as const;

/** What @astrojs/rss's getRssString is given for one channel: the endpoints and the tests build it here alike. */
export function rssInput(channel: {
  readonly title: string;
  readonly description: string;
  /** Absolute address of the page the channel links to. */
  readonly site: string;
  /** Absolute address of the feed itself. */
  readonly feedUrl: string;
  readonly items: readonly FeedItem[];
}) {
  return {
    title: channel.title,
    description: channel.description,
    site: channel.site,
    xmlns: { ...FEED_XMLNS },
    customData: channelExtras(channel.feedUrl),
    items: channel.items.map(({ title, link, pubDate, description, categories }) => ({
      title,
      link,
      pubDate,
      description,
      categories,
    })),
  };
}
