/** Debian's Chromium, as the tests and the benchmark start it. A missing browser is an error with the fix. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

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

function expectBrowser(path: string): void {
  if (existsSync(path)) return;
  const [variable, pkg] =
    path === TEST_CHROME_PATH ? ['TEST_CHROME_PATH', 'chromium-headless-shell'] : ['CHROME_PATH', 'chromium'];
  throw new Error(`No Chromium at ${path}. Install Debian's ${pkg} (apt-get install ${pkg}) or set ${variable}.`);
}

/** A Chromium for this process: the full browser by default (the benchmark), or the one given. */
export async function launchChromium(path: string = CHROME_PATH): Promise<Browser> {
  expectBrowser(path);
  return chromium.launch({ executablePath: path, args: [...CHROMIUM_ARGS] });
}

/** The tests' browser as a server that several processes connect to (chromium.connect with its wsEndpoint()). */
export async function launchTestBrowserServer(): Promise<BrowserServer> {
  expectBrowser(TEST_CHROME_PATH);
  return chromium.launchServer({ executablePath: TEST_CHROME_PATH, args: [...CHROMIUM_ARGS] });
}
