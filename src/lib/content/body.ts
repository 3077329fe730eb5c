/**
 * Checks of a Markdown body, read with a real Markdown parser (mdast) so that code spans, escapes and
 * autolinks are understood the way a renderer understands them.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { isHttpsUrl } from '../../schemas/fields.ts';

export interface BodyFinding {
  /** 1-based line within the body. */
  readonly line: number;
  readonly message: string;
  readonly fix: string;
}

function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

/** Link targets a body may use: https pages, and anchors within the same page. */
function isAllowedLink(url: string): boolean {
  return isHttpsUrl(url) || /^#[\w-]+$/.test(url);
}

export function checkBody(body: string): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const tree = fromMarkdown(body);
  for (const node of walk(tree)) {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'html':
        findings.push({
          line,
          message: `contains raw HTML (${JSON.stringify(node.value.slice(0, 40))})`,
          fix: 'Remove the HTML and use Markdown: **bold**, *italic*, [text](https://...), lists, ## headings.',
        });
        break;
      case 'link':
      case 'definition':
        if (!isAllowedLink(node.url)) {
          findings.push({
            line,
            message: `links to ${JSON.stringify(node.url.slice(0, 60))}, which is not an https URL`,
            fix: 'Link the full https:// address of the page; javascript:, data:, http: and relative links are refused.',
          });
        }
        break;
      case 'image':
      case 'imageReference':
        findings.push({
          line,
          message: 'contains an image',
          fix: 'Remove the image: event pages load nothing from other sites. Link the page that shows it instead.',
        });
        break;
      case 'heading':
        if (node.depth === 1) {
          findings.push({
            line,
            message: 'has a level-1 heading; the page title is the only one',
            fix: 'Start body headings at level 2: "## Background".',
          });
        }
        break;
      default:
        break;
    }
  }
  return findings;
}

/** True when the body has any text beyond white space. */
export function hasText(body: string): boolean {
  return body.trim().length > 0;
}
