/**
 * Where a build's time went, read back from its log: Astro writes the time of its own phases ("[types] Generated
 * 5.59s", "[vite] ✓ built in 2.27s", "✓ Completed in 19.70s." for the pages, "10081 page(s) built in 43.63s"),
 * and the site's integrations end their lines with theirs ("Checked the content in 3.12 s.", src/integrations/).
 * A phase the log does not show (a build that stopped before it) is null.
 */

import { stripVTControlCharacters } from 'node:util';

export interface BuildPhases {
  /** The content check (reading, validating and rendering every file), before Astro loads anything. */
  readonly check: number | null;
  /** Astro's content sync and type generation (it reads and renders the content again into its store). */
  readonly sync: number | null;
  /** Vite's bundles, the server's and the browser's, together. */
  readonly vite: number | null;
  /** Rendering and writing every page. */
  readonly pages: number | null;
  /** The event files (citations and calendar entries) written after the pages. */
  readonly eventFiles: number | null;
  /** Pagefind reading the pages and writing its index. */
  readonly search: number | null;
  /** Astro's own figure for the whole build, from its start. */
  readonly total: number | null;
}

/** "43.63s", "812ms" or "1m 3s" (Astro's getTimeStat) in seconds. */
export function astroSeconds(text: string): number | null {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  const plain = /^([\d.]+)(ms|s)$/.exec(text);
  if (!plain) return null;
  return plain[2] === 'ms' ? Number(plain[1]) / 1000 : Number(plain[1]);
}

const TIME = String.raw`(\d+m \d+s|[\d.]+m?s)`;
/** Astro's log lines start with a clock ("18:14:43 ") and may carry colour codes; both are dropped. */
const plainLines = (log: string) =>
  stripVTControlCharacters(log)
    .split('\n')
    .map((line) => line.replace(/^\d\d:\d\d:\d\d\s+/, '').trim());

/** The time the first line matching `pattern` gives (its first group), in seconds. */
function first(lines: readonly string[], pattern: RegExp, read: (time: string) => number | null = astroSeconds) {
  for (const line of lines) {
    const match = pattern.exec(line);
    if (match?.[1]) return read(match[1]);
  }
  return null;
}
/** The integrations' own times: seconds with two decimals. */
const ours = (time: string) => Number(time);

/** Each of Vite's bundles ends with this line (the server's and the browser's). */
const VITE_BUILT = new RegExp(`^\\[vite\\] ✓ built in ${TIME}$`);

export function buildPhases(log: string): BuildPhases {
  const lines = plainLines(log);
  const vite = lines
    .map((line) => VITE_BUILT.exec(line)?.[1])
    .filter((time): time is string => time !== undefined)
    .map(astroSeconds);
  return {
    check: first(lines, /^\[chronology:content-validation\] Checked the content in ([\d.]+) s\.$/, ours),
    sync: first(lines, new RegExp(`^\\[types\\] Generated ${TIME}$`)),
    vite: vite.length && vite.every((time) => time !== null) ? vite.reduce((sum, time) => sum + (time ?? 0), 0) : null,
    pages: first(lines, new RegExp(`^✓ Completed in ${TIME}\\.$`)),
    eventFiles: first(lines, /^\[chronology:event-files\] Wrote \d+ event files .* in ([\d.]+) s\.$/, ours),
    search: first(lines, /^\[chronology:search-index\] Read \d+ pages; .* in ([\d.]+) s\.$/, ours),
    total: first(lines, new RegExp(`^\\[build\\] \\d+ page\\(s\\) built in ${TIME}$`)),
  };
}
