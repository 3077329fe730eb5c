/**
 * Reads the server-rendered list: each entry's data attributes (written by EventCard.astro) and its title and
 * summary, through the same contract as the compact JSON file (src/lib/timeline-entries.ts). The one place the
 * browser scripts read the list; the filters and the timeline both use it.
 */
import { readEntryAttributes, type EntryData } from '../lib/timeline-entries.ts';

export interface ListEntry extends EntryData {
  readonly element: HTMLElement;
}

export function readListEntries(list: HTMLElement): ListEntry[] {
  return [...list.querySelectorAll<HTMLElement>('[data-id]')].map((element) => ({
    ...readEntryAttributes((name) => element.getAttribute(name), {
      title: element.querySelector('[data-title]')?.textContent?.trim() ?? '',
      summary: element.querySelector('[data-summary]')?.textContent?.trim() ?? '',
    }),
    element,
  }));
}
