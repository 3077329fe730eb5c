/**
 * Renders one RSS feed from a selection of the chronology's events, for the feed endpoints. The items come from
 * the pure builder in src/lib/feed.ts; @astrojs/rss writes the XML and escapes every text in it.
 */
import { getRssString } from '@astrojs/rss';
import type { EventView } from '../lib/chronology.ts';
import { feedItems, rssInput } from '../lib/feed.ts';
import { eventPath, withBase } from '../lib/paths.ts';
import { loadChronology } from './chronology.ts';

export interface FeedOptions {
  /** The public address (Astro.site); feeds exist only when it is set. */
  readonly site: URL;
  readonly title: string;
  readonly description: string;
  /** Site path of the page the channel links to, relative to the base ("" for the home page). */
  readonly channelPath: string;
  /** Site path of the feed itself, relative to the base. */
  readonly feedPath: string;
  /** Which events the feed holds (all when left out). */
  readonly select?: (event: EventView) => boolean;
}

/** The feed as an XML response. */
export async function feedResponse(options: FeedOptions): Promise<Response> {
  const { events, ordered } = await loadChronology();
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => new URL(withBase(base, path), options.site).href;
  const views = options.select ? ordered.filter(options.select) : ordered;
  const items = feedItems(views, events, (id) => absolute(eventPath(id)));
  const xml = await getRssString(
    rssInput({
      title: options.title,
      description: options.description,
      site: absolute(options.channelPath),
      feedUrl: absolute(options.feedPath),
      items,
    }),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
