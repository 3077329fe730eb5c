import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildChronology, type EventView } from '../../src/lib/chronology.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import {
  actorFeedDescription,
  actorFeedPath,
  actorFeedTitle,
  channelExtras,
  DATE_RULE,
  dayToDate,
  FEED_DESCRIPTION,
  FEED_PATH,
  feedItems,
  itemCategories,
  itemDay,
  itemDescription,
  rssInput,
  type FeedFacts,
} from '../../src/lib/feed.ts';
import { escapeMarkup } from '../../src/lib/escape.ts';
import { FIXTURE_TODAY, GOOD, readFixture } from '../helpers/fixtures.ts';

/** A view with only what the feed reads set to something meaningful. */
function view(id: string, start: string, extra: Partial<EventView> = {}): EventView {
  return {
    id,
    title: `Title of ${id}`,
    summary: `Summary of ${id}.`,
    date: start,
    precision: 'day',
    end: undefined,
    endPrecision: 'day',
    start,
    finish: start,
    when: start,
    type: 'statement',
    status: 'confirmed',
    background: false,
    importance: 2,
    actors: [{ id: 'ilham-aliyev', name: 'Ilham Aliyev', side: 'azerbaijan', role: 'initiator' }],
    lane: 'azerbaijan',
    group: start.slice(0, 7),
    claims: [],
    ...extra,
  };
}
const facts = (extra: Partial<FeedFacts> = {}): FeedFacts => ({ corrections: [], ...extra });
const url = (id: string) => `https://example.org/events/${id}/`;

describe('itemDay: the date rule', () => {
  it('takes updated first, then reviewed, then the first day of the event', () => {
    const event = view('a', '2025-02-01');
    expect(itemDay(event, { updated: '2026-01-02', reviewed: '2026-03-04' })).toBe('2026-01-02');
    expect(itemDay(event, { reviewed: '2026-03-04' })).toBe('2026-03-04');
    expect(itemDay(event, {})).toBe('2025-02-01');
  });

  it('is stated in the feed description', () => {
    expect(DATE_RULE).toMatch(/updated/);
    expect(DATE_RULE).toMatch(/re-checked/);
    expect(DATE_RULE).toMatch(/began/);
    expect(FEED_DESCRIPTION).toContain(DATE_RULE);
    expect(actorFeedDescription('Ilham Aliyev')).toContain(DATE_RULE);
    expect(actorFeedDescription('Ilham Aliyev')).toContain('Ilham Aliyev takes part');
    expect(actorFeedTitle('Ilham Aliyev')).toBe('Ilham Aliyev · Azerbaijan–Russia crisis chronology');
  });
});

describe('dayToDate', () => {
  it('reads a calendar day as the start of that day in UTC', () => {
    expect(dayToDate('2024-12-25').toISOString()).toBe('2024-12-25T00:00:00.000Z');
    expect(dayToDate('1984-01-01').toUTCString()).toBe('Sun, 01 Jan 1984 00:00:00 GMT');
  });

  it('refuses what is not a day', () => {
    expect(() => dayToDate('2024-13-45')).toThrow('Not a calendar day: 2024-13-45');
    expect(() => dayToDate('soon')).toThrow(/Not a calendar day/);
  });
});

describe('itemDescription', () => {
  it('is the summary alone when there is no correction', () => {
    expect(itemDescription('What happened.', [])).toBe('What happened.');
  });

  it('adds one "Corrected on" line per correction, oldest first as given, after the summary', () => {
    const text = itemDescription('What happened.', [
      { date: '2025-07-03', change: 'The date was wrong; it is now 2 July.', reason: 'The ministry.' },
      { date: '2026-11-30', change: 'The name was misspelt.', reason: 'The court record.' },
    ]);
    expect(text).toBe(
      'What happened.\n\nCorrected on 3 July 2025: The date was wrong; it is now 2 July.\n\nCorrected on 30 November 2026: The name was misspelt.',
    );
  });
});

describe('itemCategories', () => {
  it('names the type, the status and every actor once', () => {
    const event = view('a', '2025-01-01', {
      type: 'diplomatic-step',
      status: 'disputed',
      actors: [
        { id: 'x', name: 'Ilham Aliyev', side: 'azerbaijan', role: 'initiator' },
        { id: 'y', name: 'Vladimir Putin', side: 'russia', role: 'target' },
      ],
    });
    expect(itemCategories(event)).toEqual(['Diplomatic step', 'Disputed', 'Ilham Aliyev', 'Vladimir Putin']);
  });
});

describe('feedItems', () => {
  const views = [
    view('old-event', '2024-12-25'),
    view('middle-event', '2025-03-01'),
    view('late-event', '2025-07-01'),
    view('unreviewed', '2025-08-01'),
    view('same-day-b', '2025-05-01'),
    view('same-day-a', '2025-05-01'),
  ];
  const data = new Map<string, FeedFacts>([
    ['old-event', facts({ updated: '2026-11-30', reviewed: '2026-01-01' })],
    ['middle-event', facts({ reviewed: '2026-11-30' })],
    ['late-event', facts({ reviewed: '2026-10-01' })],
    ['unreviewed', facts()],
    ['same-day-b', facts({ updated: '2026-11-30' })],
    ['same-day-a', facts({ updated: '2026-11-30' })],
  ]);

  it('puts the newest item date first; at one date the later event first, then by id', () => {
    const items = feedItems(views, data, url);
    expect(items.map((item) => item.id)).toEqual([
      'same-day-a',
      'same-day-b',
      'middle-event',
      'old-event',
      'late-event',
      'unreviewed',
    ]);
    expect(items.map((item) => item.pubDate.toISOString().slice(0, 10))).toEqual([
      '2026-11-30',
      '2026-11-30',
      '2026-11-30',
      '2026-11-30',
      '2026-10-01',
      '2025-08-01',
    ]);
  });

  it('gives the same order whatever the input order', () => {
    const forward = feedItems(views, data, url).map((item) => item.id);
    expect(feedItems([...views].reverse(), data, url).map((item) => item.id)).toEqual(forward);
  });

  it('links each item to the permanent URL the caller makes, and keeps the title and summary as they are', () => {
    const [item] = feedItems([view('x-event', '2025-01-01')], new Map([['x-event', facts()]]), url);
    expect(item).toEqual({
      id: 'x-event',
      title: 'Title of x-event',
      link: 'https://example.org/events/x-event/',
      pubDate: new Date('2025-01-01T00:00:00Z'),
      description: 'Summary of x-event.',
      categories: ['Statement', 'Confirmed', 'Ilham Aliyev'],
    });
  });

  it('refuses a view with no event data rather than dating it wrongly', () => {
    expect(() => feedItems([view('ghost', '2025-01-01')], new Map(), url)).toThrow('ghost: no event data');
  });

  it('builds one item per event of the good fixtures, corrections included', () => {
    const { events, actors } = validateContent(readFixture(GOOD), { today: FIXTURE_TODAY });
    const items = feedItems(buildChronology(events, actors), events, url);
    expect(items.map((item) => item.id).sort()).toEqual([...events.keys()].sort());
    for (const item of items) {
      const event = events.get(item.id)!;
      expect(item.description.startsWith(event.summary)).toBe(true);
      expect(item.description.match(/Corrected on /g)?.length ?? 0).toBe(event.corrections.length);
    }
  });
});

describe('paths and channel extras', () => {
  it('places the feeds at /feed.xml and /actors/<id>/feed.xml', () => {
    expect(FEED_PATH).toBe('feed.xml');
    expect(actorFeedPath('ilham-aliyev')).toBe('actors/ilham-aliyev/feed.xml');
  });

  it('escapes the five XML characters', () => {
    expect(escapeMarkup(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
  });

  it('names the language and the feed itself, escaped', () => {
    expect(channelExtras('https://example.org/feed.xml?a=1&b="2"')).toBe(
      '<language>en</language><atom:link href="https://example.org/feed.xml?a=1&amp;b=&quot;2&quot;" rel="self" type="application/rss+xml"/>',
    );
  });
});

describe('a feed of hostile text, written by @astrojs/rss and read back by a real XML parser', () => {
  const hostile = [
    `</title><script>alert(1)</script>`,
    `]]><item><title>Injected</title></item>`,
    `Tom & Jerry "quoted" 'single' <b>bold</b> &amp; &#x3C;`,
    `مرحبا — привет — 🚀 — Ωmega`,
  ];

  it('escapes every field so the text comes back exactly and no element is added', async () => {
    const views = hostile.map((text, index) =>
      view(`hostile-${index}`, `2025-01-0${index + 1}`, {
        title: text,
        summary: text,
        actors: [{ id: 'x', name: text, side: 'other', role: 'initiator' }],
      }),
    );
    const data = new Map(
      views.map((event) => [
        event.id,
        facts({ corrections: [{ date: '2026-01-01', change: hostile[0]!, reason: 'A reason.' }] }),
      ]),
    );
    const items = feedItems(views, data, url);
    const xml = await getRssString(
      rssInput({
        title: hostile[0]!,
        description: hostile[2]!,
        site: 'https://example.org/',
        feedUrl: 'https://example.org/feed.xml',
        items,
      }),
    );
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    const parsed = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      isArray: (name) => name === 'item' || name === 'category',
    }).parse(xml);
    const channel = parsed.rss.channel;
    expect(channel.title).toBe(hostile[0]);
    expect(channel.description).toBe(hostile[2]);
    expect(channel.item).toHaveLength(hostile.length);
    for (const item of channel.item) {
      const source = items.find((candidate) => candidate.link === item.link)!;
      expect(item.title).toBe(source.title);
      expect(item.description).toBe(source.description);
      expect(item.category).toEqual(source.categories);
      expect(item.guid['#text']).toBe(source.link);
      expect(item.guid['@_isPermaLink']).toBe('true');
    }
  });
});
