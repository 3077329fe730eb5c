/**
 * The floor page: the fastest page that could list the same events. One plain HTML document with each event's
 * title (a link to its page), date and summary, no JavaScript and a few lines of CSS in a file of its own (the
 * site's Content-Security-Policy allows no inline style). Lighthouse scores it in the same run as the site's
 * pages, so each page's score can be read against what this machine gives a bare list at that moment.
 */

/** The fields of data/events.json the floor page shows. */
export interface FloorEvent {
  readonly id: string;
  readonly title: string;
  readonly when: string;
  readonly firstDay: string;
  readonly summary: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

export const FLOOR_CSS =
  'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:44rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}li{margin-bottom:1rem}time{display:block;color:#444}\n';

/** The floor page's HTML; `cssHref` is where its stylesheet is served, `eventHref` each event's page. */
export function floorPage(
  events: readonly FloorEvent[],
  options: { cssHref: string; eventHref: (id: string) => string },
): string {
  const items = events.map(
    (event) =>
      `<li><a href="${escapeHtml(options.eventHref(event.id))}">${escapeHtml(event.title)}</a>` +
      `<time datetime="${escapeHtml(event.firstDay)}">${escapeHtml(event.when)}</time>` +
      `<p>${escapeHtml(event.summary)}</p></li>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Events (benchmark floor page)</title>',
    '<meta name="description" content="Every event of the chronology as a plain list: the benchmark\'s floor page.">',
    '<link rel="icon" href="data:,">',
    `<link rel="stylesheet" href="${escapeHtml(options.cssHref)}">`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>Events (${events.length})</h1>`,
    '<ol>',
    ...items,
    '</ol>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
