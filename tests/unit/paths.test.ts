import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/paths.ts';

describe('withBase', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'events/x/', '/events/x/'],
    ['/chronology/', 'actors/', '/chronology/actors/'],
    ['/chronology', '/about/', '/chronology/about/'],
    ['/chronology/', '?event=x', '/chronology/?event=x'],
  ])('joins %j and %j', (base, path, joined) => expect(withBase(base, path)).toBe(joined));
});
