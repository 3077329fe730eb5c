/**
 * The maps in Chromium against the production build of the real content: the home page's markers follow the
 * actor filter and the selection, a marker is reached with Tab and leads to its place's events, the targets are
 * 24 px on a phone, the followed thread's places are ringed, without sideways scroll, and the locator map is on a located event page and absent elsewhere.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { ValidationResult } from '../../src/lib/content/validate.ts';
import { ROOT } from '../helpers/build.ts';
import { openPage, PHONE, type WatchedPage } from '../helpers/browser.ts';
import { contrast, luminance, parseColor } from '../helpers/contrast.ts';
import { useBrowserAndSite } from '../helpers/browser-site.ts';

const at = useBrowserAndSite();
let content: ValidationResult;

beforeAll(async () => {
  content = (await checkContent(ROOT, { contentDir: 'content' })).result;
});

interface MarkerState {
  readonly anchor: string;
  readonly shown: boolean;
  readonly name: string;
  readonly count: string;
  /** The ids listed under the map for its place (server-rendered, whatever the filters). */
  readonly events: string[];
}

/** Every marker as the reader's browser has it: shown or not, its accessible name and its visible count. */
const markers = (page: Page): Promise<MarkerState[]> =>
  page.$$eval('[data-region-map] a[data-place]', (links) =>
    links.map((link) => {
      const anchor = (link as SVGAElement).dataset['place'] ?? '';
      const list = document.getElementById(anchor);
      return {
        anchor,
        shown: getComputedStyle(link).display !== 'none',
        name: link.getAttribute('aria-label') ?? '',
        count: link.querySelector('[data-count]')?.textContent ?? '',
        events: [...(list?.querySelectorAll<HTMLElement>('[data-event]') ?? [])].map(
          (item) => item.dataset['event'] ?? '',
        ),
      };
    }),
  );

const eventsWithActor = (actor: string) =>
  new Set([...content.events].filter(([, event]) => event.actors.some((a) => a.id === actor)).map(([id]) => id));
const located = () => [...content.events].filter(([, event]) => event.location?.coordinates).map(([id]) => id);

/** Opens the home page once its timeline is drawn, or (on a touch screen) waiting for the reader to start it. */
async function openHome(watched: WatchedPage, query = ''): Promise<void> {
  await watched.page.goto(`${at.site.url}/${query}`);
  await watched.page.waitForSelector('chronology-timeline:is([data-ready], [data-waiting])');
}

describe('the home page map', () => {
  it('hides the markers with no event left when filtering by an actor, and counts the rest', async () => {
    const watched = await openPage(at.browser);
    const { page } = watched;
    await openHome(watched);
    const before = await markers(page);
    expect(before.length).toBeGreaterThan(3);
    expect(before.every((marker) => marker.shown)).toBe(true);

    await page
      .locator('details[data-side="russia"]')
      .evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await page.getByLabel(/^Sputnik Azerbaijan \(\d+\)$/).check();
    const chosen = eventsWithActor('sputnik-azerbaijan');
    await expect.poll(() => page.locator('#filter-count').textContent()).toMatch(`Showing ${chosen.size} of`);

    const after = await markers(page);
    for (const marker of after) {
      const left = marker.events.filter((id) => chosen.has(id)).length;
      expect(marker.shown, marker.anchor).toBe(left > 0);
      if (left > 0) {
        expect(marker.name).toMatch(new RegExp(`: ${left} ${left === 1 ? 'event' : 'events'}$`));
        expect(marker.count).toBe(String(left));
      }
    }
    expect(after.some((marker) => !marker.shown)).toBe(true);
    expect(after.some((marker) => marker.shown)).toBe(true);

    const placed = located().filter((id) => chosen.has(id)).length;
    await expect
      .poll(() => page.locator('[data-map-unplaced]').textContent())
      .toBe(
        chosen.size - placed === 0
          ? `All ${chosen.size} events shown have a place.`
          : `${chosen.size - placed} of the ${chosen.size} events shown ${chosen.size - placed === 1 ? 'has' : 'have'} no place on the map.`,
      );
    // The lists under the map follow too: only the chosen events remain visible.
    const visibleItems = await page.$$eval('[data-region-map] [data-event]', (items) =>
      items
        .filter((item) => (item as HTMLElement).offsetParent !== null)
        .map((item) => (item as HTMLElement).dataset['event']),
    );
    expect(visibleItems.every((id) => chosen.has(id ?? ''))).toBe(true);
    expect(visibleItems.length).toBe(placed);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.close();
  });

  it('marks the place of the selected event', async () => {
    const watched = await openPage(at.browser);
    const id = located()[0]!;
    await openHome(watched, `?event=${id}`);
    const selected = watched.page.locator('[data-region-map] a.is-selected');
    await expect.poll(() => selected.count()).toBe(1);
    expect(await selected.getAttribute('aria-current')).toBe('true');
    const anchor = (await selected.getAttribute('href'))!.slice(1);
    expect(await watched.page.locator(`#${anchor} [data-event="${id}"]`).count()).toBe(1);
    await watched.page.close();
  });

  it('rings the places of the followed thread, from the URL and when the reader picks another', async () => {
    const watched = await openPage(at.browser);
    const { page } = watched;
    const ringed = () =>
      page.$$eval('[data-region-map] a.in-thread', (links) =>
        links.map((link) => (link as SVGAElement).dataset['place'] ?? '').sort(),
      );
    const placesOf = async (thread: string) => {
      const ids = new Set(content.threads.get(thread)!.events);
      return (await markers(page))
        .filter((m) => m.events.some((id) => ids.has(id)))
        .map((m) => m.anchor)
        .sort();
    };
    await openHome(watched, '?thread=yekaterinburg-raids-aftermath');
    const yekaterinburg = await placesOf('yekaterinburg-raids-aftermath');
    expect(yekaterinburg.length).toBeGreaterThan(1);
    await expect.poll(ringed).toEqual(yekaterinburg);
    await page.getByLabel('Mark the events of').selectOption('flight-8243');
    const flight = await placesOf('flight-8243');
    expect(flight).not.toEqual(yekaterinburg);
    await expect.poll(ringed).toEqual(flight);
    await page.getByLabel('Mark the events of').selectOption('');
    await expect.poll(ringed).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('reaches a marker with Tab and follows it to the events at its place', async () => {
    const watched = await openPage(at.browser);
    const { page } = watched;
    await openHome(watched);
    // Start the keyboard path at the map's heading (a click would focus <main>, which takes focus for the skip link).
    const fromHeading = () =>
      page.locator('#map-heading').evaluate((heading) => {
        (heading as HTMLElement).tabIndex = -1;
        (heading as HTMLElement).focus();
      });
    await fromHeading();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      label: document.activeElement?.getAttribute('aria-label') ?? '',
      href: document.activeElement?.getAttribute('href') ?? '',
      marker: document.activeElement?.matches('[data-region-map] a[data-place]') ?? false,
    }));
    expect(focused.marker).toBe(true);
    expect(focused.label).toMatch(/^.+: \d+ events?$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(focused.href);
    const target = page.locator(focused.href);
    await expect.poll(() => target.isVisible()).toBe(true);
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(900);
    const count = Number(/: (\d+) events?$/.exec(focused.label)![1]);
    expect(await target.locator('[data-event] a[href*="/events/"]').count()).toBe(count);
    // Tab goes on from the marker to the next marker.
    await fromHeading();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('a[data-place]'))).toBe(true);
    await page.close();
  });

  it('works by touch on a phone: a tap on a marker leads to its place, a thread picked in the filters rings its places', async () => {
    const watched = await openPage(at.browser, PHONE);
    const { page } = watched;
    await openHome(watched);
    const marker = page.locator('[data-region-map] a[data-place]').first();
    const href = (await marker.getAttribute('href'))!;
    await marker.scrollIntoViewIfNeeded();
    await marker.tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    await expect.poll(() => page.locator(href).isVisible()).toBe(true);
    // The thread choice sits with the filters in the dialog on a phone.
    await page.getByRole('button', { name: 'Filters', exact: true }).tap();
    await page.getByLabel('Mark the events of').selectOption('yekaterinburg-raids-aftermath');
    await page.getByRole('button', { name: /^Show \d+ events$/ }).tap();
    await expect.poll(() => page.locator('[data-region-map] a.in-thread').count()).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('thread')).toBe('yekaterinburg-raids-aftermath');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('keeps 24 px targets and no sideways scroll on a 320 px screen, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const watched = await openPage(at.browser, { viewport: { width: 320, height: 800 }, colorScheme });
      const { page } = watched;
      await openHome(watched);
      await page.locator('[data-region-map]').scrollIntoViewIfNeeded();
      const sizes = await page.$$eval('[data-region-map] a[data-place] circle', (circles) =>
        circles.map((circle) => circle.getBoundingClientRect()).map((box) => [box.width, box.height]),
      );
      expect(sizes.length).toBeGreaterThan(3);
      for (const [width, height] of sizes) {
        expect(width).toBeGreaterThanOrEqual(24);
        expect(height).toBeGreaterThanOrEqual(24);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.close();
    }
  });
});

describe('the map colours', () => {
  /** The computed colours of the map's parts on the home page and of the locator map on a located event page. */
  const colours = async (page: Page) =>
    page.evaluate(() => {
      const style = (selector: string) => {
        const element = document.querySelector(selector);
        if (!element) throw new Error(`no ${selector}`);
        return getComputedStyle(element);
      };
      const label = style('.region-map .marker .label');
      return {
        sea: style('.region-map .sea').fill,
        land: style('.region-map .land').fill,
        coast: style('.region-map .land').stroke,
        borders: style('.region-map .borders').stroke,
        marker: style('.region-map .marker circle').fill,
        count: style('.region-map .marker .count').fill,
        label: label.fill,
        halo: label.stroke,
      };
    });

  it('reads the colours the browser computes (the check itself)', () => {
    expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5);
    expect(contrast('color(srgb 1 1 1)', 'rgb(255, 255, 255)')).toBeCloseTo(1, 5);
    expect(parseColor('color(srgb 0.5 0.25 0)')).toEqual([127.5, 63.75, 0]);
    expect(() => parseColor('rgba(0, 0, 0, 0.5)')).toThrow(/see-through/);
  });

  it.each(['light', 'dark'] as const)(
    'in %s mode: land lighter than the sea, markers 3:1 on both, labels 4.5:1 on their halo of land colour',
    async (colorScheme) => {
      const watched = await openPage(at.browser, { colorScheme });
      const { page } = watched;
      await page.goto(`${at.site.url}/`);
      const c = await colours(page);
      // Land and sea read the same way in both schemes (before, dark land was darker than its sea, at 1.4:1).
      expect(luminance(parseColor(c.land))).toBeGreaterThan(luminance(parseColor(c.sea)));
      expect(contrast(c.land, c.sea)).toBeGreaterThanOrEqual(colorScheme === 'dark' ? 1.8 : 1.4);
      for (const line of [c.coast, c.borders]) {
        expect(contrast(line, c.land)).toBeGreaterThanOrEqual(3);
        expect(contrast(line, c.sea)).toBeGreaterThanOrEqual(3);
      }
      expect(contrast(c.marker, c.land)).toBeGreaterThanOrEqual(3);
      expect(contrast(c.marker, c.sea)).toBeGreaterThanOrEqual(3);
      expect(contrast(c.count, c.marker)).toBeGreaterThanOrEqual(4.5);
      expect(c.halo).toBe(c.land);
      expect(contrast(c.label, c.halo)).toBeGreaterThanOrEqual(4.5);

      // The locator map on an event page uses the same colours.
      await page.goto(`${at.site.url}/events/${located()[0]}/`);
      const locator = await page.evaluate(() => {
        const fill = (selector: string) => getComputedStyle(document.querySelector(`[data-locator] ${selector}`)!).fill;
        return { sea: fill('.sea'), land: fill('.land'), spot: fill('.spot') };
      });
      expect([locator.sea, locator.land]).toEqual([c.sea, c.land]);
      expect(contrast(locator.spot, locator.land)).toBeGreaterThanOrEqual(3);
      expect(watched.errors).toEqual([]);
      await page.close();
    },
  );
});

describe('the locator map', () => {
  it('is on a located event page, naming the place, and absent on an event without coordinates', async () => {
    const watched = await openPage(at.browser);
    const { page } = watched;
    const withPlace = located()[0]!;
    const withoutPlace = [...content.events.keys()].find((id) => !content.events.get(id)!.location?.coordinates)!;
    await page.goto(`${at.site.url}/events/${withPlace}/`);
    const block = page.locator('.event-rail [data-locator]');
    expect(await block.locator('h3').textContent()).toBe('Where');
    expect(await block.locator('svg[role="img"]').isVisible()).toBe(true);
    expect(await block.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(/^Map of the area around /);
    const country = content.events.get(withPlace)!.location!.country;
    expect(await block.textContent()).toContain(new Intl.DisplayNames(['en'], { type: 'region' }).of(country)!);
    await page.goto(`${at.site.url}/events/${withoutPlace}/`);
    await page.waitForSelector('.event-rail');
    expect(await page.locator('[data-locator]').count()).toBe(0);
    expect(watched.errors).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.close();
  });
});
