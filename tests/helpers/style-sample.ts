/**
 * A small set of pages that together use every element, class and styling attribute of the whole site, for
 * the checks whose verdict comes from the stylesheet rather than the text: colour contrast in the dark scheme
 * and the 320 px layout's geometry. Pages of one template differ in which pieces they use (a claims table, a
 * status badge, a span, a locator map), not in how a piece is styled, so covering every piece once covers
 * every way the stylesheet can colour or lay out a page.
 */

/** What can select a style in a page: its element names, class names and the values of its data attributes. */
export function styleTokens(html: string): Set<string> {
  const tokens = new Set<string>();
  for (const [, tag] of html.matchAll(/<([a-z][a-z0-9-]*)[\s>/]/g)) tokens.add(`<${tag}>`);
  for (const [, names] of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of (names ?? '').split(/\s+/)) if (name) tokens.add(`.${name}`);
  }
  for (const [, name, value] of html.matchAll(/\s(data-[a-z-]+|aria-[a-z]+|role|type|open|hidden)(?:="([^"]*)")?/g)) {
    // Ids of events, actors and places are content, not style: keep only short enumerated values.
    tokens.add(value && value.length <= 24 && !/\d|-.*-/.test(value) ? `[${name}=${value}]` : `[${name}]`);
  }
  return tokens;
}

/**
 * The pages to check in full: those given, then, greedily, the page that adds most tokens not yet covered,
 * until every token of every page is covered. Deterministic (ties go to the first page in the given order).
 */
export function coveringSample(pages: ReadonlyMap<string, ReadonlySet<string>>, always: readonly string[]): string[] {
  const chosen = [...always];
  const covered = new Set<string>();
  for (const path of always) for (const token of pages.get(path) ?? []) covered.add(token);
  for (;;) {
    let best: string | undefined;
    let gain = 0;
    for (const [path, tokens] of pages) {
      let fresh = 0;
      for (const token of tokens) if (!covered.has(token)) fresh += 1;
      if (fresh > gain) [best, gain] = [path, fresh];
    }
    if (!best) return chosen;
    chosen.push(best);
    for (const token of pages.get(best) ?? []) covered.add(token);
  }
}
