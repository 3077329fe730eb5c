/**
 * One feed per actor, /actors/<id>/feed.xml: the events the actor takes part in, newest change first. Written
 * only when the build has a public address (SITE_URL); without it this route has no paths and writes no file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadChronology } from '../../../data/chronology.ts';
import { feedResponse } from '../../../data/feed.ts';
import { actorFeedDescription, actorFeedPath, actorFeedTitle } from '../../../lib/feed.ts';
import { actorPath } from '../../../lib/paths.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.SITE) return [];
  const { actors } = await loadChronology();
  return [...actors.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  if (!site) throw new Error('The feed needs the public address (SITE_URL).');
  const id = params.id ?? '';
  const actor = (await loadChronology()).actors.get(id);
  if (!actor) throw new Error(`No actor ${id}`);
  return feedResponse({
    site,
    title: actorFeedTitle(actor.name),
    description: actorFeedDescription(actor.name),
    channelPath: actorPath(id),
    feedPath: actorFeedPath(id),
    select: (event) => event.actors.some((ref) => ref.id === id),
  });
};
