import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMarkup, isCountryCode, isHttpsUrl, isLanguageTag } from '../../src/schemas/fields.ts';

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

describe('hasMarkup', () => {
  it.each(['<script>', '<img src=x onerror=alert(1)>', '</p>', '<!-- x -->', '<?xml', 'a <b>bold</b> move'])(
    'finds markup in %j',
    (text) => expect(hasMarkup(text)).toBe(true),
  );
  it.each(['Trade < 5%', 'A -> B', 'x<5', '38 of 67 people', 'AT&T'])('finds none in %j', (text) =>
    expect(hasMarkup(text)).toBe(false),
  );
});

describe('isCountryCode', () => {
  it.each(['AZ', 'RU', 'KZ', 'AM', 'US', 'UA', 'TJ'])('accepts %s', (code) => expect(isCountryCode(code)).toBe(true));
  it.each(['az', 'Azerbaijan', 'XX', 'ZZ', 'AZE', ''])('refuses %j', (code) => expect(isCountryCode(code)).toBe(false));
});

describe('isLanguageTag', () => {
  it.each(['en', 'ru', 'az', 'hy', 'uk', 'kk', 'bg', 'pt', 'az-Latn', 'en-GB'])('accepts %s', (tag) =>
    expect(isLanguageTag(tag)).toBe(true),
  );
  it.each(['EN', 'English', 'xx', 'en_GB', 'ru-', ''])('refuses %j', (tag) => expect(isLanguageTag(tag)).toBe(false));
});
