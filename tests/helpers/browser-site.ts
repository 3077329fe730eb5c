/**
 * The set-up most browser tests share: Chromium and the built site served with its real headers, started before
 * the file's tests and closed after them. Call at the top of a test file; read `.browser` and `.site` in tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { serve, type StaticSite } from './site.ts';

export interface BrowserAndSite {
  browser: Browser;
  site: StaticSite;
}

export function useBrowserAndSite(...where: Parameters<typeof serve>): BrowserAndSite {
  const state = {} as BrowserAndSite;
  beforeAll(async () => {
    [state.browser, state.site] = await Promise.all([launch(), serve(...where)]);
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return state;
}
