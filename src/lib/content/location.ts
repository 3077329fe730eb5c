/**
 * Where the content lives, and how much of it a publishable chronology has. CHRONOLOGY_CONTENT_DIR points the
 * build at another folder (absolute, or relative to the project root: tests build fixture sets, the benchmark
 * builds generated ones); editors never need it. CHRONOLOGY_MIN_EVENTS lowers or raises the floor.
 */
export const CONTENT_DIR_VARIABLE = 'CHRONOLOGY_CONTENT_DIR';
export const MIN_EVENTS_VARIABLE = 'CHRONOLOGY_MIN_EVENTS';

/** The real chronology's count when this floor was last raised, less a margin for merged or withdrawn entries. */
export const DEFAULT_MIN_EVENTS = 45;

export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env[CONTENT_DIR_VARIABLE] || 'content';
}

/** The floor on the number of events; a value that is not a whole number falls back to the default. */
export function minEvents(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env[MIN_EVENTS_VARIABLE]);
  return Number.isInteger(value) && value >= 0 && env[MIN_EVENTS_VARIABLE] !== '' ? value : DEFAULT_MIN_EVENTS;
}
