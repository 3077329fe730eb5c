/**
 * The active filters as removable chips ("Actor: Sputnik Azerbaijan ×"), shown above the results on every
 * width, and the state left when one is removed. Pure, so the wording and the removal are unit-tested; the
 * browser script only renders the chips and hands the new state to the filter controller.
 */
import { dateInWords } from './date-words.ts';
import { EMPTY_FILTER, type FilterState } from './filter.ts';

/** The list fields of the filter state, with the word a chip starts with. */
const LIST_FIELDS = [
  ['actors', 'Actor'],
  ['types', 'Type'],
  ['statuses', 'Status'],
  ['stances', 'Claim stance'],
  ['claimants', 'Claim by'],
  ['claimSides', 'Claim by a party of'],
] as const;

type ListField = (typeof LIST_FIELDS)[number][0];
export type ChipField = ListField | 'text' | 'from' | 'to';

export interface FilterChip {
  readonly field: ChipField;
  /** The value it stands for: an id, or the text or month itself. */
  readonly value: string;
  /** What the chip says: "Actor: Sputnik Azerbaijan". */
  readonly label: string;
}

/** How to name an id of a list field for a reader (an actor's name, a type's label); the id when unknown. */
export type ChipNamer = (field: ListField, value: string) => string | undefined;

const monthWords = (month: string) => dateInWords(month, month.length === 7 ? 'month' : 'day');

/** Every restriction in the state, one chip each, in the order of the filter form. */
export function filterChips(state: FilterState, name: ChipNamer): FilterChip[] {
  const chips: FilterChip[] = [];
  if (state.text.trim()) chips.push({ field: 'text', value: state.text, label: `Words: “${state.text.trim()}”` });
  for (const [field, word] of LIST_FIELDS) {
    for (const value of state[field]) chips.push({ field, value, label: `${word}: ${name(field, value) ?? value}` });
  }
  if (state.from) chips.push({ field: 'from', value: state.from, label: `From ${monthWords(state.from)}` });
  if (state.to) chips.push({ field: 'to', value: state.to, label: `To ${monthWords(state.to)}` });
  return chips;
}

/** The state without one chip's restriction; the rest stays as it was. */
export function withoutChip(state: FilterState, chip: Pick<FilterChip, 'field' | 'value'>): FilterState {
  switch (chip.field) {
    case 'text':
    case 'from':
    case 'to':
      return { ...state, [chip.field]: EMPTY_FILTER[chip.field] };
    default:
      return { ...state, [chip.field]: state[chip.field].filter((value) => value !== chip.value) };
  }
}
