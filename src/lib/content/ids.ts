/** Entry ids come from file names: "content/events/2025/azal-8243-crash.md" → "azal-8243-crash". */
import { ID_PATTERN } from '../../schemas/fields.ts';

/** The id of an entry file: its base name without the extension. */
export function idFromPath(path: string): string {
  const base = path.split(/[\\/]/).at(-1) ?? path;
  return base.replace(/\.[^.]*$/, '');
}

/** True when an id is lowercase kebab-case. */
export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}
