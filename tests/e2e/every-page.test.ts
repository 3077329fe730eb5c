/**
 * Every page of the built sitemap (and the 404 page, and a filtered home page), in Chromium, served with the
 * site's real security headers: axe finds no violation (WCAG 2.0/2.1/2.2 A and AA, and best practices) at
 * 1280 px and at 320 px, in light and in dark mode (see problemsOf for how the variants are scoped); nothing
 * scrolls sideways at 320 px; the
 * Content-Security-Policy reports no violation; no console error and no request to another host. With
 * SCREENSHOTS=1 (the GitHub workflow sets it), one page of each type is also photographed (1280 and 390 px, light
 * and dark) into test-results/screenshots/ for people to look at: the photographs check nothing, and the 48 of
 * them cost about 30 CPU seconds, so a plain `npm test` skips them. Two tabs share the work, one per core.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES, GEOMETRY_RULES, preloadAxe } from '../helpers/axe.ts';
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
 * Every other page gets the full rules at 1280 px and the geometry checks at 320 px.
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

/**
 * What axe and the layout check find, in each variant. Four facts keep this affordable without weakening it
 * (the machine is CPU-bound here):
 * - the dark scheme changes colours only (tests/site/css.test.ts proves it on the built CSS), so in dark mode
 *   the colour rules are the ones that can give another verdict;
 * - the header, navigation and footer are one component (BaseLayout), so they are checked with the whole page
 *   on one page of each type, and every other page is checked from <main> down;
 * - pages of one template differ in which pieces they use, not in how the stylesheet colours or lays out a
 *   piece: the colour rules (in both schemes) and the full rules at 320 px run on the pages in FULL, which
 *   together use every element, class and styling attribute of the site (tests/helpers/style-sample.ts);
 * - what the text itself changes is checked on every page: every other rule at 1280 px (names, structure,
 *   ARIA, language), and at 320 px the rules that depend on how the text wraps (control sizes, blocks that
 *   scroll) and sideways scrolling.
 */
async function problemsOf(page: Page, wholePage: boolean, full: boolean): Promise<string[]> {
  const problems: string[] = [];
  const within = wholePage ? undefined : 'main';
  // Parts skipped by `content-visibility: auto` have no layout until scrolled to, so axe's geometry (target
  // size, overlap, contrast) would judge boxes the reader never sees. Lay everything out, as scrolling would.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
  for (const variant of VARIANTS) {
    if (variant.width === 320 && variant.scheme === 'dark' && !wholePage) continue;
    if (variant.scheme === 'dark' && !full) continue;
    await page.setViewportSize({ width: variant.width, height: variant.height });
    await page.emulateMedia({ colorScheme: variant.scheme });
    const rules =
      variant.scheme === 'dark' ? COLOUR_RULES : variant.width === 320 && !full ? GEOMETRY_RULES : undefined;
    // Colour contrast is the costliest rule: outside the sample it would judge, again, pieces the sample has judged.
    const skip = full || rules ? [] : COLOUR_RULES;
    for (const violation of await axeViolations(page, {
      ...(within ? { within } : {}),
      ...(rules ? { rules } : { skip }),
    })) {
      problems.push(`${variant.width} px ${variant.scheme}: ${violation}`);
    }
    if (variant.width === 320) {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) problems.push(`${variant.scheme}: scrolls sideways by ${overflow} px at 320 px`);
    }
  }
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
      '%s: axe at 1280 and 320 px, light and dark; no sideways scroll, CSP violation or console error',
      (path) =>
        withTab(async ({ page, errors, external }) => {
          errors.length = 0;
          external.length = 0;
          const response = await page.goto(`${site.url}${path}`);
          expect(response?.status()).toBe(path === NOT_FOUND ? 404 : 200);
          expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
          if (path === '/' || path === FILTERED) await page.waitForSelector('chronology-timeline .vis-item-content');
          const shot = SHOT_NAMES[path];
          if (shot && PHOTOGRAPH) await photograph(page, shot);
          // The filtered home page is the home page's type again: its header and footer are checked on "/".
          expect(await problemsOf(page, shot !== undefined && path !== FILTERED, FULL.has(path))).toEqual([]);
          expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual(
            [],
          );
          expect(errors.filter((error) => !(path === NOT_FOUND && /status of 404/.test(error)))).toEqual([]);
          expect(external).toEqual([]);
        }),
    );
  });
});
