/**
 * The share images (Open Graph, 1200×630 PNG) that link previews show: one per event (its title, date in words
 * and type) and one for the site. This module says what each image says and where it lives; share-image-draw.ts
 * draws it.
 */
import type { EventView } from './chronology.ts';
import { TYPE_LABELS } from './labels.ts';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** Site paths of the images (join them with withBase from paths.ts). */
export const SITE_IMAGE_PATH = 'og/site.png';
export const eventImagePath = (id: string) => `og/events/${id}.png`;

/** What one image says. */
export interface ShareCard {
  /** The headline: an event's title, or the site's name. */
  readonly title: string;
  /** Above the headline: the site's name on an event's image, a short line on the site's. */
  readonly kicker: string;
  /** Below the headline: the date in words and the type, or a description. */
  readonly footer: string;
}

/** An event's image: its title under the site's name, its date in words and its type below. */
export function eventCard(event: Pick<EventView, 'title' | 'when' | 'type'>, site: string): ShareCard {
  return { title: event.title, kicker: site, footer: `${event.when} · ${TYPE_LABELS[event.type]}` };
}

/** The image of every other page. */
export function siteCard(site: string): ShareCard {
  return {
    title: site,
    kicker: 'An independent, sourced chronology',
    footer: 'Every event dated, every claim attributed and linked to its source',
  };
}

/** The text alternative of an image (og:image:alt): what it says, in reading order. */
export function shareImageAlt(card: ShareCard): string {
  return `${card.kicker}: ${card.title} (${card.footer})`;
}

/** Width and height from a PNG's header (its IHDR chunk), or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
