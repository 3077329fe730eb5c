/** What the figures were measured on, and how busy the machine was at the time. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { CHROME_PATH } from '../lib/chromium.ts';

/** The 1, 5 and 15 minute load averages, rounded to a tenth. */
export interface Load {
  readonly one: number;
  readonly five: number;
  readonly fifteen: number;
}

export function load(): Load {
  const [one = 0, five = 0, fifteen = 0] = loadavg().map((n) => Math.round(n * 10) / 10);
  return { one, five, fifteen };
}

export const loadText = (at: Load) => `${at.one} / ${at.five} / ${at.fifteen}`;

/** "2026-11-30 08:04" in UTC. */
export const stamp = () => new Date().toISOString().slice(0, 16).replace('T', ' ');

export function machine(): string {
  const node = process.version;
  let chrome = 'no Chromium';
  try {
    chrome = execFileSync(CHROME_PATH, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    // Recorded as missing; the parts that need it fail with the fix.
  }
  return `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${node}, ${chrome}`;
}

/** When a figure was measured and how loaded the machine was at the start and the end of it. */
export interface Measured {
  readonly measured: string;
  readonly loadBefore: Load;
  readonly loadAfter: Load;
}

export async function measuring<T>(work: () => Promise<T>): Promise<T & Measured> {
  const measured = stamp();
  const loadBefore = load();
  const result = await work();
  return { ...result, measured, loadBefore, loadAfter: load() };
}
