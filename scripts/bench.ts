/**
 * `npm run bench`: measures build time, shipped size and what a reader waits for, on generated chronologies
 * of growing size, and records the figures in bench/results.json and bench/RESULTS.md. Timings are recorded,
 * never asserted: the machines are shared and noisy. Usage: npm run bench [-- 100 1000 5000]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { CONTENT_DIR_VARIABLE } from '../src/lib/content/location.ts';
import { generateContent } from './bench/generate.ts';
import { CHROME_PATH, launchChromium } from './lib/chromium.ts';
import { serveFolder } from './lib/serve.ts';

const ROOT = process.cwd();
const WORK = join('test-results', 'bench');
const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const COUNTS = SIZES.length ? SIZES : [100, 1000, 5000];

interface Run {
  events: number;
  buildSeconds: number;
  buildPeakMb: number | null;
  htmlHomeKb: number;
  jsEntryGzKb: number;
  jsTotalGzKb: number;
  /** Everything Pagefind wrote (index, fragments, filters, its library and WebAssembly), on disk. */
  searchIndexKb: number;
  searchPages: number;
  firstListPaintMs: number;
  timelineReadyMs: number;
  filterActorMs: number;
  filterActorListMs: number;
  filterActorMatches: number;
  clearFiltersMs: number;
  typeTextMs: number;
}

function build(contentDir: string, outDir: string): { seconds: number; peakMb: number | null } {
  const started = process.hrtime.bigint();
  const env = { ...process.env, [CONTENT_DIR_VARIABLE]: contentDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  // GNU time, when installed, reports the build's peak resident memory on stderr.
  const timed = existsSync('/usr/bin/time');
  const [command, args] = timed
    ? ['/usr/bin/time', ['-v', process.execPath, astro, 'build', '--outDir', outDir]]
    : [process.execPath, [astro, 'build', '--outDir', outDir]];
  const result = spawnSync(command, args, { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  const peakMb = Number.isNaN(peakKb) ? null : peakKb / 1024;
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb };
}

const gzKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** Bytes of every file under a folder. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(join(dir, name)))
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + entry.size, 0);
}

function sizes(outDir: string): {
  htmlHomeKb: number;
  jsEntryGzKb: number;
  jsTotalGzKb: number;
  searchIndexKb: number;
  searchPages: number;
} {
  const home = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entry = [...home.matchAll(/<script[^>]*src="\/([^"]+)"/g)].map((m) => m[1] ?? '');
  const assets = readdirSync(join(outDir, '_astro')).filter((f) => f.endsWith('.js'));
  return {
    htmlHomeKb: statSync(join(outDir, 'index.html')).size / 1024,
    jsEntryGzKb: entry.reduce((sum, file) => sum + gzKb(join(outDir, file)), 0),
    jsTotalGzKb: assets.reduce((sum, file) => sum + gzKb(join(outDir, '_astro', file)), 0),
    searchIndexKb: folderBytes(join(outDir, 'pagefind')) / 1024,
    searchPages: Number(
      /"page_count":(\d+)/.exec(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'))?.[1] ?? NaN,
    ),
  };
}

/**
 * Milliseconds from a change to the frame in which the list shows its result and the timeline has redrawn
 * (the element's "chronology:drawn" event). Throws rather than record a time it did not see.
 */
async function timeChange(
  page: Page,
  change: string,
  expectListed: number | null,
): Promise<{ total: number; list: number }> {
  return page.evaluate(
    async ({ change, expectListed }) => {
      const listed = () => document.querySelectorAll('#chronology-list li[data-id]:not([hidden])').length;
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
        if (performance.now() > deadline) throw new Error(`list shows ${listed()} events, expected ${expectListed}`);
        next = redraw();
        at = await next;
      }
      return { total: at - started, list: performance.getEntriesByName('filter:list')[0]?.duration ?? NaN };
    },
    { change, expectListed },
  );
}

async function measure(
  url: string,
  content: ReturnType<typeof generateContent>,
): Promise<Omit<Run, 'events' | 'buildSeconds' | 'buildPeakMb' | keyof ReturnType<typeof sizes>>> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.waitForSelector('chronology-timeline[data-ready]', { timeout: 120_000 });
    const firstListPaintMs = await page.evaluate(
      () =>
        performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime ??
        NaN,
    );
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        ['timeline:load', 'timeline:loaded', 'timeline:drawn'].map((name) => [
          name,
          performance.getEntriesByName(name)[0]?.startTime ?? NaN,
        ]),
      ),
    );
    const timelineReadyMs = marks['timeline:drawn'] ?? NaN;
    console.log(JSON.stringify(marks));
    const actor = content.busiestActor;
    const actorChange = await timeChange(
      page,
      `const box = document.querySelector('input[name="actor"][value="${actor.id}"]'); box.checked = true; box.dispatchEvent(new Event('change', { bubbles: true }));`,
      actor.count,
    );
    const clearFiltersMs = (await timeChange(page, `document.getElementById('filter-clear').click();`, content.events))
      .total;
    const typeTextMs = (
      await timeChange(
        page,
        `const q = document.getElementById('filter-q'); q.value = '${content.word}'; q.dispatchEvent(new Event('input', { bubbles: true }));`,
        content.wordMatches,
      )
    ).total;
    return {
      firstListPaintMs,
      timelineReadyMs,
      filterActorMs: actorChange.total,
      filterActorListMs: actorChange.list,
      filterActorMatches: actor.count,
      clearFiltersMs,
      typeTextMs,
    };
  } finally {
    await browser.close();
  }
}

const runs: Run[] = [];
for (const events of COUNTS) {
  const contentDir = join(WORK, `content-${events}`);
  const outDir = join(ROOT, WORK, `site-${events}`);
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const content = generateContent(join(ROOT, contentDir), events);
  const built = build(contentDir, outDir);
  const server = await serveFolder(outDir);
  try {
    const reader = await measure(server.url, content);
    const run: Run = { events, buildSeconds: built.seconds, buildPeakMb: built.peakMb, ...sizes(outDir), ...reader };
    runs.push(run);
    console.log(JSON.stringify(run));
  } finally {
    await server.close();
  }
}

const round = (n: number | null, digits = 0) => (n === null || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));
const node = execFileSync(process.execPath, ['--version']).toString().trim();
const chrome = execFileSync(CHROME_PATH, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
  .toString()
  .trim();
const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${node}, ${chrome}`;
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify({ measured: stamp, machine, runs }, null, 2)}\n`);
writeFileSync(
  'bench/RESULTS.md',
  [
    '# Benchmark results',
    '',
    `Measured ${stamp} UTC by \`npm run bench\` on ${machine}. Generated chronologies; each figure is one run`,
    'on a shared machine, so read them as orders of magnitude. The filter timings run from the change to the',
    'frame where both the list and the timeline show the result ("list" is the filter script alone). Typing',
    'includes the 150 ms pause the text box waits for before filtering. The timeline draws at most 80 items',
    'at a time (src/scripts/timeline/options.ts), which is what keeps these times flat as the chronology grows.',
    'The search index is all Pagefind writes (it loads only on the search page, a chunk at a time); "all JS"',
    'leaves it out.',
    '',
    '| events | build (s) | build peak (MB) | home HTML (KB) | entry JS gz (KB) | all JS gz (KB) | search index (KB, pages) | first paint (ms) | timeline drawn (ms) | tick an actor (ms) | of which list (ms) | clear filters (ms) | type a word (ms) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (r) =>
        `| ${r.events} | ${round(r.buildSeconds, 1)} | ${round(r.buildPeakMb)} | ${round(r.htmlHomeKb)} | ${round(r.jsEntryGzKb, 1)} | ${round(r.jsTotalGzKb, 1)} | ${round(r.searchIndexKb)} (${r.searchPages}) | ${round(r.firstListPaintMs)} | ${round(r.timelineReadyMs)} | ${round(r.filterActorMs)} (${r.filterActorMatches} match) | ${round(r.filterActorListMs)} | ${round(r.clearFiltersMs)} | ${round(r.typeTextMs)} |`,
    ),
    '',
  ].join('\n'),
);
console.log('wrote bench/results.json and bench/RESULTS.md');
