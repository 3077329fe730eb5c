/**
 * The cite panel's formats at the speed a chronology of thousands of events needs. citeproc takes 5–20 ms for
 * one bibliography entry (APA's style is the slowest), 25 ms or more per event for the three styles, which made
 * the citations most of a large build's time. Yet an event's citations differ from another's only in the id,
 * the address, the title and the page's date. So each format is rendered by citation-js once per month of page
 * dates, on a probe record whose id, address and title are markers, and the markers and the day are then filled
 * in for each event:
 *
 * - the id and the address as they are (kebab-case ids and plain addresses are printed verbatim);
 * - the title as citeproc's own title case writes it (Chicago and MLA), as citation-js's BibTeX writer writes a
 *   title, as JSON writes a string (CSL-JSON), or as it is (APA prints it unchanged);
 * - the day's digits where the month's two probes (the 14th and the 25th) differ.
 *
 * Only "plain" titles take this path: letters, digits, single spaces and a few inner marks (no quotation marks,
 * apostrophes, final punctuation, markup or LaTeX characters), the kind whose rendering cannot reach beyond
 * the title's own place in the text. Every other title, id or address goes to citation-js whole, as before. The
 * unit tests compare both paths on the real content and on thousands of generated titles, and every
 * SPOT_CHECK_EVERY-th filled citation (the first included) is rendered by citation-js too, stopping the build
 * when the two differ.
 */
import { createRequire } from 'node:module';
import { plugins } from '@citation-js/core';
import { cslDate, type CslRecord } from './citation.ts';
import { bibtexTitle, renderFormat, type CitationFormat } from './citation-formats.ts';

const require = createRequire(import.meta.url);

/** citeproc as @citation-js/plugin-csl loads it (the same module instance, so the same title case). */
interface Citeproc {
  readonly Output: { readonly Formatters: { readonly title: (state: unknown, text: string) => string } };
}
const citeproc = require(
  require.resolve('citeproc', { paths: [require.resolve('@citation-js/plugin-csl')] }),
) as Citeproc;

/** citation-js's BibTeX value writer, which the BibTeX output runs each field through. */
const bibtexValue = require('@citation-js/plugin-bibtex/lib/output/value.js') as {
  readonly format: (field: string, value: string) => string;
};

/** The engine of a style, whose locale gives the title case its small words. */
const prepareEngine = plugins.config.get('@csl').engine as (
  data: unknown[],
  style: string,
  lang: string,
  format: string,
) => unknown;

/** A title the templates can hold: see the module's comment. */
const PLAIN_TITLE = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N},:;()/\u2013\u2014-]| (?! ))*[\p{L}\p{M}\p{N}]$/u;
const PLAIN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLAIN_URL = /^(?:https?:\/\/[a-z0-9.-]+(?::\d+)?)?\/[A-Za-z0-9/._-]*$/;

const MARK = { id: 'qqidqq', title: 'Qqtitleqq', url: 'https://qqurlqq.invalid/qqpathqq/' } as const;

/** A format's text around the markers for one month of page dates, with the day's place. */
interface Template {
  /** The text split at the day: before and after it (each still holding the id, title and address markers). */
  readonly before: string;
  readonly after: string;
  readonly pad: boolean;
}

const templates = new Map<string, Template | null>();
/** Per format: whether it writes the day with two digits (learned once, on the 5th). */
const padding = new Map<CitationFormat, boolean | null>();

const probe = (record: CslRecord, day: string): CslRecord => ({
  ...record,
  id: MARK.id,
  'citation-key': MARK.id,
  title: MARK.title,
  URL: MARK.url,
  issued: cslDate(day),
});

/** Where two texts differ: their common start and common end. */
function split(a: string, b: string): { start: number; end: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.at(-1 - end) === b.at(-1 - end)) end++;
  return { start, end };
}

/** The template of a format for the month of `day` (null when the day cannot be placed: citation-js then). */
function template(record: CslRecord, format: CitationFormat, day: string): Template | null {
  const { id: _id, 'citation-key': _key, title: _title, URL: _url, issued: _issued, ...rest } = record;
  const month = day.slice(0, 7);
  const key = `${format}\u0000${month}\u0000${JSON.stringify(rest)}`;
  const known = templates.get(key);
  if (known !== undefined) return known;
  const a = renderFormat(probe(record, `${month}-14`), format);
  const b = renderFormat(probe(record, `${month}-25`), format);
  const { start, end } = split(a, b);
  let found: Template | null = null;
  if (a.slice(start, a.length - end) === '14' && b.slice(start, b.length - end) === '25') {
    const before = a.slice(0, start);
    const after = a.slice(a.length - end);
    let pad = padding.get(format);
    if (pad === undefined) {
      const fifth = renderFormat(probe(record, `${month}-05`), format);
      pad = fifth === `${before}05${after}` ? true : fifth === `${before}5${after}` ? false : null;
      padding.set(format, pad);
    }
    if (pad !== null) found = { before, after, pad };
  }
  templates.set(key, found);
  return found;
}

/**
 * A style's citeproc engine, as the title case's state (its locale's small words, its language). citation-js
 * keeps one engine per style and resets its items on every use, which the title case does not read, so the
 * engine is fetched once.
 */
const engines = new Map<string, unknown>();
const engineOf = (style: string) => {
  let engine = engines.get(style);
  if (engine === undefined) {
    engine = prepareEngine([], style, 'en-US', 'text');
    engines.set(style, engine);
  }
  return engine;
};

/** Each format's writing of a plain title. */
function titleIn(format: CitationFormat, title: string): string {
  switch (format) {
    case 'apa':
      return title;
    case 'chicago':
      return citeproc.Output.Formatters.title(engineOf('chronology-chicago-author-date'), title);
    case 'mla':
      return citeproc.Output.Formatters.title(engineOf('chronology-mla'), title);
    case 'bibtex':
      return bibtexValue.format('title', bibtexTitle(title));
    case 'csl-json':
      return JSON.stringify(title).slice(1, -1);
  }
}

/** How often a format's filled citation is checked against citation-js (its first one always). */
export const SPOT_CHECK_EVERY = 500;
const filled = new Map<CitationFormat, number>();
const MARKS = new RegExp(
  Object.values(MARK)
    .map((mark) => mark.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|'),
  'g',
);

/** Whether a record can take the template path (plain id, address and title). */
export function templatable(record: CslRecord): boolean {
  return (
    PLAIN_ID.test(record.id) &&
    record['citation-key'] === record.id &&
    PLAIN_URL.test(record.URL) &&
    PLAIN_TITLE.test(record.title)
  );
}

/**
 * The text of one format for a record, exactly as citation-js writes it (renderFormat): from the month's
 * template for a plain record, else from citation-js itself.
 */
export function renderFormatFast(record: CslRecord, format: CitationFormat): string {
  if (!templatable(record)) return renderFormat(record, format);
  const [year, month, date] = record.issued['date-parts'][0];
  const day = `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
  const shape = template(record, format, day);
  if (!shape) return renderFormat(record, format);
  const values: Record<string, string> = {
    [MARK.id]: record.id,
    [MARK.title]: titleIn(format, record.title),
    [MARK.url]: record.URL,
  };
  // One pass, so that a value put in is never taken for a marker.
  const fill = (part: string) => part.replace(MARKS, (mark) => values[mark] ?? mark);
  const text = `${fill(shape.before)}${shape.pad ? String(date).padStart(2, '0') : String(date)}${fill(shape.after)}`;
  const count = filled.get(format) ?? 0;
  filled.set(format, count + 1);
  if (count % SPOT_CHECK_EVERY === 0) {
    const reference = renderFormat(record, format);
    if (reference !== text)
      throw new Error(
        `${record.id}: the ${format} citation filled from its template differs from citation-js's:\n${text}\n${reference}`,
      );
  }
  return text;
}
