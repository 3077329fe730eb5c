/**
 * The inert half of the hostile corpus (tests/fixtures/hostile.ts): text that looks like script but that the
 * check accepts because it renders as text. Built once with the good fixtures by the global setup (the fixture
 * site, under the sub-path with a public address, so feeds, share images and structured data hold it too), then
 * every page in Chromium, served with the site's headers: no dialog opens, no script runs but the site's own, and
 * no link has an unsafe scheme.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INERT } from '../fixtures/hostile.ts';
import { launch, openPage } from '../helpers/browser.ts';
import { FIXTURE_DIR, serve, siteFiles, SUBPATH, type StaticSite } from '../helpers/site.ts';

let browser: Browser;
let site: StaticSite;
let pages: string[];
/** Where the fixture site starts: the server's address and the sub-path. */
let home: string;

beforeAll(async () => {
  pages = siteFiles(FIXTURE_DIR).filter((file) => file.endsWith('.html'));
  [browser, site] = await Promise.all([launch(), serve(FIXTURE_DIR, SUBPATH)]);
  home = `${site.url}${SUBPATH}`;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface CiteBlock {
  readonly id: string;
  readonly elements: number;
  readonly text: string;
}
/** What one visit to a page found: the page is opened once for all the checks below. */
interface Visit {
  readonly scripts: string[];
  /** The text of each JSON-LD block. */
  readonly data: string[];
  readonly hrefs: string[];
  readonly handlers: string[];
  /** On event pages: the page's title and the cite panel's blocks, and what "Copy BibTeX" put on the clipboard. */
  readonly cite: { readonly title: string; readonly blocks: CiteBlock[]; readonly copied: string } | undefined;
}
const visits = new Map<string, Visit>();
/** Dialogs opened, page errors and console errors over the whole walk, and what the watcher caught of a probe. */
const walk = { dialogs: [] as string[], errors: [] as string[], probe: [] as string[] };

/** Opens every page once, with a dialog watcher: reads its scripts, links and cite panel, then hovers, focuses and clicks everything. */
async function walkPages(): Promise<void> {
  const { page, errors } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  page.on('dialog', async (dialog) => {
    walk.dialogs.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.goto(home);
  await page.evaluate(() => window.alert('probe'));
  walk.probe = walk.dialogs.splice(0);
  for (const file of pages) {
    await page.goto(`${home}${file.replace(/index\.html$/, '')}`);
    const found = await page.evaluate(() => ({
      scripts: [...document.scripts]
        .filter((script) => script.type !== 'application/ld+json')
        .map((script) => script.src || `inline: ${script.textContent?.slice(0, 40)}`),
      // Structured data (schema.org JSON-LD) is data, never run: it must read back as JSON, hostile text and all.
      data: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => script.textContent ?? '',
      ),
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
    let cite: Visit['cite'];
    if (/^events\/[^/]+\/index\.html$/.test(file)) {
      const panel = await page.locator('[data-cite-panel]').evaluate((element) => {
        for (const details of element.querySelectorAll('details')) details.open = true;
        return {
          title: document.querySelector('h1')?.textContent ?? '',
          blocks: [...element.querySelectorAll('pre')].map((pre) => ({
            id: pre.id,
            elements: pre.children.length,
            text: pre.textContent ?? '',
          })),
        };
      });
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.getByRole('button', { name: 'Copy BibTeX' }).click();
      const copied = await page.waitForFunction(async () => (await navigator.clipboard.readText()) || undefined);
      cite = { ...panel, copied: String(await copied.jsonValue()) };
    }
    visits.set(file, {
      scripts: [...found.scripts, ...found.preloads],
      data: found.data,
      hrefs: found.hrefs,
      handlers: found.handlers,
      cite,
    });
    // Hover and focus everything, so that handlers on mouse or focus events would fire too.
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('body *')) {
        for (const type of ['mouseover', 'focus', 'click']) element.dispatchEvent(new Event(type));
      }
    });
  }
  walk.errors = [...errors];
  await page.close();
}

describe('the inert hostile corpus, built and opened in Chromium', () => {
  beforeAll(walkPages);

  it('has a page for every inert event case', () => {
    for (const hostile of INERT.filter((one) => one.file === 'event'))
      expect(pages).toContain(`events/hostile-${hostile.name}/index.html`);
  });

  it('opens no dialog on any page (the watcher itself is proven to catch one)', () => {
    expect(walk.probe).toEqual([`${home}: probe`]);
    expect(visits.size).toBe(pages.length);
    expect(walk.dialogs).toEqual([]);
    expect(walk.errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
  });

  it("runs no script but the site's own, and links no unsafe scheme, on any page", () => {
    for (const [file, found] of visits) {
      for (const src of found.scripts) expect(src, file).toMatch(new RegExp(`^${home}_astro/[\\w.-]+\\.js$`));
      for (const href of found.hrefs) expect(href, file).toMatch(/^(https:\/\/|\/|#)/);
      expect(found.handlers, file).toEqual([]);
      for (const data of found.data) expect(() => JSON.parse(data), file).not.toThrow();
    }
    // The fixture site has a public address, so its event pages carry structured data with the hostile titles.
    const latex = INERT.find((hostile) => hostile.name === 'title-latex-specials')?.value;
    const data = visits.get('events/hostile-title-latex-specials/index.html')?.data ?? [];
    expect(data.map((text) => JSON.stringify(JSON.parse(text))).join('')).toContain(JSON.stringify(latex));
  });

  it('cites every inert event as text: the cite panel holds no element, and its BibTeX and CSL-JSON read back the title', () => {
    const events = [...visits].filter(([, found]) => found.cite);
    expect(events.length).toBeGreaterThan(INERT.length / 2);
    for (const [file, { cite }] of events) {
      const { title, blocks, copied } = cite!;
      expect(
        blocks.map((block) => block.id),
        file,
      ).toEqual(['cite-apa', 'cite-chicago', 'cite-mla', 'cite-bibtex', 'cite-csl-json']);
      for (const block of blocks) expect(block.elements, `${file} ${block.id}`).toBe(0);
      const text = (id: string) => blocks.find((block) => block.id === id)?.text ?? '';
      expect(JSON.parse(text('cite-csl-json')), file).toMatchObject([{ title }]);
      expect(new Cite(text('cite-bibtex')).data, file).toMatchObject([{ title }]);
      // Copying gives the same text back, whatever it holds.
      expect(copied, file).toBe(text('cite-bibtex'));
    }
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
      await page.goto(`${home}search/?q=${words}`);
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
    await page.close();
  });
});
