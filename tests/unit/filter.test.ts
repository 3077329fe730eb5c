import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  isEmptyFilter,
  matcher,
  normalizeText,
  type Filterable,
  type FilterState,
} from '../../src/lib/filter.ts';

const crash: Filterable = {
  actors: ['azal', 'rosaviatsia', 'ilham-aliyev'],
  type: 'incident',
  status: 'disputed',
  text: 'Azerbaijan Airlines Flight J2-8243 crashes near Aktau. An Embraer 190 crashed.',
  start: '2024-12-25',
  finish: '2024-12-25',
  claims: [
    { by: 'ilham-aliyev', side: 'azerbaijan', stance: 'asserts' },
    { by: 'rosaviatsia', side: 'russia', stance: 'disputes' },
  ],
};
const valuev: Filterable = {
  actors: ['azerbaijan-government', 'nikolai-valuev'],
  type: 'diplomatic-step',
  status: 'confirmed',
  text: 'Azerbaijan bars State Duma deputy Nikolai Valuev',
  start: '2025-02-01',
  finish: '2025-02-28',
  claims: [],
};
const filter = (patch: Partial<FilterState>) => ({ ...EMPTY_FILTER, ...patch });
const passes = (state: FilterState, event: Filterable) => matcher(state)(event);

describe('matcher', () => {
  it('lets everything through when no filter is set', () => {
    expect(passes(EMPTY_FILTER, crash)).toBe(true);
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
  });

  it('keeps events with any of the chosen actors', () => {
    expect(passes(filter({ actors: ['azal'] }), crash)).toBe(true);
    expect(passes(filter({ actors: ['azal'] }), valuev)).toBe(false);
    expect(passes(filter({ actors: ['azal', 'nikolai-valuev'] }), valuev)).toBe(true);
  });

  it('filters by type and status', () => {
    expect(passes(filter({ types: ['incident'] }), crash)).toBe(true);
    expect(passes(filter({ types: ['incident'] }), valuev)).toBe(false);
    expect(passes(filter({ statuses: ['disputed', 'unverified'] }), valuev)).toBe(false);
  });

  it('finds every word of the text, ignoring case and accents', () => {
    expect(passes(filter({ text: 'embraer AKTAU' }), crash)).toBe(true);
    expect(passes(filter({ text: 'Aktáu' }), crash)).toBe(true);
    expect(passes(filter({ text: 'Aktau Valuev' }), crash)).toBe(false);
    expect(normalizeText('  Əliyev   İlham ')).toBe('eliyev ilham');
  });

  it('keeps events that overlap the date window, month bounds inclusive', () => {
    expect(passes(filter({ from: '2025-02', to: '2025-02' }), valuev)).toBe(true);
    expect(passes(filter({ from: '2025-02-28' }), valuev)).toBe(true);
    expect(passes(filter({ from: '2025-03' }), valuev)).toBe(false);
    expect(passes(filter({ to: '2025-01' }), valuev)).toBe(false);
    expect(passes(filter({ to: '2024-12' }), crash)).toBe(true);
  });

  it('keeps a span that crosses either edge of the window, or both, and drops one wholly outside', () => {
    const span: Filterable = { ...valuev, start: '2025-01-20', finish: '2025-03-05' };
    expect(passes(filter({ to: '2025-02' }), span)).toBe(true);
    expect(passes(filter({ from: '2025-02' }), span)).toBe(true);
    expect(passes(filter({ from: '2025-02', to: '2025-02' }), span)).toBe(true);
    expect(passes(filter({ to: '2024-12' }), span)).toBe(false);
    expect(passes(filter({ from: '2025-04' }), span)).toBe(false);
    // The last day of the window's month still counts, and the first day of the month after does not.
    expect(passes(filter({ to: '2025-01' }), { ...span, start: '2025-01-31' })).toBe(true);
    expect(passes(filter({ to: '2025-01' }), { ...span, start: '2025-02-01' })).toBe(false);
    expect(passes(filter({ from: '2025-03' }), { ...span, finish: '2025-03-01' })).toBe(true);
    expect(passes(filter({ from: '2025-03' }), { ...span, finish: '2025-02-28' })).toBe(false);
  });

  it('combines filters with AND across kinds (property: adding a restriction never adds events)', () => {
    const states = fc.record({
      actors: fc.subarray(['azal', 'rosaviatsia', 'nikolai-valuev', 'azerbaijan-government']),
      types: fc.subarray(['incident', 'diplomatic-step']),
      statuses: fc.subarray(['disputed', 'confirmed']),
      text: fc.constantFrom('', 'azerbaijan', 'aktau', 'valuev'),
      from: fc.constantFrom('', '2024-12', '2025-02'),
      to: fc.constantFrom('', '2024-12', '2025-03'),
      stances: fc.subarray(['asserts', 'disputes', 'denies']),
      claimants: fc.subarray(['ilham-aliyev', 'rosaviatsia']),
      claimSides: fc.subarray(['azerbaijan', 'russia']),
    });
    fc.assert(
      fc.property(
        states,
        fc.constantFrom<keyof FilterState>('actors', 'types', 'statuses', 'text', 'stances', 'claimants', 'claimSides'),
        (state, key) => {
          const narrower: FilterState =
            key === 'text' ? { ...state, text: `${state.text} zzz` } : { ...state, [key]: ['none'] };
          for (const event of [crash, valuev]) if (passes(narrower, event)) expect(passes(state, event)).toBe(true);
        },
      ),
    );
  });
});

describe('the claim filter', () => {
  it('keeps events with a claim of a chosen stance, maker or side, and drops events without claims', () => {
    expect(passes(filter({ stances: ['disputes'] }), crash)).toBe(true);
    expect(passes(filter({ stances: ['denies'] }), crash)).toBe(false);
    expect(passes(filter({ stances: ['asserts', 'denies'] }), crash)).toBe(true);
    expect(passes(filter({ claimants: ['rosaviatsia'] }), crash)).toBe(true);
    expect(passes(filter({ claimants: ['vladimir-putin'] }), crash)).toBe(false);
    expect(passes(filter({ claimSides: ['russia'] }), crash)).toBe(true);
    expect(passes(filter({ claimSides: ['armenia'] }), crash)).toBe(false);
    for (const patch of [{ stances: ['asserts'] }, { claimants: ['ilham-aliyev'] }, { claimSides: ['azerbaijan'] }])
      expect(passes(filter(patch), valuev), JSON.stringify(patch)).toBe(false);
  });

  it('applies stance, maker and side to one and the same claim', () => {
    // Russia's side disputes and Azerbaijan's asserts: "Russia asserts" is not in this event.
    expect(passes(filter({ stances: ['disputes'], claimSides: ['russia'] }), crash)).toBe(true);
    expect(passes(filter({ stances: ['asserts'], claimSides: ['russia'] }), crash)).toBe(false);
    expect(passes(filter({ stances: ['asserts'], claimants: ['ilham-aliyev'] }), crash)).toBe(true);
    expect(passes(filter({ claimants: ['ilham-aliyev'], claimSides: ['russia'] }), crash)).toBe(false);
  });

  it('combines with the other filters', () => {
    expect(passes(filter({ stances: ['disputes'], statuses: ['disputed'] }), crash)).toBe(true);
    expect(passes(filter({ stances: ['disputes'], statuses: ['confirmed'] }), crash)).toBe(false);
  });
});
