/**
 * Following a thread, in Chromium against the production build of the real content: chosen by keyboard on the
 * home page, its events are marked in the list (in order, with their place) and on the timeline; the URL holds
 * the choice, back and forward restore it, it survives the filters, and the page still points to the threads
 * without JavaScript. On an event page, the thread block's next link walks the thread.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/lib/chronology.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import type { ValidationResult } from '../../src/lib/content/validate.ts';
import { buildThreads, type ThreadView } from '../../src/lib/threads.ts';
import { ROOT } from '../helpers/build.ts';
import { openPage, type WatchedPage } from '../helpers/browser.ts';
import { useBrowserAndSite } from '../helpers/browser-site.ts';

const at = useBrowserAndSite();
let content: ValidationResult;
let threads: ThreadView[];

beforeAll(async () => {
  content = (await checkContent(ROOT, { contentDir: 'content' })).result;
  threads = buildThreads(content.threads, buildChronology(content.events, content.actors));
});

async function openHome(watched: WatchedPage, query = ''): Promise<void> {
  await watched.page.goto(`${at.site.url}/${query}`);
  await watched.page.waitForSelector('chronology-timeline[data-ready]');
}

/** The marked list entries, in list order, each with its place: [id, "3 of 20"]. */
const marked = (page: Page) =>
  page.$$eval('#chronology-list li[data-thread-step]', (items) =>
    items.map((item) => [(item as HTMLElement).dataset['id'], item.querySelector('.thread-mark')?.textContent]),
  );
const expectedMarks = (thread: ThreadView) =>
  thread.events.map((event, i) => [event.id, `Thread: ${i + 1} of ${thread.events.length}`]);
const threadParam = (page: Page) => new URL(page.url()).searchParams.get('thread');
const status = (page: Page) => page.locator('[data-thread-status]').textContent();

describe('following a thread on the home page', () => {
  it('is chosen by keyboard, marks its events in order in the list and on the timeline, and is kept in the URL and history', async () => {
    const watched = await openPage(at.browser);
    const { page } = watched;
    await openHome(watched);
    const [first, second] = threads as [ThreadView, ThreadView];
    expect(await marked(page)).toEqual([]);

    // Tab from the link before it reaches the choice; the arrow keys choose.
    await page.getByRole('link', { name: 'read the threads' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('thread-select');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => threadParam(page)).toBe(first.id);
    await expect.poll(() => marked(page)).toEqual(expectedMarks(first));
    expect(await status(page)).toBe(`Following “${first.title}”: ${first.events.length} events marked in the list.`);
    expect(await page.getByRole('link', { name: 'Read this thread' }).getAttribute('href')).toBe(
      `/threads/${first.id}/`,
    );
    expect(await page.getByRole('link', { name: 'Go to its first event in the list' }).getAttribute('href')).toBe(
      `#e-${first.events[0]!.id}`,
    );

    // On the timeline: every drawn item of the thread is marked, and no other.
    const timelineMarks = () =>
      page.$$eval('chronology-timeline .vis-item', (items) =>
        items.map((item) => ({
          id: item.querySelector<HTMLElement>('[data-event-id]')?.dataset['eventId'] ?? '',
          marked: item.matches(':has([data-thread-step])'),
          ringed: getComputedStyle(item).boxShadow !== 'none',
        })),
      );
    const inFirst = new Set(first.events.map((event) => event.id));
    await expect.poll(async () => (await timelineMarks()).filter((item) => item.marked).length).toBeGreaterThan(0);
    for (const item of await timelineMarks()) {
      expect(item.marked, item.id).toBe(inFirst.has(item.id));
      expect(item.ringed, item.id).toBe(inFirst.has(item.id));
    }

    await page.keyboard.press('ArrowDown');
    await expect.poll(() => threadParam(page)).toBe(second.id);
    await expect.poll(() => marked(page)).toEqual(expectedMarks(second));

    await page.goBack();
    await expect.poll(() => threadParam(page)).toBe(first.id);
    await expect.poll(() => marked(page)).toEqual(expectedMarks(first));
    expect(await page.locator('#thread-select').inputValue()).toBe(first.id);

    await page.goBack();
    await expect.poll(() => threadParam(page)).toBeNull();
    await expect.poll(() => marked(page)).toEqual([]);
    expect(await page.locator('#thread-select').inputValue()).toBe('');
    expect(await status(page)).toBe('');
    expect(await page.locator('chronology-timeline [data-thread-step]').count()).toBe(0);

    await page.goForward();
    await expect.poll(() => marked(page)).toEqual(expectedMarks(first));

    // The thread stays through a reload and a filter, which says how many of its events it hides.
    await page.reload();
    await page.waitForSelector('chronology-timeline[data-ready]');
    expect(await marked(page)).toEqual(expectedMarks(first));
    await page.getByLabel(/^Confirmed \(\d+\)$/).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('confirmed');
    expect(threadParam(page)).toBe(first.id);
    const hidden = first.events.filter((event) => content.events.get(event.id)!.status !== 'confirmed').length;
    expect(hidden).toBeGreaterThan(0);
    await expect
      .poll(() => status(page))
      .toBe(
        `Following “${first.title}”: ${first.events.length} events marked in the list; ${hidden} of them are hidden by the filters.`,
      );
    const firstShown = first.events.find((event) => content.events.get(event.id)!.status === 'confirmed')!;
    expect(await page.getByRole('link', { name: 'Go to its first event in the list' }).getAttribute('href')).toBe(
      `#e-${firstShown.id}`,
    );
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.close();
  });

  it('opens from a link with the thread in the URL, and drops a thread the site does not have', async () => {
    const watched = await openPage(at.browser);
    const { page } = watched;
    const thread = threads.at(-1)!;
    await openHome(watched, `?thread=${thread.id}`);
    expect(await marked(page)).toEqual(expectedMarks(thread));
    expect(await page.locator('#thread-select').inputValue()).toBe(thread.id);

    await openHome(watched, '?thread=no-such-thread&status=disputed');
    expect(new URL(page.url()).search).toBe('?status=disputed');
    expect(await marked(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript hides the choice and keeps the link to the threads', async () => {
    const watched = await openPage(at.browser, { javaScriptEnabled: false });
    const { page } = watched;
    await page.goto(`${at.site.url}/?thread=${threads[0]!.id}`);
    expect(await page.locator('#thread-select').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'read the threads' }).getAttribute('href')).toBe('/threads/');
    await page.close();
  });
});

describe('walking a thread from an event page', () => {
  it('follows the next links through the thread, each page saying its place', async () => {
    const watched = await openPage(at.browser);
    const { page } = watched;
    const thread = threads.find((candidate) => candidate.id === 'flight-8243')!;
    await page.goto(`${at.site.url}/events/${thread.events[0]!.id}/`);
    for (const [i, event] of thread.events.slice(0, 4).entries()) {
      expect(new URL(page.url()).pathname).toBe(`/events/${event.id}/`);
      const block = page.locator(`[data-thread-membership="${thread.id}"]`);
      expect(await block.locator('.thread-position').textContent()).toContain(`${i + 1} of ${thread.events.length}`);
      await block.locator('[data-thread-next]').click();
      await page.waitForURL(`**/events/${thread.events[i + 1]!.id}/`);
    }
    await page.goto(`${at.site.url}/threads/${thread.id}/`);
    await page.getByRole('link', { name: 'Show this thread in the chronology and on the timeline' }).click();
    await page.waitForSelector('chronology-timeline[data-ready]');
    expect(threadParam(page)).toBe(thread.id);
    expect(await marked(page)).toEqual(expectedMarks(thread));
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
