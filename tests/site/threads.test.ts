/**
 * The thread pages of the built real site: the index lists every thread with its count and dates, each thread
 * page lists its events in order with their place and working links, every event page in a thread shows its
 * place there with the previous and next events, the sub-path build links under its prefix, and the sitemap
 * lists the pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/lib/chronology.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { buildThreads, membershipIndex, type ThreadView } from '../../src/lib/threads.ts';
import { ROOT } from '../helpers/build.ts';
import { PUBLIC_URL, readPage, SITE_DIR, sitemapPaths, SUBPATH, SUBPATH_DIR } from '../helpers/site.ts';

let threads: ThreadView[];
let eventIds: string[];

beforeAll(async () => {
  const { result } = await checkContent(ROOT, { contentDir: 'content' });
  threads = buildThreads(result.threads, buildChronology(result.events, result.actors));
  eventIds = [...result.events.keys()];
});

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A small query layer over parse5: elements matching a simple test, in document order. */
class Html {
  readonly root: Node;
  constructor(root: Node) {
    this.root = root;
  }
  static of(node: Node | undefined): Html | undefined {
    return node ? new Html(node) : undefined;
  }
  all(test: (element: Element) => boolean): Element[] {
    const found: Element[] = [];
    const walk = (node: Node) => {
      if ('tagName' in node && node !== this.root && test(node)) found.push(node);
      if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    };
    walk(this.root);
    return found;
  }
  one(test: (element: Element) => boolean): Html | undefined {
    return Html.of(this.all(test)[0]);
  }
  attr(name: string): string | undefined {
    return 'attrs' in this.root ? this.root.attrs.find((a) => a.name === name)?.value : undefined;
  }
  get text(): string {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
      if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    };
    walk(this.root);
    return parts.join('').replace(/\s+/g, ' ').trim();
  }
}
const attrOf = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const tag = (name: string) => (element: Element) => element.tagName === name;
const cls = (name: string) => (element: Element) => (attrOf(element, 'class') ?? '').split(/\s+/).includes(name);
const has = (name: string, value?: string) => (element: Element) =>
  value === undefined ? attrOf(element, name) !== undefined : attrOf(element, name) === value;
const page = (path: string, dir = SITE_DIR) => new Html(parse(readPage(path, dir)));
const text = (element: Html | undefined) => element?.text ?? '';
/** The built file a root-relative link points at, without its query and fragment (a path ending in a slash: its index.html). */
const target = (href: string, dir = SITE_DIR, base = '/') => {
  expect(href.startsWith(base), href).toBe(true);
  const path = href.slice(base.length).split(/[?#]/)[0] ?? '';
  return join(dir, path, path === '' || path.endsWith('/') ? 'index.html' : '');
};

describe('the thread pages', () => {
  it('exist for the four threads, and the index lists each with its count and dates, earliest first', () => {
    expect(threads.map((thread) => thread.id).sort()).toEqual([
      'flight-8243',
      'media-and-culture',
      'transport-links-and-trade',
      'yekaterinburg-raids-aftermath',
    ]);
    const index = page('threads/index.html');
    const items = index
      .all((element) => element.tagName === 'li' && has('data-thread')(element))
      .map((li) => new Html(li));
    expect(items.map((item) => item.attr('data-thread'))).toEqual(threads.map((thread) => thread.id));
    items.forEach((item, i) => {
      const thread = threads[i]!;
      const link = item.one(tag('h2'))?.one(tag('a'));
      expect(text(link)).toBe(thread.title);
      expect(existsSync(target(link?.attr('href') ?? ''))).toBe(true);
      expect(text(item.one(has('data-thread-count')))).toBe(`${thread.events.length} events`);
      expect(item.one(tag('time'))?.attr('datetime')).toBe(thread.from);
      expect(text(item.one(tag('time')))).toBe(thread.span);
    });
    const current = index.one((element) => element.tagName === 'a' && has('aria-current', 'page')(element));
    expect(text(current)).toBe('Threads');
  });

  it('list their events in order, each with its place, date, title, summary and a working link', () => {
    for (const thread of threads) {
      const html = page(`threads/${thread.id}/index.html`);
      expect(text(html.one(tag('h1'))), thread.id).toBe(thread.title);
      expect(text(html.one(cls('intro'))).length, thread.id).toBeGreaterThan(200);
      const steps = html.all(cls('thread-event')).map((li) => new Html(li));
      expect(
        steps.map((step) => step.attr('data-event')),
        thread.id,
      ).toEqual(thread.events.map((event) => event.id));
      steps.forEach((step, i) => {
        const event = thread.events[i]!;
        expect(text(step.one(cls('position')))).toBe(`Event ${i + 1} of ${thread.events.length}`);
        expect(step.one(tag('time'))?.attr('datetime')).toBe(event.date);
        expect(text(step.one(tag('time')))).toBe(event.when);
        expect(text(step.one(tag('h3')))).toBe(event.title);
        expect(text(step.one(cls('summary')))).toBe(event.summary);
        const href = step.one(tag('h3'))?.one(tag('a'))?.attr('href') ?? '';
        expect(href).toBe(`/events/${event.id}/`);
        expect(existsSync(target(href)), href).toBe(true);
      });
      expect(html.one(cls('follow'))?.one(tag('a'))?.attr('href')).toBe(`/?thread=${thread.id}`);
    }
  });

  it('show, on every event page in a thread, its place there and the previous and next events', () => {
    const memberships = membershipIndex(threads);
    expect(memberships.size).toBeGreaterThan(40);
    for (const id of eventIds) {
      const html = page(`events/${id}/index.html`);
      const blocks = html.all(has('data-thread-membership')).map((li) => new Html(li));
      const expected = memberships.get(id) ?? [];
      expect(
        blocks.map((block) => block.attr('data-thread-membership')),
        id,
      ).toEqual(expected.map((membership) => membership.thread.id));
      if (expected.length === 0) expect(html.one(has('id', 'rail-threads-heading')), id).toBeUndefined();
      blocks.forEach((block, i) => {
        const membership = expected[i]!;
        expect(text(block.one(cls('thread-name')))).toBe(membership.thread.title);
        expect(text(block.one(cls('thread-position'))), id).toBe(
          `Event ${membership.position} of ${membership.total} in this thread`,
        );
        const previous = block.one(has('data-thread-previous'))?.attr('href');
        const next = block.one(has('data-thread-next'))?.attr('href');
        expect(previous, id).toBe(membership.previous ? `/events/${membership.previous.id}/` : undefined);
        expect(next, id).toBe(membership.next ? `/events/${membership.next.id}/` : undefined);
        for (const href of [previous, next, block.one(cls('thread-name'))?.one(tag('a'))?.attr('href')])
          if (href) expect(existsSync(target(href)), href).toBe(true);
      });
    }
  });

  it('offer every thread in the home page choice, with its events in order', () => {
    const select = page('index.html').one(has('id', 'thread-select'));
    const options = (
      select?.all((element) => element.tagName === 'option' && attrOf(element, 'value') !== '') ?? []
    ).map((option) => new Html(option));
    expect(options.map((option) => option.attr('value'))).toEqual(threads.map((thread) => thread.id));
    options.forEach((option, i) => {
      expect(option.attr('data-events')).toBe(threads[i]!.events.map((event) => event.id).join(' '));
      expect(option.attr('data-href')).toBe(`/threads/${threads[i]!.id}/`);
    });
  });

  it('link under the sub-path in the sub-path build', () => {
    const thread = threads[0]!;
    const html = page(`threads/${thread.id}/index.html`, SUBPATH_DIR);
    const hrefs = html
      .all((element) => element.tagName === 'a' && (attrOf(element, 'href') ?? '').startsWith('/'))
      .map((link) => attrOf(link, 'href') ?? '');
    expect(hrefs.length).toBeGreaterThan(thread.events.length);
    for (const href of hrefs) expect(existsSync(target(href, SUBPATH_DIR, SUBPATH)), href).toBe(true);
    const event = page(`events/${thread.events[0]!.id}/index.html`, SUBPATH_DIR);
    expect(event.one(has('data-thread-next'))?.attr('href')).toBe(`${SUBPATH}events/${thread.events[1]!.id}/`);
  });

  it('are published as data/threads.json: the same threads, their introductions and their events in order', () => {
    for (const [dir, prefix] of [
      [SITE_DIR, `${PUBLIC_URL}/`],
      [SUBPATH_DIR, SUBPATH],
    ] as const) {
      const doc = JSON.parse(readPage('data/threads.json', dir)) as {
        threadCount: number;
        threads: {
          id: string;
          url: string;
          introduction: string;
          events: { id: string; position: number; url: string }[];
        }[];
      };
      expect(doc.threadCount).toBe(threads.length);
      expect(doc.threads.map((thread) => thread.id)).toEqual(threads.map((thread) => thread.id));
      doc.threads.forEach((thread, i) => {
        expect(thread.url).toBe(`${prefix}threads/${thread.id}/`);
        expect(thread.introduction.length, thread.id).toBeGreaterThan(200);
        expect(thread.events.map((event) => event.id)).toEqual(threads[i]!.events.map((event) => event.id));
        expect(thread.events.map((event) => event.position)).toEqual(thread.events.map((_, j) => j + 1));
        expect(thread.events[0]?.url).toBe(`${prefix}events/${thread.events[0]?.id}/`);
      });
    }
  });

  it('are in the sitemap', () => {
    const paths = sitemapPaths();
    expect(paths).toContain('/threads/');
    for (const thread of threads) expect(paths).toContain(`/threads/${thread.id}/`);
  });
});
