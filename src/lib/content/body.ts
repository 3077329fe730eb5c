/**
 * Checks of a Markdown body, read with a real Markdown parser (mdast, with the GitHub extensions that the site's
 * renderer also turns on) so that code spans, escapes, tables and bare addresses are understood the way a
 * renderer understands them. These checks exist for their clear messages; the gate is the check of the rendered
 * HTML (rendered.ts), which sees exactly what the reader gets.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { hiddenCharacter, isHttpsUrl } from '../../schemas/fields.ts';

export interface BodyFinding {
  /** 1-based line within the body. */
  readonly line: number;
  readonly message: string;
  readonly fix: string;
}

// Built once: combining the extensions costs more than parsing a body.
const MARKDOWN_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/**
 * Every construct checked below needs one of these: "<" (HTML, autolinks), "[" (links, definitions, footnotes,
 * images), "|" (tables), "#" or "=" (level-1 headings, ATX or setext), "@" (bare e-mail addresses, mailto:,
 * xmpp:), "www." or "://" (bare web addresses). A body without any of them is plain prose, and most bodies are:
 * skipping the parse for them keeps `check:content` fast.
 */
const MARKUP = /[<[|#=@]|www\.|:\/\//i;

export function mayHaveMarkup(body: string): boolean {
  return MARKUP.test(body);
}

function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

/** Link targets a body may use: https pages only. */
function isAllowedLink(url: string): boolean {
  return isHttpsUrl(url);
}

export function checkBody(body: string): BodyFinding[] {
  const findings: BodyFinding[] = [];
  body.split('\n').forEach((text, index) => {
    const hidden = hiddenCharacter(text.replace(/\r$/, ''));
    if (hidden) {
      findings.push({
        line: index + 1,
        message: `contains an invisible or direction-changing character (${hidden.code}) at column ${hidden.index + 1}`,
        fix: 'Delete it (retype the words around it): such characters are invisible or reorder the text, so readers would see something other than what the file says.',
      });
    }
  });
  if (!mayHaveMarkup(body)) return findings;
  const tree = fromMarkdown(body, MARKDOWN_OPTIONS);
  // The pieces of raw HTML on each line, in the order written: "<b>" and "</b>" of one line make one finding.
  const html = new Map<number, string[]>();
  for (const node of walk(tree)) {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'html':
        html.set(line, [...(html.get(line) ?? []), JSON.stringify(node.value.slice(0, 40))]);
        break;
      case 'link':
      case 'definition':
        if (!isAllowedLink(node.url)) {
          // A bare address (GFM's autolink literal) has its own text as its target, and no "<" or "[" before it.
          const opening = body[node.position?.start.offset ?? 0];
          const bare = node.type === 'link' && opening !== '<' && opening !== '[' && node.children.length === 1 && node.children[0]?.type === 'text' && node.url.endsWith(node.children[0].value);
          findings.push({
            line,
            message: bare
              ? `has a bare address ${JSON.stringify((node.children[0]?.type === 'text' ? node.children[0].value : node.url).slice(0, 60))} that the site would turn into a link, but it is not an https URL`
              : `links to ${JSON.stringify(node.url.slice(0, 60))}, which is not an https URL`,
            fix: bare
              ? 'Write the full https:// address, or put the address in backticks (`www.example.org`) so that it stays text.'
              : 'Link the full https:// address of the page; javascript:, data:, mailto:, http:, in-page and relative links are refused.',
          });
        }
        break;
      case 'footnoteReference':
      case 'footnoteDefinition':
        findings.push({
          line,
          message: 'has a footnote',
          fix: 'Remove the footnote: put the page it cites in the event\'s sources, and say it in the text.',
        });
        break;
      case 'table':
        if (node.align?.some((align) => align !== null)) {
          findings.push({
            line,
            message: 'has a table with aligned columns, which the site would style inline',
            fix: 'Remove the colons from the table\'s delimiter row: "| --- | --- |".',
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
  for (const [line, pieces] of html) {
    const named = pieces.length > 4 ? `${pieces.slice(0, 3).join(', ')} and ${pieces.length - 3} more` : pieces.join(', ');
    findings.push({
      line,
      message: `contains raw HTML (${named})`,
      fix: 'Remove the HTML and use Markdown: **bold**, *italic*, [text](https://...), lists, ## headings.',
    });
  }
  return findings;
}

/** True when the body has any text beyond white space. */
export function hasText(body: string): boolean {
  return body.trim().length > 0;
}
