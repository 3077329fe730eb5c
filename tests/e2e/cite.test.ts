/**
 * The cite panel in Chromium, served with the site's real headers (Content-Security-Policy): opened and copied
 * by keyboard, with the reader's today written into the access dates (the browser's clock is set to a day that
 * is not the build day), readable without JavaScript, and no wider than a 320 px screen with every format open.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { ValidationResult } from '../../src/lib/content/validate.ts';
import { ROOT } from '../helpers/build.ts';
import { openPage } from '../helpers/browser.ts';
import { PUBLIC_URL } from '../helpers/site.ts';
import { useBrowserAndSite } from '../helpers/browser-site.ts';

const at = useBrowserAndSite();
let content: ValidationResult;

const ID = 'yekaterinburg-raids';
const PERMANENT = `${PUBLIC_URL}/events/${ID}/`;
/** The reader's today: a day no build has. */
const READER_DAY = new Date(2031, 4, 6, 10, 30);

beforeAll(async () => {
  content = (await checkContent(ROOT, { contentDir: 'content' })).result;
});

/** Tabs forward until the focused element matches, at most `limit` times; fails when it never does. */
async function tabTo(page: Page, matches: string, limit = 200): Promise<void> {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, matches)) return;
  }
  throw new Error(`Tab never reached ${matches}`);
}

describe('the cite panel', () => {
  it('opens by keyboard, copies a citation with the title, the address and today’s date, and says so', async () => {
    const watched = await openPage(at.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = watched;
    await page.clock.setFixedTime(READER_DAY);
    await page.goto(`${at.site.url}/events/${ID}/`);
    const bibtex = page.locator('#cite-bibtex');
    expect(await bibtex.isVisible()).toBe(false);
    await tabTo(page, 'details:has(#cite-bibtex) > summary');
    await page.keyboard.press('Enter');
    expect(await bibtex.isVisible()).toBe(true);
    await tabTo(page, '[data-cite-copy="cite-bibtex"]', 3);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-cite-status]').textContent()).toBe('BibTeX citation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await bibtex.textContent());
    expect(copied.replace(/[{}]/g, '')).toContain(content.events.get(ID)!.title);
    expect(copied).toContain(`url = {${PERMANENT}}`);
    expect(copied).toContain('note = {[Online; accessed 2031-05-06]}');
    // The CSL-JSON says the same day, and the note says that it is today's.
    const record = JSON.parse((await page.locator('#cite-csl-json').textContent()) ?? '') as unknown[];
    expect(record).toMatchObject([{ URL: PERMANENT, accessed: { 'date-parts': [[2031, 5, 6]] } }]);
    expect(await page.locator('[data-cite-when]').textContent()).toBe('today, 6 May 2031');
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.close();
  });

  it('copies APA as shown, title and address included', async () => {
    const watched = await openPage(at.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = watched;
    await page.goto(`${at.site.url}/events/${ID}/`);
    await page.getByRole('button', { name: 'Copy APA' }).click();
    await expect.poll(() => page.locator('[data-cite-status]').textContent()).toBe('APA citation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(content.events.get(ID)!.title);
    expect(copied.endsWith(PERMANENT)).toBe(true);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('shows every format without JavaScript, with the build date as the access date and no Copy button', async () => {
    const { page } = await openPage(at.browser, { javaScriptEnabled: false });
    await page.goto(`${at.site.url}/events/${ID}/`);
    for (const summary of await page.locator('.cite-format > summary').all()) await summary.click();
    for (const format of ['apa', 'chicago', 'mla', 'bibtex', 'csl-json'])
      expect(await page.locator(`#cite-${format}`).textContent(), format).toContain(PERMANENT);
    expect(await page.locator('[data-cite-when]').textContent()).toMatch(
      /^the day this page was built, \d+ \w+ \d{4}$/,
    );
    expect(await page.locator('#cite-bibtex').textContent()).toMatch(/accessed \d{4}-\d{2}-\d{2}\]/);
    expect(await page.getByRole('button', { name: /^Copy / }).count()).toBe(0);
    await page.close();
  });

  it('fits a 320 px screen with every format open', async () => {
    const { page } = await openPage(at.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${at.site.url}/events/${ID}/`);
    await page
      .locator('.cite-format')
      .evaluateAll((all) => all.forEach((one) => ((one as HTMLDetailsElement).open = true)));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const block of await page.locator('.cite-text').all())
      expect(await block.evaluate((pre) => pre.scrollWidth <= pre.clientWidth)).toBe(true);
    await page.close();
  });
});
