import { describe, expect, it } from 'vitest';
import { belowBase, withBase } from '../../src/lib/paths.ts';

describe('withBase', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'events/x/', '/events/x/'],
    ['/chronology/', 'actors/', '/chronology/actors/'],
    ['/chronology', '/about/', '/chronology/about/'],
    ['/chronology/', '?event=x', '/chronology/?event=x'],
  ])('joins %j and %j', (base, path, joined) => expect(withBase(base, path)).toBe(joined));
});

describe('belowBase', () => {
  it.each([
    ['/', '/events/x/citation.bib', 'events/x/citation.bib'],
    ['/', '/', ''],
    ['/chronology/', '/chronology/data/events/x.ics', 'data/events/x.ics'],
    ['/chronology', '/chronology/events/x/', 'events/x/'],
    ['/chronology/', '/chronology/', ''],
    ['/chronology/', '/events/x/citation.bib', undefined],
    ['/chronology/', '/chronologyx/events/x/', undefined],
    ['/chronology/', '/chronology', undefined],
  ])('takes %j off %j', (base, path, below) => expect(belowBase(base, path)).toBe(below));

  it('undoes withBase', () => {
    for (const base of ['/', '/chronology/', '/a/b/'])
      for (const path of ['events/x/', 'data/events/x.ics', ''])
        expect(belowBase(base, withBase(base, path))).toBe(path);
  });
});
