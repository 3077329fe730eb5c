/**
 * Turns zod's issues into what an editor needs: what is wrong with the value they wrote and what to write
 * instead. Schema checks carry their own fix in `params.fix` (src/schemas/fields.ts); the rest is worded here.
 */
import type { z } from 'zod';
import type { Publisher } from '../../schemas/publisher.ts';
import { fieldPath as fieldPathOf } from './problem.ts';
import { plural } from '../words.ts';

export interface Explained {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly fix: string;
}

const FIELD_REFERENCE = 'See the field reference in CONTRIBUTING.md.';


/** A short, quoted rendering of a value for a message. */
export function preview(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** The Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate within two edits (or a case-insensitive match), if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Up to `limit` ids close to a mistyped one, best first: those within two edits, then those that contain it
 * whole or are contained in it (an id shortened or lengthened), then those that hold all of its words (words
 * left out or in another order).
 */
export function closestIds(word: string, candidates: readonly string[], limit = 3): string[] {
  const typed = word.toLowerCase();
  const words = typed.split('-').filter(Boolean);
  const ranked: { id: string; rank: number; distance: number }[] = [];
  for (const id of candidates) {
    const distance = editDistance(typed, id);
    const parts = new Set(id.split('-'));
    const contains = (typed.length >= 4 && id.includes(typed)) || (id.length >= 4 && typed.includes(id));
    const rank = distance <= 2 ? 0 : contains ? 1 : words.length > 0 && words.every((part) => parts.has(part)) ? 2 : -1;
    if (rank >= 0) ranked.push({ id, rank, distance });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((entry) => entry.id);
}

/**
 * Up to `limit` publishers (their listed names) that a name not on the list may have meant, best first: a
 * spelling within two edits, then a spelling whose words all appear in the name or that holds all of the name's
 * words ("Trend News Agency" and "Trend").
 */
export function closestPublishers(name: string, publishers: readonly Publisher[], limit = 3): string[] {
  const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}.]+/u).filter(Boolean);
  const typed = name.toLowerCase();
  const typedWords = wordsOf(name);
  const ranked: { name: string; rank: number; distance: number }[] = [];
  for (const publisher of publishers) {
    let best: { rank: number; distance: number } | undefined;
    for (const spelling of [publisher.name, ...publisher.aliases]) {
      const distance = editDistance(typed, spelling.toLowerCase());
      const words = wordsOf(spelling);
      const shared =
        words.length > 0 &&
        typedWords.length > 0 &&
        (words.every((word) => typedWords.includes(word)) || typedWords.every((word) => words.includes(word)));
      const rank = distance <= 2 ? 0 : shared ? 1 : -1;
      if (rank >= 0 && (!best || rank < best.rank || (rank === best.rank && distance < best.distance))) best = { rank, distance };
    }
    if (best) ranked.push({ name: publisher.name, ...best });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((entry) => entry.name);
}

/**
 * What is wrong with a publisher name that is not the listed spelling, and what to write, or undefined when it is
 * listed: another spelling of a listed publisher, or a name not on `list` (with the closest listed names). `when`
 * ends the advice to add a new publisher (" first" where the file is still to be written).
 */
export function publisherProblem(
  name: string,
  publishers: readonly Publisher[],
  list: string,
  when = '',
): { message: string; fix: string } | undefined {
  if (publishers.some((publisher) => publisher.name === name)) return undefined;
  const aliased = publishers.find((publisher) => publisher.aliases.includes(name));
  if (aliased) {
    return {
      message: `"${name}" is another spelling of "${aliased.name}"`,
      fix: `Write "${aliased.name}", the one spelling on the publisher list.`,
    };
  }
  const suggestion = suggestionFix(closestPublishers(name, publishers));
  return {
    message: `"${name}" is not on the publisher list (${list})`,
    fix: suggestion
      ? `${suggestion} If this is a new publisher, add it to ${list}${when}.`
      : `If this is a new publisher, add "- name: ${name}" to ${list}${when}; otherwise use the spelling there.`,
  };
}

/** "Did you mean "a"?" or "Did you mean "a", "b" or "c"?"; undefined when there is nothing to suggest. */
export function suggestionFix(ids: readonly string[]): string | undefined {
  if (ids.length === 0) return undefined;
  const quoted = ids.map((id) => `"${id}"`);
  const last = quoted.pop();
  return `Did you mean ${quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : last}?`;
}

const lastKey = (path: readonly PropertyKey[]) => {
  const key = path.at(-1);
  return typeof key === 'string' ? key : 'this field';
};

/** What an expected type is called in an editor's words, with how to write it. */
const WRITE_A: Readonly<Record<string, string>> = {
  string: 'Write the text after the colon.',
  boolean: 'Write true or false, without quotes.',
  number: 'Write a number, without quotes.',
  array: 'Write each item on its own line below it, starting with "- ".',
  object: 'Indent its fields below it, one "field: value" per line.',
};

function typeName(value: unknown): string {
  if (value instanceof Date) return 'date';
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'empty value';
  return typeof value;
}

export interface ExplainContext {
  /** The field names allowed at a path, for "did you mean". */
  siblings(path: readonly PropertyKey[]): readonly string[];
  /** The value at a path as the editor typed it, when known. */
  source(path: readonly PropertyKey[]): string | undefined;
}

/** Explains one zod issue in the editor's terms. */
export function explainIssue(issue: z.core.$ZodIssue, context: ExplainContext): Explained[] {
  const path = issue.path;
  const field = lastKey(path);
  const input = issue.input;

  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) {
        const parent = path.length > 1 ? fieldPathOf(path.slice(0, -1)) : undefined;
        const where = parent ? `under "${parent}"` : 'to the frontmatter';
        return [{ path, message: 'is missing', fix: `Add "${field}:" ${where}. ${FIELD_REFERENCE}` }];
      }
      if (input instanceof Date && issue.expected === 'string') {
        const typed = context.source(path) ?? 'YYYY-MM-DD';
        return [{
          path,
          message: `${typed} is read by YAML as a timestamp, not as text`,
          fix: `Put the date in quotes: ${field}: "${typed}".`,
        }];
      }
      if (input === null || (typeof input === 'string' && input.trim() === '' && issue.expected !== 'string')) {
        return [{ path, message: 'is empty', fix: `${WRITE_A[issue.expected] ?? `Write a ${issue.expected}.`} ${FIELD_REFERENCE}` }];
      }
      if (typeof input === 'string' && (issue.expected === 'boolean' || issue.expected === 'number')) {
        return [{ path, message: `is the text ${preview(input)}, not ${issue.expected === 'boolean' ? 'true or false' : 'a number'}`, fix: `${WRITE_A[issue.expected]} ${FIELD_REFERENCE}` }];
      }
      if ((typeof input === 'number' || typeof input === 'boolean') && issue.expected === 'string') {
        return [{ path, message: `is the ${typeof input} ${String(input)}, not text`, fix: `Put the value in quotes: ${field}: "${String(input)}".` }];
      }
      if (issue.expected === 'int') {
        return [{ path, message: `${preview(input)} must be a whole number`, fix: 'Write a whole number, e.g. 2.' }];
      }
      if (issue.expected === 'array') {
        return [{ path, message: `must be a list, not a ${typeName(input)}`, fix: 'Write each item on its own line, starting with "- ".' }];
      }
      if (issue.expected === 'object') {
        const keys = context.siblings(path);
        const item = typeof path.at(-1) === 'number';
        const example = keys.length > 0 ? ` e.g. { ${keys.slice(0, 3).map((key) => `${key}: …`).join(', ')} }` : '';
        const fix = item
          ? `Write this item of "${fieldPathOf(path.slice(0, -1))}" as a group of fields,${example || ' one "field: value" per indented line'}.`
          : `Indent the fields of "${field}" below it.`;
        return [{ path, message: `must be a group of fields, not a ${typeName(input)}`, fix: `${fix} ${FIELD_REFERENCE}` }];
      }
      return [{ path, message: `must be a ${issue.expected}, not a ${typeName(input)} (got ${preview(input)})`, fix: `Write a ${issue.expected}. ${FIELD_REFERENCE}` }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((value) => String(value));
      if (input === undefined) {
        return [{ path, message: 'is missing', fix: `Add "${field}:" with one of: ${allowed.join(', ')}.` }];
      }
      if (input === null || (typeof input === 'string' && input.trim() === '')) {
        return [{ path, message: 'is empty', fix: `Write one of: ${allowed.join(', ')}.` }];
      }
      const suggestion = typeof input === 'string' ? closest(input, allowed) : undefined;
      return [{
        path,
        message: `${preview(input)} is not an allowed value`,
        fix: `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Use one of: ${allowed.join(', ')}.`,
      }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const allowed = context.siblings(path);
        const suggestion = closest(key, allowed);
        return {
          path: [...path, key],
          message: `is not a known field`,
          fix: suggestion ? `Did you mean "${suggestion}"? Rename it.` : `Remove it. Known fields here: ${allowed.join(', ')}.`,
        };
      });
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'array') {
        return [{ path, message: `lists ${plural(Array.isArray(input) ? input.length : 0, 'item')}; at least ${minimum} needed`, fix: `Add at least ${plural(minimum, 'item')}. ${FIELD_REFERENCE}` }];
      }
      if (issue.origin === 'string') {
        const length = typeof input === 'string' ? input.length : 0;
        return [{ path, message: `is too short (${plural(length, 'character')}; at least ${minimum})`, fix: `Write at least ${minimum} characters.` }];
      }
      return [{ path, message: `is ${preview(input)}, below the minimum of ${minimum}`, fix: `Use a value of at least ${minimum}.` }];
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') {
        const length = typeof input === 'string' ? input.length : 0;
        return [{ path, message: `is too long (${plural(length, 'character')}; at most ${maximum})`, fix: `Shorten it to ${maximum} characters or fewer; detail belongs in the body.` }];
      }
      if (issue.origin === 'array') {
        return [{ path, message: `lists too many items (at most ${maximum})`, fix: `Keep at most ${maximum} items.` }];
      }
      return [{ path, message: `is ${preview(input)}, above the maximum of ${maximum}`, fix: `Use a value of at most ${maximum}.` }];
    }
    case 'custom': {
      const params: Record<string, unknown> = issue.params ?? {};
      const fix = typeof params['fix'] === 'string' ? params['fix'] : FIELD_REFERENCE;
      const shown = typeof input === 'string' ? `${preview(input)} ` : '';
      return [{ path, message: `${shown}${issue.message}`, fix }];
    }
    case 'not_multiple_of':
      return [{ path, message: `${preview(input)} must be a whole number`, fix: 'Write a whole number, e.g. 2.' }];
    default:
      return [{ path, message: issue.message, fix: FIELD_REFERENCE }];
  }
}
