import { describe, expect, it } from 'vitest';
import { robotsTxt } from '../../src/lib/robots.ts';

describe('robots.txt', () => {
  it('allows every page and names the sitemap at the public address, under the base path', () => {
    expect(robotsTxt(new URL('https://chronology.example.org'), '/')).toBe(
      'User-agent: *\nAllow: /\nSitemap: https://chronology.example.org/sitemap-index.xml\n',
    );
    expect(robotsTxt(new URL('https://example.github.io'), '/chronology')).toContain(
      'Sitemap: https://example.github.io/chronology/sitemap-index.xml',
    );
  });

  it('names no sitemap without a public address (none is written then)', () => {
    expect(robotsTxt(undefined, '/')).toBe('User-agent: *\nAllow: /\n');
  });
});
