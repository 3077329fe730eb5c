/**
 * Debian's Chromium (its headless shell, TEST_CHROME_PATH), driven by playwright-core. A missing browser is an
 * error, never a skipped test.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchTestChromium } from '../../scripts/lib/chromium.ts';

/**
 * The browser for a test file: a Chromium of the file's own, started in the file's worker and ended with the
 * file (browser.close()). Starting the headless shell with a context and a first page costs about one CPU
 * second; the files once shared one browser that the global setup started as a server, but then every message
 * between a test and its page went through a WebSocket and Vitest's main process on the way, which cost more
 * than the starts it saved.
 * Measured, the whole site project with its process tree sampled from /proc, two pairs of runs: 458 and 455
 * CPU seconds (231 and 230 s) with the shared browser (Vitest's main process 24 of them), 408 and 424 (208
 * and 215 s) with a browser per file (its main process 6–7).
 */
export function launch(): Promise<Browser> {
  return launchTestChromium();
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors, uncaught exceptions and requests that left 127.0.0.1. */
  readonly errors: string[];
  readonly external: string[];
}

/** A phone's browser, as the tests open it: a 390×844 touch screen. */
export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;

/**
 * The contexts a test file's pages share, one per set of options, per browser. Measured on this
 * machine with the full Chromium, before the tests moved to its headless shell (ten loads of the About page
 * each): a page in a context of its own cost about 1.4 CPU seconds, most of it Chromium opening a window (its
 * toolbar, its omnibox's own page) and a renderer; a new page in an open context 0.6. The site keeps nothing
 * in cookies or storage, so a page in a shared context starts as a new reader's would, but for the HTTP cache:
 * a test that watches which files the page requests asks for a context of its own (`ownContext`), so that
 * nothing another page fetched can hide a request.
 */
const shared = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();

/**
 * A shared context, opened with a blank page that stays open as long as the context does: the tests' Chromium
 * starts no more renderer processes than it must (`--renderer-process-limit=1`, scripts/lib/chromium.ts), so
 * each new page of the context then runs in the process that holds the blank page instead of starting and
 * ending one of its own. Measured, twenty pages each opened, loaded with an event page and closed: 0.31–0.33
 * CPU s a page so, 0.49–0.56 with a renderer each.
 */
function sharedContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  let contexts = shared.get(browser);
  if (!contexts) shared.set(browser, (contexts = new Map()));
  const key = JSON.stringify(options);
  let context = contexts.get(key);
  if (!context) {
    context = browser.newContext(options).then(async (opened) => {
      await opened.newPage();
      return opened;
    });
    contexts.set(key, context);
  }
  return context;
}

/**
 * A new page that records console errors, page errors and any request to another host, in a context shared
 * with the file's other pages of the same options (or, with `ownContext`, in a new context). Close it with
 * page.close(); closing the browser at the end of the file ends them.
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
  { ownContext = false } = {},
): Promise<WatchedPage> {
  const settings = { viewport: { width: 1280, height: 900 }, ...options };
  const context = ownContext ? await browser.newContext(settings) : await sharedContext(browser, settings);
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
