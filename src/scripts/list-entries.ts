/**
 * Reads the server-rendered list: each entry's data attributes (written by EventCard.astro) and its title and
 * summary. The one place the browser scripts read that contract; the filters and the timeline both use it.
 */
import type { Lane } from '../lib/chronology.ts';
import type { Precision } from '../lib/dates.ts';
import type { FilterableClaim } from '../lib/filter.ts';
import type { TimelineSource } from '../lib/timeline-items.ts';

export interface ListEntry extends TimelineSource {
  readonly element: HTMLElement;
  readonly summary: string;
  readonly type: string;
  readonly actors: readonly string[];
  readonly claims: readonly FilterableClaim[];
}

/** Reads data-claims: "by:side:stance" for each claim, separated by spaces (ids and names have neither). */
function readClaims(text: string): FilterableClaim[] {
  return text
    .split(' ')
    .filter(Boolean)
    .map((claim) => {
      const [by = '', side = '', stance = ''] = claim.split(':');
      return { by, side, stance };
    });
}

export function readListEntries(list: HTMLElement): ListEntry[] {
  return [...list.querySelectorAll<HTMLElement>('[data-id]')].map((element) => {
    const data = element.dataset;
    return {
      element,
      id: data['id'] ?? '',
      title: element.querySelector('[data-title]')?.textContent?.trim() ?? '',
      summary: element.querySelector('[data-summary]')?.textContent?.trim() ?? '',
      when: data['when'] ?? '',
      start: data['start'] ?? '',
      finish: data['finish'] ?? '',
      precision: (data['precision'] ?? 'day') as Precision,
      hasEnd: data['hasEnd'] === 'true',
      lane: (data['lane'] ?? 'others') as Lane,
      background: data['background'] === 'true',
      importance: Number(data['importance'] ?? 2),
      status: data['status'] ?? '',
      type: data['type'] ?? '',
      actors: (data['actors'] ?? '').split(' ').filter(Boolean),
      claims: readClaims(data['claims'] ?? ''),
    };
  });
}
