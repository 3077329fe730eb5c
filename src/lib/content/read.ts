/** Reads the content folder from disk: every file under content/events/ and content/actors/. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Collection, ContentFile } from './validate.ts';

export const COLLECTIONS: readonly Collection[] = ['events', 'actors'];

/**
 * Lists every file of a collection folder, in subfolders too, skipping dotfiles (editor and OS litter) but
 * not other extensions: a "foo.markdown" or "foo.MD" that the site would ignore must be reported.
 */
export async function readContent(root: string, contentDir = 'content'): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of COLLECTIONS) {
    const folder = join(root, contentDir, collection);
    let names: string[];
    try {
      names = await readdir(folder, { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const name of names.sort()) {
      if (name.split(sep).some((part) => part.startsWith('.'))) continue;
      const absolute = join(folder, name);
      let text: string;
      try {
        text = await readFile(absolute, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EISDIR') continue;
        throw error;
      }
      files.push({ path: relative(root, absolute).split(sep).join('/'), collection, text });
    }
  }
  return files;
}
