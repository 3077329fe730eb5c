/**
 * Full-text search with the real Pagefind index of the production build, in Chromium: what it finds is checked
 * against the content itself (bodies, claims, source titles, actor names and their other spellings), its
 * filters against the content's counts, its state against the URL, the header's search box by keyboard, and the
 * same search under a sub-path.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { splitFile } from '../../src/lib/content/frontmatter.ts';
import { readContent } from '../../src/lib/content/read.ts';
import type { ValidationResult } from '../../src/lib/content/validate.ts';
import { STATUS_LABELS, TYPE_LABELS } from '../../src/lib/labels.ts';
import { nameSearchText } from '../../src/lib/search.ts';
import { ROOT } from '../helpers/build.ts';
import { launch, openPage, type WatchedPage } from '../helpers/browser.ts';
import { serve, SUBPATH, SUBPATH_DIR, type StaticSite } from '../helpers/site.ts';

/** Loading the index and its WebAssembly takes a few seconds on a busy 2-core machine. */
const WAIT = { timeout: 15_000 };

let browser: Browser;
let site: StaticSite;
let subpath: StaticSite;
let content: ValidationResult;
/** Each event's text as its page shows it: title, summary, body, claims, and source titles and publishers. */
const shown = new Map<string, string>();

beforeAll(async () => {
  content = (await checkContent(ROOT, { contentDir: 'content' })).result;
  const files = await readContent(ROOT, 'content');
  for (const file of files.files.filter((entry) => entry.collection === 'events')) {
    const id = file.path.split('/').at(-1)!.replace(/\.md$/, '');
    const event = content.events.get(id)!;
    shown.set(
      id,
      [
        event.title,
        event.summary,
        splitFile(file.text).body,
        ...event.claims.map((claim) => claim.text),
        ...event.sources.flatMap((source) => [source.title, source.publisher]),
      ].join('\n'),
    );
  }
  [browser, site, subpath] = await Promise.all([launch(), serve(), serve(SUBPATH_DIR, SUBPATH)]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await subpath?.close();
});

const eventsWithActor = (actor: string) =>
  [...content.events].filter(([, event]) => event.actors.some((ref) => ref.id === actor)).map(([id]) => id);

/** Opens the search page at `query` and waits for the status line to report the results. */
async function searchFor(watched: WatchedPage, query: string, root = site.url): Promise<void> {
  await watched.page.goto(`${root}/search/${query}`);
  await expect
    .poll(() => watched.page.locator('[data-search-status]').textContent(), WAIT)
    .toMatch(/results?\b|^No results/);
}

/** The event ids and actor ids the results link to, and how many results the status line counts. */
async function results(page: Page): Promise<{ events: string[]; actors: string[]; counted: number }> {
  const hrefs = await page
    .locator('[data-search-results] a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  const counted = /^No results/.test(status) ? 0 : Number(/^(\d+) results?/.exec(status)?.[1]);
  const ids = (kind: string) => hrefs.flatMap((href) => new RegExp(`/${kind}/([^/]+)/$`).exec(href)?.[1] ?? []).sort();
  return { events: ids('events'), actors: ids('actors'), counted };
}

describe('search', () => {
  it('finds every event whose page says "compensation", in its body, claims or sources, not only its title', async () => {
    const watched = await openPage(browser);
    await searchFor(watched, '?q=compensation');
    const found = await results(watched.page);
    const expected = [...shown].filter(([, text]) => /compensation/i.test(text)).map(([id]) => id);
    const inTitleOrSummary = expected.filter((id) =>
      /compensation/i.test(`${content.events.get(id)!.title} ${content.events.get(id)!.summary}`),
    );
    expect(expected.length).toBeGreaterThan(inTitleOrSummary.length);
    expect(found.events).toEqual(expect.arrayContaining(expected));
    // Stemming may add "compensate" and "compensated", and a page also shows the titles of its related events;
    // nothing else.
    const titlesOfRelated = (id: string) =>
      [...content.events]
        .filter(([other, event]) => other === id || event.related.some((link) => link.event === id))
        .flatMap(([other, event]) => [
          ...(other === id ? [] : [event.title]),
          ...(other === id ? event.related.map((link) => content.events.get(link.event)!.title) : []),
        ])
        .join('\n');
    const mentions = [...shown]
      .filter(([id, text]) => /compensat/i.test(`${text}\n${titlesOfRelated(id)}`))
      .map(([id]) => id);
    for (const id of found.events) expect(mentions).toContain(id);
    expect(found.counted).toBe(found.events.length + found.actors.length);
    // The passage shown with a result starts in text the reader sees on the page, not in the other spellings of
    // the actors' names that the page gives the index alone (it may run on into them when the match is late).
    const passages = await watched.page
      .locator('[data-search-results] li')
      .evaluateAll((items) =>
        items.map((item) => [
          new URL(item.querySelector('a')!.href).pathname,
          item.querySelector('.result-excerpt')?.textContent ?? '',
        ]),
      );
    for (const [path, passage] of passages) {
      const id = /\/events\/([^/]+)\/$/.exec(path!)?.[1];
      if (!id) continue;
      const actors = content.events.get(id)!.actors.map((ref) => content.actors.get(ref.id)!);
      // The page lists its actors by name, and the passage may reach that list.
      const names = actors.map((actor) => actor.name).join('\n');
      const seen = `${shown.get(id)}\n${titlesOfRelated(id)}\n${names}`.toLowerCase();
      const indexOnly = nameSearchText(actors)
        .toLowerCase()
        .split(' ')
        .filter((word) => word.length > 3 && !seen.includes(word));
      const first =
        (passage ?? '')
          .toLowerCase()
          .split(/[^\p{L}\p{N}-]+/u)
          .find(Boolean) ?? '';
      expect(indexOnly, `${id}: ${passage}`).not.toContain(first);
    }
    expect(watched.errors).toEqual([]);
    await watched.page.close();
  });

  it('finds an actor by a Cyrillic alias, and by the other Latin spellings of an Azerbaijani name', async () => {
    const watched = await openPage(browser);
    await searchFor(watched, `?q=${encodeURIComponent('Путин')}`);
    let found = await results(watched.page);
    expect(found.actors).toContain('vladimir-putin');
    expect(found.events).toEqual(expect.arrayContaining(eventsWithActor('vladimir-putin')));
    for (const spelling of ['Aliev', 'Əliyev', 'Алиев']) {
      await searchFor(watched, `?q=${encodeURIComponent(spelling)}`);
      found = await results(watched.page);
      expect(found.actors, spelling).toContain('ilham-aliyev');
      expect(found.events, spelling).toEqual(expect.arrayContaining(eventsWithActor('ilham-aliyev')));
    }
    await searchFor(watched, '?q=Hajizada');
    expect((await results(watched.page)).actors).toContain('aykhan-hajizada');
    await watched.page.close();
  });

  it('filters by type, status, year and actor, with counts that match the content, and keeps them in the URL', async () => {
    const watched = await openPage(browser);
    const { page } = watched;
    await searchFor(watched, `?type=${encodeURIComponent(TYPE_LABELS.statement)}`);
    const statements = [...content.events].filter(([, event]) => event.type === 'statement').map(([id]) => id);
    expect((await results(page)).counted).toBe(statements.length);
    // Each status as the event pages and the home page's filters write it.
    const statuses = new Set([...content.events.values()].map((event) => STATUS_LABELS[event.status]));
    const choices = (await page.locator('#search-status option').allTextContents()).slice(1);
    expect(choices.map((choice) => choice.replace(/ \(\d+\)$/, '')).sort()).toEqual([...statuses].sort());

    await searchFor(watched, '?actor=Vladimir+Putin&status=disputed');
    const disputedWithPutin = eventsWithActor('vladimir-putin').filter(
      (id) => content.events.get(id)!.status === 'disputed',
    );
    expect((await results(page)).counted).toBe(disputedWithPutin.length);

    // Choosing a filter by keyboard updates the results and the URL; reload keeps both.
    await page.locator('#search-status').selectOption('');
    await page.locator('#search-year').focus();
    await page.locator('#search-year').selectOption('2025');
    await expect.poll(() => new URL(page.url()).search, WAIT).toBe('?year=2025&actor=Vladimir+Putin');
    const in2025 = eventsWithActor('vladimir-putin').filter((id) => content.events.get(id)!.date.startsWith('2025'));
    await expect.poll(async () => (await results(page)).counted, WAIT).toBe(in2025.length);
    await page.reload();
    await expect.poll(async () => (await results(page)).counted, WAIT).toBe(in2025.length);
    expect(await page.locator('#search-year').inputValue()).toBe('2025');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('is reached from the search box in every page header by keyboard, and says what to do without JavaScript', async () => {
    const watched = await openPage(browser);
    const { page } = watched;
    await page.goto(`${site.url}/about/`);
    await page.getByRole('searchbox', { name: 'Search the chronology' }).focus();
    await page.keyboard.type('Zakharova');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=Zakharova');
    await expect.poll(async () => (await results(page)).actors, WAIT).toContain('maria-zakharova');
    expect(await page.getByRole('searchbox', { name: 'Words to find' }).inputValue()).toBe('Zakharova');
    await page.close();

    const noScript = await openPage(browser, { javaScriptEnabled: false });
    await noScript.page.goto(`${site.url}/search/?q=Zakharova`);
    expect(await noScript.page.locator('[data-search-status]').textContent()).toMatch(/needs JavaScript/);
    await noScript.page.getByRole('link', { name: 'full chronology' }).click();
    await noScript.page.waitForURL(`${site.url}/`);
    await noScript.page.close();
  });

  it('works under a sub-path, linking results inside it', async () => {
    // A context of its own, so that every file the pages need is requested and its answer seen.
    const watched = await openPage(browser, {}, { ownContext: true });
    const failed: string[] = [];
    watched.page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await searchFor(watched, `?q=${encodeURIComponent('Путин')}`, `${subpath.url}${SUBPATH.replace(/\/$/, '')}`);
    const hrefs = await watched.page
      .locator('[data-search-results] a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(SUBPATH)).toBe(true);
    await watched.page.locator('[data-search-results] a').first().click();
    await watched.page.waitForURL(`**${SUBPATH}*/**`);
    expect(failed).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.page.close();
  });
});

describe('the search page as it loads', () => {
  it.each([
    { viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true },
    { viewport: { width: 1280, height: 900 } },
  ])('moves nothing while the index loads (layout shift ≤ 0.02), at $viewport.width px', async (options) => {
    const watched = await openPage(browser, options);
    const { page } = watched;
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.url}/search/`);
    // The filters are there (disabled) from the first paint, and take their choices once the index is in.
    const type = page.getByLabel('Type', { exact: true });
    await expect.poll(() => type.locator('option').count(), WAIT).toBeGreaterThan(1);
    expect(await type.isEnabled()).toBe(true);
    await expect
      .poll(() => page.locator('[data-search-status]').textContent())
      .toBe('Type words to find, or choose a filter.');
    await page.waitForTimeout(300);
    const total = await page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
    );
    expect(total).toBeLessThanOrEqual(0.02);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
