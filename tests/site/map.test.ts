/**
 * The maps in the built site, read with parse5 and checked against the built data/events.geojson (the events
 * with coordinates): one marker, or one entry beyond the map, per place with the right count; one list per place
 * with exactly its events; the count of events with no place; nothing loaded from elsewhere; a locator map on
 * every located event page and on no other; and what the map costs the home page.
 */
import { gzipSync } from 'node:zlib';
import { parse, serialize } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, siteFiles } from '../helpers/site.ts';
import { attr, type Element, elements, text } from '../helpers/html-tree.ts';

interface GeoFeature {
  readonly id: string;
  readonly geometry: { readonly coordinates: [number, number] };
}

let home: string;
let section: Element;
let all: Element[];
/** The built geojson's events grouped by their coordinates (two decimals, as the map groups them). */
let groups: Map<string, string[]>;
let eventIds: string[];

beforeAll(() => {
  home = readPage('index.html');
  const found = [...elements(parse(home))].find((element) => attr(element, 'data-region-map') !== undefined);
  if (!found) throw new Error('The home page has no element with data-region-map.');
  section = found;
  all = [...elements(section)];
  const geojson = JSON.parse(readPage('data/events.geojson')) as { features: GeoFeature[] };
  groups = new Map();
  for (const feature of geojson.features) {
    const [lon, lat] = feature.geometry.coordinates;
    const key = `${lat.toFixed(2)},${lon.toFixed(2)}`;
    groups.set(key, [...(groups.get(key) ?? []), feature.id]);
  }
  eventIds = siteFiles()
    .filter((file) => /^events\/[^/]+\/index\.html$/.test(file))
    .map((file) => file.split('/')[1]!);
});

describe('the home page map', () => {
  it('lists each place once with exactly the events at its coordinates', () => {
    expect(groups.size).toBeGreaterThan(3);
    const lists = all.filter((element) => attr(element, 'data-place-list') !== undefined);
    const listed = lists.map((list) =>
      [...elements(list)]
        .map((element) => attr(element, 'data-event'))
        .filter((id): id is string => id !== undefined)
        .sort(),
    );
    expect(listed.map((ids) => ids.join(' ')).sort()).toEqual(
      [...groups.values()].map((ids) => [...ids].sort().join(' ')).sort(),
    );
    for (const list of lists) expect(attr(list, 'id')).toBe(attr(list, 'data-place-list'));
  });

  it('has one marker or one entry beyond the map per place, naming the place and its number of events', () => {
    const lists = all.filter((element) => attr(element, 'data-place-list') !== undefined);
    const markers = all.filter((element) => element.tagName === 'a' && attr(element, 'data-place') !== undefined);
    const beyond = all.filter((element) => attr(element, 'data-beyond') !== undefined);
    expect(markers.length).toBeGreaterThan(3);
    expect(markers.length + beyond.length).toBe(groups.size);
    for (const list of lists) {
      const anchor = attr(list, 'id')!;
      const count = [...elements(list)].filter((element) => attr(element, 'data-event') !== undefined).length;
      const onMap = markers.filter((marker) => attr(marker, 'href') === `#${anchor}`);
      const off = beyond.filter((item) => attr(item, 'data-beyond') === anchor);
      expect(onMap.length + off.length, anchor).toBe(1);
      const words = `${count} ${count === 1 ? 'event' : 'events'}`;
      if (onMap[0]) {
        expect(attr(onMap[0], 'aria-label')).toMatch(new RegExp(`^[^:]+: ${words}$`));
        expect(attr(onMap[0], 'aria-label')).toContain(attr(onMap[0], 'data-name'));
        expect(text(onMap[0])).toContain(String(count));
      } else {
        expect(text(off[0]!)).toContain(`(${words})`);
        expect([...elements(off[0]!)].some((element) => attr(element, 'href') === `#${anchor}`)).toBe(true);
      }
    }
    const baku = markers.find((marker) => attr(marker, 'aria-label')?.startsWith('Baku (Azerbaijan): '));
    expect(baku, 'a marker named "Baku (Azerbaijan): N events"').toBeDefined();
  });

  it('says how many events have no place on the map', () => {
    const located = [...groups.values()].flat().length;
    const sentence = all.find((element) => attr(element, 'data-map-unplaced') !== undefined)!;
    expect(text(sentence).trim()).toBe(
      `${eventIds.length - located} of the ${eventIds.length} events have no place on the map.`,
    );
    expect(text(section)).toMatch(/Natural Earth.*imply no position/);
  });

  it('loads nothing and links nowhere outside the site', () => {
    const html = serialize(section);
    for (const element of all) {
      for (const name of ['href', 'src', 'xlink:href', 'style']) {
        const value = attr(element, name);
        if (value === undefined) continue;
        expect(value, `${element.tagName} ${name}`).toMatch(/^(#|\/)/);
      }
      expect(['image', 'img', 'iframe', 'use', 'foreignobject']).not.toContain(element.tagName.toLowerCase());
    }
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('costs the home page little: its share of the HTML gzipped stays under 7.5 KB', () => {
    const html = sectionSource(home);
    const rest = home.replace(html, '');
    const growth = gzipSync(home, { level: 9 }).length - gzipSync(rest, { level: 9 }).length;
    console.info(`Map section: ${html.length} bytes, ${growth} bytes gzipped in the home page.`);
    expect(growth).toBeLessThan(7500);
  });
});

/** The map section's own source text in the page: from its start tag to the </section> that closes it. */
function sectionSource(page: string): string {
  const start = page.lastIndexOf('<section', page.indexOf('data-region-map'));
  let depth = 0;
  for (const match of page.slice(start).matchAll(/<section\b|<\/section>/g)) {
    depth += match[0] === '</section>' ? -1 : 1;
    if (depth === 0) return page.slice(start, start + match.index + match[0].length);
  }
  throw new Error('The map section is not closed.');
}

describe('the locator map', () => {
  it('is on every event page with coordinates, naming its place, and on no other', () => {
    const located = new Set([...groups.values()].flat());
    expect(located.size).toBeGreaterThan(0);
    expect(eventIds.length).toBeGreaterThan(located.size);
    for (const id of eventIds) {
      const page = [...elements(parse(readPage(`events/${id}/index.html`)))];
      const block = page.find((element) => attr(element, 'data-locator') !== undefined);
      if (!located.has(id)) {
        expect(block, id).toBeUndefined();
        continue;
      }
      expect(block, id).toBeDefined();
      const inside = [...elements(block!)];
      const svg = inside.find((element) => element.tagName === 'svg')!;
      expect(attr(svg, 'role')).toBe('img');
      expect(attr(svg, 'aria-label')).toMatch(/^Map of the area around .+, with the place marked$/);
      expect(
        inside
          .find((element) => element.tagName === 'h3')
          ?.childNodes.map(text)
          .join(''),
      ).toBe('Where');
      expect(inside.some((element) => element.tagName === 'p' && text(element).length > 2)).toBe(true);
      expect(serialize(block!)).not.toMatch(/https?:\/\//);
    }
  });
});
