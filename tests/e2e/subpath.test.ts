/**
 * The site built for a sub-path (BASE_PATH=/chronology/, as on a GitHub project page), served only there, in
 * Chromium: the list, the timeline and the filters work, links between pages stay under the sub-path, no
 * request misses (a missing prefix would 404 outside it), and the hashed assets one page fetched serve the next
 * pages from the browser's cache without asking the server again (the `_headers` rule under the sub-path).
 */
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { SUBPATH, SUBPATH_DIR } from '../helpers/site.ts';
import { useBrowserAndSite } from '../helpers/browser-site.ts';

const at = useBrowserAndSite(SUBPATH_DIR, SUBPATH);

describe('a build under a sub-path, in Chromium', () => {
  it('draws the timeline, filters, and moves between pages without leaving the sub-path or missing a file', async () => {
    // A context of its own, so that every file the pages need is requested and its answer seen.
    const watched = await openPage(at.browser, {}, { ownContext: true });
    const { page } = watched;
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${at.site.url}${SUBPATH}`);
    await page.waitForSelector('chronology-timeline .vis-item-content');
    await page
      .locator('details[data-side="russia"]')
      .evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await page.getByLabel(/^Sputnik Azerbaijan \(\d+\)$/).check();
    await expect
      .poll(() => new URL(page.url()).pathname + new URL(page.url()).search)
      .toBe(`${SUBPATH}?actor=sputnik-azerbaijan`);
    /** The page's stylesheets and scripts from the assets folder, each with the bytes its fetch moved. */
    const assets = () =>
      page.evaluate(
        (folder) =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => new URL(entry.name).pathname.startsWith(folder))
            .map((entry) => ({
              file: new URL(entry.name).pathname,
              transferred: (entry as PerformanceResourceTiming).transferSize,
            })),
        `${SUBPATH}_astro/`,
      );
    const first = await assets();
    expect(first.length).toBeGreaterThan(0);
    expect(first.filter((asset) => asset.transferred === 0)).toEqual([]);
    await page.locator('#chronology-list li[data-id]:not([hidden]) a[data-title]').first().click();
    await page.waitForURL(`**${SUBPATH}events/**`);
    await page.getByRole('link', { name: 'Actors', exact: true }).click();
    await page.waitForURL(`**${SUBPATH}actors/`);
    // The layout's stylesheet, fetched by the first page, comes from the cache: nothing moved, not even a 304.
    const again = (await assets()).filter((asset) => first.some((seen) => seen.file === asset.file));
    expect(again.length).toBeGreaterThan(0);
    expect(again.filter((asset) => asset.transferred !== 0)).toEqual([]);
    await page.getByRole('link', { name: 'About', exact: true }).click();
    await page.waitForURL(`**${SUBPATH}about/`);
    expect(failed).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.close();
  });

  it('answers 404 outside the sub-path, as a host serving only the sub-path would', async () => {
    const response = await fetch(`${at.site.url}/events/azal-8243-crash/`);
    expect(response.status).toBe(404);
    expect((await fetch(`${at.site.url}${SUBPATH}events/azal-8243-crash/`)).status).toBe(200);
  });
});
