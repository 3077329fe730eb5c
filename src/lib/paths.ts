/** Site paths that respect the deployment base (a sub-path such as /chronology/). */

/** Joins the base with a site path: withBase("/", "events/x/") → "/events/x/"; with base "/c/" → "/c/events/x/". */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/**
 * The inverse of withBase: the site path of an address's path below the base, without its leading slash, or
 * undefined for an address outside the base. belowBase("/c/", "/c/events/x/") → "events/x/".
 */
export function belowBase(base: string, pathname: string): string | undefined {
  const head = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(head) ? pathname.slice(head.length) : undefined;
}

export const eventPath = (id: string) => `events/${id}/`;
export const actorPath = (id: string) => `actors/${id}/`;
export const threadsPath = 'threads/';
export const threadPath = (id: string) => `threads/${id}/`;
/** The period pages (src/lib/periods.ts): the background events, a year, a month of a year split into months. */
export const backgroundPath = 'background/';
export const yearPath = (year: string) => `years/${year}/`;
/** "2025-03" → "years/2025/03/". */
export const monthPath = (key: string) => `years/${key.slice(0, 4)}/${key.slice(5, 7)}/`;
/** The compact per-event data the timeline and the filters read when the home page lists only some events. */
export const timelineEntriesPath = 'data/timeline-entries.json';
