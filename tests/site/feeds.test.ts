/**
 * The RSS feeds of the real build, read by a real XML parser: valid RSS 2.0, one item per event, links that
 * name the events' permanent pages, the date rule and its order, corrections shown; one feed per actor; the
 * rel="alternate" links and the visible ones. A build without a public address has no feed and no link to one,
 * and a build under a sub-path with a public address puts the prefix in every feed link.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChronology, type EventView } from '../../src/lib/chronology.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import type { ValidationResult } from '../../src/lib/content/validate.ts';
import { dateInWords } from '../../src/lib/date-words.ts';
import { ROOT } from '../helpers/build.ts';
import { FIXTURE_DIR, PUBLIC_URL, readPage, SITE_DIR, siteFiles, SUBPATH, SUBPATH_DIR } from '../helpers/site.ts';
import { attr, elements, text as textOf } from '../helpers/html-tree.ts';

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  category: string[];
}
interface Channel {
  title: string;
  link: string;
  description: string;
  language: string;
  'atom:link': { '@_href': string; '@_rel': string };
  item?: Item[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'category',
});

/** Parses a feed file and checks the RSS 2.0 frame: the rss element, version 2.0, and one channel. */
function readFeed(path: string, dir = SITE_DIR): Channel {
  const doc = parser.parse(readPage(path, dir)) as { rss?: { '@_version'?: string; channel?: Channel } };
  expect(doc.rss?.['@_version'], path).toBe('2.0');
  expect(doc.rss?.channel, path).toBeDefined();
  return doc.rss!.channel!;
}

/** An RFC 822 date as RSS 2.0 wants it, e.g. "Mon, 30 Nov 2026 00:00:00 GMT". */
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** The rel="alternate" RSS links in a page's head, and its <a> elements. */
function readHtml(path: string, dir = SITE_DIR) {
  const all = [...elements(parse(readPage(path, dir)))];
  const head = all.find((element) => element.tagName === 'head');
  const alternates = (head ? [...elements(head)] : [])
    .filter((element) => element.tagName === 'link' && attr(element, 'rel') === 'alternate')
    .map((element) => ({ type: attr(element, 'type'), title: attr(element, 'title'), href: attr(element, 'href') }));
  const anchors = all
    .filter((element) => element.tagName === 'a')
    .map((element) => ({ href: attr(element, 'href'), text: textOf(element).trim() }));
  return { alternates, anchors };
}

let content: ValidationResult;
let ordered: EventView[];
let feed: Channel;
/** The item date by the rule, computed here from the content on its own: updated, reviewed, the first day. */
const ruleDay = (id: string) => {
  const event = content.events.get(id)!;
  return event.updated ?? event.reviewed ?? ordered.find((view) => view.id === id)!.start;
};
const idOf = (link: string) => {
  const match = new RegExp(`^${PUBLIC_URL}/events/([a-z0-9-]+)/$`).exec(link);
  expect(match, link).not.toBeNull();
  return match![1]!;
};

beforeAll(async () => {
  content = (await checkContent(ROOT, { contentDir: 'content' })).result;
  ordered = buildChronology(content.events, content.actors);
  feed = readFeed('feed.xml');
});

describe('/feed.xml', () => {
  it('is an RSS 2.0 channel with a title, a link to the home page, a description stating the date rule, and its own address', () => {
    expect(feed.title).toBe('Azerbaijan–Russia crisis chronology');
    expect(feed.link).toBe(`${PUBLIC_URL}/`);
    expect(feed.description).toMatch(/"updated" date/);
    expect(feed.description).toMatch(/re-checked/);
    expect(feed.description).toMatch(/the day the event began/);
    expect(feed.language).toBe('en');
    expect(feed['atom:link']['@_href']).toBe(`${PUBLIC_URL}/feed.xml`);
    expect(feed['atom:link']['@_rel']).toBe('self');
  });

  it('has one item per event, each with a title, a permanent link as its guid, a pubDate and a description', () => {
    const items = feed.item ?? [];
    expect(items.map((item) => idOf(item.link)).sort()).toEqual([...content.events.keys()].sort());
    for (const item of items) {
      const id = idOf(item.link);
      const event = content.events.get(id)!;
      expect(item.title).toBe(event.title);
      expect(item.guid['#text']).toBe(item.link);
      expect(item.guid['@_isPermaLink']).toBe('true');
      expect(item.pubDate, id).toMatch(RFC_822);
      expect(Number.isNaN(Date.parse(item.pubDate)), id).toBe(false);
      expect(item.description.startsWith(event.summary), id).toBe(true);
      expect(existsSync(join(SITE_DIR, 'events', id, 'index.html')), id).toBe(true);
    }
  });

  it('dates each item by the rule and puts the newest first', () => {
    const items = feed.item ?? [];
    const days = items.map((item) => new Date(item.pubDate).toISOString().slice(0, 10));
    expect(days).toEqual(items.map((item) => ruleDay(idOf(item.link))));
    expect(days).toEqual([...days].sort().reverse());
    // At one date, the later event comes first.
    for (let index = 1; index < items.length; index++) {
      if (days[index] !== days[index - 1]) continue;
      const [before, after] = [items[index - 1]!, items[index]!].map(
        (item) => ordered.find((view) => view.id === idOf(item.link))!.start,
      );
      expect(before! >= after!, `${items[index - 1]!.link} before ${items[index]!.link}`).toBe(true);
    }
  });

  it("shows each correction of a corrected event in that event's description", () => {
    const corrected = [...content.events].filter(([, event]) => event.corrections.length > 0);
    expect(corrected.length).toBeGreaterThan(0);
    for (const [id, event] of corrected) {
      const item = (feed.item ?? []).find((candidate) => idOf(candidate.link) === id)!;
      for (const correction of event.corrections)
        expect(item.description, id).toContain(
          `Corrected on ${dateInWords(correction.date, 'day')}: ${correction.change}`,
        );
    }
    const plain = (feed.item ?? []).find((item) => content.events.get(idOf(item.link))!.corrections.length === 0);
    if (plain) expect(plain.description).not.toContain('Corrected on');
  });

  it('gives the type, the status and every actor of the event as categories', () => {
    for (const item of feed.item ?? []) {
      const view = ordered.find((candidate) => candidate.id === idOf(item.link))!;
      expect(item.category.length).toBe(2 + new Set(view.actors.map((actor) => actor.name)).size);
      for (const actor of view.actors) expect(item.category).toContain(actor.name);
    }
  });
});

describe('the actor feeds', () => {
  it('exist for every actor, and nowhere else', () => {
    const feeds = siteFiles().filter((file) => file.endsWith('.xml') && !file.startsWith('sitemap'));
    expect(feeds.sort()).toEqual(
      ['feed.xml', ...[...content.actors.keys()].map((id) => `actors/${id}/feed.xml`)].sort(),
    );
  });

  it("hold exactly the actor's events, newest first, and link to the actor's page", () => {
    const byCount = [...content.actors.keys()]
      .map((id) => ({ id, events: ordered.filter((view) => view.actors.some((ref) => ref.id === id)) }))
      .sort((a, b) => b.events.length - a.events.length);
    const sample = [byCount[0]!, byCount[1]!, byCount.find((actor) => actor.events.length === 1) ?? byCount.at(-1)!];
    for (const { id, events } of sample) {
      const channel = readFeed(`actors/${id}/feed.xml`);
      const actor = content.actors.get(id)!;
      expect(channel.title).toBe(`${actor.name} · Azerbaijan–Russia crisis chronology`);
      expect(channel.link).toBe(`${PUBLIC_URL}/actors/${id}/`);
      expect(channel.description).toContain(actor.name);
      expect(channel['atom:link']['@_href']).toBe(`${PUBLIC_URL}/actors/${id}/feed.xml`);
      const items = channel.item ?? [];
      expect(items.map((item) => idOf(item.link)).sort()).toEqual(events.map((view) => view.id).sort());
      const main = (feed.item ?? [])
        .map((item) => item.link)
        .filter((link) => items.some((item) => item.link === link));
      expect(items.map((item) => item.link)).toEqual(main);
    }
  });
});

describe('links to the feeds', () => {
  it('every page names the main feed in its head', () => {
    for (const file of siteFiles().filter((name) => name.endsWith('.html'))) {
      const { alternates } = readHtml(file);
      expect(alternates[0], file).toEqual({
        type: 'application/rss+xml',
        title: 'Azerbaijan–Russia crisis chronology',
        href: '/feed.xml',
      });
    }
  });

  it("an actor page names the actor's feed in its head and links it visibly", () => {
    for (const id of content.actors.keys()) {
      const { alternates, anchors } = readHtml(`actors/${id}/index.html`);
      expect(alternates).toContainEqual({
        type: 'application/rss+xml',
        title: `${content.actors.get(id)!.name} · Azerbaijan–Russia crisis chronology`,
        href: `/actors/${id}/feed.xml`,
      });
      expect(anchors).toContainEqual({ href: `/actors/${id}/feed.xml`, text: 'Follow this actor (RSS)' });
    }
  });

  it('the About page links the main feed and says what the feeds hold and how items are dated', () => {
    const { anchors } = readHtml('about/index.html');
    expect(anchors).toContainEqual({ href: '/feed.xml', text: 'Subscribe (RSS)' });
    const html = readPage('about/index.html');
    expect(html).toContain('id="rss-feeds"');
    expect(html).toMatch(/dated by the day its entry last changed/);
  });
});

describe('a build without a public address', () => {
  it('writes no feed and links to none', () => {
    const files = siteFiles(SUBPATH_DIR);
    expect(files.filter((file) => file.endsWith('.xml'))).toEqual([]);
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const { alternates, anchors } = readHtml(file, SUBPATH_DIR);
      expect(alternates, file).toEqual([]);
      expect(
        anchors.filter((anchor) => anchor.href?.endsWith('.xml')),
        file,
      ).toEqual([]);
    }
    expect(readPage('about/index.html', SUBPATH_DIR)).toContain('has no RSS feeds');
  });
});

// The fixture site (built by the global setup: the good fixtures and the inert hostile corpus, under the sub-path
// with a public address) shows where the prefix goes, in a fraction of a real build.
describe('a build under a sub-path with a public address', () => {
  const OUT = FIXTURE_DIR;
  const prefix = `${PUBLIC_URL}${SUBPATH}`;

  it('puts the prefix in the feed, its items, its head link and the visible links', () => {
    const channel = readFeed('feed.xml', OUT);
    expect(channel.link).toBe(prefix);
    expect(channel['atom:link']['@_href']).toBe(`${prefix}feed.xml`);
    expect(channel.item?.length).toBe(readdirSync(join(OUT, 'events')).length);
    for (const item of channel.item ?? []) {
      expect(item.link.startsWith(`${prefix}events/`), item.link).toBe(true);
      const path = new URL(item.link).pathname.slice(SUBPATH.length);
      expect(existsSync(join(OUT, path, 'index.html')), item.link).toBe(true);
    }
    const actorId = readdirSync(join(OUT, 'actors')).find((id) => existsSync(join(OUT, 'actors', id, 'feed.xml')))!;
    expect(readFeed(`actors/${actorId}/feed.xml`, OUT).link).toBe(`${prefix}actors/${actorId}/`);
    expect(readHtml('index.html', OUT).alternates[0]?.href).toBe(`${SUBPATH}feed.xml`);
    expect(readHtml('about/index.html', OUT).anchors).toContainEqual({
      href: `${SUBPATH}feed.xml`,
      text: 'Subscribe (RSS)',
    });
    expect(readHtml(`actors/${actorId}/index.html`, OUT).anchors).toContainEqual({
      href: `${SUBPATH}actors/${actorId}/feed.xml`,
      text: 'Follow this actor (RSS)',
    });
  });
});
