import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  countryCode,
  dayDate,
  hiddenCharacter,
  hostScripts,
  httpsUrl,
  idText,
  isCountryCode,
  isHttpsUrl,
  isLanguageTag,
  isMixedScriptHost,
  languageTag,
  partialDate,
  plainText,
} from '../../src/schemas/fields.ts';

/** What a field check says about a value: the parsed value, or each issue's message and fix. */
function check(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return { value: result.data };
  return {
    issues: result.error.issues.map((issue) => [issue.message, (issue as { params?: { fix?: string } }).params?.fix]),
  };
}

describe('isHttpsUrl', () => {
  it.each([
    'https://news.az/news/sputnik-s-office-in-azerbaijan-shut-down',
    'https://www.trtworld.com:443/article/4e9e3420bffb',
    'https://www.intellinews.com/a-388447/?source=azerbaijan',
    'https://gopherproxy.meulie.net/magical.fish/0/feeds/news/2025-07%2520While',
  ])('accepts %s', (url) => expect(isHttpsUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://example.org/page',
    '//example.org/page',
    '/events/azal-8243-crash/',
    'https://localhost/page',
    'https://user:pass@example.org/',
    'https://example.org/a page',
    'https://example.org/\n',
    'https:example.org',
    'https://example.org./page',
    'https://user@example.org/',
    'https://:secret@example.org/',
    'https://[example.org/',
    '',
  ])('refuses %j', (url) => expect(isHttpsUrl(url)).toBe(false));

  it('accepts generated https URLs (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }), (url) => {
        fc.pre(!/^https:\/\/[^/]*@/.test(url) && new URL(url).hostname.includes('.'));
        expect(isHttpsUrl(url)).toBe(true);
      }),
    );
  });

  it('refuses every URL whose scheme is not https (property)', () => {
    const scheme = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,9}$/).filter((s) => s.toLowerCase() !== 'https');
    fc.assert(
      fc.property(scheme, fc.webUrl(), (s, url) => {
        expect(isHttpsUrl(url.replace(/^[a-z]+:/, `${s}:`))).toBe(false);
      }),
    );
  });

  it('refuses any string that starts with javascript: in any case (property)', () => {
    const casing = fc.constantFrom('javascript', 'JavaScript', 'JAVASCRIPT', 'jAvAsCrIpT');
    fc.assert(
      fc.property(casing, fc.string(), (prefix, rest) => {
        expect(isHttpsUrl(`${prefix}:${rest}`)).toBe(false);
      }),
    );
  });
});

describe('plainText and markup', () => {
  it.each(['<script>', '<img src=x onerror=alert(1)>', '</p>', '<!-- x -->', '<?xml', 'a <b>bold</b> move'])(
    'finds markup in %j',
    (text) => expect(check(plainText(1, 80), text).issues?.[0]?.[0]).toContain('contains HTML markup'),
  );
  it.each(['Trade < 5%', 'A -> B', 'x<5', '38 of 67 people', 'AT&T'])('finds none in %j', (text) =>
    expect(check(plainText(1, 80), text)).toEqual({ value: text }),
  );
});

describe('isCountryCode', () => {
  it.each(['AZ', 'RU', 'KZ', 'AM', 'US', 'UA', 'TJ'])('accepts %s', (code) => expect(isCountryCode(code)).toBe(true));
  it.each(['az', 'Azerbaijan', 'XX', 'ZZ', 'AZE', 'xAZ', 'AZx', ''])('refuses %j', (code) =>
    expect(isCountryCode(code)).toBe(false),
  );
});

describe('isLanguageTag', () => {
  it.each(['en', 'ru', 'az', 'hy', 'uk', 'kk', 'bg', 'pt', 'az-Latn', 'en-GB'])('accepts %s', (tag) =>
    expect(isLanguageTag(tag)).toBe(true),
  );
  // "en-gb" is a real tag but not written canonically (en-GB); "en-x1" has the shape but is no tag at all.
  it.each(['EN', 'English', 'xx', 'en_GB', 'ru-', 'en-gb', 'en-x1', 'xen', 'en-GBx', 'en-GB-u-ca-gregory', ''])(
    'refuses %j',
    (tag) => expect(isLanguageTag(tag)).toBe(false),
  );
});

describe('hiddenCharacter', () => {
  it('names the first hidden or direction-changing character and where it is', () => {
    expect(hiddenCharacter('ab\u202Ecd\u200B')).toEqual({ code: 'U+202E', index: 2 });
    // Four hex digits at least, more past the Basic Multilingual Plane.
    expect(hiddenCharacter('\u0007')).toEqual({ code: 'U+0007', index: 0 });
    expect(hiddenCharacter('x\u{E0041}')).toEqual({ code: 'U+E0041', index: 1 });
  });
  it('finds nothing in ordinary text, tabs and line breaks included', () => {
    expect(hiddenCharacter('Ilham Əliyev\tsaid:\r\n“no”')).toBeUndefined();
  });
});

describe('hostScripts and isMixedScriptHost', () => {
  it('names the scripts of a host, punycode decoded, in a fixed order', () => {
    expect(hostScripts('news.az')).toEqual(['Latin']);
    // "аррӏе.com" written in Cyrillic letters, as the punycode a browser shows as apple.com.
    expect(hostScripts('xn--80ak6aa92e.com')).toEqual(['Latin', 'Cyrillic']);
    expect(hostScripts('XN--80AK6AA92E.COM')).toEqual(['Latin', 'Cyrillic']);
    expect(hostScripts('ελλάδα.gr')).toEqual(['Latin', 'Greek']);
    // Tamil is not named: its letters count as "other".
    expect(hostScripts('தமிழ்.com')).toEqual(['Latin', 'other']);
    expect(hostScripts('127.0.0.1')).toEqual([]);
    // Letters of one script other than Latin; a label of one letter; a Latin letter with a diacritic.
    expect(hostScripts('пример.рф')).toEqual(['Cyrillic']);
    expect(hostScripts('x.az')).toEqual(['Latin']);
    expect(hostScripts('é.fr')).toEqual(['Latin']);
  });
  it('calls a host mixed only when its letters come from two scripts or more', () => {
    expect(isMixedScriptHost('xn--80ak6aa92e.com')).toBe(true);
    expect(isMixedScriptHost('தமிழ்.com')).toBe(true);
    expect(isMixedScriptHost('www.trtworld.com')).toBe(false);
    expect(isMixedScriptHost('127.0.0.1')).toBe(false);
  });
});

describe('the field checks and the fixes they suggest', () => {
  it('plainText trims, bounds the length and refuses markup and hidden characters', () => {
    expect(check(plainText(3, 10), '  abc  ')).toEqual({ value: 'abc' });
    expect(check(plainText(3, 10), '  ab  ').issues).toHaveLength(1);
    expect(check(plainText(3, 10), 'abcdefghijk').issues).toHaveLength(1);
    expect(check(plainText(3, 10), 'abcdefghij')).toEqual({ value: 'abcdefghij' });
    expect(check(plainText(1, 50), 'a <b>bold</b> move')).toEqual({
      issues: [
        [
          'contains HTML markup ("<b>"); this field is plain text',
          'Remove the tags. Write "<" only when followed by a space; formatting belongs in the body.',
        ],
      ],
    });
    // The tag itself is named, however far into the text it is; a long one is cut.
    const late = `${'word '.repeat(60)}<script src="https://evil.example/a-very-long-path/x.js">`;
    expect(check(plainText(1, 400), late).issues?.[0]?.[0]).toBe(
      'contains HTML markup ("<script src=\\"https://evil.example/a-ver…"); this field is plain text',
    );
    // A short tag far into the text is shown whole; one of exactly 40 characters too, one of 41 is cut.
    expect(check(plainText(1, 400), `${'word '.repeat(20)}<b>`).issues?.[0]?.[0]).toContain('("<b>")');
    const forty = `<a title="${'x'.repeat(28)}">`;
    expect(forty).toHaveLength(40);
    expect(check(plainText(1, 100), `see ${forty}`).issues?.[0]?.[0]).toContain(`(${JSON.stringify(forty)})`);
    expect(check(plainText(1, 100), `see <a title="${'x'.repeat(29)}">`).issues?.[0]?.[0]).toContain('…")');
    expect(check(plainText(1, 50), 'an open <!-- comment').issues?.[0]?.[0]).toBe(
      'contains HTML markup ("<!-- comment"); this field is plain text',
    );
    expect(check(plainText(1, 50), 'ab\u202Ecd')).toEqual({
      issues: [
        [
          'contains an invisible or direction-changing character (U+202E) at character 3',
          'Delete it (retype the words around it): such characters are invisible or reorder the text, so readers would see something other than what the file says.',
        ],
      ],
    });
  });

  it('plainText refuses character references and Markdown, which a reader would see as typed, naming what to write', () => {
    expect(check(plainText(1, 80), 'Talks &amp; visits')).toEqual({
      issues: [
        [
          'contains the character reference "&amp;", which readers would see as typed',
          'Write the character itself ("&"): plain-text fields are escaped for the page when the site is built.',
        ],
      ],
    });
    // Numeric references, decimal and hexadecimal, in any case; a space is named by its code point.
    expect(check(plainText(1, 80), 'a &#60;b').issues?.[0]?.[1]).toContain('itself ("<")');
    expect(check(plainText(1, 80), 'a &#X3C;b').issues?.[0]?.[0]).toContain('"&#X3C;"');
    expect(check(plainText(1, 80), 'a&nbsp;b').issues?.[0]?.[1]).toContain('itself (U+00A0)');
    // Ampersands that name no character are text: the first real reference is the one named.
    expect(check(plainText(1, 80), 'AT&T, R&D and Q&As; then &copy; 2025').issues?.[0]?.[0]).toContain('"&copy;"');
    // Names are case-sensitive, as a browser reads them: "&NBSP;" names nothing.
    for (const text of ['AT&T', 'Q&As; and &foo;', 'a&NBSP;b', '50% & $5', 'a & b; c', '&;', '&#;', '&#x;'])
      expect(check(plainText(1, 80), text), text).toEqual({ value: text });

    const markdown = (text: string) => check(plainText(1, 200), text).issues;
    expect(markdown('A **strong** word')).toEqual([
      [
        'contains Markdown ("**strong**"), which this plain-text field would show as typed',
        'Write the words without the asterisks, underscores or backticks. Formatting belongs in the body; a link belongs in the body or in sources.',
      ],
    ]);
    expect(markdown('An __underlined__ word')?.[0]?.[0]).toContain('("__underlined__")');
    expect(markdown('A `code` span')?.[0]?.[0]).toContain('("`code`")');
    expect(markdown('See [RIA](https://ria.ru/) here')?.[0]?.[0]).toContain('("[RIA](https://ria.ru/)")');
    expect(markdown(`See [RIA](https://ria.ru/${'x'.repeat(40)}) here`)?.[0]?.[0]).toContain(
      `("[RIA](https://ria.ru/${'x'.repeat(18)}…")`,
    );
    for (const text of [
      'a_b and 5 * 3',
      'two ** alone',
      'a __ b',
      '[sic] and (sic)',
      'an ` apostrophe',
      'x**',
      '[a] (b)',
    ])
      expect(check(plainText(1, 80), text), text).toEqual({ value: text });
  });

  it('reports markup, references, Markdown, hidden characters and mixed-script hosts as custom issues, as the other checks are', () => {
    expect(
      plainText(1, 50)
        .safeParse('ab\u202Ecd')
        .error?.issues.map((issue) => issue.code),
    ).toEqual(['custom']);
    expect(
      plainText(1, 50)
        .safeParse('a <b> &amp; **c**')
        .error?.issues.map((issue) => issue.code),
    ).toEqual(['custom', 'custom', 'custom']);
    expect(
      httpsUrl()
        .safeParse('https://xn--80ak6aa92e.com/')
        .error?.issues.map((issue) => issue.code),
    ).toEqual(['custom']);
  });

  it('idText names the kind of id and gives an example of it', () => {
    expect(check(idText('event'), 'azal-8243-crash')).toEqual({ value: 'azal-8243-crash' });
    expect(check(idText('event'), 'Bad_Id')).toEqual({
      issues: [
        ['is not a valid event id', 'Use lowercase letters, digits and single hyphens, e.g. "azal-8243-crash".'],
      ],
    });
    expect(check(idText('actor'), 'a--b')).toEqual({
      issues: [['is not a valid actor id', 'Use lowercase letters, digits and single hyphens, e.g. "ilham-aliyev".']],
    });
  });

  it('httpsUrl refuses other schemes once, and a host that mixes scripts by naming them', () => {
    expect(check(httpsUrl(), 'https://news.az/a')).toEqual({ value: 'https://news.az/a' });
    const refused = [
      'is not an https URL',
      'Paste the full https:// address of the page. http:, javascript:, data: and relative links are refused.',
    ];
    expect(check(httpsUrl(), 'http://news.az/a')).toEqual({ issues: [refused] });
    expect(check(httpsUrl(), 'not a url')).toEqual({ issues: [refused] });
    expect(check(httpsUrl(), 'https://xn--80ak6aa92e.com/')).toEqual({
      issues: [
        [
          'has a host name that mixes Latin and Cyrillic letters, as look-alike addresses do',
          "Type the address again from the publisher's site, letter by letter; a real host uses one alphabet.",
        ],
      ],
    });
  });

  it('partialDate and dayDate take only dates that exist, dayDate only whole days', () => {
    expect(check(partialDate(), '2025-02')).toEqual({ value: '2025-02' });
    expect(check(partialDate(), '2025-02-29')).toEqual({
      issues: [
        [
          'is not a calendar date written as YYYY-MM-DD, YYYY-MM or YYYY',
          'Write the date in quotes, e.g. "2025-06-27", "2025-02" or "1984", and check that the day exists.',
        ],
      ],
    });
    expect(check(dayDate(), '2024-02-29')).toEqual({ value: '2024-02-29' });
    expect(check(dayDate(), '2025-02')).toEqual({
      issues: [
        [
          'is not a day written as YYYY-MM-DD',
          'Write the full date in quotes, e.g. "2026-11-30", and check that the day exists.',
        ],
      ],
    });
    expect(check(dayDate(), '2025-02-29').issues).toHaveLength(1);
  });

  it('countryCode and languageTag say what to write instead', () => {
    expect(check(countryCode(), 'AZ')).toEqual({ value: 'AZ' });
    expect(check(countryCode(), 'az')).toEqual({
      issues: [
        [
          'is not an ISO 3166-1 alpha-2 country code',
          'Use the two capital letters of the country, e.g. "AZ", "RU", "KZ", "AM", "US".',
        ],
      ],
    });
    expect(check(languageTag(), 'az-Latn')).toEqual({ value: 'az-Latn' });
    expect(check(languageTag(), 'EN')).toEqual({
      issues: [
        ['is not a BCP 47 language tag', 'Use the lowercase language code, e.g. "en", "ru", "az", "hy", "uk", "kk".'],
      ],
    });
  });
});
