/**
 * The seconds since `started` (a `performance.now()` reading), with two decimals as Astro writes its own phase
 * times: the build's integrations end their log lines with theirs, and `npm run bench` reads them back to say
 * where a build's time went (scripts/bench/phases.ts).
 */
export const seconds = (started: number): string => ((performance.now() - started) / 1000).toFixed(2);
