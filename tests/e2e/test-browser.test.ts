/**
 * The tests' own Chromium (scripts/lib/chromium.ts): the features it turns off include every feature Playwright
 * turns off by default. Chromium keeps only the last `--disable-features` switch, so a list that fell behind
 * Playwright's would quietly turn one of Playwright's back on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchTestChromium, TEST_CHROME_PATH } from '../../scripts/lib/chromium.ts';

/** A process's parent, or 0 once it has ended. */
function parentOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}

/**
 * The command line of the browser process this process started (through Debian's wrapper script, a shell): the
 * one Playwright talks to over its pipe, not a renderer or helper.
 */
function browserCommandLine(): string[] {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    } catch {
      continue; // the process ended meanwhile
    }
    if (!args.includes('--remote-debugging-pipe') || args.some((arg) => arg.startsWith('--type='))) continue;
    for (
      let ancestor = parentOf(Number(pid)), steps = 0;
      ancestor > 1 && steps < 3;
      ancestor = parentOf(ancestor), steps++
    )
      if (ancestor === process.pid) return args;
  }
  throw new Error(`no Chromium started by this process (${TEST_CHROME_PATH})`);
}

/** The features the last `--disable-features` switch turns off: the only one Chromium reads. */
const disabledFeatures = (args: readonly string[]) =>
  (args.findLast((arg) => arg.startsWith('--disable-features=')) ?? '--disable-features=')
    .slice('--disable-features='.length)
    .split(',')
    .filter(Boolean);

describe("the tests' Chromium", () => {
  it('turns off every feature Playwright turns off, and RenderDocument, in the switch Chromium reads', async () => {
    const plain = await chromium.launch({ executablePath: TEST_CHROME_PATH });
    const playwrights = disabledFeatures(browserCommandLine());
    await plain.close();
    const ours = await launchTestChromium();
    const args = browserCommandLine();
    await ours.close();
    expect(playwrights.length).toBeGreaterThan(5);
    expect(disabledFeatures(args)).toEqual(expect.arrayContaining([...playwrights, 'RenderDocument']));
  });
});
