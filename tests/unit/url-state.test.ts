import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../src/lib/filter.ts';
import { EMPTY_VIEW, parseView, serializeView, type KnownValues, type ViewState } from '../../src/lib/url-state.ts';

const known: KnownValues = {
  actors: new Set(['azal', 'ilham-aliyev', 'vladimir-putin']),
  types: new Set(['incident', 'statement']),
  statuses: new Set(['confirmed', 'disputed']),
  events: new Set(['azal-8243-crash', 'yekaterinburg-raids']),
  stances: new Set(['asserts', 'denies', 'disputes']),
  claimants: new Set(['ilham-aliyev', 'maria-zakharova']),
  claimSides: new Set(['azerbaijan', 'russia']),
  threads: new Set(['flight-8243', 'yekaterinburg-raids']),
};

describe('serializeView', () => {
  it('writes nothing for the default view', () => {
    expect(serializeView(EMPTY_VIEW)).toBe('');
  });

  it('writes a stable, readable query', () => {
    const view: ViewState = {
      filter: {
        ...EMPTY_FILTER,
        actors: ['vladimir-putin', 'azal'],
        types: ['incident'],
        text: 'Aktau crash',
        from: '2025-01',
      },
      event: 'azal-8243-crash',
      lanes: true,
      thread: 'flight-8243',
    };
    expect(serializeView(view)).toBe(
      '?actor=azal,vladimir-putin&type=incident&q=Aktau+crash&from=2025-01&event=azal-8243-crash&lanes=1&thread=flight-8243',
    );
  });
});

describe('parseView', () => {
  it('reads what serializeView writes', () => {
    expect(parseView('?actor=azal,vladimir-putin&status=disputed&to=2025-06&event=yekaterinburg-raids', known)).toEqual(
      {
        filter: { ...EMPTY_FILTER, actors: ['azal', 'vladimir-putin'], statuses: ['disputed'], to: '2025-06' },
        event: 'yekaterinburg-raids',
        lanes: false,
        thread: '',
      },
    );
  });

  it('drops values the site does not know, and malformed dates', () => {
    expect(
      parseView('?actor=azal,<script>&type=war&event=javascript:alert(1)&from=June&to=2025-13-45x', known),
    ).toEqual({
      filter: { ...EMPTY_FILTER, actors: ['azal'] },
      event: '',
      lanes: false,
      thread: '',
    });
  });

  it('drops months that do not exist or are not months, so that the inputs show only what is applied', () => {
    for (const bad of ['2025-13', '2025-00', '2025-1', '2025-02-30', '2025-02-01', '0000-00', '2025-07x', ' 2025-07']) {
      const view = parseView(`?from=${encodeURIComponent(bad)}&to=${encodeURIComponent(bad)}`, known);
      expect([view.filter.from, view.filter.to], bad).toEqual(['', '']);
    }
    expect(parseView('?from=2024-12&to=2025-07', known).filter).toMatchObject({ from: '2024-12', to: '2025-07' });
  });

  it('reads and writes the claim filter, dropping values the page does not offer', () => {
    const view = parseView('?stance=denies,lies&claimant=maria-zakharova,nobody&claim-side=russia,mars', known);
    expect(view.filter).toMatchObject({ stances: ['denies'], claimants: ['maria-zakharova'], claimSides: ['russia'] });
    expect(serializeView(view)).toBe('?stance=denies&claimant=maria-zakharova&claim-side=russia');
  });

  it('reads and writes the followed thread, alone or with filters', () => {
    expect(parseView('?thread=flight-8243', known)).toEqual({ ...EMPTY_VIEW, thread: 'flight-8243' });
    expect(serializeView({ ...EMPTY_VIEW, thread: 'flight-8243' })).toBe('?thread=flight-8243');
    const view = parseView('?status=disputed&thread=yekaterinburg-raids&event=yekaterinburg-raids', known);
    expect(view).toMatchObject({ thread: 'yekaterinburg-raids', event: 'yekaterinburg-raids' });
    expect(view.filter.statuses).toEqual(['disputed']);
    expect(serializeView(view)).toBe('?status=disputed&event=yekaterinburg-raids&thread=yekaterinburg-raids');
  });

  it('drops a thread the page does not offer, and keeps one thread only', () => {
    for (const bad of [
      'no-such-thread',
      'Flight-8243',
      'flight-8243,yekaterinburg-raids',
      '<script>',
      ' flight-8243',
    ]) {
      expect(parseView(`?thread=${encodeURIComponent(bad)}`, known).thread, bad).toBe('');
    }
    expect(parseView('?thread=flight-8243&thread=yekaterinburg-raids', known).thread).toBe('flight-8243');
    expect(parseView('?thread=flight-8243', { ...known, threads: new Set() }).thread).toBe('');
  });

  it('accepts repeated parameters as well as comma lists', () => {
    expect(parseView('?actor=azal&actor=ilham-aliyev', known).filter.actors).toEqual(['azal', 'ilham-aliyev']);
  });

  it('round-trips any view made of known values (property)', () => {
    const view = fc.record({
      filter: fc.record({
        actors: fc.subarray([...known.actors]).map((a) => a.sort()),
        types: fc.subarray([...known.types]).map((a) => a.sort()),
        statuses: fc.subarray([...known.statuses]).map((a) => a.sort()),
        text: fc.string({ maxLength: 30 }).map((s) => s.trim().replace(/\s+/g, ' ')),
        from: fc.constantFrom('', '2025-01', '2024-12'),
        to: fc.constantFrom('', '2025-06'),
        stances: fc.subarray([...known.stances]).map((a) => a.sort()),
        claimants: fc.subarray([...known.claimants]).map((a) => a.sort()),
        claimSides: fc.subarray([...known.claimSides]).map((a) => a.sort()),
      }),
      event: fc.constantFrom('', ...known.events),
      lanes: fc.boolean(),
      thread: fc.constantFrom('', ...known.threads),
    });
    fc.assert(
      fc.property(view, (v) => {
        expect(parseView(serializeView(v), known)).toEqual(v);
      }),
    );
  });
});
