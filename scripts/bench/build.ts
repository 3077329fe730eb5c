/**
 * One `astro build` of a content folder, timed, with its peak memory (GNU time, when installed) and a time
 * limit. The build's output goes to a log file beside the site; what the build reached is read back from it, so
 * that a build stopped by the limit or by running out of memory still says how far it got.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR_VARIABLE } from '../../src/lib/content/location.ts';
import { buildPhases, type BuildPhases } from './phases.ts';

export type BuildOutcome = 'built' | 'timed out' | 'out of memory' | 'failed';

export interface Built {
  readonly outcome: BuildOutcome;
  readonly seconds: number;
  /** Peak resident memory of the largest process of the build (Node; Pagefind runs as a process of its own). */
  readonly peakMb: number | null;
  /** Largest resident memory of all the build's processes together, sampled every two seconds. */
  readonly sampledPeakMb: number;
  /**
   * Processor time of the build and the processes it waited for (Pagefind), user plus system (GNU time): on a
   * shared machine a steadier measure of the build's work than its wall-clock time, which waits for other jobs.
   */
  readonly cpuSeconds: number | null;
  /** The last line of Astro's own log that says what it was doing (for a build that did not finish). */
  readonly reached: string;
  /** Files in the output folder when the build ended (for a build that did not finish: how far it got). */
  readonly filesWritten: number;
  readonly log: string;
  /** Where its time went, as its log tells (scripts/bench/phases.ts). */
  readonly phases: BuildPhases;
}

export interface BuildOptions {
  readonly contentDir: string;
  readonly outDir: string;
  readonly log: string;
  /** Extra environment (SITE_URL for a production build of the real content). */
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

const ROOT = process.cwd();

/** Process groups of builds under way: a bench stopped by Ctrl-C or a signal stops them too. */
const running = new Set<number>();
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    for (const group of running) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    process.exit(130);
  });

/** The last line of the log that Astro wrote ("08:05:24 [build] ..." or "08:05:24   ├─ /events/...") */
function reachedIn(text: string): string {
  const lines = text.split('\n').filter((line) => /^\d\d:\d\d:\d\d /.test(line));
  return lines.at(-1)?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Resident memory, in KB, of every process in a process group (ps, where it exists). */
function groupRssKb(group: number): number {
  if (!group) return 0;
  try {
    return execFileSync('ps', ['-eo', 'pgid=,rss='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number))
      .filter(([pgid]) => pgid === group)
      .reduce((sum, [, rss]) => sum + (rss ?? 0), 0);
  } catch {
    return 0;
  }
}

/** The site's configuration with the benchmark's own cache folder (see the file). */
const CONFIG = join('scripts', 'bench', 'astro.config.mjs');

export async function buildSite(options: BuildOptions): Promise<Built> {
  // A fresh cache for every build: each build reads its content from scratch, as a first build would.
  const cache = `${options.outDir}.cache`;
  rmSync(cache, { recursive: true, force: true });
  const env = {
    ...process.env,
    ...(options.contentDir ? { [CONTENT_DIR_VARIABLE]: options.contentDir } : {}),
    ASTRO_TELEMETRY_DISABLED: '1',
    BENCH_CACHE_DIR: cache,
    // A build started from a test runner would inherit NODE_ENV=test, which slows Astro down (CONTRIBUTING).
    NODE_ENV: 'production',
    ...options.env,
  };
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const timed = existsSync('/usr/bin/time');
  const [command, args] = timed
    ? ['/usr/bin/time', ['-v', process.execPath, astro, 'build', '--config', CONFIG, '--outDir', options.outDir]]
    : [process.execPath, [astro, 'build', '--config', CONFIG, '--outDir', options.outDir]];
  const started = process.hrtime.bigint();
  const out = createWriteStream(options.log);
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  if (child.pid) running.add(child.pid);
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  let sampled = 0;
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, groupRssKb(child.pid ?? 0));
  }, 2000);
  let timedOut = false;
  const timer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        // The whole group: GNU time, Node and whatever the build started (Pagefind).
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      }, options.timeoutMs)
    : undefined;
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  clearTimeout(timer);
  clearInterval(sampler);
  if (child.pid) running.delete(child.pid);
  rmSync(cache, { recursive: true, force: true });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await new Promise<void>((resolve) => out.end(() => resolve()));
  const text = readFileSync(options.log, 'utf8');
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? NaN);
  const cpu =
    Number(/User time \(seconds\): ([\d.]+)/.exec(text)?.[1] ?? NaN) +
    Number(/System time \(seconds\): ([\d.]+)/.exec(text)?.[1] ?? NaN);
  // GNU time reports a child killed by a signal ("Command terminated by signal 9") and still exits.
  const killed = /Command terminated by signal 9/.test(text) || signal === 'SIGKILL';
  const outcome: BuildOutcome = timedOut
    ? 'timed out'
    : /heap out of memory|Allocation failed|ENOMEM/.test(text) || (killed && !timedOut)
      ? 'out of memory'
      : code === 0
        ? 'built'
        : 'failed';
  return {
    outcome,
    seconds,
    peakMb: Number.isNaN(peakKb) ? null : peakKb / 1024,
    sampledPeakMb: sampled / 1024,
    cpuSeconds: Number.isNaN(cpu) ? null : cpu,
    reached: reachedIn(text),
    filesWritten: existsSync(options.outDir)
      ? readdirSync(options.outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length
      : 0,
    log: options.log,
    phases: buildPhases(text),
  };
}
