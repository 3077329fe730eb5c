/**
 * Our home page against two peers, on the same generated events (the build of scripts/bench/generate.ts):
 *
 * - TimelineJS3 from its npm package, local files, loading the build's data/timelinejs.json;
 * - a naive vis-timeline page: the package's standalone build, every event in one DataSet, default options,
 *   loading data/events.json, and a key handler (ArrowRight: setSelection and focus on the next event);
 * - our home page, served with the headers of its `_headers` file (the peers, as other sites, get none).
 *
 * Each load runs in a fresh browser context at 1280×900. In the page, a script installed before any other
 * watches every animation frame for the first event element inside the viewport, and a PerformanceObserver
 * collects long tasks. Measured per load: the first event visible, total blocking time (the long tasks' time
 * beyond 50 ms each, from the start until two seconds pass with no long task), the bytes each kind of file
 * took (as sent by the local server, and gzipped as a host would send them), and the time from a key press or
 * click to the frame that shows the next event selected (median of several moves).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { serveFolder, type StaticSite } from '../lib/serve.ts';
import { load, stamp, type Load } from './machine.ts';
import type { GeneratedSite } from './sizes.ts';
import { median } from './stats.ts';

export const PEERS = ['ours', 'timelinejs', 'vis-naive'] as const;
export type Peer = (typeof PEERS)[number];

export const PEER_LABELS: Record<Peer, string> = {
  ours: 'our home page',
  timelinejs: 'TimelineJS3',
  'vis-naive': 'naive vis-timeline',
};

export interface Bytes {
  readonly html: number;
  readonly js: number;
  readonly css: number;
  readonly data: number;
  readonly other: number;
  readonly total: number;
}

export interface PeerLoad {
  /** First frame with an element standing for one event (its label or slide) inside the viewport, ms. */
  readonly firstEventMs: number;
  /** Ours only: the first frame with a mark of the server-drawn picture (a dot per event, no label), ms. */
  readonly firstMarkMs: number | null;
  readonly tbtMs: number;
  readonly longTasks: number;
  readonly longestTaskMs: number;
  /** Bytes as the local server sent them (no compression), and gzipped (-9) as a host would send them. */
  readonly bytes: Bytes;
  readonly bytesGz: Bytes;
  /** Median time from the key press or click to the frame showing the next event selected, ms. */
  readonly nextEventMs: number;
  readonly nextEventRuns: readonly number[];
}

export interface PeerResult {
  readonly peer: Peer;
  /** Median over the loads; null with the reason when the page did not get there within the limit. */
  readonly median: PeerLoad | null;
  readonly loads: readonly PeerLoad[];
  readonly error: string | null;
}

export interface PeerSize {
  readonly events: number;
  readonly measured: string;
  readonly load: Load;
  readonly loads: number;
  readonly results: readonly PeerResult[];
}

const TIMELINEJS = join(dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')), 'dist');
const VIS_STANDALONE = join(
  dirname(createRequire(import.meta.url).resolve('vis-timeline/package.json')),
  'standalone/umd/vis-timeline-graph2d.min.js',
);

const TIMELINEJS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TimelineJS3 (benchmark peer)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js"></script>
</head>
<body>
<div id="embed" style="width: 100%; height: 650px"></div>
<script>
  window.__timeline = new TL.Timeline('embed', '/data/timelinejs.json', { script_path: '/tl/js/', font: null });
  window.__timeline.on('loaded', () => (window.__loaded = true));
</script>
</body>
</html>
`;

/** The naive page: what a first try with vis-timeline looks like. */
const VIS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>vis-timeline, naive (benchmark peer)</title>
<link rel="icon" href="data:,">
<script src="/vis/vis-timeline-graph2d.min.js"></script>
</head>
<body>
<div id="timeline" tabindex="0"></div>
<script>
  fetch('/data/events.json')
    .then((response) => response.json())
    .then(({ events }) => {
      const items = new vis.DataSet(
        events.map((event) => ({
          id: event.id,
          content: event.title,
          start: event.firstDay,
          ...(event.lastDay !== event.firstDay ? { end: event.lastDay } : {}),
        })),
      );
      const timeline = new vis.Timeline(document.getElementById('timeline'), items, {});
      const ids = events.map((event) => event.id);
      let index = -1;
      document.getElementById('timeline').addEventListener('keydown', (event) => {
        if (event.key !== 'ArrowRight') return;
        index = Math.min(index + 1, ids.length - 1);
        timeline.setSelection([ids[index]]);
        timeline.focus(ids[index]);
        event.preventDefault();
      });
      window.__loaded = true;
    });
</script>
</body>
</html>
`;

/** What each page counts as an event on screen, as a selector, and what "ready" means. */
export const PAGES: Record<
  Peer,
  { path: string; event: string; mark: string | null; ready: () => boolean; moveTarget: string; move: 'key' | 'click' }
> = {
  ours: {
    path: '/',
    event: '.vis-item [data-event-id]',
    // The server-drawn picture's strip of event dots (one path of dots per lane, in an svg of its own).
    mark: '[data-timeline-preview] svg.marks',
    ready: () => !!document.querySelector('chronology-timeline[data-ready] .vis-item [data-event-id]'),
    moveTarget: '[data-timeline-canvas]',
    move: 'key',
  },
  timelinejs: {
    path: '/timelinejs.html',
    // A marker on TimelineJS's time axis: its box holds the event's headline (the marker element itself is a
    // line of no width).
    event: '.tl-timemarker-content-container',
    mark: null,
    ready: () => (window as unknown as { __loaded?: boolean }).__loaded === true,
    moveTarget: '.tl-slidenav-next',
    move: 'click',
  },
  'vis-naive': {
    path: '/vis.html',
    event: '.vis-item',
    mark: null,
    ready: () =>
      (window as unknown as { __loaded?: boolean }).__loaded === true && !!document.querySelector('.vis-item'),
    moveTarget: '#timeline',
    move: 'key',
  },
};

/**
 * Installed before any of the page's scripts: the frame watcher, the long-task observer, and what tells the
 * selected event. `event` and `mark` are selectors; what is recorded goes to window.__bench. (Self-contained:
 * Playwright sends its source to the page.)
 */
export function installWatchers({ event, mark, peer }: { event: string; mark: string | null; peer: Peer }) {
  // Shown means on screen and painted: a box in the viewport is not enough, since a library may lay out its
  // drawing while it keeps it hidden (vis-timeline does until its first range change is done, unless told
  // otherwise: src/scripts/timeline/vis.ts).
  const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const onScreen = (element: Element | null) => {
    if (!element || !shown(element)) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  };
  /**
   * The selected event's key once it is drawn inside the timeline's visible stretch ("" before). Only across: a
   * naive vis-timeline page grows as tall as its stacked items, so its selection may be drawn below the viewport.
   */
  const drawnAcross = (element: Element | null) => {
    if (!element || !shown(element)) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.right > 0 && box.left < innerWidth;
  };
  const selectedKey = (): string => {
    if (peer === 'ours') {
      const item = document.querySelector<HTMLElement>('.vis-item.vis-selected [data-event-id]');
      return drawnAcross(item) ? (item?.dataset['eventId'] ?? '') : '';
    }
    if (peer === 'vis-naive') {
      const item = document.querySelector('.vis-item.vis-selected .vis-item-content');
      return drawnAcross(item) ? (item?.textContent ?? '') : '';
    }
    const marker = document.querySelector('.tl-timemarker.tl-timemarker-active');
    return drawnAcross(marker?.querySelector('.tl-timemarker-content-container') ?? null) ? marker!.id : '';
  };
  const bench = {
    firstEvent: NaN,
    firstMark: NaN,
    longTasks: [] as { start: number; duration: number }[],
    selectedKey,
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const inView = (selector: string) => [...document.querySelectorAll(selector)].some(onScreen);
  // A strip of dots on one line may have no height of its own: any extent will do.
  const stripInView = (selector: string) =>
    [...document.querySelectorAll(selector)].some((element) => {
      if (!shown(element)) return false;
      const box = element.getBoundingClientRect();
      return (box.width > 0 || box.height > 0) && box.bottom >= 0 && box.top < innerHeight && box.left < innerWidth;
    });
  // After the frame in which the condition held has been rendered (a message posted from a frame callback is
  // handled once that frame is done).
  const afterFrame = (record: (at: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(null);
  };
  const watch = () => {
    if (Number.isNaN(bench.firstEvent) && inView(event)) {
      bench.firstEvent = -1;
      afterFrame((at) => (bench.firstEvent = at));
    }
    if (mark && Number.isNaN(bench.firstMark) && stripInView(mark)) {
      bench.firstMark = -1;
      afterFrame((at) => (bench.firstMark = at));
    }
    if (Number.isNaN(bench.firstEvent) || (mark && Number.isNaN(bench.firstMark))) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

export interface Watched {
  firstEvent: number;
  firstMark: number;
  longTasks: { start: number; duration: number }[];
  selectedKey: () => string;
}

/** Times one move: from the trusted key press or click to the frame after the new selection shows. */
async function timeMove(page: Page, move: () => Promise<void>): Promise<number> {
  await page.evaluate(
    () => {
      const shown = (window as unknown as { __bench: Watched }).__bench.selectedKey;
      const before = shown();
      const state = { started: NaN, done: NaN };
      (window as unknown as { __move: typeof state }).__move = state;
      const stop = new AbortController();
      const onInput = (event: Event) => {
        if (!event.isTrusted) return;
        stop.abort();
        state.started = event.timeStamp;
        const check = () => {
          const key = shown();
          if (key && key !== before) {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => (state.done = performance.now());
            channel.port2.postMessage(null);
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      };
      addEventListener('keydown', onInput, { capture: true, signal: stop.signal });
      addEventListener('click', onInput, { capture: true, signal: stop.signal });
    },
  );
  await move();
  const handle = await page.waitForFunction(
    () => {
      const state = (window as unknown as { __move: { started: number; done: number } }).__move;
      return Number.isNaN(state.done) ? false : state.done - state.started;
    },
    undefined,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

const kindOf = (url: string, type: string): keyof Omit<Bytes, 'total'> => {
  const path = new URL(url).pathname;
  if (type.includes('html')) return 'html';
  if (path.endsWith('.js') || type.includes('javascript')) return 'js';
  if (path.endsWith('.css') || type.includes('css')) return 'css';
  if (path.endsWith('.json') || type.includes('json')) return 'data';
  return 'other';
};

async function tally(responses: readonly Response[]): Promise<{ bytes: Bytes; bytesGz: Bytes }> {
  const raw = { html: 0, js: 0, css: 0, data: 0, other: 0 };
  const gz = { ...raw };
  for (const response of responses) {
    if (response.url().startsWith('data:')) continue;
    const body = await response.body().catch(() => null);
    if (!body) continue;
    const kind = kindOf(response.url(), response.headers()['content-type'] ?? '');
    raw[kind] += body.length;
    gz[kind] += gzipSync(body, { level: 9 }).length;
  }
  const total = (b: typeof raw): Bytes => ({ ...b, total: b.html + b.js + b.css + b.data + b.other });
  return { bytes: total(raw), bytesGz: total(gz) };
}

/** A load (with its moves) longer than this is not repeated. */
const SLOW_LOAD_MS = 45_000;

async function loadOnce(
  browser: Browser,
  url: string,
  peer: Peer,
  moves: number,
  limitMs: number,
): Promise<PeerLoad> {
  const spec = PAGES[peer];
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(installWatchers, { event: spec.event, mark: spec.mark, peer });
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    const step = async <T>(name: string, work: Promise<T>): Promise<T> => {
      try {
        return await work;
      } catch (error) {
        throw new Error(`${name}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`, {
          cause: error,
        });
      }
    };
    await step('loading', page.goto(url, { timeout: limitMs }));
    await step('ready', page.waitForFunction(spec.ready, undefined, { timeout: limitMs, polling: 100 }));
    await step('first event', page.waitForFunction(
      () => (window as unknown as { __bench: Watched }).__bench.firstEvent > 0,
      undefined,
      { timeout: limitMs, polling: 100 },
    ));
    // Quiet: two seconds with no long task (at most a minute more).
    await step('quiet', page.waitForFunction(
      () => {
        const { longTasks } = (window as unknown as { __bench: Watched }).__bench;
        const last = longTasks.reduce((end, task) => Math.max(end, task.start + task.duration), 0);
        return performance.now() - last > 2000;
      },
      undefined,
      { timeout: 60_000, polling: 250 },
    ));
    const watched = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: Watched }).__bench;
      return {
        firstEvent: bench.firstEvent,
        firstMark: bench.firstMark,
        tbt: bench.longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
        count: bench.longTasks.length,
        longest: bench.longTasks.reduce((max, task) => Math.max(max, task.duration), 0),
      };
    });
    const { bytes, bytesGz } = await tally(responses);

    // Moves: the first one reaches the first event (TimelineJS starts on its title slide, the others with no
    // selection) and is not counted.
    const runs: number[] = [];
    const move =
      spec.move === 'key'
        ? async () => {
            await page.focus(spec.moveTarget);
            await page.keyboard.press('ArrowRight');
          }
        : () => page.locator(spec.moveTarget).first().click();
    await step('first move', timeMove(page, move));
    for (let i = 0; i < moves; i += 1) {
      // Let any animation of the previous move settle, as a reader would before the next.
      await page.waitForTimeout(600);
      runs.push(await step(`move ${i + 1}`, timeMove(page, move)));
    }
    return {
      firstEventMs: watched.firstEvent,
      firstMarkMs: spec.mark ? watched.firstMark : null,
      tbtMs: watched.tbt,
      longTasks: watched.count,
      longestTaskMs: watched.longest,
      bytes,
      bytesGz,
      nextEventMs: median(runs),
      nextEventRuns: runs,
    };
  } finally {
    await context.close();
  }
}

function medianLoad(loads: readonly PeerLoad[]): PeerLoad | null {
  if (!loads.length) return null;
  const m = (pick: (l: PeerLoad) => number) => median(loads.map(pick));
  const bytes = (pick: (l: PeerLoad) => Bytes): Bytes => ({
    html: m((l) => pick(l).html),
    js: m((l) => pick(l).js),
    css: m((l) => pick(l).css),
    data: m((l) => pick(l).data),
    other: m((l) => pick(l).other),
    total: m((l) => pick(l).total),
  });
  return {
    firstEventMs: m((l) => l.firstEventMs),
    firstMarkMs: loads[0]!.firstMarkMs === null ? null : m((l) => l.firstMarkMs ?? NaN),
    tbtMs: m((l) => l.tbtMs),
    longTasks: m((l) => l.longTasks),
    longestTaskMs: m((l) => l.longestTaskMs),
    bytes: bytes((l) => l.bytes),
    bytesGz: bytes((l) => l.bytesGz),
    nextEventMs: m((l) => l.nextEventMs),
    nextEventRuns: loads.flatMap((l) => l.nextEventRuns),
  };
}

/** The three pages on one generated build; `loads` loads each, `moves` timed moves per load. */
export async function runPeers(
  work: string,
  site: GeneratedSite,
  options: { loads: number; moves: number; limitMs: number },
): Promise<PeerSize> {
  const measured = stamp();
  const before = load();
  const host = join(process.cwd(), work, 'peers');
  mkdirSync(host, { recursive: true });
  writeFileSync(join(host, 'timelinejs.html'), TIMELINEJS_PAGE);
  writeFileSync(join(host, 'vis.html'), VIS_PAGE);
  writeFileSync(join(host, '404.html'), '<!doctype html><title>Not found</title>');
  const mounts: Record<string, string> = {
    '/data/timelinejs.json': join(site.outDir, 'data', 'timelinejs.json'),
    '/data/events.json': join(site.outDir, 'data', 'events.json'),
    '/vis/vis-timeline-graph2d.min.js': VIS_STANDALONE,
    '/tl/js/timeline.js': join(TIMELINEJS, 'js', 'timeline.js'),
    '/tl/css/timeline.css': join(TIMELINEJS, 'css', 'timeline.css'),
  };
  for (const font of ['tl-icons.woff2', 'tl-icons.woff', 'tl-icons.ttf'])
    mounts[`/tl/css/icons/${font}`] = join(TIMELINEJS, 'css', 'icons', font);
  const servers: StaticSite[] = [];
  const browser = await launchChromium();
  const results: PeerResult[] = [];
  try {
    const ours = await serveFolder(site.outDir);
    servers.push(ours);
    const peers = await serveFolder(host, { headers: false, mounts });
    servers.push(peers);
    for (const peer of PEERS) {
      const url = `${peer === 'ours' ? ours.url : peers.url}${PAGES[peer].path}`;
      const loads: PeerLoad[] = [];
      let error: string | null = null;
      let slow = false;
      for (let i = 0; i < options.loads && !error && !slow; i += 1) {
        try {
          const began = Date.now();
          const result = await loadOnce(browser, url, peer, options.moves, options.limitMs);
          loads.push(result);
          // A page that takes this long is loaded once: its figure is not in doubt, and the run must end.
          slow = Date.now() - began > SLOW_LOAD_MS;
          console.log(
            `peers ${site.events} ${peer} load ${i + 1}: first event ${Math.round(result.firstEventMs)} ms, TBT ${Math.round(result.tbtMs)} ms, next ${Math.round(result.nextEventMs)} ms, ${Math.round(result.bytesGz.total / 1024)} KB gz`,
          );
        } catch (caught) {
          error = (caught instanceof Error ? caught.message : String(caught)).split('\n')[0] ?? 'failed';
          console.log(`peers ${site.events} ${peer}: ${error}`);
        }
      }
      results.push({ peer, median: error ? null : medianLoad(loads), loads, error });
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  return { events: site.events, measured, load: before, loads: options.loads, results };
}
