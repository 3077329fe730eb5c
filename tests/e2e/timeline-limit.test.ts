/**
 * A chronology larger than the home page's budget (HOME_ENTRIES) and the timeline's item limit (MAX_DRAWN),
 * generated and built with a lower PERIOD_ENTRIES so that a year is split into month pages: the home page holds
 * only the newest whole months and stays under its size budget, every event is on exactly one period page, the
 * timeline and the count know every event (from data/timeline-entries.json), and a filter follows the reader from
 * the home page to a period page, by keyboard.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.ts';
import { moreAtPlace } from '../../src/lib/map.ts';
import { HOME_ENTRIES, PERIOD_ENTRIES_VARIABLE } from '../../src/lib/periods.ts';
import type { TimelineEntriesDocument } from '../../src/lib/timeline-entries.ts';
import { MAX_DRAWN } from '../../src/scripts/timeline/options.ts';
import { astroBuild, SCRATCH } from '../helpers/build.ts';
import { launch, openPage } from '../helpers/browser.ts';
import { attr, elements, text } from '../helpers/html-tree.ts';
import { serve, type StaticSite } from '../helpers/site.ts';

const SIZE = 300;
/** Lower than the generated 2025's events, so that 2025 becomes an index of month pages. */
const PERIOD_ENTRIES = 150;
/** The home page's HTML, gzipped, whatever the number of events (issue 12). */
const HOME_GZIP_BUDGET = 150 * 1024;
const CONTENT = join(SCRATCH, 'content', `generated-${SIZE}`);
const OUT = join(SCRATCH, `dist-generated-${SIZE}`);

let browser: Browser;
let site: StaticSite;

const read = (path: string) => readFileSync(join(OUT, path), 'utf8');
const listedIds = (html: string) => [...html.matchAll(/<li[^>]* data-id="([^"]+)"/g)].map((match) => match[1]!);
const links = (html: string) => new Set([...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!));

/** Every period page written: /years/<yyyy>/, /years/<yyyy>/<mm>/ and /background/ if any. */
function periodPages(): string[] {
  const pages: string[] = [];
  for (const year of readdirSync(join(OUT, 'years'))) {
    pages.push(`years/${year}/`);
    for (const entry of readdirSync(join(OUT, 'years', year), { withFileTypes: true }))
      if (entry.isDirectory()) pages.push(`years/${year}/${entry.name}/`);
  }
  return readdirSync(OUT).includes('background') ? ['background/', ...pages] : pages;
}

/** Each generated event's place (the town), read from the Markdown files; unplaced events are left out. */
function placesOfEvents(): Map<string, string> {
  const dir = join(CONTENT, 'events');
  return new Map(
    readdirSync(dir).flatMap((file) => {
      const place = /^ {2}place: (.+)$/m.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
      return place ? [[file.replace(/\.md$/, ''), place] as const] : [];
    }),
  );
}

/** How many of `ids` happened at each place. */
function countByPlace(ids: readonly string[]): Map<string, number> {
  const placeOf = placesOfEvents();
  const counts = new Map<string, number>();
  for (const id of ids) {
    const place = placeOf.get(id);
    if (place) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return counts;
}

/** The events of the generated content that name an actor, read from the Markdown files. */
function eventsWithActor(actor: string): string[] {
  const dir = join(CONTENT, 'events');
  return readdirSync(dir)
    .filter((file) => readFileSync(join(dir, file), 'utf8').includes(`{ id: ${actor}, role:`))
    .map((file) => file.replace(/\.md$/, ''))
    .sort();
}

beforeAll(async () => {
  generateContent(CONTENT, SIZE);
  const run = await astroBuild(CONTENT, OUT, {
    CHRONOLOGY_MIN_EVENTS: '1',
    [PERIOD_ENTRIES_VARIABLE]: String(PERIOD_ENTRIES),
  });
  if (run.code !== 0) throw new Error(`The generated chronology did not build:\n${run.output}`);
  [browser, site] = await Promise.all([launch(), serve(OUT)]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe(`a chronology of ${SIZE} events, built`, () => {
  it(`holds at most ${HOME_ENTRIES} entries on the home page, in whole months up to the newest, under the gzip budget`, () => {
    expect(SIZE).toBeGreaterThan(HOME_ENTRIES);
    const home = read('index.html');
    const ids = listedIds(home);
    expect(ids.length).toBeGreaterThan(HOME_ENTRIES / 2);
    expect(ids.length).toBeLessThanOrEqual(HOME_ENTRIES);
    // The newest events are there (the timeline entries are in the chronology's order).
    const ordered = (JSON.parse(read('data/timeline-entries.json')) as TimelineEntriesDocument).entries;
    expect(ids.at(-1)).toBe(ordered.at(-1)?.id);
    expect(home).toContain(`data-complete="false"`);
    // Whole months: each month on the home page has as many entries as on its own period page.
    for (const [, key, cards] of home.matchAll(/data-group="(\d{4}-\d{2})" data-cards="(\d+)"/g)) {
      const page = read(`years/${key!.slice(0, 4)}/${key!.slice(5)}/index.html`);
      expect(listedIds(page), key).toHaveLength(Number(cards));
    }
    // The short titles and the structured data list only what the page lists.
    expect(gzipSync(home, { level: 9 }).length).toBeLessThan(HOME_GZIP_BUDGET);
  });

  it("lists under the map only the home page's events, and counts every event of each place", () => {
    const home = read('index.html');
    const held = new Set(listedIds(home));
    const all = countByPlace([...placesOfEvents().keys()]);
    expect(all.size).toBeGreaterThan(3);
    const places = [...elements(parse(home))].filter((element) => attr(element, 'data-place-list') !== undefined);
    expect(places).toHaveLength(all.size);
    for (const place of places) {
      const inside = [...elements(place)];
      const [, name, count] = /^([^,]+),.*\((\d+)\)$/.exec(text(inside.find((e) => e.tagName === 'h4')!).trim()) ?? [];
      const listed = inside.flatMap((element) => attr(element, 'data-event') ?? []);
      expect(Number(count), name).toBe(all.get(name!));
      for (const id of listed) expect(held, `${name}: ${id}`).toContain(id);
      const more = inside.find((element) => attr(element, 'data-place-more') !== undefined);
      expect(more && text(more), name).toBe(moreAtPlace(Number(count) - listed.length));
      expect(more && attr(more, 'hidden') !== undefined, name).toBe(Number(count) === listed.length);
    }
  });

  it('links every period page from the home page (the years) and the split year (its months)', () => {
    const home = links(read('index.html'));
    const pages = periodPages();
    expect(pages).toContain('years/2025/01/');
    for (const page of pages.filter((path) => path.split('/').length === 3)) expect(home, page).toContain(`/${page}`);
    const year = links(read('years/2025/index.html'));
    for (const page of pages.filter((path) => path.startsWith('years/2025/') && path !== 'years/2025/'))
      expect(year, page).toContain(`/${page}`);
  });

  it('puts every event on exactly one period page, and in the timeline entries', () => {
    const listed = periodPages().flatMap((page) => listedIds(read(`${page}index.html`)));
    const all = readdirSync(join(OUT, 'events'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(all).toHaveLength(SIZE);
    expect([...listed].sort()).toEqual(all);
    const document = JSON.parse(read('data/timeline-entries.json')) as TimelineEntriesDocument;
    expect(document.entries.map((entry) => entry.id).sort()).toEqual(all);
  });
});

describe(`a chronology of ${SIZE} events, read`, () => {
  it(`draws at most ${MAX_DRAWN} items on the timeline and says how many it leaves out`, async () => {
    expect(SIZE).toBeGreaterThan(MAX_DRAWN);
    const watched = await openPage(browser);
    const { page } = watched;
    await page.goto(`${site.url}/`);
    await page.waitForSelector('chronology-timeline[data-ready]');
    await page.getByRole('button', { name: 'Show all', exact: true }).click();
    // Events are drawn with their id; "+N" markers stand for the events left out.
    const events = page.locator('chronology-timeline [data-event-id]');
    await expect.poll(() => events.count()).toBeGreaterThan(0);
    expect(await events.count()).toBeLessThanOrEqual(MAX_DRAWN);
    expect(await page.locator('chronology-timeline [data-more]').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('[data-timeline-note]').textContent())
      .toMatch(/^\d+ matching events are not drawn at this zoom level/);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it("fetches every event's entry once, from the head's preload, which the scripts then use", async () => {
    // A context of its own: another page's fetch of the file could otherwise answer from the HTTP cache.
    const watched = await openPage(browser, {}, { ownContext: true });
    const { page } = watched;
    const requests: string[] = [];
    const warnings: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/data/timeline-entries.json')) requests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${site.url}/`);
    await page.waitForSelector('chronology-timeline[data-ready]');
    // The count covers every event only once the file has been read.
    await expect.poll(() => page.locator('#filter-count').textContent()).toContain(String(SIZE));
    expect(requests).toHaveLength(1);
    // Fetched by the <link> (the parser, with the stylesheets), not by a script once it ran.
    const initiators = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('/data/timeline-entries.json'))
        .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
    );
    expect(initiators).toEqual(['link']);
    expect(warnings.filter((warning) => /preload/i.test(warning))).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('selects from the URL an event the home page does not list (a link from its page to the timeline)', async () => {
    const old = 'event-00001';
    expect(listedIds(read('index.html'))).not.toContain(old);
    const watched = await openPage(browser);
    const { page } = watched;
    await page.goto(`${site.url}/?event=${old}`);
    await page.waitForSelector('chronology-timeline[data-ready]');
    const open = page.locator('[data-timeline-open]');
    await expect.poll(() => open.isVisible()).toBe(true);
    expect(await open.getAttribute('href')).toBe(`/events/${old}/`);
    expect(new URL(page.url()).searchParams.get('event')).toBe(old);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('filters by an actor by keyboard: the count and the timeline cover every match, and an earlier period opens filtered', async () => {
    const actor = 'actor-01';
    const expected = eventsWithActor(actor);
    const watched = await openPage(browser);
    const { page } = watched;
    await page.goto(`${site.url}/`);
    await page.waitForSelector('chronology-timeline[data-ready]');
    const box = page.locator(`#filters input[name="actor"][value="${actor}"]`);
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain(`actor=${actor}`);
    const homeIds = listedIds(read('index.html'));
    const here = expected.filter((id) => homeIds.includes(id)).length;
    expect(here).toBeLessThan(expected.length);
    await expect
      .poll(() => page.locator('#filter-count').textContent())
      .toBe(`${expected.length} events of ${SIZE} match: ${here} of them listed here, the others on the year pages.`);
    expect(await page.locator('#chronology-list li[data-id]:not([hidden])').count()).toBe(here);

    // The map counts every matching event of each place, not only those the list holds.
    const matchingAt = countByPlace(expected);
    const mapCounts = () =>
      page.locator('[data-place-list]:not([hidden]) h4').evaluateAll((headings) =>
        Object.fromEntries(
          headings.map((heading) => {
            const [, name, count] = /^([^,]+),.*\((\d+)\)$/.exec(heading.textContent?.trim() ?? '') ?? [];
            return [name ?? '', Number(count)];
          }),
        ),
      );
    await expect.poll(mapCounts).toEqual(Object.fromEntries(matchingAt));

    // The timeline holds every matching event: with the whole span shown, the drawn ones and the "+N" marks' ones.
    await page.getByRole('button', { name: 'Show all', exact: true }).press('Enter');
    const onTimeline = async () => {
      const drawn = await page
        .locator('chronology-timeline [data-event-id]')
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset['eventId'] ?? ''));
      const more = await page
        .locator('chronology-timeline [data-more]')
        .evaluateAll((nodes) => nodes.flatMap((node) => ((node as HTMLElement).dataset['more'] ?? '').split(' ')));
      return [...new Set([...drawn, ...more])].sort();
    };
    await expect.poll(onTimeline).toEqual(expected);

    // The earlier periods' links carry the filter: 2025 (split into months), then January 2025.
    const year = page.locator('[data-earlier] a[data-period-link]', { hasText: '2025' });
    await expect.poll(() => year.getAttribute('href')).toBe(`/years/2025/?actor=${actor}`);
    await year.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/years/2025/?actor=${actor}`);
    const january = page.locator('.months-nav a', { hasText: 'January 2025' });
    await expect.poll(() => january.getAttribute('href')).toBe(`/years/2025/01/?actor=${actor}`);
    await january.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/years/2025/01/?actor=${actor}`);
    const monthIds = listedIds(read('years/2025/01/index.html'));
    const inMonth = expected.filter((id) => monthIds.includes(id)).length;
    expect(inMonth).toBeGreaterThan(0);
    await expect.poll(() => page.locator(`#filters input[value="${actor}"]`).isChecked()).toBe(true);
    await expect
      .poll(() => page.locator('#filter-count').textContent())
      .toBe(`Showing ${inMonth} of ${monthIds.length} events.`);
    expect(await page.locator('#chronology-list li[data-id]:not([hidden])').count()).toBe(inMonth);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
