/**
 * Every page type in Chromium: no accessibility violation that axe can find (light and dark), no console
 * error, no request to another host, no sideways scrolling at 320 px, a print style without the interactive
 * parts, and screenshots (wide and 375 px, light and dark) kept in test-results/screenshots/ for people to look at.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRATCH } from '../helpers/build.ts';
import { launch, openPage } from '../helpers/browser.ts';
import { serve, type StaticSite } from '../helpers/site.ts';

const SHOTS = join(SCRATCH, 'screenshots');
const PAGES = {
  home: '/',
  'home-filtered': '/?actor=sputnik-azerbaijan&lanes=1',
  event: '/events/yekaterinburg-raids/',
  'event-span': '/events/russian-house-closed/',
  actors: '/actors/',
  actor: '/actors/maria-zakharova/',
  about: '/about/',
  'not-found': '/events/no-such-event/',
} as const;

/** The not-found page is itself served with status 404, which Chromium logs; nothing else may fail. */
const withoutOwn404 = (name: string, errors: string[]) =>
  name === 'not-found' ? errors.filter((error) => !/status of 404/.test(error)) : errors;

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [browser, site] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each(Object.entries(PAGES))('the %s page', (name, path) => {
  it.each(['light', 'dark'] as const)('passes axe (WCAG 2.1 AA) in %s mode, with no console error or outside request', async (scheme) => {
    const watched = await openPage(browser, { colorScheme: scheme });
    const { page } = watched;
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.status()).toBe(name === 'not-found' ? 404 : 200);
    if (name.startsWith('home')) await page.waitForSelector('chronology-timeline .vis-item-content');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(violations).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `${name}-1280-${scheme}.png`), fullPage: name !== 'home' });
    expect(withoutOwn404(name, watched.errors)).toEqual([]);
    expect(watched.external).toEqual([]);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('fits a 375 px phone in %s mode and a 320 px one without sideways scrolling', async (scheme) => {
    const watched = await openPage(browser, { colorScheme: scheme, viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    const { page } = watched;
    await page.goto(`${site.url}${path}`);
    if (name.startsWith('home')) await page.waitForSelector('chronology-timeline .vis-item-content');
    await page.screenshot({ path: join(SHOTS, `${name}-375-${scheme}.png`), fullPage: true });
    await page.setViewportSize({ width: 320, height: 700 });
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(withoutOwn404(name, watched.errors)).toEqual([]);
    await page.context().close();
  });
});

describe('printing', () => {
  it('prints the list and the event pages without the timeline, the filters or the navigation', async () => {
    const watched = await openPage(browser);
    const { page } = watched;
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.url}/`);
    expect(await page.locator('chronology-timeline').isVisible()).toBe(false);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('#chronology-list').isVisible()).toBe(true);
    await page.goto(`${site.url}/events/azal-8243-crash/`);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.pager').isVisible()).toBe(false);
    await page.pdf({ path: join(SHOTS, 'event-print.pdf') });
    await page.context().close();
  });
});
