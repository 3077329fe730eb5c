/** Debian's Chromium, as the tests and the benchmark start it. A missing browser is an error with the fix. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const CHROME_PATH = process.env['CHROME_PATH'] || '/usr/bin/chromium';

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

function expectChromium(): void {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `No Chromium at ${CHROME_PATH}. Install Debian's chromium (apt-get install chromium) or set CHROME_PATH.`,
    );
  }
}

export async function launchChromium(): Promise<Browser> {
  expectChromium();
  return chromium.launch({ executablePath: CHROME_PATH, args: [...CHROMIUM_ARGS] });
}

/** The same browser as a server that several processes connect to (chromium.connect with its wsEndpoint()). */
export async function launchChromiumServer(): Promise<BrowserServer> {
  expectChromium();
  return chromium.launchServer({ executablePath: CHROME_PATH, args: [...CHROMIUM_ARGS] });
}
