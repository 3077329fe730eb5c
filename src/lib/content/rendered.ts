/**
 * The gate on what a body publishes: the HTML that Astro's own Markdown renderer produced, parsed by a real
 * HTML parser (parse5, the parser browsers' behaviour is specified by) and held to an allow-list of elements,
 * attributes and link targets. The Markdown-level checks in body.ts explain most mistakes better; this check
 * catches whatever they do not foresee, because it reads what the reader's browser will read.
 */
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { isHttpsUrl, isMixedScriptHost } from '../../schemas/fields.ts';
import { isReservedId } from '../ui.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements a body may produce, each with the attributes it may carry. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  p: [],
  a: ['href'],
  em: [],
  strong: [],
  del: [],
  code: ['class'],
  pre: [],
  blockquote: [],
  ul: [],
  ol: ['start'],
  li: [],
  h2: ['id'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  hr: [],
  br: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: [],
  td: [],
};

/** Attribute values that are safe whatever they say, checked per attribute. */
const VALUE_RULES: Readonly<Record<string, (value: string) => boolean>> = {
  href: (value) => isHttpsUrl(value) && !isMixedScriptHost(new URL(value).hostname),
  class: (value) => /^language-[\w+-]{1,40}$/.test(value),
  // A heading's id must not take one the page itself uses (its sections, its source list, the site's layout).
  id: (value) => /^[\w-]{1,100}$/.test(value) && !isReservedId(value),
  start: (value) => /^\d{1,6}$/.test(value),
};

export interface RenderedFinding {
  readonly message: string;
  readonly fix: string;
  /** Text to look for in the Markdown source to place the finding on a line. */
  readonly needles: readonly string[];
}

function* walk(node: Node): Generator<Node> {
  yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* walk(child);
  if (node.nodeName === 'template') yield* walk((node as DefaultTreeAdapterMap['template']).content);
}

const textOf = (element: Element): string =>
  element.childNodes.map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterMap['textNode']).value : '')).join('');

/** Every element, attribute, comment or link target in `html` that is outside the allow-list. */
export function checkRenderedHtml(html: string): RenderedFinding[] {
  const findings: RenderedFinding[] = [];
  for (const node of walk(parseFragment(html))) {
    if (node.nodeName === '#comment') {
      findings.push({
        message: 'renders an HTML comment',
        fix: 'Remove the "<!--" comment; notes for editors belong in the pull request, not the page.',
        needles: ['<!--'],
      });
      continue;
    }
    if (!('tagName' in node)) continue;
    const element = node as Element;
    const allowed = ALLOWED[element.tagName];
    if (allowed === undefined) {
      findings.push({
        message: `renders a <${element.tagName}> element, which a body may not contain`,
        fix: elementFix(element.tagName),
        needles: [`<${element.tagName}`, ...elementNeedles(element.tagName)],
      });
      continue;
    }
    for (const attribute of element.attrs) {
      const rule = VALUE_RULES[attribute.name];
      if (!allowed.includes(attribute.name) || rule === undefined) {
        findings.push({
          message: `renders <${element.tagName}> with a "${attribute.name}" attribute, which a body may not contain`,
          fix: attribute.name === 'align' || attribute.name === 'style'
            ? 'Remove the colons from the table\'s delimiter row (use "---", not ":--" or "--:").'
            : 'Write plain Markdown; attributes cannot be set from a body.',
          needles: [attribute.name, textOf(element)],
        });
      } else if (!rule(attribute.value)) {
        findings.push(
          attribute.name === 'href'
            ? {
                message: isHttpsUrl(attribute.value)
                  ? `renders a link to ${JSON.stringify(attribute.value.slice(0, 60))}, whose host mixes the letters of two alphabets, as look-alike addresses do`
                  : `renders a link to ${JSON.stringify(attribute.value.slice(0, 60))}, which is not an https page`,
                fix: 'Link the full https:// address of a page, or write the address as `code` so that it is not a link. http:, mailto:, javascript:, data: and relative links are refused.',
                needles: [attribute.value, attribute.value.replace(/^[a-z]+:(\/\/)?/i, ''), textOf(element)],
              }
            : attribute.name === 'id'
              ? { ...headingIdProblem(attribute.value), needles: [textOf(element)] }
              : {
                  message: `renders <${element.tagName} ${attribute.name}=${JSON.stringify(attribute.value.slice(0, 40))}>, a value a body may not produce`,
                  fix: 'Write plain Markdown; this value cannot come from a body.',
                  needles: [attribute.value],
                },
        );
      }
    }
  }
  return findings;
}

/** Why a heading's id is refused, in the words an editor can act on. */
function headingIdProblem(id: string): { message: string; fix: string } {
  if (id === '')
    return {
      message: 'has a heading with no letter or digit to make its id from',
      fix: 'Give the heading at least one word in Latin letters or digits: its words make its id.',
    };
  if (id.length > 100)
    return {
      message: `has a heading whose id would be ${id.length} characters long, more than 100`,
      fix: 'Shorten the heading: its words make its id.',
    };
  if (!/^[\w-]+$/.test(id))
    return {
      message: `has a heading whose id ${JSON.stringify(id.slice(0, 40))} would hold characters other than a-z, 0-9, "-" and "_"`,
      fix: 'Write the heading in English, in Latin letters; words in another alphabet can go in the text under it.',
    };
  return {
    message: `has a heading that would take the id ${JSON.stringify(id.slice(0, 40))}, which the page itself uses`,
    fix: "Reword the heading: its words decide its id, and this one would send the page's own links to it.",
  };
}

function elementFix(tag: string): string {
  if (tag === 'img') return 'Remove the image: pages load nothing from other sites. Link the page that shows it instead.';
  if (tag === 'sup' || tag === 'section') return 'Remove the footnote: put the page it cites in the event\'s sources, and say it in the text.';
  if (tag === 'h1') return 'Start body headings at level 2: "## Background".';
  return 'Remove the HTML and use Markdown: **bold**, *italic*, [text](https://...), lists, ## headings.';
}

function elementNeedles(tag: string): string[] {
  if (tag === 'sup' || tag === 'section') return ['[^'];
  if (tag === 'img') return ['!['];
  if (tag === 'h1') return ['# '];
  return [];
}

/** The 1-based line of the first source line that contains one of the needles (case-insensitive), if any. */
export function locate(source: string, needles: readonly string[]): number | undefined {
  const lines = source.split('\n').map((line) => line.toLowerCase());
  for (const needle of needles) {
    const wanted = needle.trim().toLowerCase();
    if (wanted.length < 2) continue;
    const index = lines.findIndex((line) => line.includes(wanted));
    if (index >= 0) return index + 1;
  }
  return undefined;
}
