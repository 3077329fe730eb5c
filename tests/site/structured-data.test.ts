/**
 * The structured data (schema.org JSON-LD) of the built pages, parsed and checked against the content: an Event
 * on each event page, an ItemList of every event on the home page, a Dataset whose downloads exist on /data/,
 * and none at all in a build without a public address.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { ValidationResult } from '../../src/lib/content/validate.ts';
import { ROOT } from '../helpers/build.ts';
import { PUBLIC_URL, readPage, siteFiles, SUBPATH_DIR } from '../helpers/site.ts';

let content: ValidationResult;
beforeAll(async () => {
  content = (await checkContent(ROOT, { contentDir: 'content' })).result;
});

/** Every JSON-LD block of a built page, parsed. */
function structuredData(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? '') as Record<string, unknown>,
  );
}

describe('structured data (JSON-LD)', () => {
  it('describes every event page as a schema.org Event with its title, dates and permanent address', () => {
    for (const [id, event] of content.events) {
      const blocks = structuredData(readPage(`events/${id}/index.html`));
      expect(blocks, id).toHaveLength(1);
      expect(blocks[0], id).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: event.title,
        description: event.summary,
        startDate: event.date,
        url: `${PUBLIC_URL}/events/${id}/`,
      });
      if (event.location?.coordinates)
        expect(blocks[0]?.['location'], id).toMatchObject({
          geo: { latitude: event.location.coordinates.lat, longitude: event.location.coordinates.lon },
        });
    }
  });

  it('lists every event on the home page, in order, each linking to a page that exists', () => {
    const [list] = structuredData(readPage('index.html'));
    const items = (list?.['itemListElement'] ?? []) as { position: number; url: string }[];
    expect(list).toMatchObject({ '@type': 'ItemList', numberOfItems: content.events.size });
    expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
    const files = new Set(siteFiles());
    for (const item of items) expect(files).toContain(`${new URL(item.url).pathname.slice(1)}index.html`);
  });

  it('describes /data/ as a Dataset whose every download exists in the build', () => {
    const [dataset] = structuredData(readPage('data/index.html'));
    expect(dataset).toMatchObject({ '@type': 'Dataset', license: 'https://creativecommons.org/licenses/by/4.0/' });
    const downloads = (dataset?.['distribution'] ?? []) as { contentUrl: string }[];
    expect(downloads.length).toBeGreaterThan(5);
    const files = new Set(siteFiles());
    for (const download of downloads) expect(files).toContain(new URL(download.contentUrl).pathname.slice(1));
  });

  it('gives link previews a title, description, type and address on every event page', () => {
    const meta = (html: string, key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
    for (const id of content.events.keys()) {
      const html = readPage(`events/${id}/index.html`);
      expect(meta(html, 'og:type'), id).toBe('article');
      expect(meta(html, 'og:url'), id).toBe(`${PUBLIC_URL}/events/${id}/`);
      expect(meta(html, 'twitter:card'), id).toBe('summary_large_image');
      expect(meta(html, 'og:description'), id).toBeTruthy();
      expect(html, id).toContain(`<meta property="og:title" content="`);
    }
    expect(meta(readPage('index.html'), 'og:type')).toBe('website');
  });

  it('is left out of a build without a public address, whose addresses could only be relative', () => {
    for (const file of siteFiles(SUBPATH_DIR).filter((name) => name.endsWith('.html')))
      expect(readPage(file, SUBPATH_DIR), file).not.toContain('application/ld+json');
  });
});
