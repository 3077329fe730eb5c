/**
 * The two checks of a body, each on its own and on small strings: the Markdown-level checks (body.ts) and the
 * gate on the rendered HTML (rendered.ts). The corpora (bad-fixtures, hostile) run them through the whole
 * folder check; these tests pin each rule's message, fix and line directly, in milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { checkBody, hasText, mayHaveMarkup } from '../../src/lib/content/body.ts';
import { checkRenderedHtml, locate } from '../../src/lib/content/rendered.ts';

const RAW_FIX = 'Remove the HTML and use Markdown: **bold**, *italic*, [text](https://...), lists, ## headings.';
const LINK_FIX =
  'Link the full https:// address of a page, or write the address as `code` so that it is not a link. http:, mailto:, javascript:, data: and relative links are refused.';

describe('checkRenderedHtml', () => {
  it('accepts every element and attribute a Markdown body renders', () => {
    const html = [
      '<p><a href="https://example.org/a?b=c">link</a> <em>e</em> <strong>s</strong> <del>d</del> <code>c</code><br></p>',
      '<pre><code class="language-c++">x</code></pre><pre><code class="language-objective-c">y</code></pre>',
      '<blockquote><ul><li>a</li></ul><ol start="3"><li>b</li></ol><ol start="999999"><li>c</li></ol></blockquote>',
      '<h2 id="background">B</h2><h3 id="a_b-c">C</h3><h4 id="x">x</h4><h5 id="y">y</h5><h6 id="z">z</h6><hr>',
      '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>',
    ].join('');
    expect(checkRenderedHtml(html)).toEqual([]);
  });

  it('refuses an HTML comment, and places it by its opening', () => {
    expect(checkRenderedHtml('<p>a</p><!-- note -->')).toEqual([
      {
        message: 'renders an HTML comment',
        fix: 'Remove the "<!--" comment; notes for editors belong in the pull request, not the page.',
        needles: ['<!--'],
      },
    ]);
  });

  it('refuses elements outside the allow-list, with a fix and needles for each kind', () => {
    expect(checkRenderedHtml('<img src="https://example.org/x.png">')).toEqual([
      {
        message: 'renders a <img> element, which a body may not contain',
        fix: 'Remove the image: pages load nothing from other sites. Link the page that shows it instead.',
        needles: ['<img', '!['],
      },
    ]);
    const footnote = "Remove the footnote: put the page it cites in the event's sources, and say it in the text.";
    expect(checkRenderedHtml('<sup>1</sup>')).toEqual([
      { message: 'renders a <sup> element, which a body may not contain', fix: footnote, needles: ['<sup', '[^'] },
    ]);
    expect(checkRenderedHtml('<section>x</section>')).toEqual([
      {
        message: 'renders a <section> element, which a body may not contain',
        fix: footnote,
        needles: ['<section', '[^'],
      },
    ]);
    expect(checkRenderedHtml('<h1>T</h1>')).toEqual([
      {
        message: 'renders a <h1> element, which a body may not contain',
        fix: 'Start body headings at level 2: "## Background".',
        needles: ['<h1', '# '],
      },
    ]);
    expect(checkRenderedHtml('<div>x</div>')).toEqual([
      { message: 'renders a <div> element, which a body may not contain', fix: RAW_FIX, needles: ['<div'] },
    ]);
  });

  it('does not look inside a refused element, but does look inside a template', () => {
    expect(checkRenderedHtml('<div><img src="x"></div>').map((finding) => finding.message)).toEqual([
      'renders a <div> element, which a body may not contain',
      'renders a <img> element, which a body may not contain',
    ]);
    expect(checkRenderedHtml('<p><template><img src="x"></template></p>').map((finding) => finding.message)).toEqual([
      'renders a <template> element, which a body may not contain',
      'renders a <img> element, which a body may not contain',
    ]);
  });

  it('refuses an attribute the element may not carry, naming the table fix for alignment and style', () => {
    expect(checkRenderedHtml('<p title="t">hello <em>x</em></p>')).toEqual([
      {
        message: 'renders <p> with a "title" attribute, which a body may not contain',
        fix: 'Write plain Markdown; attributes cannot be set from a body.',
        needles: ['title', 'hello '],
      },
    ]);
    const table = 'Remove the colons from the table\'s delimiter row (use "---", not ":--" or "--:").';
    expect(checkRenderedHtml('<table><tr><td align="left">a</td><td style="x">b</td></tr></table>')).toEqual([
      {
        message: 'renders <td> with a "align" attribute, which a body may not contain',
        fix: table,
        needles: ['align', 'a'],
      },
      {
        message: 'renders <td> with a "style" attribute, which a body may not contain',
        fix: table,
        needles: ['style', 'b'],
      },
    ]);
    // An attribute allowed on one element is still refused on another (href on a paragraph, id on a link).
    expect(
      checkRenderedHtml('<p href="https://example.org/">x</p><a id="x" href="https://example.org/">y</a>').map(
        (f) => f.message,
      ),
    ).toEqual([
      'renders <p> with a "href" attribute, which a body may not contain',
      'renders <a> with a "id" attribute, which a body may not contain',
    ]);
  });

  it('refuses a link that is not https, or whose host mixes alphabets, and places it by its address', () => {
    expect(checkRenderedHtml('<a href="http://example.org/page">the page</a>')).toEqual([
      {
        message: 'renders a link to "http://example.org/page", which is not an https page',
        fix: LINK_FIX,
        needles: ['http://example.org/page', 'example.org/page', 'the page'],
      },
    ]);
    expect(checkRenderedHtml('<a href="mailto:a@example.org">mail</a>')[0]?.needles).toEqual([
      'mailto:a@example.org',
      'a@example.org',
      'mail',
    ]);
    const mixed = checkRenderedHtml('<a href="https://ex\u0430mple.org/">x</a>');
    expect(mixed).toHaveLength(1);
    expect(mixed[0]?.message).toMatch(
      /^renders a link to "https:\/\/.*", whose host mixes the letters of two alphabets, as look-alike addresses do$/,
    );
    expect(checkRenderedHtml(`<a href="http://example.org/${'a'.repeat(100)}">x</a>`)[0]?.message).toBe(
      `renders a link to ${JSON.stringify(`http://example.org/${'a'.repeat(100)}`.slice(0, 60))}, which is not an https page`,
    );
  });

  it('shortens long values in messages, and places a relative link by its whole address', () => {
    const host = `https://ex\u0430mple.org/${'a'.repeat(80)}`;
    expect(checkRenderedHtml(`<a href="${host}">x</a>`)[0]?.message).toBe(
      `renders a link to ${JSON.stringify(host.slice(0, 60))}, whose host mixes the letters of two alphabets, as look-alike addresses do`,
    );
    const id = `actor-${'a'.repeat(60)}`;
    expect(checkRenderedHtml(`<h2 id="${id}">x</h2>`)[0]?.message).toBe(
      `has a heading that would take the id ${JSON.stringify(id.slice(0, 40))}, which the page itself uses`,
    );
    expect(checkRenderedHtml('<a href="/x/y:z">x</a>')[0]?.needles).toEqual(['/x/y:z', '/x/y:z', 'x']);
  });

  it('refuses a heading id the page itself uses, an empty or overlong one, or one with odd characters, each saying why', () => {
    expect(checkRenderedHtml('<h2 id="main">Main <em>part</em></h2>')).toEqual([
      {
        message: 'has a heading that would take the id "main", which the page itself uses',
        fix: "Reword the heading: its words decide its id, and this one would send the page's own links to it.",
        needles: ['Main '],
      },
    ]);
    expect(
      checkRenderedHtml(
        '<h2 id="actor-x">A</h2><h2 id="a b">B</h2><h2 id="">C</h2><h2 id="заявление-мид">Заявление МИД</h2>',
      ).map((f) => [f.message, f.fix]),
    ).toEqual([
      [
        'has a heading that would take the id "actor-x", which the page itself uses',
        "Reword the heading: its words decide its id, and this one would send the page's own links to it.",
      ],
      [
        'has a heading whose id "a b" would hold characters other than a-z, 0-9, "-" and "_"',
        'Write the heading in English, in Latin letters; words in another alphabet can go in the text under it.',
      ],
      [
        'has a heading with no letter or digit to make its id from',
        'Give the heading at least one word in Latin letters or digits: its words make its id.',
      ],
      [
        'has a heading whose id "заявление-мид" would hold characters other than a-z, 0-9, "-" and "_"',
        'Write the heading in English, in Latin letters; words in another alphabet can go in the text under it.',
      ],
    ]);
    expect(checkRenderedHtml(`<h2 id="${'a'.repeat(101)}">x</h2>`)).toEqual([
      {
        message: 'has a heading whose id would be 101 characters long, more than 100',
        fix: 'Shorten the heading: its words make its id.',
        needles: ['x'],
      },
    ]);
    expect(checkRenderedHtml(`<h2 id="${'a'.repeat(100)}">x</h2>`)).toEqual([]);
    // At 100 characters an id is not too long: an odd character is the reason, shown in its first 40.
    const odd = `a b${'c'.repeat(97)}`;
    expect(checkRenderedHtml(`<h2 id="${odd}">x</h2>`)[0]?.message).toBe(
      `has a heading whose id ${JSON.stringify(odd.slice(0, 40))} would hold characters other than a-z, 0-9, "-" and "_"`,
    );
  });

  it('refuses a code class or list start that Markdown would not produce', () => {
    expect(checkRenderedHtml('<code class="evil">x</code>')).toEqual([
      {
        message: 'renders <code class="evil">, a value a body may not produce',
        fix: 'Write plain Markdown; this value cannot come from a body.',
        needles: ['evil'],
      },
    ]);
    for (const html of [
      '<code class="language-">x</code>',
      '<code class="xlanguage-js">x</code>',
      '<code class="language-js x">x</code>',
      `<code class="language-${'a'.repeat(41)}">x</code>`,
      '<ol start="1234567"><li>x</li></ol>',
      '<ol start="-1"><li>x</li></ol>',
      '<ol start="1a"><li>x</li></ol>',
    ]) {
      expect(checkRenderedHtml(html), html).toHaveLength(1);
    }
    expect(checkRenderedHtml(`<code class="language-${'a'.repeat(40)}">x</code>`)).toEqual([]);
    expect(checkRenderedHtml(`<code class="${'x'.repeat(50)}">x</code>`)[0]?.message).toBe(
      `renders <code class="${'x'.repeat(40)}">, a value a body may not produce`,
    );
  });
});

describe('locate', () => {
  const source = 'First line\nA <B>bold</B> line\n\nlast [^1] line';
  it('gives the first line holding the first needle found, case-insensitively and trimmed', () => {
    expect(locate(source, ['<b>'])).toBe(2);
    expect(locate(source, ['  LAST '])).toBe(4);
    expect(locate(source, ['absent', 'line'])).toBe(1);
    expect(locate(source, ['[^'])).toBe(4);
  });
  it('skips needles too short to place anything, and gives nothing when no needle is found', () => {
    expect(locate(source, ['B', 'bold'])).toBe(2);
    expect(locate(source, [' a ', 'last'])).toBe(4);
    expect(locate(source, ['absent'])).toBeUndefined();
    expect(locate(source, [])).toBeUndefined();
  });
});

describe('checkBody', () => {
  it('finds nothing in plain prose, and skips the parse when nothing in it could be markup', () => {
    expect(checkBody('Plain words.\n\nMore plain words, with *emphasis* and `code`.')).toEqual([]);
    expect(mayHaveMarkup('Plain words.')).toBe(false);
    for (const text of [
      'a < b',
      '[x]',
      'a | b',
      '# h',
      'a = b',
      'me@example.org',
      'www.example.org',
      'https://x',
      'WWW.EXAMPLE.ORG',
    ]) {
      expect(mayHaveMarkup(text), text).toBe(true);
    }
  });

  it('names the line and column of an invisible character, on every line it occurs', () => {
    expect(checkBody('Fine.\nA\u200Bb\r\n\u202Eevil')).toEqual([
      {
        line: 2,
        message: 'contains an invisible or direction-changing character (U+200B) at column 2',
        fix: 'Delete it (retype the words around it): such characters are invisible or reorder the text, so readers would see something other than what the file says.',
      },
      expect.objectContaining({
        line: 3,
        message: 'contains an invisible or direction-changing character (U+202E) at column 1',
      }),
    ]);
    // A Windows line ending is not a hidden character.
    expect(checkBody('One.\r\nTwo.\r\n')).toEqual([]);
  });

  it('refuses raw HTML with the start of the markup, on its line', () => {
    expect(checkBody('Text.\n\n<div class="a very long attribute value that goes on">x</div>')).toEqual([
      {
        line: 3,
        message: `contains raw HTML (${JSON.stringify('<div class="a very long attribute value that goes on">'.slice(0, 40))})`,
        fix: RAW_FIX,
      },
    ]);
  });

  it('names the pieces of raw HTML of one line in one finding, in the order written', () => {
    expect(checkBody('Some <span class="x">inline</span> and <b>bold</b>.\n\nMore <i>x</i>.')).toEqual([
      { line: 1, message: 'contains raw HTML ("<span class=\\"x\\">", "</span>", "<b>", "</b>")', fix: RAW_FIX },
      { line: 3, message: 'contains raw HTML ("<i>", "</i>")', fix: RAW_FIX },
    ]);
    // Past four pieces, the first three and a count.
    expect(checkBody('<b>1</b><i>2</i><u>3</u>')).toEqual([
      { line: 1, message: 'contains raw HTML ("<b>", "</b>", "<i>" and 3 more)', fix: RAW_FIX },
    ]);
  });

  it('refuses links and definitions that are not https, telling a bare address from a written link', () => {
    const written =
      'Link the full https:// address of the page; javascript:, data:, mailto:, http:, in-page and relative links are refused.';
    expect(checkBody('See [the page](http://example.org/x).')).toEqual([
      { line: 1, message: 'links to "http://example.org/x", which is not an https URL', fix: written },
    ]);
    expect(checkBody('Intro.\n\n[ref]: javascript:alert(1)\n\nSee [ref].')).toEqual([
      { line: 3, message: 'links to "javascript:alert(1)", which is not an https URL', fix: written },
    ]);
    expect(checkBody('Write to me@example.org today.')).toEqual([
      {
        line: 1,
        message: 'has a bare address "me@example.org" that the site would turn into a link, but it is not an https URL',
        fix: 'Write the full https:// address, or put the address in backticks (`www.example.org`) so that it stays text.',
      },
    ]);
    // The address is quoted as the editor typed it, not as the link the site would make of it.
    expect(checkBody('Visit www.example.org now.')[0]?.message).toBe(
      'has a bare address "www.example.org" that the site would turn into a link, but it is not an https URL',
    );
    expect(checkBody('Visit http://example.org now.')[0]?.message).toBe(
      'has a bare address "http://example.org" that the site would turn into a link, but it is not an https URL',
    );
    // In angle brackets or square brackets the address was written as a link on purpose.
    expect(checkBody('Visit <http://example.org>.')[0]?.message).toBe(
      'links to "http://example.org", which is not an https URL',
    );
    expect(checkBody('Visit [www.example.org](http://www.example.org).')[0]?.message).toBe(
      'links to "http://www.example.org", which is not an https URL',
    );
    expect(
      checkBody('See [a](https://example.org/) and https://example.org/b and [r].\n\n[r]: https://example.org/r'),
    ).toEqual([]);
    // A written link whose text looks like the end of its address is still a written link: several parts, or code.
    expect(checkBody('See [org/x*em*](http://a.org/org/x).')[0]?.message).toBe(
      'links to "http://a.org/org/x", which is not an https URL',
    );
    expect(checkBody('See [`x`](http://a.org/x).')[0]?.message).toBe(
      'links to "http://a.org/x", which is not an https URL',
    );
    // An indented definition is a definition, not a bare address.
    expect(checkBody('Intro.\n\n   [ref]: javascript:alert(1)\n\nSee [ref].')[0]?.message).toBe(
      'links to "javascript:alert(1)", which is not an https URL',
    );
    const long = `www.example.org/${'a'.repeat(80)}`;
    expect(checkBody(`Visit ${long} now.`)[0]?.message).toBe(
      `has a bare address ${JSON.stringify(long.slice(0, 60))} that the site would turn into a link, but it is not an https URL`,
    );
    expect(checkBody(`See [x](http://example.org/${'a'.repeat(80)}).`)[0]?.message).toBe(
      `links to ${JSON.stringify(`http://example.org/${'a'.repeat(80)}`.slice(0, 60))}, which is not an https URL`,
    );
  });

  it('refuses footnotes, images, aligned tables and level-1 headings, each on its line', () => {
    const findings = checkBody(
      [
        '# Title',
        '',
        'Text[^1].',
        '',
        '[^1]: A note.',
        '',
        '![alt](https://example.org/x.png)',
        '',
        '![ref][img]',
        '',
        '[img]: https://example.org/y.png',
        '',
        '| a | b |',
        '| :-- | --- |',
        '| 1 | 2 |',
        '',
        '## Fine heading',
        '',
        '| c |',
        '| --- |',
        '| 3 |',
        '',
        'Setext',
        '======',
      ].join('\n'),
    );
    expect(findings.map((finding) => `${finding.line} ${finding.message}`)).toEqual([
      '1 has a level-1 heading; the page title is the only one',
      '3 has a footnote',
      '5 has a footnote',
      '7 contains an image',
      '9 contains an image',
      '13 has a table with aligned columns, which the site would style inline',
      '23 has a level-1 heading; the page title is the only one',
    ]);
    expect(findings.map((finding) => finding.fix)).toEqual([
      'Start body headings at level 2: "## Background".',
      "Remove the footnote: put the page it cites in the event's sources, and say it in the text.",
      "Remove the footnote: put the page it cites in the event's sources, and say it in the text.",
      'Remove the image: event pages load nothing from other sites. Link the page that shows it instead.',
      'Remove the image: event pages load nothing from other sites. Link the page that shows it instead.',
      'Remove the colons from the table\'s delimiter row: "| --- | --- |".',
      'Start body headings at level 2: "## Background".',
    ]);
  });

  it('tells text from white space', () => {
    expect(hasText(' \n\t ')).toBe(false);
    expect(hasText('\n a \n')).toBe(true);
  });
});
