/**
 * The cite panel and the share images in the built site, read with parse5: every event page names an og:image
 * that exists as a 1200×630 PNG (read from its header), with its size and alt text; every page's panel carries
 * every format with the event's title and permanent address, the CSL-JSON parses to the record, the BibTeX
 * parses back (citation-js), and the downloads hold the same text; a build without a public address has no
 * share image at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { ValidationResult } from '../../src/lib/content/validate.ts';
import { CITATION_FORMATS } from '../../src/lib/citation-formats.ts';
import { pngSize } from '../../src/lib/share-image.ts';
import { ROOT } from '../helpers/build.ts';
import { PUBLIC_URL, readPage, SITE_DIR, siteFiles, SUBPATH_DIR } from '../helpers/site.ts';
import { attr, type Element, elements, text } from '../helpers/html-tree.ts';

/** A page's meta properties (og:…) and names (twitter:…), as parsed. */
function metas(all: Element[]): Map<string, string> {
  return new Map(
    all
      .filter((element) => element.tagName === 'meta')
      .flatMap((element) => {
        const key = attr(element, 'property') ?? attr(element, 'name');
        return key ? [[key, attr(element, 'content') ?? ''] as const] : [];
      }),
  );
}

let content: ValidationResult;
const pages = new Map<string, Element[]>();

beforeAll(async () => {
  content = (await checkContent(ROOT, { contentDir: 'content' })).result;
  for (const id of content.events.keys()) pages.set(id, [...elements(parse(readPage(`events/${id}/index.html`)))]);
});

describe('share images', () => {
  it('are named by every event page, exist, and are PNGs of 1200×630 with the sizes and text the page says', () => {
    const seen = new Set<string>();
    for (const [id, all] of pages) {
      const meta = metas(all);
      const image = meta.get('og:image') ?? '';
      expect(image, id).toBe(`${PUBLIC_URL}/og/events/${id}.png`);
      const bytes = readFileSync(join(SITE_DIR, new URL(image).pathname));
      expect(pngSize(bytes), id).toEqual({ width: 1200, height: 630 });
      expect(meta.get('og:image:width'), id).toBe('1200');
      expect(meta.get('og:image:height'), id).toBe('630');
      expect(meta.get('og:image:type'), id).toBe('image/png');
      expect(meta.get('og:image:alt'), id).toContain(content.events.get(id)!.title);
      expect(meta.get('twitter:card'), id).toBe('summary_large_image');
      seen.add(bytes.toString('base64'));
    }
    // One image per event, each its own.
    expect(seen.size).toBe(content.events.size);
  });

  it('has one site-wide image for the other pages', () => {
    for (const page of ['index.html', 'actors/index.html', 'about/index.html', 'data/index.html']) {
      const meta = metas([...elements(parse(readPage(page)))]);
      expect(meta.get('og:image'), page).toBe(`${PUBLIC_URL}/og/site.png`);
      expect(meta.get('og:image:alt'), page).toBeTruthy();
    }
    expect(pngSize(readFileSync(join(SITE_DIR, 'og/site.png')))).toEqual({ width: 1200, height: 630 });
    const images = siteFiles().filter((file) => file.endsWith('.png'));
    expect(images.length).toBe(content.events.size + 1);
  });

  it('are left out of a build without a public address, like the canonical links', () => {
    expect(siteFiles(SUBPATH_DIR).filter((file) => file.startsWith('og/'))).toEqual([]);
    for (const file of siteFiles(SUBPATH_DIR).filter((name) => name.endsWith('.html'))) {
      const html = readPage(file, SUBPATH_DIR);
      expect(html, file).not.toContain('og:image');
      expect(html, file).toContain('<meta name="twitter:card" content="summary">');
    }
  });
});

describe('the cite panel', () => {
  it('gives every format on every event page, with the title and the permanent address', () => {
    for (const [id, all] of pages) {
      const event = content.events.get(id)!;
      const url = `${PUBLIC_URL}/events/${id}/`;
      const panel = all.find((element) => attr(element, 'data-cite-panel') !== undefined);
      expect(panel, id).toBeDefined();
      const inPanel = [...elements(panel!)];
      expect(text(inPanel.find((element) => element.tagName === 'h3')!), id).toBe('Cite this event');
      const blocks = new Map(
        CITATION_FORMATS.map((format) => [format, inPanel.find((element) => attr(element, 'id') === `cite-${format}`)]),
      );
      for (const [format, block] of blocks) {
        expect(block?.tagName, `${id} ${format}`).toBe('pre');
        // Inside a <details> of its own, so that every format opens without JavaScript.
        expect(block?.parentNode && 'tagName' in block.parentNode ? block.parentNode.tagName : '').toBe('details');
        expect(
          block?.childNodes.every((child) => child.nodeName === '#text'),
          `${id} ${format}`,
        ).toBe(true);
        expect(text(block!), `${id} ${format}`).toContain(url);
      }
      // APA keeps the title's case; citeproc curls its quotation marks (and may move a full stop inside them).
      const unquoted = (words: string) => words.replace(/["'“”‘’]/g, '');
      expect(unquoted(text(blocks.get('apa')!)), id).toContain(unquoted(event.title));
      const [record] = JSON.parse(text(blocks.get('csl-json')!)) as Record<string, unknown>[];
      expect(record, id).toMatchObject({ type: 'webpage', title: event.title, URL: url, id });
      const [parsed] = new Cite(text(blocks.get('bibtex')!)).data as Record<string, unknown>[];
      expect(parsed, id).toMatchObject({ title: event.title, URL: url });
    }
  });

  it('offers the BibTeX and CSL-JSON as files beside the page, holding the text the panel shows', () => {
    const [id, all] = [...pages][0]!;
    for (const [format, file] of [
      ['bibtex', 'citation.bib'],
      ['csl-json', 'citation.json'],
    ] as const) {
      const link = all.find((element) => attr(element, 'href') === `/events/${id}/${file}`);
      expect(link && attr(link, 'download'), format).toBe(`${id}.${file.split('.')[1]}`);
      const block = all.find((element) => attr(element, 'id') === `cite-${format}`)!;
      expect(readPage(`events/${id}/${file}`)).toBe(`${text(block)}\n`);
    }
  });
});
