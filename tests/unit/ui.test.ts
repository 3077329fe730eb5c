/** The reserved page ids stay in step with the ids the templates write. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReservedId, UI } from '../../src/lib/ui.ts';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const templates = ['components', 'pages', 'layouts'].flatMap((folder) =>
  readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.astro'))
    .map((name) => readFileSync(join(SRC, folder, name), 'utf8')),
);

describe('reserved page ids', () => {
  it('cover every literal id and every id prefix the templates write', () => {
    const written = templates.flatMap((text) =>
      [...text.matchAll(/\sid=(?:"([^"{]+)"|\{`([^`$]*)\$?)/g)].map((match) => match[1] ?? match[2] ?? ''),
    );
    expect(written.length).toBeGreaterThan(10);
    const uncovered = written.filter((id) => id !== '' && !isReservedId(id) && !isReservedId(`${id}x`));
    expect(uncovered).toEqual([]);
  });

  it('cover the ids the scripts use', () => {
    for (const id of Object.values(UI)) expect(isReservedId(id), id).toBe(true);
  });

  it('leave ordinary headings alone', () => {
    for (const id of [
      'background',
      'what-moscow-said',
      'sources',
      'timeline',
      'the-main-points',
      'filtering-the-evidence',
    ])
      expect(isReservedId(id), id).toBe(false);
  });
});
