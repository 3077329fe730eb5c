/**
 * Every page of the built sitemap outside the sample (tests/e2e/every-page.test.ts checks the sample in every
 * variant), in Chromium, served with the site's real security headers: axe finds no violation of the rules its
 * own text can change, nothing scrolls sideways at 320 px, and there is no Content-Security-Policy violation,
 * console error or request to another host.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES } from '../helpers/axe.ts';
import { layOutEverything, overflowOf, PATHS, resize, SAMPLE, useTab } from '../helpers/every-page.ts';

const tab = useTab();
const OTHERS = PATHS.filter((path) => !SAMPLE.includes(path));

/**
 * What the text of a page outside the sample can change, checked from <main> down. The page is loaded at 320 px
 * in the light scheme, where its text wraps tightest: every rule but the colour rules (names, structure, ARIA,
 * language, and the size of each control as its text lays it out), and sideways scrolling. Then, only where
 * the wide layout shows part of <main> that the narrow one hides (the filter panel of a year page, which moves
 * into a dialog on a phone), the same rules at 1280 px. Pages of one template differ in which pieces they use,
 * not in how the stylesheet colours or lays out a piece: colour is judged on the sample, which together uses
 * every element, class and styling attribute of the site (tests/helpers/style-sample.ts).
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
  await resize(page, { width: 1280, height: 900 });
  const wide = await shown();
  if (wide.some((visible, index) => visible && !narrow[index])) await check(1280);
  return problems;
}

describe('every other page', () => {
  it('includes every event and actor page, and the pages left out of it are the sample', () => {
    expect(OTHERS.filter((path) => path.startsWith('/events/')).length).toBeGreaterThan(40);
    expect(OTHERS.filter((path) => path.startsWith('/actors/')).length).toBeGreaterThan(40);
    expect([...SAMPLE, ...OTHERS].sort()).toEqual([...PATHS].sort());
    for (const path of ['/', '/actors/', '/about/']) expect(SAMPLE).toContain(path);
  });

  describe('in Chromium', () => {
    it.each(OTHERS)(
      '%s: axe, the rules its text can change, at 320 px (and 1280 px where that shows more); no sideways scroll, CSP violation or console error',
      (path) => tab.visit(path, { width: 320, height: 700 }, textProblems),
    );
  });
});
