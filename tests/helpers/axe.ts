/**
 * axe-core, the engine behind @axe-core/playwright, run straight in the page. The wrapper re-injects axe and
 * collects passes for every node on each call, which costs 3–5 s a run on this machine; loading axe once per
 * page as a same-origin script (so the browser caches its compiled code) and asking for violations only gives
 * the same verdict in about a fifth of a second.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Where the test server mounts axe-core (see serve() in site.ts). */
export const AXE_PATH = '/__tests__/axe.min.js';
export const AXE_FILE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The rule sets every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/** Violations on the page as it is now, one line each: rule id and up to three offending elements. */
export async function axeViolations(page: Page, tags: readonly string[] = AXE_TAGS): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_PATH });
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
  }, [...tags]);
}
