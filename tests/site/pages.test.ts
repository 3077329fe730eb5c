/** The built HTML of the real site: every page exists, sources are linked safely, nothing loads from elsewhere. */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { SOURCE_KIND_LABELS } from '../../src/lib/labels.ts';
import { publishedInWords } from '../../src/lib/page-data.ts';
import type { ValidationResult } from '../../src/lib/content/validate.ts';
import { ROOT } from '../helpers/build.ts';
import { parse } from 'parse5';
import { attr, elements, text, type Element } from '../helpers/html-tree.ts';
import type { Source } from '../../src/schemas/source.ts';
import { readPage, SITE_DIR, siteFiles, SUBPATH, SUBPATH_DIR } from '../helpers/site.ts';

let content: ValidationResult;
let files: string[];
const htmlFiles = () => files.filter((file) => file.endsWith('.html'));
/** A built file's size gzipped at level 9, as a host would send it; each file is compressed once. */
const gzipped = (() => {
  const sizes = new Map<string, number>();
  return (file: string): number => {
    const known = sizes.get(file);
    if (known !== undefined) return known;
    const size = gzipSync(readFileSync(join(SITE_DIR, file)), { level: 9 }).length;
    sizes.set(file, size);
    return size;
  };
})();
const attributes = (html: string, tag: string, name: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*?\\s${name}="([^"]*)"`, 'gi'))].map((match) => match[1] ?? '');

/** Each source of each event with its item in the event page's list of sources (each page parsed once). */
const sourceItems = (() => {
  const items: { id: string; source: Source; item: Element }[] = [];
  return () => {
    if (items.length === 0) {
      for (const [id, event] of content.events) {
        const page = parse(readPage(`events/${id}/index.html`));
        const byId = new Map([...elements(page)].map((element) => [attr(element, 'id'), element]));
        for (const source of event.sources) items.push({ id, source, item: byId.get(`source-${source.id}`)! });
      }
    }
    return items;
  };
})();

beforeAll(async () => {
  content = (await checkContent(ROOT, { contentDir: 'content' })).result;
  files = siteFiles();
});

describe('the built site', () => {
  it('has a page for every event and every actor, and the home, actors, about and 404 pages', () => {
    for (const id of content.events.keys()) expect(files).toContain(`events/${id}/index.html`);
    for (const id of content.actors.keys()) expect(files).toContain(`actors/${id}/index.html`);
    for (const page of ['index.html', 'actors/index.html', 'about/index.html', '404.html'])
      expect(files).toContain(page);
  });

  it('lists every event on the home page, in the server-rendered HTML', () => {
    const home = readPage('index.html');
    expect(attributes(home, 'li', 'data-id').sort()).toEqual([...content.events.keys()].sort());
  });

  it('links every source of every event, opening in a new tab with rel="noopener noreferrer"', () => {
    for (const [id, event] of content.events) {
      const html = readPage(`events/${id}/index.html`);
      for (const source of event.sources) {
        const href = source.url.replaceAll('&', '&amp;');
        const link = html.match(new RegExp(`<a [^>]*href="${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`));
        expect(link?.[0], `${id}: ${source.url}`).toBeDefined();
        expect(link?.[0]).toContain('rel="noopener noreferrer"');
        expect(link?.[0]).toContain('target="_blank"');
      }
    }
  });

  it('never links an unsafe scheme anywhere', () => {
    for (const file of htmlFiles()) {
      for (const href of attributes(readPage(file), 'a', 'href'))
        expect(href, file).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  });

  it('loads scripts, styles and icons only from the site itself, and has no inline script (ready for a strict CSP)', () => {
    for (const file of htmlFiles()) {
      const html = readPage(file);
      const loaded = [
        ...attributes(html, 'script', 'src'),
        ...[...html.matchAll(/<link\b(?![^>]*rel="canonical")[^>]*?\shref="([^"]*)"/gi)].map((match) => match[1] ?? ''),
        ...attributes(html, 'img', 'src'),
      ];
      for (const url of loaded) expect(url, file).toMatch(/^\/(?!\/)/);
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
        ([, attrs, body]) =>
          !/\ssrc=/.test(attrs ?? '') &&
          (body ?? '').trim() !== '' &&
          !/type="application\/(ld\+)?json"/.test(attrs ?? ''),
      );
      expect(
        inline.map(([tag]) => tag.slice(0, 80)),
        file,
      ).toEqual([]);
      expect(html, file).not.toMatch(/\son[a-z]+="/i);
    }
  });

  it('gives every page a language, a title and one h1, and nothing after </html>', () => {
    for (const file of htmlFiles()) {
      const html = readPage(file);
      // A script after </html> is a parse error browsers repair by moving it into the body.
      expect(html.trimEnd().endsWith('</html>'), file).toBe(true);
      expect(html, file).toMatch(/<html lang="en"/);
      expect(html, file).toMatch(/<title>[^<]+<\/title>/);
      expect(html.match(/<h1\b/g)?.length, file).toBe(1);
    }
  });

  it("marks each source's headline with its language when it is not English, and leaves our descriptions unmarked", () => {
    let marked = 0;
    for (const { id, source, item } of sourceItems()) {
      const link = [...elements(item)].find((element) => element.tagName === 'a');
      const languages = [...elements(link!)].flatMap((element) => {
        const lang = attr(element, 'lang');
        return lang === undefined ? [] : [{ lang, text: text(element) }];
      });
      if (source.titleSupplied || source.language === 'en') {
        expect(languages, `${id}: ${source.id}`).toEqual([]);
      } else {
        expect(languages, `${id}: ${source.id}`).toEqual([{ lang: source.language, text: source.title }]);
        marked += 1;
      }
    }
    expect(marked).toBeGreaterThan(50);
  });

  it('labels each source with its kind, and a relayed report with the outlet it relays ("via TASS")', () => {
    let relayed = 0;
    for (const { id, source, item } of sourceItems()) {
      const meta = [...elements(item)].find((element) => attr(element, 'class') === 'source-meta');
      const parts = meta ? meta.childNodes.filter((node) => 'tagName' in node).map(text) : [];
      expect(parts, `${id}: ${source.id}`).toContain(SOURCE_KIND_LABELS[source.kind]);
      expect(parts[1], `${id}: ${source.id}`).toBe(
        source.kind === 'copy' ? `via ${source.originalPublisher}` : publishedInWords(source.published),
      );
      if (source.kind === 'copy') relayed += 1;
    }
    expect(relayed).toBeGreaterThan(10);
  });

  it('explains the square brackets of supplied titles on the pages that have one, and only there', () => {
    const NOTE = 'A title in [square brackets] is our own description of the page';
    let explained = 0;
    for (const [id, event] of content.events) {
      const supplied = event.sources.some((source) => source.titleSupplied);
      expect(readPage(`events/${id}/index.html`).includes(NOTE), id).toBe(supplied);
      if (supplied) explained += 1;
    }
    expect(explained).toBeGreaterThan(10);
    expect(explained).toBeLessThan(content.events.size);
  });

  it('keeps the search library to what the search page loads, within its own budget (gzip)', () => {
    const search = files.filter((file) => file.startsWith('pagefind/') && /\.(js|css)$/.test(file));
    expect(search.sort()).toEqual(['pagefind/pagefind-worker.js', 'pagefind/pagefind.js']);
    const size = search.reduce((sum, file) => sum + gzipped(file), 0);
    expect(size).toBeLessThan(30_000);
  });

  it('keeps the shipped JavaScript within budget (gzip): the first script small, the timeline loaded late', () => {
    // The search library has its own budget above; it loads only on the search page.
    const scripts = files.filter((file) => file.endsWith('.js') && !file.startsWith('pagefind/'));
    const sizes = Object.fromEntries(scripts.map((file) => [file, gzipped(file)]));
    const home = readPage('index.html');
    const entry = attributes(home, 'script', 'src').map((src) => src.replace(/^\//, ''));
    const entrySize = entry.reduce((sum, file) => sum + (sizes[file] ?? 0), 0);
    const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
    expect(entry.length).toBeGreaterThan(0);
    expect(entrySize, JSON.stringify(sizes)).toBeLessThan(15_000);
    expect(total, JSON.stringify(sizes)).toBeLessThan(160_000);
  });

  it('ships each page only the scripts its type uses, with everything they import, within its budget (gzip)', () => {
    // A page's modules and, through their static imports, every module the browser fetches before running them.
    // Dynamic imports are left out: vis-timeline (about 120 KB gzipped) is one, fetched by the home page when its
    // timeline is wanted; imported statically by any page, it would break that page's budget.
    const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?from\s*)?["'](\.\.?\/[^"']+)["']/g;
    const modulesOf = (html: string): string[] => {
      const seen = new Set<string>();
      const pending = attributes(html, 'script', 'src').map((src) => src.replace(/^\//, ''));
      for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
        if (seen.has(file)) continue;
        seen.add(file);
        for (const [, target] of readFileSync(join(SITE_DIR, file), 'utf8').matchAll(staticImport))
          pending.push(
            join(file, '..', target ?? '')
              .split('\\')
              .join('/'),
          );
      }
      return [...seen];
    };
    // What each type of page runs: the home page its filters, map and thread picker; a period page its filters;
    // an event page its cite panel and copy-link button; the search page its search form. Everything else is
    // read without JavaScript and ships none.
    const budgets: readonly [RegExp, number][] = [
      [/^index\.html$/, 22_000],
      [/^(years|background)\//, 8_000],
      [/^events\/[^/]+\/index\.html$/, 2_500],
      [/^search\/index\.html$/, 2_500],
    ];
    const checked = new Set<RegExp>();
    for (const file of htmlFiles()) {
      const modules = modulesOf(readPage(file));
      const budget = budgets.find(([pattern]) => pattern.test(file));
      if (budget) checked.add(budget[0]);
      const size = modules.reduce((sum, module) => sum + gzipped(module), 0);
      expect(size, `${file}: ${modules.join(', ')}`).toBeLessThanOrEqual(budget?.[1] ?? 0);
    }
    // Every budget applies to a page that exists, and the walk follows imports: an event page's modules are more
    // than its script tags name.
    expect(checked.size).toBe(budgets.length);
    const event = readPage(`events/${[...content.events.keys()][0]}/index.html`);
    expect(modulesOf(event).length).toBeGreaterThan(attributes(event, 'script', 'src').length);
  });
});

describe('a build under a sub-path', () => {
  it('prefixes every internal link and asset with the base path', () => {
    for (const file of siteFiles(SUBPATH_DIR).filter((name) => name.endsWith('.html'))) {
      const html = readPage(file, SUBPATH_DIR);
      const internal = [
        ...attributes(html, 'a', 'href'),
        ...attributes(html, 'script', 'src'),
        ...attributes(html, 'link', 'href'),
      ].filter((href) => href.startsWith('/') && !href.startsWith('//'));
      for (const href of internal) expect(href, file).toMatch(new RegExp(`^${SUBPATH}`));
    }
  });
});
