/** Debian's Chromium, driven by playwright-core. A missing browser is an error, never a skipped test. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

export { CHROME_PATH } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The address of the Chromium the global setup started for the site project's files to share. */
    chromiumEndpoint: string;
  }
}

/**
 * The browser for a test file: a connection to the Chromium the global setup started (tests/helpers/global-setup.ts),
 * or, outside it, a Chromium of the file's own. Starting and stopping Chromium costs about two CPU seconds on this
 * machine; the files share one and keep their tests apart by giving each its own context (openPage), as before.
 * Closing a connected browser closes the contexts it opened and leaves the shared one running.
 */
export async function launch(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  return endpoint ? chromium.connect(endpoint) : launchChromium();
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors, uncaught exceptions and requests that left 127.0.0.1. */
  readonly errors: string[];
  readonly external: string[];
}

/** A new page that records console errors, page errors and any request to another host. */
/** A phone's browser, as the tests open it: a 390×844 touch screen. */
export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') external.push(request.url());
  });
  return { page, errors, external };
}
