/**
 * Every built page, read by real parsers: html-validate finds nothing (with the rules .htmlvalidate.mjs turns
 * off, each with its reason), and every internal link and #fragment resolves to a page and an element that
 * exist. Canonical links name the public address only when one is set.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CORRECTIONS,
  FIXTURE_DIR,
  PUBLIC_URL,
  readPage,
  SITE_DIR,
  siteFiles,
  SUBPATH,
  SUBPATH_DIR,
} from '../helpers/site.ts';
import type { Node } from '../helpers/html-tree.ts';
import config from '../../.htmlvalidate.mjs';
import { attr, elements, text } from '../helpers/html-tree.ts';

interface Page {
  readonly file: string;
  readonly ids: Set<string>;
  readonly links: string[];
  readonly canonical: string | undefined;
}

function readSite(dir: string): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const file of siteFiles(dir).filter((name) => name.endsWith('.html'))) {
    const all = [...elements(parse(readPage(file, dir)))];
    const canonical = all.find((element) => element.tagName === 'link' && attr(element, 'rel') === 'canonical');
    const path = `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`;
    pages.set(path, {
      file,
      ids: new Set(all.map((element) => attr(element, 'id')).filter((id): id is string => id !== undefined)),
      links: all.filter((element) => element.tagName === 'a').map((element) => attr(element, 'href') ?? ''),
      canonical: canonical ? attr(canonical, 'href') : undefined,
    });
  }
  return pages;
}

/** Internal links that lead nowhere: a missing page, or a #fragment with no element of that id. */
function brokenLinks(pages: Map<string, Page>, base: string, files: readonly string[]): string[] {
  const broken: string[] = [];
  for (const [path, page] of pages) {
    for (const href of page.links) {
      if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `http://site${base}${path.slice(1)}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page.file}: ${href} (outside ${base})`);
        continue;
      }
      const local = `/${url.pathname.slice(base.length)}`;
      const target = pages.get(local);
      const isFile = files.includes(local.slice(1));
      if (!target && !isFile) broken.push(`${page.file}: ${href} (no such page)`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (target && fragment && !target.ids.has(fragment))
        broken.push(`${page.file}: ${href} (no element #${fragment})`);
    }
  }
  return broken;
}

let site: Map<string, Page>;
let subpath: Map<string, Page>;
beforeAll(() => {
  site = readSite(SITE_DIR);
  subpath = readSite(SUBPATH_DIR);
});

describe('every built page', () => {
  it('is valid HTML by html-validate', async () => {
    const validator = new HtmlValidate(config as ConfigData);
    const failures: string[] = [];
    for (const page of site.values()) {
      const report = await validator.validateString(readPage(page.file), page.file);
      for (const result of report.results)
        for (const message of result.messages)
          failures.push(`${page.file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(failures).toEqual([]);
  });

  it("keeps an event's tags apart as words in its text, for copying, screen readers and the search index", () => {
    let checked = 0;
    for (const file of siteFiles(SITE_DIR).filter((name) => /^events\/[^/]+\/index\.html$/.test(name))) {
      const all = [...elements(parse(readPage(file, SITE_DIR)))];
      const line = all.find(
        (element) => element.tagName === 'p' && attr(element, 'class')?.split(' ').includes('tags'),
      );
      if (!line) continue;
      const tags = [...elements(line)]
        .filter((element) => attr(element, 'class')?.split(' ').includes('tag'))
        .map((element) => text(element).trim());
      const words = text(line).trim().split(/\s+/);
      for (const tag of tags) expect(words, file).toContain(tag);
      checked += tags.length > 1 ? 1 : 0;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("keeps the interface's sentences apart: no full stop runs into the next sentence", () => {
    // Astro drops the line break between a text and an expression that follows it ("JavaScript.{x}" printed
    // "JavaScript.Without it"). Read on the fixture site, whose content has no such word (publishers such as
    // "Aze.Media" would be one): every template's text, with nothing of the real content's.
    const runOn = /\p{Ll}{2}[.!?]\p{Lu}\p{Ll}/u;
    const found: string[] = [];
    const visit = (node: Node, file: string) => {
      if (node.nodeName === '#text' && 'value' in node) {
        const match = runOn.exec(node.value);
        if (match) found.push(`${file}: …${node.value.slice(Math.max(0, match.index - 30), match.index + 30)}…`);
      }
      if (node.nodeName === 'script' || node.nodeName === 'style') return;
      if ('childNodes' in node) for (const child of node.childNodes) visit(child, file);
    };
    const files = siteFiles(FIXTURE_DIR).filter((name) => name.endsWith('.html'));
    expect(files).toEqual(expect.arrayContaining(['index.html', 'search/index.html', 'about/index.html']));
    for (const file of files) visit(parse(readPage(file, FIXTURE_DIR)), file);
    expect(found).toEqual([]);
  });

  it('links only to pages and #fragments that exist', () => {
    expect(site.size).toBeGreaterThan(100);
    expect(brokenLinks(site, '/', siteFiles())).toEqual([]);
  });

  it('links only to pages and #fragments that exist under a sub-path too', () => {
    expect(brokenLinks(subpath, SUBPATH, siteFiles(SUBPATH_DIR))).toEqual([]);
  });

  it('gives every page but the 404 page a canonical link to the public address when SITE_URL is set', () => {
    for (const [path, page] of site) {
      if (path === '/404/') expect(page.canonical, page.file).toBeUndefined();
      else expect(page.canonical, page.file).toBe(`${PUBLIC_URL}${path}`);
    }
  });

  it('writes no canonical link at all when SITE_URL is not set, rather than one to localhost', () => {
    for (const page of subpath.values()) expect(page.canonical, page.file).toBeUndefined();
    expect(siteFiles(SUBPATH_DIR)).not.toContain('sitemap-index.xml');
    expect(readPage('robots.txt', SUBPATH_DIR)).not.toMatch(/Sitemap/);
  });

  it('names in robots.txt a sitemap that exists and lists every page', () => {
    const sitemap = /^Sitemap: (.+)$/m.exec(readPage('robots.txt'))?.[1] ?? '';
    expect(sitemap).toBe(`${PUBLIC_URL}/sitemap-index.xml`);
    expect(siteFiles()).toContain(new URL(sitemap).pathname.slice(1));
  });

  it('says on the About page where to report an error when CORRECTIONS_URL is set, and that it is missing when not', () => {
    expect(readPage('about/index.html')).toContain(`<a href="${CORRECTIONS}">corrections@example.org</a>`);
    expect(readPage('about/index.html', SUBPATH_DIR)).toContain(
      'built without a corrections address (CORRECTIONS_URL)',
    );
  });
});
