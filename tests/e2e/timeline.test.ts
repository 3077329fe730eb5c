/**
 * The home page's timeline as a reader meets it, in Chromium against the production build of the real content,
 * served with the real Content-Security-Policy: its box has its final size before any script runs and nothing
 * in it moves when vis-timeline arrives (layout shifts as the browser reports them), its rows fit the box at
 * 1280 and 390 px with and without lanes, "+N" markers stand for the events that do not fit and are reached by
 * keyboard, a band's label stays inside the band, the window follows the date filter, and the latest update is
 * marked. On a touch screen vis-timeline waits for the reader, and the still picture follows the filters.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChronology, type EventView } from '../../src/lib/chronology.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import type { ValidationResult } from '../../src/lib/content/validate.ts';
import { dateInWords } from '../../src/lib/date-words.ts';
import { framing } from '../../src/lib/framing.ts';
import { rugMarks, rugPaths } from '../../src/lib/timeline-axis.ts';
import { initialWindow, LABEL_CHARS, NARROW_DAYS, timelineLabel } from '../../src/lib/timeline-items.ts';
import { markerName, NO_MARKER_TEXT } from '../../src/lib/timeline-keys.ts';
import { ROOT } from '../helpers/build.ts';
import { axeViolations } from '../helpers/axe.ts';
import { contrast } from '../helpers/contrast.ts';
import { openPage, PHONE, type WatchedPage } from '../helpers/browser.ts';
import { useBrowserAndSite } from '../helpers/browser-site.ts';

const at = useBrowserAndSite();
let content: ValidationResult;
let ordered: EventView[];

beforeAll(async () => {
  content = (await checkContent(ROOT, { contentDir: 'content' })).result;
  ordered = buildChronology(content.events, content.actors);
});

const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

/** vis-timeline animates window changes (half a second); on a busy machine give them time. */
const SLOW = { timeout: 10_000, interval: 100 };

type Box = { x: number; y: number; width: number; height: number };
const boxOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y: y + window.scrollY, width, height };
  });
const expectSameBox = (actual: Box, expected: Box) => {
  for (const key of ['x', 'y', 'width', 'height'] as const) expect(actual[key]).toBeCloseTo(expected[key], 0);
};

async function openReady(watched: WatchedPage, query = ''): Promise<void> {
  await watched.page.goto(`${at.site.url}/${query}`);
  await watched.page.waitForSelector('chronology-timeline[data-ready]');
  await settle(watched.page);
}

/** Waits until the drawing stops changing (vis-timeline redraws on animation frames). */
async function settle(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(
          () =>
            `${document.querySelector('chronology-timeline')?.getAttribute('data-window')}|${
              document.querySelector('chronology-timeline .vis-itemset')?.innerHTML.length
            }`,
        );
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 10_000, interval: 250 },
    )
    .toBe(true);
}

/** What the timeline holds: the events drawn, and the events each "+N" marker stands for. */
const drawing = (page: Page) =>
  page.evaluate(() => {
    const spans = [...document.querySelectorAll<HTMLElement>('chronology-timeline .vis-item-content > span')];
    return {
      drawn: spans.filter((span) => span.dataset['eventId']).map((span) => span.dataset['eventId']!),
      markers: spans
        .filter((span) => span.dataset['more'])
        .map((span) => ({ text: span.textContent ?? '', ids: span.dataset['more']!.split(' ') })),
    };
  });

/** The center panel's content height against its own: vis-timeline scrolls inside when it is taller. */
const innerScroll = (page: Page) =>
  page.evaluate(() => {
    const center = document.querySelector<HTMLElement>('chronology-timeline .vis-panel.vis-center')!;
    // vis-timeline keeps two invisible one-pixel shadows at the panel's edges: leave them out of the measure.
    for (const shadow of center.querySelectorAll<HTMLElement>('.vis-shadow')) shadow.hidden = true;
    const result = {
      scrollHeight: center.scrollHeight,
      clientHeight: center.clientHeight,
      itemset: center.querySelector<HTMLElement>('.vis-itemset')!.offsetHeight,
    };
    for (const shadow of center.querySelectorAll<HTMLElement>('.vis-shadow')) shadow.hidden = false;
    return result;
  });

describe('the timeline box', () => {
  it.each(WIDTHS)('has its final size before any script runs, at $width px', async (viewport) => {
    // Every script blocked: what the browser paints first, from the HTML and the CSS alone.
    const blocked = await openPage(at.browser, { viewport });
    await blocked.page.route('**/*.js', (route) => route.abort());
    await blocked.page.goto(`${at.site.url}/`, { waitUntil: 'load' });
    const before = {
      section: await boxOf(blocked.page, '.timeline-section'),
      canvas: await boxOf(blocked.page, '[data-timeline-canvas]'),
    };
    expect(await blocked.page.getByText('Loading the timeline…').isVisible()).toBe(true);
    expect(await blocked.page.locator('[data-timeline-toolbar]').isVisible()).toBe(true);
    const preview = blocked.page.locator(`.preview-${viewport.width < 600 ? 'narrow' : 'wide'}`);
    expect(await preview.isVisible()).toBe(true);
    expect(await preview.locator('text').allTextContents()).toEqual(expect.arrayContaining(['2025', 'Jan']));
    await blocked.page.close();

    // Without JavaScript at all, the box is the same size.
    const noScript = await openPage(at.browser, { viewport, javaScriptEnabled: false });
    await noScript.page.goto(`${at.site.url}/`);
    const still = await boxOf(noScript.page, '[data-timeline-canvas]');
    expect([still.width, still.height]).toEqual([before.canvas.width, before.canvas.height]);
    await noScript.page.close();

    const ready = await openPage(at.browser, { viewport });
    await openReady(ready);
    expectSameBox(await boxOf(ready.page, '.timeline-section'), before.section);
    expectSameBox(await boxOf(ready.page, '[data-timeline-canvas]'), before.canvas);
    expect(await ready.page.locator('[data-timeline-preview]').isVisible()).toBe(false);
    expect(ready.errors).toEqual([]);
    await ready.page.close();
  });

  it('shows its drawing, with its events, the moment the still picture goes: never an empty box', async () => {
    const watched = await openPage(at.browser);
    const { page } = watched;
    // Read in the same task that marks the timeline ready and hides the picture (a mutation observer's callback
    // runs before the browser can paint again).
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const element = document.querySelector('chronology-timeline');
        const record = window as unknown as { atReady?: unknown };
        if (!element?.hasAttribute('data-ready') || record.atReady) return;
        const root = element.querySelector('.vis-timeline');
        const items = [...element.querySelectorAll<HTMLElement>('[data-event-id]')];
        record.atReady = {
          pictureHidden: !!element.querySelector<HTMLElement>('[data-timeline-preview]')?.hidden,
          drawing: root ? getComputedStyle(root).visibility : 'absent',
          shownItems: items.filter((item) => item.checkVisibility({ visibilityProperty: true })).length,
        };
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    await page.goto(`${at.site.url}/`);
    await page.waitForSelector('chronology-timeline[data-ready]');
    const atReady = await page.evaluate(() => (window as unknown as { atReady?: unknown }).atReady);
    expect(atReady).toEqual({ pictureHidden: true, drawing: 'visible', shownItems: expect.any(Number) });
    expect((atReady as { shownItems: number }).shownItems).toBeGreaterThan(0);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it.each(WIDTHS)(
    'moves nothing while vis-timeline loads and draws (layout shift ≤ 0.02), at $width px',
    async (viewport) => {
      const watched = await openPage(at.browser, { viewport });
      const { page } = watched;
      await page.addInitScript(() => {
        const shifts: { value: number; inTimeline: boolean; recentInput: boolean }[] = [];
        (window as unknown as { shifts: typeof shifts }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {
            value: number;
            hadRecentInput: boolean;
            sources: { node: Node | null }[];
          }[]) {
            const section = document.querySelector('.timeline-section');
            shifts.push({
              value: entry.value,
              recentInput: entry.hadRecentInput,
              inTimeline: entry.sources.some((source) => !!source.node && !!section?.contains(source.node)),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await openReady(watched);
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(
        () => (window as unknown as { shifts: { value: number; inTimeline: boolean; recentInput: boolean }[] }).shifts,
      );
      const sum = (list: typeof shifts) => list.reduce((total, shift) => total + shift.value, 0);
      const timeline = sum(shifts.filter((shift) => shift.inTimeline && !shift.recentInput));
      expect(timeline).toBeLessThanOrEqual(0.02);
      expect(watched.errors).toEqual([]);
      await page.close();
    },
  );
});

describe('the rows', () => {
  for (const viewport of WIDTHS) {
    for (const lanes of [false, true]) {
      it(`fit the box with no scroll inside, at ${viewport.width} px${lanes ? ', in lanes' : ''}`, async () => {
        const watched = await openPage(at.browser, { viewport });
        await openReady(watched, lanes ? '?lanes=1' : '');
        if (lanes) expect(await watched.page.locator('chronology-timeline .vis-label').count()).toBe(4);
        const fit = await innerScroll(watched.page);
        expect(fit.itemset).toBeGreaterThan(0);
        expect(fit.itemset).toBeLessThanOrEqual(fit.clientHeight);
        expect(fit.scrollHeight).toBeLessThanOrEqual(fit.clientHeight);
        expect((await drawing(watched.page)).drawn.length).toBeGreaterThan(3);
        expect(watched.errors).toEqual([]);
        await watched.page.close();
      });
    }
  }

  it('stand "+N" markers for the events that do not fit, each event once, and zoom in on one when chosen', async () => {
    const watched = await openPage(at.browser);
    const { page } = watched;
    await openReady(watched);
    const crisis = ordered.filter((event) => !event.background).map((event) => event.id);
    const { drawn, markers } = await drawing(page);
    expect(markers.length).toBeGreaterThan(0);
    for (const marker of markers) expect(marker.text).toBe(`+${marker.ids.length}`);
    const behind = markers.flatMap((marker) => marker.ids);
    expect([...drawn, ...behind].sort()).toEqual([...crisis].sort());
    expect(await page.locator('[data-timeline-note]').textContent()).toBe(
      `${behind.length} matching events are not drawn at this zoom level: see the + marks.`,
    );

    const biggest = markers.reduce((a, b) => (b.ids.length > a.ids.length ? b : a));
    const windowBefore = await page.locator('chronology-timeline').getAttribute('data-window');
    await page.locator(`chronology-timeline [data-more="${biggest.ids.join(' ')}"]`).click();
    await expect
      .poll(() => page.locator('chronology-timeline').getAttribute('data-window'), SLOW)
      .not.toBe(windowBefore);
    await settle(page);
    const after = await drawing(page);
    expect(after.drawn.filter((id) => biggest.ids.includes(id)).length).toBeGreaterThan(0);
    // Choosing a marker selects nothing.
    expect(new URL(page.url()).searchParams.get('event')).toBeNull();
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});

describe('the labels', () => {
  it("keep a band's label inside the band, cut with an ellipsis, and the full title in the hover text", async () => {
    const watched = await openPage(at.browser);
    await openReady(watched);
    const bands = await watched.page.$$eval('chronology-timeline .vis-item.vis-range', (items) =>
      items.map((item) => {
        const box = item.getBoundingClientRect();
        // vis-timeline puts the label in an inner box that fills the band; what it clips is all one can see.
        const clip = item.querySelector<HTMLElement>('.vis-item-overflow')!;
        const clipBox = clip.getBoundingClientRect();
        const label = clip.querySelector<HTMLElement>('.vis-item-content')!;
        const text = label.getBoundingClientRect();
        const span = label.querySelector('span')!;
        const visible = { left: Math.max(text.left, clipBox.left), right: Math.min(text.right, clipBox.right) };
        if (getComputedStyle(clip).overflowX === 'visible')
          Object.assign(visible, { left: text.left, right: text.right });
        return {
          id: span.dataset['eventId'] ?? '',
          hover: span.title,
          left: box.left,
          right: box.right,
          visible,
          cut: label.scrollWidth > label.clientWidth,
          ellipsis: getComputedStyle(label).textOverflow,
        };
      }),
    );
    expect(bands.length).toBeGreaterThan(3);
    for (const band of bands) {
      expect(band.visible.left).toBeGreaterThanOrEqual(band.left - 0.5);
      expect(band.visible.right).toBeLessThanOrEqual(band.right + 0.5);
      expect(band.ellipsis).toBe('ellipsis');
      const view = ordered.find((event) => event.id === band.id)!;
      expect(band.hover).toBe(`${view.when}: ${view.title}`);
    }
    // The content has bands too short for their labels: those are cut, not spilled.
    expect(bands.some((band) => band.cut)).toBe(true);

    // A band chosen reads as every selected item does: light text on the dark fill, not on a month's hatching.
    // (The content's hatched band is a background event of 1984: reached from the first event by keyboard.)
    const hatched = ordered.findIndex((event) => event.precision === 'month' || event.precision === 'year');
    expect(hatched).toBeGreaterThanOrEqual(0);
    await watched.page.locator('[data-timeline-canvas]').focus();
    await watched.page.keyboard.press('Home');
    for (let step = 0; step < hatched; step += 1) await watched.page.keyboard.press('ArrowRight');
    const band = watched.page.locator(
      'chronology-timeline .vis-item.vis-selected.vis-range:is(.precision-month, .precision-year)',
    );
    await expect
      .poll(() => band.locator('[data-event-id]').getAttribute('data-event-id'), SLOW)
      .toBe(ordered[hatched]!.id);
    const colours = await band.evaluate((item) => ({
      image: getComputedStyle(item).backgroundImage,
      fill: getComputedStyle(item).backgroundColor,
      text: getComputedStyle(item.querySelector('.vis-item-content')!).color,
    }));
    expect(colours.image).toBe('none');
    expect(contrast(colours.text, colours.fill)).toBeGreaterThanOrEqual(4.5);

    // No "+N" mark in this window (1984 has its one event): Page Down says so, and the page stays where it is.
    const scrolled = await watched.page.evaluate(() => window.scrollY);
    await watched.page.keyboard.press('PageDown');
    await expect.poll(() => watched.page.locator('[data-timeline-status]').textContent()).toBe(NO_MARKER_TEXT);
    expect(await watched.page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(watched.errors).toEqual([]);
    await watched.page.close();
  });

  it('label a day with its short title (or the title cut at a word), keeping the full title as hover text', async () => {
    const watched = await openPage(at.browser);
    await openReady(watched);
    const points = await watched.page.$$eval(
      'chronology-timeline .vis-item.vis-point .vis-item-content > span',
      (spans) =>
        spans
          .filter((span) => (span as HTMLElement).dataset['eventId'])
          .map((span) => ({
            id: (span as HTMLElement).dataset['eventId']!,
            text: span.textContent ?? '',
            hover: (span as HTMLElement).title,
          })),
    );
    expect(points.length).toBeGreaterThan(10);
    for (const point of points) {
      const event = content.events.get(point.id)!;
      const view = ordered.find((one) => one.id === point.id)!;
      const label = timelineLabel(event.title, event.shortTitle, LABEL_CHARS);
      expect(point.text).toBe(view.precision === 'approximate' ? `c. ${label}` : label);
      expect(point.hover).toBe(`${view.when}: ${event.title}`);
    }
    expect(points.some((point) => point.text.endsWith('…'))).toBe(true);
    await watched.page.close();
  });
});

describe('the window', () => {
  const windowOf = async (page: Page) => {
    const [start = '', end = ''] = (
      (await page.locator('chronology-timeline').getAttribute('data-window')) ?? ''
    ).split('/');
    return { start, end };
  };

  it('follows the date filter, and goes back to the whole crisis when it is cleared', async () => {
    const watched = await openPage(at.browser);
    const { page } = watched;
    await openReady(watched, '?from=2025-02&to=2025-06');
    let shown = await windowOf(page);
    expect(shown.start <= '2025-02-01' && shown.start >= '2025-01-15').toBe(true);
    expect(shown.end >= '2025-06-30' && shown.end <= '2025-07-15').toBe(true);

    await page.locator('#filter-from').fill('');
    await page.locator('#filter-from').dispatchEvent('change');
    await page.locator('#filter-to').fill('2025-03');
    await page.locator('#filter-to').dispatchEvent('change');
    await expect.poll(async () => (await windowOf(page)).end, SLOW).toMatch(/^2025-04-0\d$/);
    shown = await windowOf(page);
    // With no start month, the window starts at the first crisis event.
    expect(shown.start <= '2024-12-25' && shown.start >= '2024-12-01').toBe(true);

    await page.getByRole('button', { name: 'Clear all filters', exact: true }).click();
    const crisis = initialWindow(ordered);
    await expect.poll(() => windowOf(page), SLOW).toEqual(crisis);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('marks the latest update, a date from the content, with a line that cannot be dragged', async () => {
    const watched = await openPage(at.browser);
    const { page } = watched;
    await openReady(watched);
    const latest = framing(content.events.values()).lastUpdated;
    const line = page.locator('chronology-timeline .vis-custom-time.latest-update');
    expect(await line.count()).toBe(1);
    expect(await line.textContent()).toBe(`Latest update: ${dateInWords(latest, 'day')}`);
    expect(await line.evaluate((element) => getComputedStyle(element).pointerEvents)).toBe('none');
    await page.getByRole('button', { name: 'Show all', exact: true }).click();
    await expect
      .poll(async () => {
        const bar = await line.boundingBox();
        const center = await page.locator('chronology-timeline .vis-panel.vis-center').boundingBox();
        return !!bar && !!center && bar.x > center.x && bar.x < center.x + center.width;
      }, SLOW)
      .toBe(true);
    // The line stands at the end of that day: right of every event, left of the window's end.
    const lastEvent = ordered.reduce((last, event) => (event.finish > last ? event.finish : last), '');
    expect(latest >= lastEvent).toBe(true);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});

describe('the "+N" marks by keyboard', () => {
  it('are reached with Page Down and Page Up, named by their events, and Enter zooms in on one', async () => {
    const watched = await openPage(at.browser);
    const { page } = watched;
    await openReady(watched);
    const marks = await page.$$eval('chronology-timeline [data-marker]', (spans) =>
      spans
        .map((span) => {
          const element = span as HTMLElement;
          return {
            id: element.dataset['marker']!,
            ids: element.dataset['more']!.split(' '),
            x: span.getBoundingClientRect().x,
          };
        })
        .sort((a, b) => a.x - b.x),
    );
    expect(marks.length).toBeGreaterThan(1);
    const views = new Map(ordered.map((event) => [event.id, event]));
    const nameOf = (mark: { ids: string[] }) => {
      const events = mark.ids.map((id) => views.get(id)!);
      const finish = events.reduce((last, event) => (event.finish > last ? event.finish : last), '');
      return markerName(events.length, events[0]!.start, finish);
    };
    const status = page.locator('[data-timeline-status]');
    const active = () =>
      page.$$eval('chronology-timeline [data-marker].is-active', (spans) =>
        spans.map((span) => (span as HTMLElement).dataset['marker']),
      );

    // By keyboard only: Tab from the toolbar's last button to the timeline, then the marks left to right.
    await page.getByRole('button', { name: 'Lanes by side', exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => status.textContent())
      .toBe(`${nameOf(marks[0]!)}, not drawn at this zoom level. Press Enter to zoom in on them.`);
    expect(await active()).toEqual([marks[0]!.id]);
    await page.keyboard.press('PageDown');
    await expect.poll(() => status.textContent()).toContain(nameOf(marks[1]!));
    expect(await active()).toEqual([marks[1]!.id]);
    await page.keyboard.press('PageUp');
    await expect.poll(active).toEqual([marks[0]!.id]);
    // The hover text says the same.
    expect(await page.locator(`chronology-timeline [data-marker="${marks[0]!.id}"]`).getAttribute('title')).toBe(
      `${nameOf(marks[0]!)}, not drawn at this zoom level: choose to zoom in`,
    );

    // Enter zooms in on the mark's events and selects the first, drawn; the arrows go on from there.
    const windowBefore = await page.locator('chronology-timeline').getAttribute('data-window');
    const target = marks[1]!;
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Enter');
    const first = target.ids[0]!;
    await expect.poll(() => new URL(page.url()).searchParams.get('event'), SLOW).toBe(first);
    await expect
      .poll(() => page.locator('chronology-timeline').getAttribute('data-window'), SLOW)
      .not.toBe(windowBefore);
    await settle(page);
    expect(await status.textContent()).toContain(`Zoomed in on ${nameOf(target)}.`);
    const [start = '', end = ''] = (
      (await page.locator('chronology-timeline').getAttribute('data-window')) ?? ''
    ).split('/');
    const lastDay = target.ids
      .map((id) => views.get(id)!.finish)
      .sort()
      .at(-1)!;
    expect(start <= views.get(first)!.start && end >= lastDay).toBe(true);
    expect((await drawing(page)).drawn).toContain(first);
    expect(await page.locator(`#e-${first}`).getAttribute('aria-current')).toBe('true');
    expect(await active()).toEqual([]);
    await page.keyboard.press('ArrowRight');
    const next = ordered[ordered.findIndex((event) => event.id === first) + 1]!;
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(next.id);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});

describe('on a touch screen', () => {
  /** The still picture's marks for the narrow box, as the server draws them for these events. */
  const narrowMarks = (events: readonly EventView[]) =>
    rugPaths(rugMarks(events, initialWindow(ordered, NARROW_DAYS))).map(({ lane, d }) => `mark lane-${lane} ${d}`);
  const shownMarks = (page: Page) =>
    page.$$eval('.preview-narrow svg[data-preview-window] path', (paths) =>
      paths.map((path) => `${path.getAttribute('class')} ${path.getAttribute('d')}`),
    );

  it('loads vis-timeline only when the reader turns to it; till then the still picture follows the filters', async () => {
    // A context of its own: the HTTP cache of pages before it must not hide a request for vis-timeline.
    const watched = await openPage(at.browser, PHONE, { ownContext: true });
    const { page } = watched;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const loadsVis = () => scripts.some((path) => /\/vis\.[\w-]+\.js$/.test(path));
    await page.goto(`${at.site.url}/?actor=sputnik-azerbaijan`, { waitUntil: 'load' });
    await page.waitForSelector('chronology-timeline[data-waiting]');
    await page.waitForTimeout(2500);
    expect(loadsVis()).toBe(false);
    expect(await page.locator('chronology-timeline[data-ready]').count()).toBe(0);
    const start = page.getByRole('button', { name: 'Explore the timeline', exact: true });
    expect(await start.isVisible()).toBe(true);
    // The marks are the filtered events'; removing the filter brings back every event's.
    const sputnik = ordered.filter((event) => event.actors.some((actor) => actor.id === 'sputnik-azerbaijan'));
    expect(sputnik.length).toBeLessThan(ordered.length);
    await expect.poll(() => shownMarks(page)).toEqual(narrowMarks(sputnik));
    expect(narrowMarks(sputnik)).not.toEqual(narrowMarks(ordered));
    await page.getByRole('button', { name: 'Remove filter: Actor: Sputnik Azerbaijan' }).tap();
    await expect.poll(() => shownMarks(page)).toEqual(narrowMarks(ordered));
    expect(loadsVis()).toBe(false);

    // A tap on the button loads and draws it, and puts the focus on the timeline itself.
    await start.tap();
    await page.waitForSelector('chronology-timeline[data-ready]');
    expect(loadsVis()).toBe(true);
    expect(await page.locator('[data-timeline-preview]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-roledescription'))).toBe('timeline');
    await settle(page);
    expect((await drawing(page)).drawn.length).toBeGreaterThan(3);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('starts when reached by keyboard, and the arrow keys work from the first press', async () => {
    const watched = await openPage(at.browser, PHONE);
    const { page } = watched;
    await page.goto(`${at.site.url}/`, { waitUntil: 'load' });
    await page.waitForSelector('chronology-timeline[data-waiting]');
    await page.getByRole('button', { name: 'Lanes by side', exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-roledescription'))).toBe('timeline');
    await page.keyboard.press('ArrowRight');
    const first = ordered.find((event) => !event.background)!;
    await expect.poll(() => page.locator('[data-timeline-status]').textContent()).toContain(first.title);
    await page.waitForSelector('chronology-timeline[data-ready]');
    await expect
      .poll(
        () => page.locator('chronology-timeline .vis-item.vis-selected [data-event-id]').getAttribute('data-event-id'),
        SLOW,
      )
      .toBe(first.id);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('starts at once for a view that needs it: a date filter', async () => {
    const watched = await openPage(at.browser, PHONE);
    await watched.page.goto(`${at.site.url}/?from=2025-02&to=2025-06`);
    await watched.page.waitForSelector('chronology-timeline[data-ready]');
    const [start = ''] = ((await watched.page.locator('chronology-timeline').getAttribute('data-window')) ?? '').split(
      '/',
    );
    expect(start >= '2025-01-15' && start <= '2025-02-01').toBe(true);
    expect(watched.errors).toEqual([]);
    await watched.page.close();
  });
});

describe('the list below the timeline, before any scrolling', () => {
  it.each([
    { viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true },
    { viewport: { width: 1280, height: 900 } },
  ])('keeps 24 px targets in the months not drawn yet, at $viewport.width px', async (options) => {
    // An audit that never scrolls (Lighthouse's) measures the months off screen at their estimated height:
    // an estimate under the real one let the next month cover the end of this one ("partially obscured").
    const watched = await openPage(at.browser, options);
    const { page } = watched;
    await page.goto(`${at.site.url}/`, { waitUntil: 'load' });
    await page.waitForSelector('#chronology-list .show-on-timeline', { state: 'attached' });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await axeViolations(page, { rules: ['target-size'] })).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
