/**
 * axe-core, the engine behind @axe-core/playwright, run straight in the page. The wrapper re-injects axe and
 * collects passes for every node on each call, which costs 3–5 s a run on this machine; loading axe once per
 * page as a same-origin script (so the browser caches its compiled code) and asking for violations only gives
 * the same verdict in about a fifth of a second. A tab that visits many pages does better still with
 * preloadAxe: measured over 30 event pages, adding the script tag after each load took 135–148 ms a page, and
 * evaluating axe as the page loads added about 20 ms to the load.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Where the test server mounts axe-core (see serve() in site.ts). */
export const AXE_PATH = '/__tests__/axe.min.js';
export const AXE_FILE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The rule sets every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/** The rules whose verdict depends on colours: all that a change of colour scheme can affect. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * Makes every page this tab opens from now on start with axe-core defined. The script is evaluated by the
 * browser's automation channel, outside the page's Content-Security-Policy, so it neither needs nor tests an
 * exception to the policy; the page's own scripts are untouched.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: readFileSync(AXE_FILE, 'utf8') });
}

export interface AxeScope {
  /** A CSS selector to check instead of the whole document (e.g. "main"). */
  readonly within?: string;
  /** Run these rules only, instead of every rule of AXE_TAGS. */
  readonly rules?: readonly string[];
  /** Every rule of AXE_TAGS but these. */
  readonly skip?: readonly string[];
}

/** Violations on the page as it is now, one line each: rule id and up to three offending elements. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_PATH });
  return page.evaluate(
    async ({ within, rules, skip, tags }) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: unknown,
              options: object,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      const results = await axe.run(within ? { include: [within] } : document, {
        runOnly,
        rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
      return results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
    },
    {
      within: scope.within,
      rules: scope.rules ? [...scope.rules] : undefined,
      skip: [...(scope.skip ?? [])],
      tags: [...AXE_TAGS],
    },
  );
}
