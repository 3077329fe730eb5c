/**
 * The dark colour scheme changes colours and nothing else: every rule inside a prefers-color-scheme block of
 * the built CSS only sets custom properties (colour values) or color-scheme. The browser tests rely on this to
 * check only the colour rules of axe in dark mode (tests/e2e/every-page.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type AtRule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { SITE_DIR, siteFiles } from '../helpers/site.ts';

describe('the built CSS', () => {
  it('changes only custom properties in the dark colour scheme', () => {
    const stylesheets = siteFiles().filter((file) => file.endsWith('.css'));
    const blocks: AtRule[] = [];
    for (const file of stylesheets) {
      postcss.parse(readFileSync(join(SITE_DIR, file), 'utf8')).walkAtRules('media', (rule) => {
        if (/prefers-color-scheme/.test(rule.params)) blocks.push(rule);
      });
    }
    expect(blocks.length).toBeGreaterThan(0);
    const other: string[] = [];
    for (const block of blocks) {
      block.walkDecls((declaration) => {
        if (!declaration.prop.startsWith('--') && declaration.prop !== 'color-scheme')
          other.push(`${declaration.parent?.toString().slice(0, 40)} ${declaration.prop}`);
      });
    }
    expect(other).toEqual([]);
  });
});
