/**
 * What the dev server's overlay makes of a content error: Astro's own renderer of error text (the function its
 * overlay runs, an internal module of Astro's, imported by path) and a browser's HTML parser (parse5) on the result.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
// An internal module of Astro's (not in its exports): the overlay renders messages and hints with it.
import { renderErrorMarkdown } from '../../node_modules/astro/dist/core/errors/dev/runtime.js';
import { overlayText } from '../../src/lib/content/problem.ts';
import { elements, text } from '../helpers/html-tree.ts';

const render = (value: string) => parseFragment(renderErrorMarkdown(value, 'html'));
const links = (value: string) =>
  [...elements(render(value) as unknown as DefaultTreeAdapterMap['node'])].filter((element) => element.tagName === 'a');

/** A folder named like a Markdown link, and a link in a body whose address starts with a space. */
const HOSTILE = [
  'content/events/[x](q/evil.md:46 (body): links to " https://onclick=location=/javascript:alert%28%29/.source//", which is not an https URL (and 1 more; the terminal lists them all)',
  'content/events/[x](javascript:void(document.title=origin)%2F%2F.md:1 (title): is missing',
  'Remove the HTML and use Markdown: **bold**, *italic*, [text](https://...), lists, ## headings.',
];

describe('overlayText', () => {
  it('is needed: Astro makes links of these texts as they are', () => {
    for (const value of HOSTILE) expect(links(value).length, value).toBeGreaterThan(0);
  });

  it('leaves Astro nothing to make a link of, and the words as they read', () => {
    for (const value of HOSTILE) {
      const tree = render(overlayText(value));
      expect(links(overlayText(value)), value).toEqual([]);
      expect(
        text(tree as unknown as DefaultTreeAdapterMap['node'])
          .replaceAll('\u2060', '')
          .replaceAll('\u00a0', ' '),
      ).toBe(value);
    }
  });

  it('changes nothing else', () => {
    const plain = 'content/events/a.md:3 (date): is not a date\n    fix: Write "2025-07-01".';
    expect(overlayText(plain)).toBe(plain);
    expect(overlayText('see https://example.org, http://x.org and ftp://x.org, [a] (b)')).toBe(
      'see\u00a0https://example.org,\u00a0http://x.org and\u00a0ftp://x.org, [a] (b)',
    );
    expect(overlayText('[a](b) [c](d) HTTPS://e.org **x**')).toBe(
      '[a]\u2060(b) [c]\u2060(d)\u00a0HTTPS://e.org *\u2060*x*\u2060*',
    );
  });
});
