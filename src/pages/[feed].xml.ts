/**
 * The main feed, /feed.xml: every event, newest change first. Written only when the build has a public address
 * (SITE_URL), since a feed needs absolute links; without it this route has no paths and writes no file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse } from '../data/feed.ts';
import { FEED_DESCRIPTION, FEED_PATH, FEED_TITLE } from '../lib/feed.ts';

export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { feed: FEED_PATH.replace(/\.xml$/, '') } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('The feed needs the public address (SITE_URL).');
  return feedResponse({ site, title: FEED_TITLE, description: FEED_DESCRIPTION, channelPath: '', feedPath: FEED_PATH });
};
