/**
 * The active filters as chips above the results, each a button that removes its filter, and their number on
 * the "Filters (n)" button. The chips' wording and the state after a removal come from src/lib/filter-chips.ts;
 * the filter controller applies the new state (SET_FILTER_EVENT).
 */
import { EMPTY_FILTER, type FilterState } from '../lib/filter.ts';
import { filterChips, withoutChip, type ChipNamer, type FilterChip } from '../lib/filter-chips.ts';
import { FILTER_EVENT, SET_FILTER_EVENT, UI, type FilterDetail, type SetFilterDetail } from '../lib/ui.ts';

/** The form's input name of each list field of the state. */
const INPUT_NAMES = {
  actors: 'actor',
  types: 'type',
  statuses: 'status',
  stances: 'stance',
  claimSides: 'claim-side',
} as const;

/** Names a value as the form labels it, without the count in brackets. */
function namer(form: HTMLElement): ChipNamer {
  const withoutCount = (text: string | null | undefined) => text?.replace(/\s*\(\d+\)\s*$/, '').trim() || undefined;
  return (field, value) => {
    if (field === 'claimants') {
      const option = [...form.querySelectorAll<HTMLOptionElement>('select[name="claimant"] option')].find(
        (candidate) => candidate.value === value,
      );
      return withoutCount(option?.textContent);
    }
    const input = [...form.querySelectorAll<HTMLInputElement>(`input[name="${INPUT_NAMES[field]}"]`)].find(
      (candidate) => candidate.value === value,
    );
    return withoutCount(input?.closest('label')?.querySelector(':scope > span')?.firstChild?.textContent);
  };
}

const setFilter = (filter: FilterState) =>
  document.dispatchEvent(new CustomEvent<SetFilterDetail>(SET_FILTER_EVENT, { detail: { filter } }));

export function startFilterChips(): void {
  const box = document.querySelector<HTMLElement>('[data-filter-chips]');
  const list = box?.querySelector<HTMLElement>('[data-chip-list]');
  const form = document.getElementById(UI.filters);
  if (!box || !list || !form) return;
  const counters = document.querySelectorAll<HTMLElement>('[data-filter-count]');
  const name = namer(form);
  let current: FilterState = EMPTY_FILTER;

  const chipButton = (text: string, label: string, remove: () => FilterState) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip';
    button.setAttribute('aria-label', label);
    const word = document.createElement('span');
    word.textContent = text;
    const cross = document.createElement('span');
    cross.setAttribute('aria-hidden', 'true');
    cross.className = 'chip-x';
    cross.textContent = '×';
    button.append(word, cross);
    button.addEventListener('click', () => {
      const index = [...list.children].indexOf(item);
      setFilter(remove());
      // Focus stays in the row: on the chip that took this one's place, else the count of results.
      const next = list.children[Math.min(index, list.children.length - 1)]?.querySelector('button');
      (next ?? document.getElementById(UI.count))?.focus();
    });
    item.append(button);
    return item;
  };

  document.addEventListener(FILTER_EVENT, (event) => {
    current = (event as CustomEvent<FilterDetail>).detail.filter;
    const chips = filterChips(current, name);
    const items = chips.map((chip: FilterChip) =>
      chipButton(chip.label, `Remove filter: ${chip.label}`, () => withoutChip(current, chip)),
    );
    if (chips.length > 1) {
      const clear = chipButton('Clear all', 'Remove all filters', () => EMPTY_FILTER);
      clear.classList.add('chip-clear');
      items.push(clear);
    }
    list.replaceChildren(...items);
    box.hidden = chips.length === 0;
    for (const counter of counters) counter.textContent = chips.length ? ` (${chips.length})` : '';
  });
}
