/** Walking a page parsed by parse5, for the tests that read built HTML as a browser's parser would. */
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Every element under a node, the node first when it is one, in document order. */
export function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node as Element;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
}

/** An attribute's value, or undefined when the element has none of that name. */
export const attr = (element: Element, name: string): string | undefined =>
  element.attrs.find((a) => a.name === name)?.value;

/** The text under a node, as textContent would give it. */
export const text = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(text).join('')
      : '';
