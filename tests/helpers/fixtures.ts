/** Loads fixture folders as content files, laid out as if they had been dropped into content/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Collection, ContentFile } from '../../src/lib/content/validate.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const GOOD = join(FIXTURES, 'good');
export const BAD = join(FIXTURES, 'bad');
/** The build date the corpus is checked against, so that "future" is stable. */
export const FIXTURE_TODAY = '2026-06-01';

/** Every file below a fixture folder, as content files with paths under `content/`. */
export function readFixture(folder: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const parts = name.split(sep);
    const collection = parts.length === 1 && name.endsWith('.md') ? 'pages' : parts[0];
    if (
      (collection !== 'events' && collection !== 'actors' && collection !== 'threads' && collection !== 'pages') ||
      (collection !== 'pages' && parts.length < 2)
    )
      continue;
    const absolute = join(folder, name);
    let text: string;
    try {
      text = readFileSync(absolute, 'utf8');
    } catch {
      continue; // a folder
    }
    files.push({ path: ['content', ...parts].join('/'), collection: collection satisfies Collection, text });
  }
  return files;
}

/** The names of the bad cases: one folder each in tests/fixtures/bad/. */
export function badCaseNames(): string[] {
  return readdirSync(BAD, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The good fixture set with one bad case dropped in (a file at the same path replaces the good one). */
export function withCase(name: string): ContentFile[] {
  const bad = readFixture(join(BAD, name));
  const replaced = new Set(bad.map((file) => file.path));
  return [...readFixture(GOOD).filter((file) => !replaced.has(file.path)), ...bad];
}

/** The report lines a case must produce, from its expected.txt. */
export function expectedReport(name: string): string {
  return readFileSync(join(BAD, name, 'expected.txt'), 'utf8').trimEnd();
}
