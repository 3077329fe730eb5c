/**
 * The share images: /og/site.png for every page and /og/events/<id>.png for each event (src/lib/share-image.ts).
 * Written only when the build has a public address (SITE_URL), since link previews need an absolute og:image
 * address; without it this route has no paths and writes no file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadChronology } from '../../data/chronology.ts';
import { shareImage } from '../../data/share-images.ts';
import { SITE_NAME } from '../../lib/citation.ts';
import { eventCard, eventImagePath, siteCard, SITE_IMAGE_PATH, type ShareCard } from '../../lib/share-image.ts';

const param = (path: string) => path.replace(/^og\//, '').replace(/\.png$/, '');

export const getStaticPaths = (async () => {
  if (!import.meta.env.SITE) return [];
  const { ordered } = await loadChronology();
  return [
    { params: { image: param(SITE_IMAGE_PATH) }, props: { card: siteCard(SITE_NAME) } },
    ...ordered.map((view) => ({
      params: { image: param(eventImagePath(view.id)) },
      props: { card: eventCard(view, SITE_NAME) },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await shareImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
