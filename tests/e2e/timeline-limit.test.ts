/**
 * A chronology larger than the timeline's item limit (MAX_DRAWN), generated and built: the timeline never
 * draws more than the limit, says how many events it leaves out, and the list still shows every event.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.ts';
import { MAX_DRAWN } from '../../src/scripts/timeline/options.ts';
import { astroBuild, SCRATCH } from '../helpers/build.ts';
import { launch, openPage } from '../helpers/browser.ts';
import { serve, type StaticSite } from '../helpers/site.ts';

const SIZE = 300;
const CONTENT = join(SCRATCH, 'content', `generated-${SIZE}`);
const OUT = join(SCRATCH, `dist-generated-${SIZE}`);

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  generateContent(CONTENT, SIZE);
  const run = await astroBuild(CONTENT, OUT, { CHRONOLOGY_MIN_EVENTS: '1' });
  if (run.code !== 0) throw new Error(`The generated chronology did not build:\n${run.output}`);
  [browser, site] = await Promise.all([launch(), serve(OUT)]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe(`a chronology of ${SIZE} events`, () => {
  it(`draws at most ${MAX_DRAWN} items on the timeline, says how many it leaves out, and lists all ${SIZE}`, async () => {
    expect(SIZE).toBeGreaterThan(MAX_DRAWN);
    const watched = await openPage(browser);
    const { page } = watched;
    await page.goto(`${site.url}/`);
    await page.waitForSelector('chronology-timeline[data-ready]');
    expect(await page.locator('#chronology-list li[data-id]').count()).toBe(SIZE);
    await page.getByRole('button', { name: 'Show all', exact: true }).click();
    // Events are drawn with their id; "+N" markers stand for the events left out.
    const events = page.locator('chronology-timeline [data-event-id]');
    await expect.poll(() => events.count()).toBeGreaterThan(0);
    const drawn = await events.count();
    expect(drawn).toBeLessThanOrEqual(MAX_DRAWN);
    expect(await page.locator('chronology-timeline [data-more]').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('[data-timeline-note]').textContent())
      .toMatch(/^\d+ matching events are not drawn at this zoom level/);
    const leftOut = Number((await page.locator('[data-timeline-note]').textContent())?.match(/^\d+/)?.[0]);
    expect(leftOut).toBeGreaterThan(0);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });
});
