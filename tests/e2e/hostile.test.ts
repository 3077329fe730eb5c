/**
 * The inert half of the hostile corpus (tests/fixtures/hostile.ts): text that looks like script but that the
 * check accepts because it renders as text. One build of all of it, then every page in Chromium, served with
 * the site's headers: no dialog opens, no script runs but the site's own, and no link has an unsafe scheme.
 */
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INERT, layHostile } from '../fixtures/hostile.ts';
import { astroBuild, SCRATCH } from '../helpers/build.ts';
import { launch, openPage } from '../helpers/browser.ts';
import { serve, siteFiles, type StaticSite } from '../helpers/site.ts';

const CONTENT = join(SCRATCH, 'content', 'hostile-inert');
const OUT = join(SCRATCH, 'dist-hostile-inert');

let browser: Browser;
let site: StaticSite;
let pages: string[];

beforeAll(async () => {
  // The inert cases that are not pages each get their own event; the page case would replace about.md.
  layHostile(CONTENT, INERT);
  const run = await astroBuild(CONTENT, OUT, { CHRONOLOGY_MIN_EVENTS: '1' });
  if (run.code !== 0) throw new Error(`The inert corpus did not build:\n${run.output}`);
  pages = siteFiles(OUT).filter((file) => file.endsWith('.html'));
  [browser, site] = await Promise.all([launch(), serve(OUT)]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the inert hostile corpus, built and opened in Chromium', () => {
  it('has a page for every inert event case', () => {
    for (const hostile of INERT.filter((one) => one.file === 'event'))
      expect(pages).toContain(`events/hostile-${hostile.name}/index.html`);
  });

  it('opens no dialog on any page (the watcher itself is proven to catch one)', async () => {
    const { page, errors } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await page.goto(`${site.url}/`);
    await page.evaluate(() => window.alert('probe'));
    expect(dialogs).toEqual([`${site.url}/: probe`]);
    dialogs.length = 0;
    for (const file of pages) {
      await page.goto(`${site.url}/${file.replace(/index\.html$/, '')}`);
      // Hover and focus everything, so that handlers on mouse or focus events would fire too.
      await page.evaluate(() => {
        for (const element of document.querySelectorAll('body *')) {
          for (const type of ['mouseover', 'focus', 'click']) element.dispatchEvent(new Event(type));
        }
      });
    }
    expect(dialogs).toEqual([]);
    expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    await page.context().close();
  });

  it("runs no script but the site's own, and links no unsafe scheme, on any page", async () => {
    const { page } = await openPage(browser);
    for (const file of pages) {
      await page.goto(`${site.url}/${file.replace(/index\.html$/, '')}`);
      const found = await page.evaluate(() => ({
        scripts: [...document.scripts].map((script) => script.src || `inline: ${script.textContent?.slice(0, 40)}`),
        // The bundler's loader adds <link rel="modulepreload"> for the chunks it imports later, with their full
        // address; those are the site's own scripts and are held to the script rule below.
        preloads: [...document.querySelectorAll('link[rel="modulepreload"]')].map(
          (element) => (element as HTMLLinkElement).href,
        ),
        hrefs: [...document.querySelectorAll('[href]:not(link[rel="modulepreload"])')].map(
          (element) => element.getAttribute('href') ?? '',
        ),
        handlers: [...document.querySelectorAll('body *')].flatMap((element) =>
          [...element.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
        ),
      }));
      for (const src of [...found.scripts, ...found.preloads])
        expect(src, file).toMatch(new RegExp(`^${site.url}/_astro/[\\w.-]+\\.js$`));
      for (const href of found.hrefs) expect(href, file).toMatch(/^(https:\/\/|\/|#)/);
      expect(found.handlers, file).toEqual([]);
    }
    await page.context().close();
  });

  it('cites every inert event as text: the cite panel holds no element, and its BibTeX and CSL-JSON read back the title', async () => {
    const { page, errors } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const events = pages.filter((file) => /^events\/[^/]+\/index\.html$/.test(file));
    expect(events.length).toBeGreaterThan(INERT.length / 2);
    for (const file of events) {
      await page.goto(`${site.url}/${file.replace(/index\.html$/, '')}`);
      const found = await page.locator('[data-cite-panel]').evaluate((panel) => {
        for (const details of panel.querySelectorAll('details')) details.open = true;
        return {
          title: document.querySelector('h1')?.textContent ?? '',
          blocks: [...panel.querySelectorAll('pre')].map((pre) => ({
            id: pre.id,
            elements: pre.children.length,
            text: pre.textContent ?? '',
          })),
        };
      });
      expect(
        found.blocks.map((block) => block.id),
        file,
      ).toEqual(['cite-apa', 'cite-chicago', 'cite-mla', 'cite-bibtex', 'cite-csl-json']);
      for (const block of found.blocks) expect(block.elements, `${file} ${block.id}`).toBe(0);
      const text = (id: string) => found.blocks.find((block) => block.id === id)?.text ?? '';
      expect(JSON.parse(text('cite-csl-json')), file).toMatchObject([{ title: found.title }]);
      expect(new Cite(text('cite-bibtex')).data, file).toMatchObject([{ title: found.title }]);
      // Copying gives the same text back, whatever it holds.
      await page.getByRole('button', { name: 'Copy BibTeX' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text('cite-bibtex'));
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows script-like text found by search as text: no dialog, no element but the result list's own", async () => {
    const { page, errors } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const excerpts: string[] = [];
    for (const words of ['alert', 'script', 'onerror', 'entities']) {
      await page.goto(`${site.url}/search/?q=${words}`);
      await expect
        .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 })
        .toMatch(/^\d+ results? for/);
      const found = await page.locator('[data-search-results]').evaluate((list) => ({
        tags: [...new Set([...list.querySelectorAll('*')].map((element) => element.localName))].sort(),
        text: [...list.querySelectorAll('.result-excerpt')].map((excerpt) => excerpt.textContent ?? ''),
      }));
      expect(found.tags, words).toEqual(expect.arrayContaining(['a', 'li', 'mark', 'p', 'span']));
      for (const tag of found.tags) expect(['a', 'li', 'mark', 'p', 'span'], words).toContain(tag);
      excerpts.push(...found.text);
    }
    // The hostile strings reach the reader as the words they are.
    expect(excerpts.join('\n')).toMatch(/<script>alert\(1\)<\/script>|onerror=alert\(1\)/);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
