/** Debian's Chromium, as the tests and the benchmark start it. A missing browser is an error with the fix. */
import { existsSync, statfsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/**
 * The browser the benchmark measures (Lighthouse, the peers, the reader's waits): the full Chromium a reader
 * runs, Debian's `chromium` package.
 */
export const CHROME_PATH = process.env['CHROME_PATH'] || '/usr/bin/chromium';

/**
 * The browser the tests drive: Debian's `chromium-headless-shell` package, the same Chromium release and engine
 * (Blink and V8) built without the browser's window, toolbar and GPU process. Measured on this machine (ten
 * loads each, CPU of the whole process tree): an event page 0.27 CPU s against 0.62 with `chromium`, the home
 * page with its timeline 1.08 against 1.67, starting the browser 0.4 against 2.6.
 */
export const TEST_CHROME_PATH = process.env['TEST_CHROME_PATH'] || '/usr/bin/chromium-headless-shell';

/** Headless flags for this machine: no sandbox (root), and no background traffic to outside hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/**
 * The features Playwright turns off when it starts Chromium, in one `--disable-features` switch. Chromium keeps
 * only the last switch of a name, so the tests' browser, which turns one more off, repeats Playwright's list
 * (tests/e2e/test-browser.test.ts fails when Playwright's list has something this one lacks).
 *
 * The one more is `RenderDocument`: with it on, as it is in Debian's Chromium 156, each navigation gets a new
 * frame in the renderer with a compositor of its own, where without it the frame is kept from one same-site
 * document to the next; a test tab that loads page after page pays for a new one each time. The pages are the
 * same either way: all 164 pages of the built site, each loaded at 320 px, read once a frame was drawn, resized
 * to 1280 px and read again, gave the same length of HTML, the same visibility of every element and the same
 * sideways overflow with the feature on and off (only the heights of lists under `content-visibility: auto`
 * differed, as they do between two runs of the same browser). Measured on this machine, 40 event pages loaded
 * one after another in one tab, each read as `every-page-text.test.ts` reads it: 0.40 and 0.41 CPU s of
 * Chromium a page with the feature on, 0.28 and 0.32 with it off.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/**
 * The tests' browser also runs V8 without its background threads (`--single-threaded`: compiling, optimizing and
 * collecting garbage on the page's own thread). The site tests keep both cores busy with several pages, builds
 * and test workers at once, where each hand-over between threads costs kernel time on this virtual machine
 * (about a third of the suite's processor time is the kernel's). Measured: the sample of pages
 * (tests/e2e/every-page.test.ts) took 37.9 and 36.8 CPU seconds of Chromium in two runs without the flag, 29.7
 * and 29.8 with it; a whole `npm test`, one run each, 294 CPU seconds of Chromium and 4 min 17 s without it,
 * 269 and 3 min 57 s with it. The same engine and the same pages: only the thread V8 works on changes.
 *
 * It also stops V8's tiers at Sparkplug, its baseline compiler (`--max-opt=1`: no Maglev, no TurboFan). A test
 * page lives for a second or two; with V8 single-threaded, the optimizing compilers work on the page's own
 * thread and cost more than the code they speed up saves before the page is gone, above all in axe-core's
 * run. Measured on this machine: 25 event and actor pages with axe 7.5–8.5 CPU s of Chromium against 9.9–10.9
 * with every tier (three alternated rounds; eight loads of the home page with its timeline the same either way,
 * 4.9–5.8 CPU s); the whole site project, two alternated pairs, 184 s and 358 CPU s, 188 s and 369 CPU s with
 * the flag, 206 s and 404, 208 s and 408 without (Chromium 228 and 233 CPU s against 267 and 272). Every tier
 * runs the same JavaScript to the same result; only how much of it is compiled to machine code changes. Neither
 * flag is for the benchmark, whose browser is a reader's.
 */
const TEST_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  '--js-flags=--single-threaded --max-opt=1',
  // Pages of one browser context share a renderer process where site isolation allows (a test file's pages are all
  // of 127.0.0.1), instead of each new page starting its own: a page opened and closed cost 0.25 CPU s with its
  // own process, 0.08–0.10 in a process that was already running. See sharedContext() in tests/helpers/browser.ts.
  '--renderer-process-limit=1',
  // See PLAYWRIGHT_DISABLED_FEATURES.
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, 'RenderDocument'].join(',')}`,
] as const;

/** Room enough in /dev/shm for the tests' browser: a few pages' frames and buffers need far less. */
const ENOUGH_SHARED_MEMORY = 1024 ** 3;

/**
 * Playwright starts Chromium with `--disable-dev-shm-usage`, for containers whose /dev/shm is tiny (Docker's 64
 * MB): Chromium then keeps the memory its processes share (frames, buffers) in files under /tmp, which on this
 * machine is a disk, not memory. Where /dev/shm has room, the tests' browser uses it, as a desktop's does.
 * Measured, alternated runs in one tab: 60 event pages with axe 45.9, 42.2 and 41.7 CPU seconds through /tmp
 * against 44.7, 40.3 and 40.3 through /dev/shm; fifteen loads of the home page with its timeline 0.93, 1.01 and 1.01
 * CPU s each against 0.91, 0.95 and 0.92.
 */
function testLaunchOptions(): LaunchOptions {
  let room = 0;
  try {
    const shm = statfsSync('/dev/shm');
    room = shm.bavail * shm.bsize;
  } catch {
    // No /dev/shm: keep Playwright's default.
  }
  return {
    executablePath: TEST_CHROME_PATH,
    args: [...TEST_CHROMIUM_ARGS],
    ...(room >= ENOUGH_SHARED_MEMORY ? { ignoreDefaultArgs: ['--disable-dev-shm-usage'] } : {}),
  };
}

function expectBrowser(path: string): void {
  if (existsSync(path)) return;
  const [variable, pkg] =
    path === TEST_CHROME_PATH ? ['TEST_CHROME_PATH', 'chromium-headless-shell'] : ['CHROME_PATH', 'chromium'];
  throw new Error(`No Chromium at ${path}. Install Debian's ${pkg} (apt-get install ${pkg}) or set ${variable}.`);
}

/** The benchmark's browser for this process: the full Chromium a reader runs. */
export async function launchChromium(): Promise<Browser> {
  expectBrowser(CHROME_PATH);
  return chromium.launch({ executablePath: CHROME_PATH, args: [...CHROMIUM_ARGS] });
}

/** The tests' browser, one for each test file (see launch() in tests/helpers/browser.ts). */
export async function launchTestChromium(): Promise<Browser> {
  expectBrowser(TEST_CHROME_PATH);
  return chromium.launch(testLaunchOptions());
}
