/**
 * What a screen reader reads, from Chromium's accessibility tree (the tree assistive technology is given): the
 * separators drawn between the parts of a date line or a source's details are for the eye and are not read out,
 * and each entry of the list is announced by its title. (axe, on every page, checks names, roles, landmarks and
 * heading order: see every-page.test.ts and every-page-text.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useBrowserAndSite } from '../helpers/browser-site.ts';

const at = useBrowserAndSite();

describe('read aloud', () => {
  it('reads an entry of the list as its title, then its date, kind and side, with no separator dots', async () => {
    const { page } = await openPage(at.browser);
    await page.goto(`${at.site.url}/`);
    const entry = page.locator('#chronology-list li[data-id="azal-8243-crash"] article');
    const title = (await entry.locator('[data-title]').textContent())?.trim() ?? '';
    await expect.poll(() => entry.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.getByRole('article', { name: title, exact: true }).count()).toBe(1);
    const meta = await entry.locator('.meta').ariaSnapshot();
    expect(meta).toContain('25 December 2024');
    expect(meta).toMatch(/Incident/);
    expect(meta).not.toContain('·');
    // The dots are still drawn for the eye.
    const drawn = await entry
      .locator('.meta > :nth-child(2)')
      .evaluate((element) => getComputedStyle(element, '::before').content);
    expect(drawn).toContain('·');
    await page.close();
  });

  it("reads a source's details on an event page without the separator dots", async () => {
    const { page } = await openPage(at.browser);
    await page.goto(`${at.site.url}/events/azal-8243-crash/`);
    const details = page.locator('.source-meta').first();
    const read = await details.ariaSnapshot();
    expect(read.length).toBeGreaterThan(10);
    expect(read).not.toContain('·');
    expect(
      await details
        .locator(':scope > :nth-child(2)')
        .evaluate((element) => getComputedStyle(element, '::before').content),
    ).toContain('·');
    await page.close();
  });
});
