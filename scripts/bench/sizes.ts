/**
 * The site at growing sizes: generated chronologies built, their shipped sizes, and what a reader of the home
 * page waits for (first paint, the timeline drawn, filtering). Build-only rows (10,000 events, the 100,000-event
 * attempt) record the build alone, with a time limit.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { setAside } from './aside.ts';
import { generateContent, type GeneratedContent } from './generate.ts';
import { buildSite, type BuildOutcome } from './build.ts';
import type { BuildPhases } from './phases.ts';
import { launchChromium } from '../lib/chromium.ts';
import { serveFolder } from '../lib/serve.ts';
import { load, stamp, type Load } from './machine.ts';
import { installWatchers, PAGES, type Watched } from './peers.ts';
import { median } from './stats.ts';

/**
 * The issue's targets ("Speed that holds"): the home page's size; the 10,000-event build's time and memory; and
 * at 10,000 events, a filter change reflected in every view (the list and the timeline) within filterMs.
 */
export const TARGETS = {
  homeHtmlGzKb: 150,
  buildSeconds: 30,
  buildPeakMb: 1024,
  filterMs: 150,
  /** At 1,000 events: the timeline drawn this soon after the first paint, and a filter change this fast. */
  drawnAfterPaintMs: 500,
  filterMs1000: 100,
  /** Lighthouse, mobile preset, on every page type: performance at least this, the other categories 100. */
  performance: 95,
  cls: 0.02,
} as const;

/** The pause the text box waits for before it filters (src/scripts/filter-controller.ts), part of "type a word". */
export const TYPING_PAUSE_MS = 150;

export interface Shipped {
  readonly htmlHomeKb: number;
  readonly htmlHomeGzKb: number;
  readonly jsEntryGzKb: number;
  readonly jsTotalGzKb: number;
  /** Everything Pagefind wrote (index, fragments, filters, its library and WebAssembly), on disk. */
  readonly searchIndexKb: number;
  readonly searchPages: number;
}

export interface BuildRow {
  readonly events: number;
  readonly measured: string;
  readonly load: Load;
  readonly outcome: BuildOutcome;
  readonly buildSeconds: number;
  readonly buildPeakMb: number | null;
  /** All the build's processes together, sampled every two seconds. */
  readonly sampledPeakMb: number;
  /** Processor time, user plus system, of the build and the processes it waited for (absent in older rows). */
  readonly cpuSeconds?: number | null;
  /** The time limit, for a build that had one. */
  readonly timeoutMinutes: number | null;
  /** Where the build had got to (the last line of its log), and the files it had written. */
  readonly reached: string;
  readonly filesWritten: number;
  /** Seconds to write the generated content (not part of the build). */
  readonly generateSeconds: number;
  readonly htmlHomeKb: number | null;
  readonly htmlHomeGzKb: number | null;
  /** Where the build's time went, from its log (absent in older rows). */
  readonly phases?: BuildPhases;
}

export interface SizeRow extends Shipped {
  readonly events: number;
  readonly measured: string;
  readonly load: Load;
  readonly buildSeconds: number;
  readonly buildPeakMb: number | null;
  readonly firstListPaintMs: number;
  /** The timeline's first event on screen and shown (the frame after it is painted), ms from the navigation. */
  readonly timelineReadyMs: number;
  readonly filterActorMs: number;
  readonly filterActorListMs: number;
  readonly filterActorMatches: number;
  readonly clearFiltersMs: number;
  readonly typeTextMs: number;
  /**
   * The same three changes again once the page has settled (a second after the first ones, at an idle moment):
   * the wait of a reader who filters after the page has finished loading, without the first run's one-time costs
   * (code not yet optimized, work the page still had queued). Absent from rows measured before 1 December 2026.
   */
  readonly settledActorMs?: number;
  readonly settledClearMs?: number;
  readonly settledTypeMs?: number;
}

const gzKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** Bytes of every file under a folder. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(join(dir, name)))
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + entry.size, 0);
}

export function shipped(outDir: string): Shipped {
  const home = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entry = [...home.matchAll(/<script[^>]*src="\/([^"]+)"/g)].map((m) => m[1] ?? '');
  const assets = readdirSync(join(outDir, '_astro')).filter((f) => f.endsWith('.js'));
  return {
    htmlHomeKb: statSync(join(outDir, 'index.html')).size / 1024,
    htmlHomeGzKb: gzKb(join(outDir, 'index.html')),
    jsEntryGzKb: entry.reduce((sum, file) => sum + gzKb(join(outDir, file)), 0),
    jsTotalGzKb: assets.reduce((sum, file) => sum + gzKb(join(outDir, '_astro', file)), 0),
    searchIndexKb: folderBytes(join(outDir, 'pagefind')) / 1024,
    searchPages: Number(
      /"page_count":(\d+)/.exec(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'))?.[1] ?? NaN,
    ),
  };
}

/**
 * Milliseconds from a change to the frame in which the count line shows its result and the timeline has redrawn
 * (the element's "chronology:drawn" event). Throws rather than record a time it did not see.
 */
async function timeChange(
  page: Page,
  change: string,
  expectListed: number | null,
): Promise<{ total: number; list: number }> {
  return page.evaluate(
    async ({ change, expectListed }) => {
      // How many events match in all, as the count line says (the home page's list may hold only the newest
      // months: src/lib/periods.ts); null while it is still counting.
      const listed = () => {
        const text = document.getElementById('filter-count')?.textContent ?? '';
        const match =
          /^(\d+) events? of \d+ match/.exec(text) ??
          /^Showing (\d+) of \d+ events\./.exec(text) ??
          /^Showing all (\d+) events/.exec(text) ??
          /^Showing the latest \d+ of (\d+) events/.exec(text);
        return match ? Number(match[1]) : null;
      };
      const timeline = document.querySelector('chronology-timeline')!;
      performance.clearMeasures('filter:list');
      const started = performance.now();
      const deadline = started + 120_000;
      // Wait for a redraw that comes after the list shows the expected result (an earlier step may still
      // announce a late redraw of its own, and typing waits 150 ms before it filters).
      const redraw = () =>
        new Promise<number>((resolve, reject) => {
          timeline.addEventListener('chronology:drawn', () => resolve(performance.now()), { once: true });
          setTimeout(
            () => reject(new Error('timeline did not redraw within 120 s')),
            Math.max(0, deadline - performance.now()),
          );
        });
      let next = redraw();
      new Function(change)();
      let at = await next;
      while (expectListed !== null && listed() !== expectListed) {
        if (performance.now() > deadline) throw new Error(`the count says ${listed()} events, expected ${expectListed}`);
        next = redraw();
        at = await next;
      }
      return { total: at - started, list: performance.getEntriesByName('filter:list')[0]?.duration ?? NaN };
    },
    { change, expectListed },
  );
}

export type Reader = Pick<
  SizeRow,
  | 'firstListPaintMs'
  | 'timelineReadyMs'
  | 'filterActorMs'
  | 'filterActorListMs'
  | 'filterActorMatches'
  | 'clearFiltersMs'
  | 'typeTextMs'
  | 'settledActorMs'
  | 'settledClearMs'
  | 'settledTypeMs'
>;

async function measureReader(url: string, content: GeneratedContent): Promise<Reader> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The timeline's first event counts once it is on screen and shown, after the frame that paints it: the
    // same watcher, and the same definition, as the peers' "first event visible" (peers.ts).
    await page.addInitScript(installWatchers, { event: PAGES.ours.event, mark: null, peer: 'ours' as const });
    await page.goto(url);
    await page.waitForSelector('chronology-timeline[data-ready]', { timeout: 120_000 });
    await page.waitForFunction(() => (window as unknown as { __bench: Watched }).__bench.firstEvent > 0, undefined, {
      timeout: 120_000,
    });
    const firstListPaintMs = await page.evaluate(
      () =>
        performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime ??
        NaN,
    );
    const timelineReadyMs = await page.evaluate(() => (window as unknown as { __bench: Watched }).__bench.firstEvent);
    const actor = content.busiestActor;
    const tick = `const box = document.querySelector('input[name="actor"][value="${actor.id}"]'); box.checked = true; box.dispatchEvent(new Event('change', { bubbles: true }));`;
    const clear = `document.getElementById('filter-clear').click();`;
    const type = `const q = document.getElementById('filter-q'); q.value = '${content.word}'; q.dispatchEvent(new Event('input', { bubbles: true }));`;
    const actorChange = await timeChange(page, tick, actor.count);
    const clearFiltersMs = (await timeChange(page, clear, content.events)).total;
    const typeTextMs = (await timeChange(page, type, content.wordMatches)).total;
    // Back to no filter, then the same changes on the settled page.
    await timeChange(page, clear, content.events);
    await page.waitForTimeout(1000);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
    const settledActorMs = (await timeChange(page, tick, actor.count)).total;
    const settledClearMs = (await timeChange(page, clear, content.events)).total;
    const settledTypeMs = (await timeChange(page, type, content.wordMatches)).total;
    return {
      firstListPaintMs,
      timelineReadyMs,
      filterActorMs: actorChange.total,
      filterActorListMs: actorChange.list,
      filterActorMatches: actor.count,
      clearFiltersMs,
      typeTextMs,
      settledActorMs,
      settledClearMs,
      settledTypeMs,
    };
  } finally {
    await browser.close();
  }
}

/**
 * The median of several loads, field by field; the first paint and the timeline's drawing come from one load,
 * the one whose wait between them is the median, so that the two stay a pair.
 */
export function medianReader(readers: readonly Reader[]): Reader {
  if (!readers.length) throw new Error('no load to take the median of');
  const wait = (reader: Reader) => reader.timelineReadyMs - reader.firstListPaintMs;
  const middle = [...readers].sort((a, b) => wait(a) - wait(b))[Math.floor((readers.length - 1) / 2)]!;
  const of = (
    field:
      | 'filterActorMs'
      | 'filterActorListMs'
      | 'clearFiltersMs'
      | 'typeTextMs'
      | 'settledActorMs'
      | 'settledClearMs'
      | 'settledTypeMs',
  ) => median(readers.map((reader) => reader[field] ?? NaN));
  return {
    firstListPaintMs: middle.firstListPaintMs,
    timelineReadyMs: middle.timelineReadyMs,
    filterActorMs: of('filterActorMs'),
    filterActorListMs: of('filterActorListMs'),
    filterActorMatches: middle.filterActorMatches,
    clearFiltersMs: of('clearFiltersMs'),
    typeTextMs: of('typeTextMs'),
    settledActorMs: of('settledActorMs'),
    settledClearMs: of('settledClearMs'),
    settledTypeMs: of('settledTypeMs'),
  };
}

export interface GeneratedSite {
  readonly events: number;
  readonly outDir: string;
  readonly content: GeneratedContent;
}

/** Writes a generated chronology of `events` and builds it; the site stays for the peers to use. */
export async function buildGenerated(
  work: string,
  events: number,
  timeoutMs?: number,
): Promise<{ site: GeneratedSite; row: BuildRow }> {
  const contentDir = join(work, `content-${events}`);
  const outDir = join(process.cwd(), work, `site-${events}`);
  // The last run's folders are moved out of the way, and deleted when the run ends (scripts/bench/aside.ts).
  setAside(work, contentDir);
  setAside(work, outDir);
  const measured = stamp();
  const before = load();
  const generating = process.hrtime.bigint();
  const content = generateContent(join(process.cwd(), contentDir), events);
  const generateSeconds = Number(process.hrtime.bigint() - generating) / 1e9;
  console.log(`build ${events} events${timeoutMs ? ` (limit ${timeoutMs / 60_000} min)` : ''}`);
  const built = await buildSite({
    contentDir,
    outDir,
    log: join(work, `build-${events}.log`),
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  let html: number | null = null;
  let htmlGz: number | null = null;
  if (built.outcome === 'built') {
    html = statSync(join(outDir, 'index.html')).size / 1024;
    htmlGz = gzKb(join(outDir, 'index.html'));
  }
  const row: BuildRow = {
    events,
    measured,
    load: before,
    outcome: built.outcome,
    buildSeconds: built.seconds,
    buildPeakMb: built.peakMb,
    sampledPeakMb: built.sampledPeakMb,
    cpuSeconds: built.cpuSeconds,
    timeoutMinutes: timeoutMs ? timeoutMs / 60_000 : null,
    reached: built.reached,
    filesWritten: built.filesWritten,
    generateSeconds,
    htmlHomeKb: html,
    htmlHomeGzKb: htmlGz,
    phases: built.phases,
  };
  console.log(JSON.stringify(row));
  return { site: { events, outDir, content }, row };
}

/** A full row: build, sizes, and the reader's waits on the home page; and the build's own row. */
export async function measureSize(
  work: string,
  events: number,
  loads: number,
): Promise<{ site: GeneratedSite; row: SizeRow; built: BuildRow }> {
  const { site, row: built } = await buildGenerated(work, events);
  if (built.outcome !== 'built') throw new Error(`the ${events}-event build ${built.outcome}; see its log in ${work}`);
  const server = await serveFolder(site.outDir);
  try {
    const readers: Reader[] = [];
    for (let i = 0; i < loads; i += 1) readers.push(await measureReader(server.url, site.content));
    const reader = medianReader(readers);
    const row: SizeRow = {
      events,
      measured: built.measured,
      load: built.load,
      buildSeconds: built.buildSeconds,
      buildPeakMb: built.buildPeakMb,
      ...shipped(site.outDir),
      ...reader,
    };
    console.log(JSON.stringify(row));
    return { site, row, built };
  } finally {
    await server.close();
  }
}
