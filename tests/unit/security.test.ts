import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, headersFile, SECURITY_HEADERS } from '../../src/lib/security.ts';
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
    const lines = headersFile('/').split('\n');
    expect(lines[0]).toBe('/*');
    expect(lines).toContain(`  Content-Security-Policy: ${CSP_HEADER}`);
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    expect(lines.at(-1)).toBe('');
    expect(headersFile('/chronology/').split('\n')[0]).toBe('/chronology/*');
    expect(headersFile('/chronology').split('\n')[0]).toBe('/chronology/*');
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
