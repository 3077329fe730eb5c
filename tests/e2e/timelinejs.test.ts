/**
 * The TimelineJS export in TimelineJS itself: a newsroom's page (no CSP, as an embed on another site would be)
 * loads Knight Lab's TimelineJS3 from its npm package and points it at the published data/timelinejs.json.
 * It must show every event as a slide with our headline, in our order, and text written into the export by a
 * hostile editor must stay text there too (TimelineJS writes headlines and text into the page as HTML).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticSite } from '../../scripts/lib/serve.ts';
import { jsonText } from '../../src/lib/export/events-json.ts';
import { timelineDocument } from '../../src/lib/export/timelinejs.ts';
import { SCRATCH } from '../helpers/build.ts';
import { launch, openPage } from '../helpers/browser.ts';
import { AT_ROOT, dataWith, hostileEvent } from '../helpers/export.ts';
import { SITE_DIR } from '../helpers/site.ts';

const HOST = join(SCRATCH, 'timelinejs-host');
const TIMELINEJS = join(dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')), 'dist');
/** Markup that runs if a headline or text is inserted unescaped. */
const PROBE = '<img src="x" onerror="window.__ran = (window.__ran || 0) + 1">';

const HOST_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A newsroom's TimelineJS page</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/css/timeline.css" />
    <script src="/js/timeline.js"></script>
  </head>
  <body>
    <div id="embed" style="width: 1000px; height: 650px"></div>
    <script>
      const source = new URLSearchParams(location.search).get('data');
      const timeline = new TL.Timeline('embed', source, { script_path: '/js/', font: null });
      window.__timeline = timeline;
      timeline.on('loaded', () => (window.__loaded = true));
    </script>
  </body>
</html>
`;

interface Slides {
  readonly events: readonly { unique_id: string; text: { headline: string } }[];
}

let browser: Browser;
let host: StaticSite;
let published: Slides;

beforeAll(async () => {
  mkdirSync(HOST, { recursive: true });
  writeFileSync(join(HOST, 'index.html'), HOST_PAGE);
  writeFileSync(join(HOST, '404.html'), '<!doctype html><title>Not found</title>');
  const hostile = dataWith({
    'hostile-event': hostileEvent({ title: `Headline ${PROBE}`, summary: `Summary ${PROBE} that is long enough.` }),
  });
  writeFileSync(join(HOST, 'hostile.json'), jsonText(timelineDocument(hostile, AT_ROOT)));
  const published = join(SITE_DIR, 'data', 'timelinejs.json');
  const mounts: Record<string, string> = { '/published.json': published };
  for (const file of ['js/timeline.js', 'css/timeline.css']) mounts[`/${file}`] = join(TIMELINEJS, file);
  for (const font of ['tl-icons.woff2', 'tl-icons.woff', 'tl-icons.ttf'])
    mounts[`/css/icons/${font}`] = join(TIMELINEJS, 'css', 'icons', font);
  [browser, host] = await Promise.all([launch(), serveFolder(HOST, { headers: false, mounts })]);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function openTimeline(source: string): Promise<{ page: Page; errors: string[]; external: string[] }> {
  const watched = await openPage(browser, { viewport: { width: 1100, height: 800 } });
  await watched.page.goto(`${host.url}/?data=${source}`);
  await watched.page.waitForFunction(() => (window as { __loaded?: boolean }).__loaded === true);
  return watched;
}

const headlines = (page: Page) => page.locator('.tl-slide .tl-headline').allTextContents();

describe('data/timelinejs.json in TimelineJS3', () => {
  it('shows the title and then every event as a slide, in order, with its headline', async () => {
    const { readFile } = await import('node:fs/promises');
    published = JSON.parse(await readFile(join(SITE_DIR, 'data', 'timelinejs.json'), 'utf8')) as Slides;
    const { page, errors, external } = await openTimeline('/published.json');
    const shown = await headlines(page);
    const unescape = (html: string) =>
      html.replace(
        /&(amp|lt|gt|quot|#39);/g,
        (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[entity]!,
      );
    expect(shown).toEqual([
      'Azerbaijan–Russia crisis chronology',
      ...published.events.map((event) => unescape(event.text.headline)),
    ]);
    expect(published.events.length).toBeGreaterThan(40);
    // One marker per event on its time axis, and the next-slide button moves to the first event.
    expect(await page.locator('.tl-timemarker').count()).toBe(published.events.length);
    await page.locator('.tl-slidenav-next').first().click();
    const current = () =>
      page.evaluate(() => (window as { __timeline?: { current_id: string } }).__timeline?.current_id);
    await expect.poll(current).toBe(published.events[0]!.unique_id);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });

  it('keeps a hostile headline and text as text: shown as written, and nothing in them runs', async () => {
    const { page, errors } = await openTimeline('/hostile.json');
    // TimelineJS sanitizes HTML itself (it would drop the handler and keep an image): only an escaped headline
    // reads back as the very characters the editor wrote.
    expect(await headlines(page)).toContain(`Headline ${PROBE}`);
    // Give an image's error handler time to fire if the markup had become an element.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __ran?: number }).__ran ?? 0)).toBe(0);
    expect(await page.locator('#embed img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
