/**
 * Printing: the list and the event pages print without the timeline, the filters or the navigation. (Every
 * page's accessibility, layout at 320 px and policy are in every-page.test.ts and every-page-text.test.ts, the
 * screenshots in the first.)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCRATCH } from '../helpers/build.ts';
import { openPage } from '../helpers/browser.ts';
import { useBrowserAndSite } from '../helpers/browser-site.ts';

const SHOTS = join(SCRATCH, 'screenshots');

const at = useBrowserAndSite();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
});

describe('printing', () => {
  it('prints the list and the event pages without the timeline, the filters or the navigation', async () => {
    const watched = await openPage(at.browser);
    const { page } = watched;
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${at.site.url}/`);
    expect(await page.locator('chronology-timeline').isVisible()).toBe(false);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('#chronology-list').isVisible()).toBe(true);
    await page.goto(`${at.site.url}/events/azal-8243-crash/`);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.pager').isVisible()).toBe(false);
    await page.pdf({ path: join(SHOTS, 'event-print.pdf') });
    await page.close();
  });
});
