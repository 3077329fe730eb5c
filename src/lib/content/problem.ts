/** A problem found in a content file, and how the validator prints it. */
import { plural } from '../words.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  readonly severity: Severity;
  /** Path of the file from the project root, with forward slashes, e.g. "content/events/azal-8243-crash.md". */
  readonly file: string;
  /** 1-based line in the file, where the problem can be placed. */
  readonly line?: number | undefined;
  /** The field, as a path such as "sources[1].url"; "(file)" for the file itself, "(body)" for the Markdown. */
  readonly field: string;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** How to fix it, in one sentence. */
  readonly fix: string;
}

/** Writes a field path the way an editor reads it: ["sources", 1, "url"] → "sources[1].url". */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(frontmatter)' : out;
}

/** One problem as two lines: "file:line severity field: message" and an indented fix. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where} ${problem.severity} ${problem.field}: ${problem.message}\n    fix: ${problem.fix}`;
}

/** Problems sorted errors first, then by file, line and field, so reports are stable and easy to scan. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (problem: Problem) => (problem.severity === 'error' ? 0 : 1);
  return [...problems].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  );
}


/** The whole report: every problem, then a closing count. */
export function formatReport(problems: readonly Problem[], counted: { events: number; actors: number }): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = sortProblems(problems).map(formatProblem);
  lines.push(
    `Content check: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(counted.events, 'event')} and ${plural(counted.actors, 'actor')}.`,
  );
  return lines.join('\n');
}

/**
 * Text for the dev server's error overlay. Astro reads an error's message and hint as a little Markdown before it
 * puts them in the page ("[text](address)" and an address after a space become links, "**" bold), so a folder name
 * or a value quoted from a content file could make a link there, or break the markup of one, and a fix that shows
 * Markdown would lose its asterisks. A word joiner between "]" and "(" and between two asterisks, and a no-break
 * space before an address, leave the words as they read and make no markup. The terminal's report keeps the
 * exact text.
 */
export function overlayText(text: string): string {
  return text
    .replaceAll('](', ']\u2060(')
    .replaceAll('**', '*\u2060*')
    .replace(/ (?=(?:https?|ftp):\/\/)/gi, '\u00a0');
}
