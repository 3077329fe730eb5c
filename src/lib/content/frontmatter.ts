/**
 * Splits a Markdown file into frontmatter and body exactly as Astro's loader does (the same delimiter rule and
 * js-yaml), and maps field paths back to line numbers so that every problem can point at its line.
 */
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import yaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';

/** The delimiter rule of Astro's frontmatter parser (@astrojs/internal-helpers), for YAML frontmatter. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export interface SplitFile {
  /** The YAML between the delimiters, or undefined when the file has none. */
  readonly raw: string | undefined;
  /** Lines of the file before the first line of `raw`. */
  readonly rawLineOffset: number;
  /** The Markdown after the closing delimiter. */
  readonly body: string;
  /** Lines of the file before the first line of `body`. */
  readonly bodyLineOffset: number;
}

const countLines = (text: string) => text.split('\n').length - 1;

export function splitFile(text: string): SplitFile {
  const match = FRONTMATTER.exec(text);
  if (!match || match[1] === undefined) return { raw: undefined, rawLineOffset: 0, body: text, bodyLineOffset: 0 };
  const rawStart = match.index + match[0].indexOf('---') + 3;
  const bodyStart = match.index + match[0].length;
  return {
    raw: match[1],
    rawLineOffset: countLines(text.slice(0, rawStart)),
    body: text.slice(bodyStart),
    bodyLineOffset: countLines(text.slice(0, bodyStart)),
  };
}

/**
 * The body exactly as Astro renders it: its glob loader blanks the frontmatter out with spaces and trims the
 * rest (astro/dist/content/utils.js, safeParseFrontmatter with "empty-with-spaces", and the Markdown entry
 * type's getEntryInfo), so a first line indented as code in the file is not code on the page. This finds the
 * frontmatter with Astro's own extractFrontmatter and blanks it the same way, without parsing the YAML again.
 * `lineOffset` is the number of lines of the file before the body's first line.
 */
export function publishedBody(text: string): { body: string; lineOffset: number } | undefined {
  const raw = extractFrontmatter(text);
  let content = text;
  if (raw !== undefined) {
    const delimiter = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/.exec(text)?.[1] ?? '---';
    content = text.replace(`${delimiter}${raw}${delimiter}`, () => `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
  }
  const start = content.search(/\S/);
  if (start === -1) return { body: '', lineOffset: countLines(content) };
  return { body: content.trim(), lineOffset: countLines(content.slice(0, start)) };
}

export type ParsedYaml = { ok: true; data: unknown } | { ok: false; reason: string; line: number };

/** Parses frontmatter with js-yaml, the parser Astro uses, so the validator sees the values the build sees. */
export function parseYaml(raw: string): ParsedYaml {
  try {
    return { ok: true, data: yaml.load(raw) };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return { ok: false, reason: error.reason, line: error.mark.line + 1 };
    }
    throw error;
  }
}

export interface YamlLocator {
  /** The 1-based line (within the YAML) of the deepest node on the path that exists; 1 when none does. */
  line(path: readonly PropertyKey[]): number;
  /** The text of a scalar exactly as written in the file, or undefined. */
  source(path: readonly PropertyKey[]): string | undefined;
}

const keysOf = (path: readonly PropertyKey[]) => path.map((part) => (typeof part === 'symbol' ? String(part) : part));

/**
 * Finds where fields are written, so that problems point at a line, and what the editor typed, so that a fix
 * can quote it (js-yaml turns an unquoted 2024-02-30 into 2 March; the editor should see "2024-02-30").
 */
export function yamlLocator(raw: string): YamlLocator {
  // Parsed on first use: only a file with a problem needs its lines, and parsing every file costs most of a check.
  const counter = new LineCounter();
  let doc: ReturnType<typeof parseDocument> | undefined;
  const nodeAt = (path: readonly PropertyKey[]): unknown => {
    doc ??= parseDocument(raw, { lineCounter: counter, keepSourceTokens: true, uniqueKeys: false });
    return doc.getIn(keysOf(path), true);
  };
  return {
    line(path) {
      for (let depth = path.length; depth > 0; depth -= 1) {
        const node = nodeAt(path.slice(0, depth));
        if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
          const start = node.range[0];
          if (typeof start === 'number') return counter.linePos(start).line;
        }
      }
      return 1;
    },
    source(path) {
      const node = nodeAt(path);
      if (node && typeof node === 'object' && 'srcToken' in node) {
        const token = node.srcToken;
        if (token && typeof token === 'object' && 'source' in token && typeof token.source === 'string') return token.source;
      }
      return undefined;
    },
  };
}
