/** Debian's Chromium, driven by playwright-core. A missing browser is an error, never a skipped test. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export { CHROME_PATH, launchChromium as launch } from '../../scripts/lib/chromium.ts';

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
