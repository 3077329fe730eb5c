/**
 * Lighthouse (mobile preset: its default form factor and simulated throttling) on the production build of the
 * real content, served with the headers of its `_headers` file, and on the floor page (scripts/bench/floor.ts) in the
 * same run. Each round scores every page once, in turn, so that a busy moment of the shared machine falls on
 * all pages alike; the median of the rounds is kept.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { CHROME_PATH, CHROMIUM_ARGS } from '../lib/chromium.ts';
import { serveFolder } from '../lib/serve.ts';
import { buildSite, type Built } from './build.ts';
import { FLOOR_CSS, floorPage, type FloorEvent } from './floor.ts';
import { load, type Load } from './machine.ts';
import { median } from './stats.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
  /** Scores out of 100, by category. */
  readonly scores: Record<(typeof CATEGORIES)[number], number>;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly fcpMs: number;
  /** What Lighthouse warned of (a slow host, for one). */
  readonly warnings: readonly string[];
  /** Audits that failed in the accessibility, best-practices and SEO categories: id, and the first elements. */
  readonly failed: readonly string[];
}

export interface LighthousePage {
  readonly name: string;
  readonly path: string;
  /** Medians of the runs. */
  readonly median: LighthouseRun;
  readonly runs: readonly LighthouseRun[];
  /** Performance as a share of the floor page's (1 = as fast as the bare list). */
  readonly perfToFloor: number;
  /** Where the page's blocking time goes (the median run): the scripts that ran longest on the main thread, */
  readonly mainThread: readonly { readonly url: string; readonly scriptingMs: number; readonly totalMs: number }[];
  /** the main thread's time by kind of work, */
  readonly work: readonly { readonly group: string; readonly ms: number }[];
  /** and its longest tasks (as observed, before Lighthouse's simulated slowdown). */
  readonly longTasks: readonly { readonly url: string; readonly startMs: number; readonly ms: number }[];
}

export interface LighthouseResult {
  readonly build: Built;
  readonly eventCount: number;
  /** The home page's HTML as it is on disk, and gzipped (-9) as a host would send it. */
  readonly homeHtmlKb: number;
  readonly homeHtmlGzKb: number;
  /** Whether the server sent text gzip-compressed, as static hosts do (results from before 30 November 2026: no). */
  readonly compressed?: boolean;
  readonly rounds: number;
  /** Lighthouse's own measure of this machine's speed (its "benchmarkIndex"), per run. */
  readonly benchmarkIndex: readonly number[];
  readonly loadEachRound: readonly Load[];
  readonly pages: readonly LighthousePage[];
  readonly floor: LighthousePage;
}

const SITE_URL = 'https://chronology.example.org';
const FLOOR_PATH = '/bench-floor/';

/** Debian's Chromium with a DevTools port for Lighthouse, started here and stopped by the caller. */
async function startChromium(): Promise<{ port: number; stop: () => void }> {
  if (!existsSync(CHROME_PATH)) throw new Error(`No Chromium at ${CHROME_PATH} (apt-get install chromium).`);
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const chrome: ChildProcess = spawn(
    CHROME_PATH,
    ['--headless=new', ...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port:\n${text}`)), 30_000);
    chrome.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (found) {
        clearTimeout(timer);
        resolve(Number(found[1]));
      }
    });
    chrome.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${text}`)));
  });
  return {
    port,
    stop: () => {
      chrome.kill('SIGTERM');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface Scored {
  readonly run: LighthouseRun;
  readonly benchmarkIndex: number;
  readonly mainThread: LighthousePage['mainThread'];
  readonly work: LighthousePage['work'];
  readonly longTasks: LighthousePage['longTasks'];
}

type Items = Record<string, unknown>[];

async function score(url: string, port: number): Promise<Scored> {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? NaN) * 100)]),
  ) as LighthouseRun['scores'];
  const items = (id: string) => (lhr.audits[id]?.details as { items?: Items } | undefined)?.items ?? [];
  const path = (url: unknown) => String(url ?? '').replace(/^https?:\/\/[^/]+/, '');
  const failed = CATEGORIES.filter((id) => id !== 'performance').flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => {
        const nodes = items(ref.id)
          .map((item) => (item['node'] as { selector?: string } | undefined)?.selector)
          .filter((selector): selector is string => !!selector);
        return nodes.length ? `${ref.id} (${nodes.length}: ${nodes.slice(0, 3).join(', ')})` : ref.id;
      }),
  );
  return {
    run: {
      scores,
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      fcpMs: numeric('first-contentful-paint'),
      warnings: lhr.runWarnings,
      failed,
    },
    benchmarkIndex: lhr.environment.benchmarkIndex,
    mainThread: items('bootup-time')
      .slice(0, 4)
      .map((item) => ({
        url: path(item['url']),
        scriptingMs: Math.round(Number(item['scripting'] ?? NaN)),
        totalMs: Math.round(Number(item['total'] ?? NaN)),
      })),
    work: items('mainthread-work-breakdown')
      .map((item) => ({ group: String(item['groupLabel'] ?? item['group'] ?? ''), ms: Math.round(Number(item['duration'])) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5),
    longTasks: items('long-tasks')
      .slice(0, 5)
      .map((item) => ({
        url: path(item['url']),
        startMs: Math.round(Number(item['startTime'])),
        ms: Math.round(Number(item['duration'])),
      })),
  };
}

/** The pages scored: a fixed list, each only if the build has it. */
function pagesOf(outDir: string, events: readonly { id: string }[]): { name: string; path: string }[] {
  const has = (path: string) => existsSync(join(outDir, path, 'index.html'));
  const first = (folder: string, preferred: string) => {
    if (has(`/${folder}/${preferred}/`)) return `/${folder}/${preferred}/`;
    return undefined;
  };
  const event =
    first('events', 'azal-8243-crash') ?? (events[0] ? `/events/${events[0].id}/` : undefined) ?? '/';
  const wanted: { name: string; path: string | undefined }[] = [
    { name: 'home', path: '/' },
    { name: 'home, filtered', path: has('/actors/sputnik-azerbaijan/') ? '/?actor=sputnik-azerbaijan' : undefined },
    { name: 'event page', path: event },
    { name: 'actor page', path: first('actors', 'sputnik-azerbaijan') },
    { name: 'actors', path: '/actors/' },
    { name: 'about', path: '/about/' },
    { name: 'threads', path: '/threads/' },
    { name: 'thread page', path: first('threads', 'flight-8243') },
    { name: 'year page', path: first('years', '2025') },
    { name: 'search', path: '/search/' },
    { name: 'data', path: '/data/' },
  ];
  return wanted.filter(
    (page): page is { name: string; path: string } => !!page.path && has(page.path.replace(/\?.*$/, '')),
  );
}

export async function runLighthouse(work: string, rounds: number): Promise<LighthouseResult> {
  const outDir = join(process.cwd(), work, 'site-real');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  console.log('lighthouse: production build of the real content');
  const build = await buildSite({ contentDir: '', outDir, log: join(work, 'build-real.log'), env: { SITE_URL } });
  if (build.outcome !== 'built') throw new Error(`the real build ${build.outcome}; see ${build.log}`);

  const data = JSON.parse(readFileSync(join(outDir, 'data', 'events.json'), 'utf8')) as { events: FloorEvent[] };
  const floorDir = join(process.cwd(), work, 'floor');
  mkdirSync(floorDir, { recursive: true });
  writeFileSync(
    join(floorDir, 'index.html'),
    floorPage(data.events, { cssHref: `${FLOOR_PATH}floor.css`, eventHref: (id) => `/events/${id}/` }),
  );
  writeFileSync(join(floorDir, 'floor.css'), FLOOR_CSS);
  const pages = pagesOf(outDir, data.events);
  const all = [...pages, { name: 'floor (bare static list)', path: FLOOR_PATH }];

  // Compressed as a static host sends it: Lighthouse's simulated slow 4G then loads what a reader's phone would.
  const server = await serveFolder(outDir, {
    compress: true,
    mounts: {
      [FLOOR_PATH]: join(floorDir, 'index.html'),
      [`${FLOOR_PATH}floor.css`]: join(floorDir, 'floor.css'),
    },
  });
  const chrome = await startChromium();
  const scored = new Map<string, Scored[]>(all.map((page) => [page.path, []]));
  const loadEachRound: Load[] = [];
  try {
    for (let round = 1; round <= rounds; round += 1) {
      loadEachRound.push(load());
      for (const page of all) {
        const result = await score(`${server.url}${page.path}`, chrome.port);
        scored.get(page.path)!.push(result);
        console.log(
          `lighthouse round ${round}/${rounds} ${page.name}: performance ${result.run.scores.performance}, TBT ${Math.round(result.run.tbtMs)} ms, LCP ${Math.round(result.run.lcpMs)} ms`,
        );
      }
    }
  } finally {
    chrome.stop();
    await server.close();
  }

  const summarize = (page: { name: string; path: string }, floorPerf: number): LighthousePage => {
    const runs = scored.get(page.path)!;
    const medianPerf = median(runs.map((r) => r.run.scores.performance));
    // The run whose performance is the median (the first such), for where its main thread went.
    const middle = runs.find((r) => r.run.scores.performance === medianPerf) ?? runs[0]!;
    const m: LighthouseRun = {
      scores: Object.fromEntries(
        CATEGORIES.map((id) => [id, median(runs.map((r) => r.run.scores[id]))]),
      ) as LighthouseRun['scores'],
      lcpMs: median(runs.map((r) => r.run.lcpMs)),
      tbtMs: median(runs.map((r) => r.run.tbtMs)),
      cls: median(runs.map((r) => r.run.cls)),
      fcpMs: median(runs.map((r) => r.run.fcpMs)),
      warnings: [...new Set(runs.flatMap((r) => r.run.warnings))],
      failed: [...new Set(runs.flatMap((r) => r.run.failed))],
    };
    return {
      ...page,
      median: m,
      runs: runs.map((r) => r.run),
      perfToFloor: m.scores.performance / floorPerf,
      mainThread: middle.mainThread,
      work: middle.work,
      longTasks: middle.longTasks,
    };
  };
  const floorRuns = scored.get(FLOOR_PATH)!;
  const floorPerf = median(floorRuns.map((r) => r.run.scores.performance));
  const home = readFileSync(join(outDir, 'index.html'));
  return {
    build,
    eventCount: data.events.length,
    homeHtmlKb: home.length / 1024,
    homeHtmlGzKb: gzipSync(home, { level: 9 }).length / 1024,
    compressed: true,
    rounds,
    benchmarkIndex: [...scored.values()].flat().map((r) => r.benchmarkIndex),
    loadEachRound,
    pages: pages.map((page) => summarize(page, floorPerf)),
    floor: summarize(all.at(-1)!, floorPerf),
  };
}
