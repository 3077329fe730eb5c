/**
 * What the two every-page files share (tests/e2e/every-page.test.ts checks the sample in every variant,
 * tests/e2e/every-page-text.test.ts every other page): the pages of the built sitemap with the 404 page and a
 * filtered home page, which of them form the sample, and the tab that loads them, each served with the site's
 * real security headers and watched for Content-Security-Policy violations. Two files, not one, so that
 * the project's workers can run them side by side (the sample alone is about a third of the work).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { preloadAxe } from './axe.ts';
import { launch, openPage, type WatchedPage } from './browser.ts';
import { serve, SITE_DIR, sitemapPaths, type StaticSite } from './site.ts';
import { coveringSample, styleTokens } from './style-sample.ts';

export const NOT_FOUND = '/no-such-page/';
export const FILTERED = '/?actor=sputnik-azerbaijan&lanes=1';
/** One page of each type, photographed under the name given (with SCREENSHOTS=1). */
export const SHOT_NAMES: Readonly<Record<string, string>> = {
  '/': 'home',
  [FILTERED]: 'home-filtered',
  '/events/yekaterinburg-raids/': 'event',
  '/events/russian-house-closed/': 'event-span',
  '/actors/': 'actors',
  '/actors/maria-zakharova/': 'actor',
  '/about/': 'about',
  '/threads/': 'threads',
  '/threads/flight-8243/': 'thread',
  '/search/': 'search',
  '/data/': 'data',
  [NOT_FOUND]: 'not-found',
};

export const PATHS = [...sitemapPaths(), NOT_FOUND, FILTERED];
const fileOf = (path: string) =>
  path === NOT_FOUND ? '404.html' : `${path.split('?')[0]!.replace(/^\//, '')}index.html`;
export const tokensOf = (path: string) => styleTokens(readFileSync(`${SITE_DIR}/${fileOf(path)}`, 'utf8'));

/**
 * The pages checked in every variant: one of each type (the photographed ones), then pages chosen until they
 * use every element, class and styling attribute the site's pages use (see tests/helpers/style-sample.ts).
 */
export const SAMPLE: readonly string[] = coveringSample(
  new Map(PATHS.map((path) => [path, tokensOf(path)])),
  Object.keys(SHOT_NAMES),
);

/** Records Content-Security-Policy violations the page reports, before any of its own code runs. */
const watchPolicy = () => {
  const seen: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
  );
};

export interface Tab {
  /**
   * Loads `path` in the file's tab at `viewport` in the light scheme, waits for the home page's timeline to draw,
   * and expects what `check` finds on the page to be nothing; then expects the page's status (404 for NOT_FOUND,
   * else 200), its Content-Security-Policy header, no violation of it, no console error and no request to another
   * host.
   */
  visit(
    path: string,
    viewport: { width: number; height: number },
    check: (page: Page) => Promise<string[]>,
  ): Promise<void>;
}

/**
 * The file's browser, server and one tab, which starts every page with axe loaded (see preloadAxe) and loads
 * the file's pages one after another. One tab, not several: the site project keeps both cores busy from start to
 * end, so what counts is processor time, and tabs side by side cost more of it for the same pages. Measured on
 * the other pages' work (every-page-text.test.ts, 145 pages, two runs each, alternated): one tab 73 and 83 CPU
 * seconds (52 and 58 s), two tabs 95 and 96 (49 s each).
 */
export function useTab(): Tab {
  let browser: Browser;
  let site: StaticSite;
  let tab: WatchedPage;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launch(), serve()]);
    tab = await openPage(browser);
    await tab.page.addInitScript(watchPolicy);
    await preloadAxe(tab.page);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function visit(
    path: string,
    viewport: { width: number; height: number },
    check: (page: Page) => Promise<string[]>,
  ) {
    const { page, errors, external } = tab;
    errors.length = 0;
    external.length = 0;
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status()).toBe(path === NOT_FOUND ? 404 : 200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    if (path === '/' || path === FILTERED) await page.waitForSelector('chronology-timeline .vis-item-content');
    expect(await check(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors.filter((error) => !(path === NOT_FOUND && /status of 404/.test(error)))).toEqual([]);
    expect(external).toEqual([]);
  }
  return { visit };
}

/**
 * Resizes the tab and waits for two frames to be drawn: a media query's `change` listeners (the filters button
 * that only a narrow window shows, src/scripts/filter-dialog.ts) run in the browser's next rendering step, not by
 * the time the resize returns. Read at once, a year page resized from 320 to 1280 px still showed the phone's
 * button in 5 of 40 loads (measured, 20 loads each of the two year pages).
 */
export async function resize(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport);
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Lays out the parts of the page that `content-visibility: auto` skips until scrolled to, as scrolling would. */
export async function layOutEverything(page: Page): Promise<void> {
  // Without layout, axe's geometry (target size, overlap, contrast) would judge boxes the reader never sees.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
}

/** How far the page scrolls sideways, in pixels. */
export const overflowOf = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
