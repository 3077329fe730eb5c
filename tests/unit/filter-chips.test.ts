import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, isEmptyFilter, type FilterState } from '../../src/lib/filter.ts';
import { filterChips, withoutChip, type ChipNamer } from '../../src/lib/filter-chips.ts';

const names: ChipNamer = (field, value) =>
  ({ actors: { 'sputnik-azerbaijan': 'Sputnik Azerbaijan' }, types: { arrest: 'Arrest' } })[field as 'actors']?.[value];

const full: FilterState = {
  actors: ['sputnik-azerbaijan', 'unknown-id'],
  types: ['arrest'],
  statuses: ['disputed'],
  text: '  compensation ',
  from: '2025-06',
  to: '2025-07-15',
  stances: ['denies'],
  claimants: ['kremlin'],
  claimSides: ['russia'],
};

describe('filter chips', () => {
  it('gives no chip for the empty filter and a blank text', () => {
    expect(filterChips(EMPTY_FILTER, names)).toEqual([]);
    expect(filterChips({ ...EMPTY_FILTER, text: '   ' }, names)).toEqual([]);
  });

  it('gives one chip per restriction, in the form order, named for a reader', () => {
    expect(filterChips(full, names).map((chip) => chip.label)).toEqual([
      'Words: “compensation”',
      'Actor: Sputnik Azerbaijan',
      'Actor: unknown-id',
      'Type: Arrest',
      'Status: disputed',
      'Claim stance: denies',
      'Claim by: kremlin',
      'Claim by a party of: russia',
      'From June 2025',
      'To 15 July 2025',
    ]);
  });

  it('removes exactly one restriction, and removing every chip empties the filter', () => {
    const chips = filterChips(full, names);
    const actor = chips.find((chip) => chip.value === 'sputnik-azerbaijan')!;
    expect(withoutChip(full, actor)).toEqual({ ...full, actors: ['unknown-id'] });
    expect(withoutChip(full, { field: 'from', value: '2025-06' })).toEqual({ ...full, from: '' });
    expect(withoutChip(full, { field: 'text', value: full.text })).toEqual({ ...full, text: '' });
    const emptied = chips.reduce(withoutChip, full);
    expect(isEmptyFilter(emptied)).toBe(true);
    expect(emptied).toEqual({ ...EMPTY_FILTER });
  });
});
