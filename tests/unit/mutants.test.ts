/**
 * Tests written against the mutants Stryker found alive (npm run test:mutation): each pins a behaviour that a
 * small change to src/lib would break without any other test noticing.
 */
import { describe, expect, it } from 'vitest';
import { laneOf, neighbours, type EventView } from '../../src/lib/chronology.ts';
import { EMPTY_FILTER, isEmptyFilter, matcher, normalizeText, type Filterable } from '../../src/lib/filter.ts';
import { parseView, serializeView, EMPTY_VIEW, type KnownValues } from '../../src/lib/url-state.ts';
import { SIDES } from '../../src/schemas/actor.ts';

describe('laneOf', () => {
  it('gives the three parties their own lane and everyone else the shared one', () => {
    expect(SIDES.map((side) => [side, laneOf(side)])).toEqual([
      ['azerbaijan', 'azerbaijan'],
      ['russia', 'russia'],
      ['armenia', 'armenia'],
      ['kazakhstan', 'others'],
      ['ukraine', 'others'],
      ['united-states', 'others'],
      ['international', 'others'],
      ['other', 'others'],
    ]);
  });
});

describe('neighbours', () => {
  const events = ['a', 'b', 'c'].map((id) => ({ id }) as EventView);
  it('gives the events before and after, and nothing past either end or for an unknown id', () => {
    expect(neighbours(events, 'b')).toEqual({ previous: events[0], next: events[2] });
    expect(neighbours(events, 'a')).toEqual({ next: events[1] });
    expect(neighbours(events, 'c')).toEqual({ previous: events[1] });
    expect(neighbours(events, 'x')).toEqual({});
  });
});

describe('isEmptyFilter', () => {
  it('is true only when no field restricts anything (white space in the text does not)', () => {
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
    expect(isEmptyFilter({ ...EMPTY_FILTER, text: '   ' })).toBe(true);
    for (const patch of [
      { actors: ['a'] },
      { types: ['incident'] },
      { statuses: ['disputed'] },
      { text: 'x' },
      { from: '2025-01' },
      { to: '2025-01' },
    ]) {
      expect(isEmptyFilter({ ...EMPTY_FILTER, ...patch }), JSON.stringify(patch)).toBe(false);
    }
  });
});

describe('normalizeText and word matching', () => {
  const event: Filterable = {
    actors: [],
    type: 'statement',
    status: 'confirmed',
    text: 'İlham Əliyev spoke in Bakı',
    start: '2025-01-01',
    finish: '2025-01-01',
    claims: [],
  };
  it('folds Azerbaijani letters, accents, case and white space', () => {
    expect(normalizeText('  İlham   Əliyev\tBakı ')).toBe('ilham eliyev baki');
    expect(normalizeText('Café')).toBe('cafe');
  });
  it('needs every word, in any order, and ignores extra spaces between them', () => {
    expect(matcher({ ...EMPTY_FILTER, text: 'baki  eliyev' })(event)).toBe(true);
    expect(matcher({ ...EMPTY_FILTER, text: 'eliyev moscow' })(event)).toBe(false);
  });
  it('treats a day as a window bound of that one day', () => {
    expect(matcher({ ...EMPTY_FILTER, from: '2025-01-01', to: '2025-01-01' })(event)).toBe(true);
    expect(matcher({ ...EMPTY_FILTER, from: '2025-01-02' })(event)).toBe(false);
  });
});

describe('URL state details', () => {
  const known: KnownValues = {
    actors: new Set(['azal', 'ilham-aliyev']),
    types: new Set(['incident', 'statement']),
    statuses: new Set(['confirmed', 'disputed']),
    events: new Set(['azal-8243-crash']),
    stances: new Set(['asserts']),
    claimants: new Set(['azal']),
    claimSides: new Set(['azerbaijan']),
    threads: new Set(),
  };
  it('trims, de-duplicates and sorts listed values', () => {
    const view = parseView(
      '?actor=%20ilham-aliyev%20,azal,azal&type=statement,incident&status=disputed,confirmed',
      known,
    );
    expect(view.filter.actors).toEqual(['azal', 'ilham-aliyev']);
    expect(view.filter.types).toEqual(['incident', 'statement']);
    expect(view.filter.statuses).toEqual(['confirmed', 'disputed']);
  });
  it('keeps at most 200 characters of the words filter', () => {
    expect(parseView(`?q=${'a'.repeat(250)}`, known).filter.text).toHaveLength(200);
  });
  it('writes lists sorted and the words trimmed, whatever order they were chosen in', () => {
    const query = serializeView({
      ...EMPTY_VIEW,
      filter: {
        ...EMPTY_FILTER,
        actors: ['ilham-aliyev', 'azal'],
        types: ['statement', 'incident'],
        statuses: ['disputed', 'confirmed'],
        text: '  crash  ',
      },
    });
    expect(query).toBe('?actor=azal,ilham-aliyev&type=incident,statement&status=confirmed,disputed&q=crash');
  });
});
