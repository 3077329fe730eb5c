/** Site paths that respect the deployment base (a sub-path such as /chronology/). */

/** Joins the base with a site path: withBase("/", "events/x/") → "/events/x/"; with base "/c/" → "/c/events/x/". */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

export const eventPath = (id: string) => `events/${id}/`;
export const actorPath = (id: string) => `actors/${id}/`;
export const threadsPath = 'threads/';
export const threadPath = (id: string) => `threads/${id}/`;
