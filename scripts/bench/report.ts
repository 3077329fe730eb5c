/** bench/results.json, read and merged, and bench/RESULTS.md written from it. */
import type { LighthousePage, LighthouseResult } from './lighthouse.ts';
import { loadText, type Measured } from './machine.ts';
import { PEER_LABELS, type PeerLoad, type PeerSize } from './peers.ts';
import type { BuildPhases } from './phases.ts';
import { TARGETS, TYPING_PAUSE_MS, type BuildRow, type SizeRow } from './sizes.ts';

export const RESULTS_VERSION = 2;

export interface Results {
  readonly version: typeof RESULTS_VERSION;
  readonly updated: string;
  readonly machine: string;
  readonly lighthouse: (LighthouseResult & Measured) | null;
  readonly sizes: readonly SizeRow[];
  readonly builds: readonly BuildRow[];
  readonly peers: readonly PeerSize[];
}

export const emptyResults = (machine: string, updated: string): Results => ({
  version: RESULTS_VERSION,
  updated,
  machine,
  lighthouse: null,
  sizes: [],
  builds: [],
  peers: [],
});

/** Rows of `fresh` replace the rows of `old` with the same number of events. */
export function mergeRows<T extends { readonly events: number }>(old: readonly T[], fresh: readonly T[]): T[] {
  const counts = new Set(fresh.map((row) => row.events));
  return [...old.filter((row) => !counts.has(row.events)), ...fresh].sort((a, b) => a.events - b.events);
}

const fixed = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(digits);
const thousands = (n: number) => n.toLocaleString('en-GB');
const kb = (bytes: number) => fixed(bytes / 1024, bytes < 10 * 1024 ? 1 : 0);
const ratio = (ours: number, peer: number) =>
  Number.isFinite(ours) && Number.isFinite(peer) && peer > 0 ? `${(ours / peer).toFixed(2)}×` : 'n/a';
const yes = (met: boolean) => (met ? 'met' : '**not met**');

/** The three filter waits in words, typing also less the pause the text box waits for. */
const filterWaits = (actor: number, clear: number, type: number) =>
  `tick an actor ${fixed(actor)} ms, clear filters ${fixed(clear)} ms, type a word ${fixed(type)} ms (${fixed(type - TYPING_PAUSE_MS)} ms after the ${TYPING_PAUSE_MS} ms pause)`;

/**
 * A filter change in every view, judged on its slowest kind (typing less the pause) on the settled page, with the
 * first changes after the timeline appears shown beside it; a row measured before the settled changes existed is
 * judged on its first changes.
 */
function filterLine(row: SizeRow, target: number): string {
  const head = `| ${thousands(row.events)} events: a filter change in every view ≤ ${target} ms |`;
  const first = filterWaits(row.filterActorMs, row.clearFiltersMs, row.typeTextMs);
  const { settledActorMs: actor, settledClearMs: clear, settledTypeMs: type } = row;
  if (actor === undefined || clear === undefined || type === undefined) {
    const worst = Math.max(row.filterActorMs, row.clearFiltersMs, row.typeTextMs - TYPING_PAUSE_MS);
    return `${head} ${first} | ${yes(worst <= target)} |`;
  }
  const worst = Math.max(actor, clear, type - TYPING_PAUSE_MS);
  return `${head} settled page: ${filterWaits(actor, clear, type)}; the first changes after the timeline appears: ${first} | ${yes(worst <= target)} |`;
}

function targets(results: Results): string[] {
  // A size measured by both parts is listed once, from its sizes row.
  const sized = new Set(results.sizes.map((row) => row.events));
  const homes = [
    ...results.sizes.map((row) => ({ events: row.events, gz: row.htmlHomeGzKb as number | null })),
    ...results.builds
      .filter((row) => row.htmlHomeGzKb !== null && !sized.has(row.events))
      .map((row) => ({ events: row.events, gz: row.htmlHomeGzKb })),
  ].sort((a, b) => a.events - b.events);
  const lines = [
    '## The issue\'s targets ("Speed that holds")',
    '',
    '| target | measured | |',
    '| --- | --- | --- |',
  ];
  for (const home of homes)
    lines.push(
      `| home HTML ≤ ${TARGETS.homeHtmlGzKb} KB gzipped, ${thousands(home.events)} events | ${fixed(home.gz)} KB | ${yes((home.gz ?? Infinity) <= TARGETS.homeHtmlGzKb)} |`,
    );
  const real = results.lighthouse;
  if (real)
    lines.push(
      `| home HTML ≤ ${TARGETS.homeHtmlGzKb} KB gzipped, the real content (${real.eventCount} events) | ${fixed(real.homeHtmlGzKb)} KB | ${yes(real.homeHtmlGzKb <= TARGETS.homeHtmlGzKb)} |`,
    );
  for (const row of results.builds.filter((b) => b.events === 10_000))
    lines.push(
      `| 10,000-event build ≤ ${TARGETS.buildSeconds} s | ${fixed(row.buildSeconds, 1)} s (${row.outcome}${typeof row.cpuSeconds === 'number' ? `; ${fixed(row.cpuSeconds)} s of processor time at load ${fixed(row.load.one, 1)}` : ''}${row.phases ? `; where it went, s: ${phasesText(row.phases)}` : ''}) | ${yes(row.outcome === 'built' && row.buildSeconds <= TARGETS.buildSeconds)} |`,
      `| 10,000-event build ≤ 1 GB | ${fixed(row.buildPeakMb)} MB peak (largest process) | ${yes(row.outcome === 'built' && (row.buildPeakMb ?? Infinity) <= TARGETS.buildPeakMb)} |`,
    );
  for (const row of results.sizes.filter((r) => r.events === 1000)) {
    const after = row.timelineReadyMs - row.firstListPaintMs;
    lines.push(
      `| 1,000 events: the timeline drawn ≤ ${TARGETS.drawnAfterPaintMs} ms after the first paint | ${fixed(after)} ms (first paint ${fixed(row.firstListPaintMs)} ms, timeline drawn ${fixed(row.timelineReadyMs)} ms) | ${yes(after <= TARGETS.drawnAfterPaintMs)} |`,
      filterLine(row, TARGETS.filterMs1000),
    );
  }
  for (const row of results.sizes.filter((r) => r.events === 10_000)) lines.push(filterLine(row, TARGETS.filterMs));
  if (real) {
    const pages = real.pages;
    const slowest = [...pages].sort((a, b) => a.median.scores.performance - b.median.scores.performance)[0];
    const below = pages.filter((page) => page.median.scores.performance < TARGETS.performance);
    const short = pages.flatMap((page) =>
      (['accessibility', 'best-practices', 'seo'] as const)
        .filter((category) => page.median.scores[category] < 100)
        .map((category) => `${page.name} ${category} ${page.median.scores[category]}`),
    );
    const shifting = [...pages].sort((a, b) => b.median.cls - a.median.cls)[0];
    if (slowest && shifting)
      lines.push(
        `| Lighthouse (mobile) performance ≥ ${TARGETS.performance} on every page type (${pages.length} pages) | lowest: ${slowest.name} ${slowest.median.scores.performance}${below.length ? `; below: ${below.map((page) => `${page.name} ${page.median.scores.performance}`).join(', ')}` : ''} | ${yes(!below.length)} |`,
        `| Lighthouse accessibility, best practices and SEO = 100 on every page type | ${short.length ? short.join(', ') : 'all 100'} | ${yes(!short.length)} |`,
        `| layout shift (CLS) ≤ ${TARGETS.cls} on every page type | highest: ${shifting.name} ${fixed(shifting.median.cls, 3)} | ${yes(shifting.median.cls <= TARGETS.cls)} |`,
      );
  }
  for (const row of results.builds.filter((b) => b.events >= 100_000))
    lines.push(
      `| ${thousands(row.events)}-event build attempt | ${row.outcome} after ${fixed(row.buildSeconds)} s${row.timeoutMinutes ? ` (limit ${row.timeoutMinutes} min)` : ''}, peak ${fixed(row.buildPeakMb ?? row.sampledPeakMb)} MB | ${row.outcome === 'built' ? 'ran' : '**did not finish**'} |`,
    );
  lines.push('');
  return lines;
}

const pageRow = (page: LighthousePage) => {
  const m = page.median;
  return `| ${page.name} | \`${page.path}\` | ${m.scores.performance} | ${m.scores.accessibility} | ${m.scores['best-practices']} | ${m.scores.seo} | ${fixed(m.lcpMs)} | ${fixed(m.tbtMs)} | ${fixed(m.cls, 3)} | ${page.runs.map((r) => r.scores.performance).join(', ')} | ${fixed(page.perfToFloor, 2)} |`;
};

function lighthouse(real: LighthouseResult & Measured): string[] {
  const index = real.benchmarkIndex.filter(Number.isFinite);
  const lines = [
    '## Lighthouse (mobile preset)',
    '',
    `Measured ${real.measured} UTC: the production build of the real content (${real.eventCount} events, SITE_URL set,`,
    `built in ${fixed(real.build.seconds)} s) served by scripts/lib/serve.ts with the headers of its \`_headers\` file; Lighthouse 12.2.3's`,
    `default mobile form factor and simulated throttling; median of ${real.rounds} rounds, each round scoring every page in turn.`,
    `Load average (1 / 5 / 15 min) at the start of each round: ${real.loadEachRound.map(loadText).join('; ')}; after: ${loadText(real.loadAfter)}.`,
    `Lighthouse's benchmark index of the machine ranged ${fixed(Math.min(...index))}–${fixed(Math.max(...index))} over the runs.`,
    'The floor page is one plain HTML page listing the same events (title linking to the event page, date, summary),',
    'no JavaScript and a few lines of CSS, made from the build\'s data/events.json and scored in the same rounds: "to floor"',
    ...(real.compressed
      ? [
          "is each page's median performance divided by the floor's. The server sends text gzip-compressed, as static hosts",
          `do, and Lighthouse's simulated slow 4G loads what it was sent: the home page's HTML is ${fixed(real.homeHtmlKb)} KB on disk`,
          `and ${fixed(real.homeHtmlGzKb)} KB as sent (gzip -9 here; the server's own level may differ slightly). Runs before`,
          '30 November 2026 were served uncompressed, which weighed on the FCP and LCP of the larger pages.',
        ]
      : [
          "is each page's median performance divided by the floor's. The local server sends every file uncompressed, and",
          `Lighthouse's simulated slow 4G loads what it was sent: the home page's HTML counts as ${fixed(real.homeHtmlKb)} KB, where a host`,
          `that gzips would send ${fixed(real.homeHtmlGzKb)} KB; this weighs on the LCP of the larger pages.`,
        ]),
    '',
    '| page | path | performance | accessibility | best practices | SEO | LCP (ms) | TBT (ms) | CLS | performance, each run | to floor |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...real.pages.map(pageRow),
    pageRow(real.floor),
    '',
  ];
  const failing = [...real.pages, real.floor].filter((page) => page.median.failed.length);
  if (failing.length) {
    lines.push('Audits that failed in any run (accessibility, best practices, SEO):', '');
    for (const page of failing) lines.push(`- ${page.name}: ${page.median.failed.join(', ')}`);
    lines.push('');
  }
  const warned = [...new Set([...real.pages, real.floor].flatMap((page) => page.median.warnings))];
  if (warned.length) lines.push(`Lighthouse warned: ${warned.join(' ')}`, '');
  lines.push(
    'Where the main thread goes (the median run of each page; times as observed on this machine, before',
    "Lighthouse's simulated 4× slowdown): the kinds of work, the scripts, and the longest tasks.",
    '',
    '| page | main-thread work (ms) | scripts: total (of which scripting), ms | longest tasks (ms, at ms) |',
    '| --- | --- | --- | --- |',
    ...[...real.pages, real.floor].map(
      (page) =>
        `| ${page.name} | ${page.work.map((w) => `${w.group} ${w.ms}`).join('; ')} | ${page.mainThread.map((s) => `${s.url || '(page)'} ${s.totalMs} (${s.scriptingMs})`).join('; ')} | ${page.longTasks.map((t) => `${t.url || '(page)'} ${t.ms} at ${t.startMs}`).join('; ') || 'none'} |`,
    ),
    '',
  );
  return lines;
}

function peers(sizes: readonly PeerSize[]): string[] {
  if (!sizes.length) return [];
  const lines = [
    '## Peers on the same events',
    '',
    'The same generated chronology (scripts/bench/generate.ts) shown three ways, at 1280×900 in headless Chromium, each',
    'load in a fresh context: our home page (served with the headers of its `_headers` file), TimelineJS3 3.9.11 from its npm',
    "package loading the build's data/timelinejs.json, and a naive vis-timeline 8.5.4 page (its standalone build, every",
    'event in one DataSet, default options, loading data/events.json). "First event" is the first frame with an',
    "event's label inside the viewport and shown (laid out but hidden does not count; ours: a timeline item;",
    'TimelineJS: a marker on its time axis; vis: an item);',
    "ours also shows a server-drawn dot per event from its first paint (\"first mark\"). TBT is the long tasks' time",
    'beyond 50 ms each, from the start until two seconds pass with no long task. Bytes are gzipped (-9) as a host',
    "would send them (the local server sends them raw); ours carries its data in the HTML. \"Next event\" runs from the",
    'key press (ours: ArrowRight on the focused timeline; naive vis: ArrowRight, its handler calling setSelection and',
    "focus) or the click (TimelineJS: its next button) to the frame after the next event shows selected on screen.",
    'Medians over the loads (and over the moves). For the naive vis-timeline page "on screen" means drawn inside the',
    "timeline's visible stretch: the page grows as tall as its stacked items, so its selection may lie below the viewport.",
    '',
  ];
  for (const size of sizes) {
    lines.push(
      `### ${thousands(size.events)} events`,
      '',
      `Measured ${size.measured} UTC, load average ${loadText(size.load)}; loads per page: ${size.results.map((r) => `${PEER_LABELS[r.peer]} ${r.loads.length}`).join(', ')} (a page that took over 45 s is loaded once).`,
      '',
      '| page | first event (ms) | first mark (ms) | TBT (ms) | long tasks | longest (ms) | HTML gz (KB) | JS gz (KB) | CSS gz (KB) | data gz (KB) | other gz (KB) | total gz (KB) | total raw (KB) | next event (ms) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const result of size.results) {
      const m = result.median;
      if (!m) {
        lines.push(`| ${PEER_LABELS[result.peer]} | ${result.error ?? 'no result'} |||||||||||||`);
        continue;
      }
      lines.push(
        `| ${PEER_LABELS[result.peer]} | ${fixed(m.firstEventMs)} | ${m.firstMarkMs === null ? '' : fixed(m.firstMarkMs)} | ${fixed(m.tbtMs)} | ${fixed(m.longTasks)} | ${fixed(m.longestTaskMs)} | ${kb(m.bytesGz.html)} | ${kb(m.bytesGz.js)} | ${kb(m.bytesGz.css)} | ${kb(m.bytesGz.data)} | ${kb(m.bytesGz.other)} | ${kb(m.bytesGz.total)} | ${kb(m.bytes.total)} | ${fixed(m.nextEventMs)} |`,
      );
    }
    const ours = size.results.find((r) => r.peer === 'ours')?.median;
    const others = size.results.filter((r) => r.peer !== 'ours');
    if (ours && others.length) {
      lines.push(
        '',
        '| ours ÷ peer | first event | TBT | JS gz | CSS gz | data gz (ours: HTML) | total gz | next event |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      );
      for (const other of others) {
        const p: PeerLoad | null = other.median;
        if (!p) {
          lines.push(`| ÷ ${PEER_LABELS[other.peer]} | no result: ${other.error ?? ''} |||||||`);
          continue;
        }
        lines.push(
          `| ÷ ${PEER_LABELS[other.peer]} | ${ratio(ours.firstEventMs, p.firstEventMs)} | ${ratio(ours.tbtMs, p.tbtMs)} | ${ratio(ours.bytesGz.js, p.bytesGz.js)} | ${ratio(ours.bytesGz.css, p.bytesGz.css)} | ${ratio(ours.bytesGz.html + ours.bytesGz.data, p.bytesGz.html + p.bytesGz.data)} | ${ratio(ours.bytesGz.total, p.bytesGz.total)} | ${ratio(ours.nextEventMs, p.nextEventMs)} |`,
        );
      }
    }
    lines.push('');
  }
  return lines;
}

function sizes(rows: readonly SizeRow[]): string[] {
  if (!rows.length) return [];
  return [
    '## Generated chronologies: build, sizes, the reader\'s waits',
    '',
    'Each build is one run; the reader\'s waits are the median of several loads of the home page (`--loads`, 3 by',
    'default), first paint and timeline drawn from the load whose wait between them is the median; "timeline drawn" is',
    'the frame after its first event is on screen and shown (an element laid out but hidden does not count). The filter',
    'timings run from the change to the frame where both the list and the timeline show the result ("list" is',
    'the filter script alone): first the three changes made as soon as the timeline appears, then the same three',
    'on the settled page (a second later, at an idle moment: "settled"). Typing includes the 150 ms pause the text box',
    'waits for before filtering. The timeline draws at most 80 items at a time (src/scripts/timeline/options.ts),',
    'which is what keeps these times flat as the chronology grows. The search index is all Pagefind writes (it',
    'loads only on the search page, a chunk at a time); "all JS" leaves it out. Build peak memory is the largest',
    'process of the build (GNU time).',
    '',
    '| events | measured (UTC), load | build (s) | build peak (MB) | home HTML (KB) | home HTML gz (KB) | entry JS gz (KB) | all JS gz (KB) | search index (KB, pages) | first paint (ms) | timeline drawn (ms) | tick an actor (ms) | of which list (ms) | clear filters (ms) | type a word (ms) | settled: tick, clear, type (ms) |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${thousands(r.events)} | ${r.measured}, ${loadText(r.load)} | ${fixed(r.buildSeconds, 1)} | ${fixed(r.buildPeakMb)} | ${fixed(r.htmlHomeKb)} | ${fixed(r.htmlHomeGzKb)} | ${fixed(r.jsEntryGzKb, 1)} | ${fixed(r.jsTotalGzKb, 1)} | ${fixed(r.searchIndexKb)} (${r.searchPages}) | ${fixed(r.firstListPaintMs)} | ${fixed(r.timelineReadyMs)} | ${fixed(r.filterActorMs)} (${r.filterActorMatches} match) | ${fixed(r.filterActorListMs)} | ${fixed(r.clearFiltersMs)} | ${fixed(r.typeTextMs)} | ${fixed(r.settledActorMs)}, ${fixed(r.settledClearMs)}, ${fixed(r.settledTypeMs)} |`,
    ),
    '',
  ];
}

/**
 * "check 3.1, sync 5.6, Vite 2.5, pages 19.7, event files 1.0, search index 9.3, the rest 2.3": the phases the
 * build's log gave, and what Astro's total leaves beside them (starting, configuration, the other hooks).
 */
export function phasesText(phases: BuildPhases | undefined): string {
  if (!phases) return '';
  const named: readonly (readonly [string, number | null])[] = [
    ['check', phases.check],
    ['sync', phases.sync],
    ['Vite', phases.vite],
    ['pages', phases.pages],
    ['event files', phases.eventFiles],
    ['search index', phases.search],
  ];
  const known = named.filter((entry): entry is readonly [string, number] => entry[1] !== null);
  const parts = known.map(([name, time]) => `${name} ${fixed(time, 1)}`);
  if (phases.total !== null && known.length === named.length)
    parts.push(`the rest ${fixed(Math.max(0, phases.total - known.reduce((sum, [, time]) => sum + time, 0)), 1)}`);
  return parts.join(', ');
}

function builds(rows: readonly BuildRow[]): string[] {
  if (!rows.length) return [];
  return [
    '## Builds alone',
    '',
    'The build of a generated chronology, timed; peak memory of the largest process (GNU time) and of all the',
    "build's processes together (sampled every 2 s). \"Reached\" is the last line the build logged, and the files",
    'it had written by then: a finished build of N events writes about 5 N files (for each event its page, its',
    'calendar file and two citation files, and a fragment of the search index). "CPU" is the processor time of the',
    'build and of the processes it waited for (Pagefind), user plus system: with other jobs on the machine the build',
    'waits for a core, so its wall-clock time grows with the load, and its processor time much less. "Where the',
    'time went" is what the build logged of its phases: the content check, Astro\'s content sync (which reads and',
    "renders the content again into its store), Vite's bundles, the pages, the event files and Pagefind's index,",
    "and what Astro's own total for the build leaves beside them.",
    '',
    '| events | measured (UTC), load | outcome | build (s) | CPU (s) | peak, largest process (MB) | peak, all processes (MB) | home HTML gz (KB) | content written (s) | where the time went (s) | reached | files written |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |',
    ...rows.map(
      (r) =>
        `| ${thousands(r.events)} | ${r.measured}, ${loadText(r.load)} | ${r.outcome}${r.timeoutMinutes ? ` (limit ${r.timeoutMinutes} min)` : ''} | ${fixed(r.buildSeconds, 1)} | ${fixed(r.cpuSeconds, 1)} | ${fixed(r.buildPeakMb)} | ${fixed(r.sampledPeakMb)} | ${fixed(r.htmlHomeGzKb)} | ${fixed(r.generateSeconds, 1)} | ${phasesText(r.phases)} | ${r.reached.replace(/\|/g, '\\|')} | ${r.filesWritten === undefined ? 'n/a' : thousands(r.filesWritten)} |`,
    ),
    '',
  ];
}

export function resultsMarkdown(results: Results): string {
  return [
    '# Benchmark results',
    '',
    `Written ${results.updated} UTC by \`npm run bench\` on ${results.machine}. The machine is shared with other`,
    'work and noisy: each part notes when it ran and the load average then (1, 5 and 15 minutes; 2 means both',
    'cores busy). Read the figures as orders of magnitude and the ratios measured in the same run as the firmer part.',
    'Timings are recorded here, never asserted by tests.',
    '',
    ...targets(results),
    ...(results.lighthouse ? lighthouse(results.lighthouse) : []),
    ...peers(results.peers),
    ...sizes(results.sizes),
    ...builds(results.builds),
  ].join('\n');
}
