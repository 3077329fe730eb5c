/**
 * Every page of the built sitemap (and the 404 page, and a filtered home page), in Chromium, served with the
 * site's real security headers: axe finds no violation (WCAG 2.0/2.1/2.2 A and AA, and best practices): every
 * rule at 1280 and 320 px, light and dark, on a sample of pages that together use every element and class, and
 * on every other page the rules its own text can change (see sampleProblems and textProblems); nothing
 * scrolls sideways at 320 px; the Content-Security-Policy reports no violation; no console error and no request to another host. With
 * SCREENSHOTS=1 (the GitHub workflow sets it), one page of each type is also photographed (1280 and 390 px, light
 * and dark) into test-results/screenshots/ for people to look at: the photographs check nothing, and the 48 of
 * them cost about 30 CPU seconds, so a plain `npm test` skips them. Two tabs share the work, one per core.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES, preloadAxe } from '../helpers/axe.ts';
import { SCRATCH } from '../helpers/build.ts';
import { launch, openPage, type WatchedPage } from '../helpers/browser.ts';
import { serve, SITE_DIR, sitemapPaths, type StaticSite } from '../helpers/site.ts';
import { coveringSample, styleTokens } from '../helpers/style-sample.ts';

const VARIANTS = [
  { width: 1280, height: 900, scheme: 'light' },
  { width: 1280, height: 900, scheme: 'dark' },
  { width: 320, height: 700, scheme: 'light' },
  { width: 320, height: 700, scheme: 'dark' },
] as const;
/** One tab per core: measured, a third tab made the run slower, not faster (the machine is CPU-bound here). */
const TABS = 2;
const NOT_FOUND = '/no-such-page/';
const FILTERED = '/?actor=sputnik-azerbaijan&lanes=1';
const SHOTS = join(SCRATCH, 'screenshots');
/** Photographs are taken only when asked for (they are for people, not a check). */
const PHOTOGRAPH = process.env['SCREENSHOTS'] === '1';
/** One page of each type, photographed under the name given. */
const SHOT_NAMES: Readonly<Record<string, string>> = {
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

let browser: Browser;
let site: StaticSite;
const idle: WatchedPage[] = [];
const waiting: ((tab: WatchedPage) => void)[] = [];
const paths = [...sitemapPaths(), NOT_FOUND, FILTERED];
const fileOf = (path: string) =>
  path === NOT_FOUND ? '404.html' : `${path.split('?')[0]!.replace(/^\//, '')}index.html`;
/**
 * The pages checked in every variant: one of each type (the photographed ones), then pages chosen until they
 * use every element, class and styling attribute the site's pages use (see tests/helpers/style-sample.ts).
 * Every other page gets every rule but the colour rules at 320 px (see textProblems).
 */
const FULL = new Set(
  coveringSample(
    new Map(paths.map((path) => [path, styleTokens(readFileSync(`${SITE_DIR}/${fileOf(path)}`, 'utf8'))])),
    Object.keys(SHOT_NAMES),
  ),
);

/** Records Content-Security-Policy violations the page reports, before any of its own code runs. */
const watchPolicy = () => {
  const seen: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
  );
};

async function withTab<T>(work: (tab: WatchedPage) => Promise<T>): Promise<T> {
  const tab = idle.pop() ?? (await new Promise<WatchedPage>((resolve) => waiting.push(resolve)));
  try {
    return await work(tab);
  } finally {
    const next = waiting.shift();
    if (next) next(tab);
    else idle.push(tab);
  }
}

beforeAll(async () => {
  if (PHOTOGRAPH) mkdirSync(SHOTS, { recursive: true });
  [browser, site] = await Promise.all([launch(), serve()]);
  for (let i = 0; i < TABS; i++) {
    const tab = await openPage(browser);
    await tab.page.addInitScript(watchPolicy);
    await preloadAxe(tab.page);
    idle.push(tab);
  }
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function photograph(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({
        path: join(SHOTS, `${name}-${width}-${scheme}.png`),
        fullPage: !name.startsWith('home'),
      });
    }
  }
}

/** Lays out the parts of the page that `content-visibility: auto` skips until scrolled to, as scrolling would. */
async function layOutEverything(page: Page): Promise<void> {
  // Without layout, axe's geometry (target size, overlap, contrast) would judge boxes the reader never sees.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
}

const overflowOf = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * What axe and the layout check find on a page of the sample (FULL), in each variant. Three facts keep this
 * affordable without weakening it (the machine is CPU-bound here):
 * - the dark scheme changes colours only (tests/site/css.test.ts proves it on the built CSS), so in dark mode
 *   the colour rules are the ones that can give another verdict;
 * - the header, navigation and footer are one component (BaseLayout), so they are checked with the whole page
 *   on one page of each type, and every other page is checked from <main> down;
 * - pages of one template differ in which pieces they use, not in how the stylesheet colours or lays out a
 *   piece: the colour rules (in both schemes) and every rule at both widths run on the pages in FULL, which
 *   together use every element, class and styling attribute of the site (tests/helpers/style-sample.ts).
 * The page is loaded at 1280 px in the light scheme.
 */
async function sampleProblems(page: Page, wholePage: boolean): Promise<string[]> {
  const problems: string[] = [];
  const within = wholePage ? undefined : 'main';
  await layOutEverything(page);
  for (const variant of VARIANTS) {
    if (variant.width === 320 && variant.scheme === 'dark' && !wholePage) continue;
    await page.setViewportSize({ width: variant.width, height: variant.height });
    await page.emulateMedia({ colorScheme: variant.scheme });
    const rules = variant.scheme === 'dark' ? { rules: COLOUR_RULES } : {};
    for (const violation of await axeViolations(page, { ...(within ? { within } : {}), ...rules })) {
      problems.push(`${variant.width} px ${variant.scheme}: ${violation}`);
    }
    if (variant.width === 320) {
      const overflow = await overflowOf(page);
      if (overflow > 0) problems.push(`${variant.scheme}: scrolls sideways by ${overflow} px at 320 px`);
    }
  }
  return problems;
}

/**
 * What the text of a page outside the sample can change, checked from <main> down. The page is loaded at 320 px
 * in the light scheme, where its text wraps tightest: every rule but the colour rules (names, structure, ARIA,
 * language, and the size of each control as its text lays it out), and sideways scrolling. Then, only where
 * the wide layout shows part of <main> that the narrow one hides (the filter panel of a year page, which moves
 * into a dialog on a phone), the same rules at 1280 px. Colour is judged on the sample, piece by piece.
 */
async function textProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const shown = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('main *')].map((element) => element.checkVisibility({ visibilityProperty: true })),
    );
  const check = async (width: number) => {
    for (const violation of await axeViolations(page, { within: 'main', skip: COLOUR_RULES })) {
      problems.push(`${width} px light: ${violation}`);
    }
  };
  await layOutEverything(page);
  await check(320);
  const overflow = await overflowOf(page);
  if (overflow > 0) problems.push(`light: scrolls sideways by ${overflow} px at 320 px`);
  const narrow = await shown();
  await page.setViewportSize({ width: 1280, height: 900 });
  const wide = await shown();
  if (wide.some((visible, index) => visible && !narrow[index])) await check(1280);
  return problems;
}

describe('every page', () => {
  it('checks a sample in every variant that uses every element, class and styling attribute of all pages', () => {
    const tokens = (path: string) => styleTokens(readFileSync(`${SITE_DIR}/${fileOf(path)}`, 'utf8'));
    const covered = new Set([...FULL].flatMap((path) => [...tokens(path)]));
    for (const path of paths)
      expect(
        [...tokens(path)].filter((token) => !covered.has(token)),
        path,
      ).toEqual([]);
    expect(FULL.size).toBeLessThan(paths.length / 3);
  });

  it('includes every event and actor page and the home, actors and about pages', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/actors/');
    expect(paths).toContain('/about/');
    expect(paths.filter((path) => path.startsWith('/events/')).length).toBeGreaterThan(40);
  });

  describe.concurrent('in Chromium', () => {
    it.each(paths)(
      '%s: axe (all rules in the sample; the rest, those its text can change); no sideways scroll, CSP violation or console error',
      (path) =>
        withTab(async ({ page, errors, external }) => {
          errors.length = 0;
          external.length = 0;
          const sample = FULL.has(path);
          await page.setViewportSize(sample ? { width: 1280, height: 900 } : { width: 320, height: 700 });
          await page.emulateMedia({ colorScheme: 'light' });
          const response = await page.goto(`${site.url}${path}`);
          expect(response?.status()).toBe(path === NOT_FOUND ? 404 : 200);
          expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
          if (path === '/' || path === FILTERED) await page.waitForSelector('chronology-timeline .vis-item-content');
          const shot = SHOT_NAMES[path];
          if (shot && PHOTOGRAPH) await photograph(page, shot);
          // The filtered home page is the home page's type again: its header and footer are checked on "/".
          expect(
            await (sample ? sampleProblems(page, shot !== undefined && path !== FILTERED) : textProblems(page)),
          ).toEqual([]);
          expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual(
            [],
          );
          expect(errors.filter((error) => !(path === NOT_FOUND && /status of 404/.test(error)))).toEqual([]);
          expect(external).toEqual([]);
        }),
    );
  });
});
