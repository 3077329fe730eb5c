import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/lib/serve.ts';
import { ASSET_HEADERS, CSP_HEADER, CSP_META, headersFile, SECURITY_HEADERS } from '../../src/lib/security.ts';
import { countryName, languageName } from '../../src/lib/labels.ts';

describe('the security policy', () => {
  it('is at least as strict as the project requires, in the meta tag', () => {
    expect(CSP_META).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
    // The one exception is WebAssembly compilation for the search library; no JavaScript eval, no inline code.
    expect(CSP_META.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe|frame-ancestors/);
  });

  it('adds what only a header can carry, in the header', () => {
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
    expect(SECURITY_HEADERS).toEqual({
      'Content-Security-Policy': CSP_HEADER,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    });
  });

  it('writes a _headers file for the site root or a sub-path', () => {
    const lines = headersFile('/', '_astro').split('\n');
    expect(lines[0]).toBe('/*');
    expect(lines).toContain(`  Content-Security-Policy: ${CSP_HEADER}`);
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    expect(lines.slice(-3)).toEqual(['/_astro/*', '  Cache-Control: public, max-age=31536000, immutable', '']);
    expect(headersFile('/chronology/', '_astro').split('\n')[0]).toBe('/chronology/*');
    expect(headersFile('/chronology', '_astro').split('\n')[0]).toBe('/chronology/*');
    expect(headersFile('/chronology', 'assets').split('\n').at(-3)).toBe('/chronology/assets/*');
  });

  it('gives, read as a host reads _headers, every path the policy and only the hashed assets a year', () => {
    for (const base of ['/', '/chronology/']) {
      const rules = parseHeaders(headersFile(base, '_astro'));
      for (const page of ['', 'events/azal-8243-crash/', 'no-such-page/', 'x_astro/a.css', 'og/site.png'])
        expect(headersFor(rules, `${base}${page}`), page).toEqual(SECURITY_HEADERS);
      for (const asset of ['_astro/BaseLayout.Be_Lk2kG.css', '_astro/page.BkVsn1qr.js'])
        expect(headersFor(rules, `${base}${asset}`), asset).toEqual({ ...SECURITY_HEADERS, ...ASSET_HEADERS });
    }
    expect(headersFor(parseHeaders(headersFile('/chronology/', '_astro')), '/about/')).toEqual({});
  });
});

describe('reading a _headers file', () => {
  it('takes "*" for any characters and every other character as itself', () => {
    const rules = parseHeaders('/a.b/*\n  X-One: 1\n\n# a comment\n/c+d/e\n  X-Two: 2\n');
    expect(headersFor(rules, '/a.b/')).toEqual({ 'X-One': '1' });
    expect(headersFor(rules, '/a.b/deep/er.txt')).toEqual({ 'X-One': '1' });
    expect(headersFor(rules, '/aXb/')).toEqual({});
    expect(headersFor(rules, '/c+d/e')).toEqual({ 'X-Two': '2' });
    expect(headersFor(rules, '/ccd/e')).toEqual({});
    expect(headersFor(rules, '/c+d/e/f')).toEqual({});
  });

  it('joins the values of a header that two rules give with a comma, as the hosts do', () => {
    const rules = parseHeaders('/*\n  Cache-Control: public\n/x/*\n  Cache-Control: max-age=60\n  X-Y: z\n');
    expect(headersFor(rules, '/x/1')).toEqual({ 'Cache-Control': 'public, max-age=60', 'X-Y': 'z' });
    expect(headersFor(rules, '/y')).toEqual({ 'Cache-Control': 'public' });
  });

  it('refuses a line that is neither a path nor an indented header, naming it', () => {
    expect(() => parseHeaders('/*\n  X-A: b\nX-C: d\n')).toThrow(
      '_headers line 3 is neither a path nor an indented "Name: value" header: X-C: d',
    );
    expect(() => parseHeaders('  X-A: b\n')).toThrow('_headers line 1');
  });
});

describe('names of languages and countries', () => {
  it('gives the English name of a language tag and a country code', () => {
    expect(languageName('ru')).toBe('Russian');
    expect(languageName('az')).toBe('Azerbaijani');
    expect(countryName('KZ')).toBe('Kazakhstan');
    expect(countryName('AZ')).toBe('Azerbaijan');
  });
});
