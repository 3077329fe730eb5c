/**
 * The sample of pages (see SAMPLE in tests/helpers/every-page.ts: one of each type, then pages until together
 * they use every element, class and styling attribute of the site), in Chromium, served with the site's real
 * security headers: axe finds no violation (WCAG 2.0/2.1/2.2 A and AA, and best practices), every rule at 1280
 * and 320 px and the colour rules in the dark scheme too; nothing scrolls sideways at 320 px; no
 * Content-Security-Policy violation, console error or request to another host. Every other page is checked by
 * tests/e2e/every-page-text.test.ts. With SCREENSHOTS=1 (the GitHub workflow sets it), one page of each type is
 * also photographed (1280 and 390 px, light and dark) into test-results/screenshots/ for people to look at: the
 * photographs check nothing, and the 48 of them cost about 30 CPU seconds, so a plain `npm test` skips them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES } from '../helpers/axe.ts';
import { SCRATCH } from '../helpers/build.ts';
import {
  FILTERED,
  layOutEverything,
  overflowOf,
  PATHS,
  resize,
  SAMPLE,
  SHOT_NAMES,
  tokensOf,
  useTab,
} from '../helpers/every-page.ts';

const VARIANTS = [
  { width: 1280, height: 900, scheme: 'light' },
  { width: 1280, height: 900, scheme: 'dark' },
  { width: 320, height: 700, scheme: 'light' },
  { width: 320, height: 700, scheme: 'dark' },
] as const;
const SHOTS = join(SCRATCH, 'screenshots');
/** Photographs are taken only when asked for (they are for people, not a check). */
const PHOTOGRAPH = process.env['SCREENSHOTS'] === '1';

const tab = useTab();
beforeAll(() => {
  if (PHOTOGRAPH) mkdirSync(SHOTS, { recursive: true });
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
 * What axe and the layout check find on a page of the sample, in each variant. Two facts keep this affordable
 * without weakening it (the machine is CPU-bound here):
 * - the dark scheme changes colours only (tests/site/css.test.ts proves it on the built CSS), so in dark mode
 *   the colour rules are the ones that can give another verdict;
 * - the header, navigation and footer are one component (BaseLayout), so they are checked with the whole page
 *   on one page of each type, and every other page is checked from <main> down.
 * The page is loaded at 1280 px in the light scheme.
 */
async function sampleProblems(page: Page, wholePage: boolean): Promise<string[]> {
  const problems: string[] = [];
  const within = wholePage ? undefined : 'main';
  await layOutEverything(page);
  for (const variant of VARIANTS) {
    if (variant.width === 320 && variant.scheme === 'dark' && !wholePage) continue;
    await page.emulateMedia({ colorScheme: variant.scheme });
    await resize(page, { width: variant.width, height: variant.height });
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

describe('the sample of pages', () => {
  it('uses every element, class and styling attribute of all pages, in under a third of them', () => {
    const covered = new Set(SAMPLE.flatMap((path) => [...tokensOf(path)]));
    for (const path of PATHS)
      expect(
        [...tokensOf(path)].filter((token) => !covered.has(token)),
        path,
      ).toEqual([]);
    expect(SAMPLE.length).toBeLessThan(PATHS.length / 3);
  });

  describe('in Chromium', () => {
    it.each(SAMPLE)(
      '%s: axe, every rule at 1280 and 320 px and the colour rules in the dark scheme; no sideways scroll, CSP violation or console error',
      (path) =>
        tab.visit(path, { width: 1280, height: 900 }, async (page) => {
          const shot = SHOT_NAMES[path];
          if (shot && PHOTOGRAPH) await photograph(page, shot);
          // The filtered home page is the home page's type again: its header and footer are checked on "/".
          return sampleProblems(page, shot !== undefined && path !== FILTERED);
        }),
    );
  });
});
