/**
 * The cite panel in the browser: writes the reader's today into the citations that print an access date (the
 * build wrote the build date there, and where; see src/lib/access-date.ts), and shows a Copy button per format.
 * No citation library is loaded: the page carries every citation already rendered.
 */
import { localDay, withAccessDate, type AccessSlot } from '../lib/access-date.ts';
import { dateInWords } from '../lib/date-words.ts';
import { canCopy, copyWithStatus } from './copy-link.ts';

/** The slot a citation block carries, or undefined when its attribute is missing or not one. */
function slotOf(block: HTMLElement): AccessSlot | undefined {
  try {
    const slot = JSON.parse(block.dataset['access'] ?? '') as Partial<AccessSlot>;
    return typeof slot.at === 'number' && typeof slot.date === 'string' && Array.isArray(slot.months)
      ? (slot as AccessSlot)
      : undefined;
  } catch {
    return undefined;
  }
}

export function startCitePanel(now = new Date()): void {
  const panel = document.querySelector<HTMLElement>('[data-cite-panel]');
  if (!panel) return;
  const today = localDay(now);
  if (today !== panel.dataset['built']) {
    for (const block of panel.querySelectorAll<HTMLElement>('[data-access]')) {
      const slot = slotOf(block);
      if (slot) block.textContent = withAccessDate(block.textContent ?? '', slot, today);
    }
    const when = panel.querySelector<HTMLElement>('[data-cite-when]');
    if (when) when.textContent = `today, ${dateInWords(today, 'day')}`;
  }
  const status = panel.querySelector<HTMLElement>('[data-cite-status]');
  if (!status || !canCopy()) return;
  for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) {
    const block = document.getElementById(button.dataset['citeCopy'] ?? '');
    if (!block) continue;
    const name = button.dataset['name'] ?? 'Citation';
    button.hidden = false;
    button.addEventListener('click', () => {
      void copyWithStatus(
        block.textContent ?? '',
        status,
        `${name} citation copied.`,
        `Could not copy the ${name} citation: select its text instead.`,
      );
    });
  }
}
