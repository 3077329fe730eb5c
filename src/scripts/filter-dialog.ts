/**
 * On narrow screens the filter form lives in a modal dialog opened by the "Filters (n)" button, so the results
 * come first: the browser's modal <dialog> keeps focus inside it and closes on Escape. On wide screens the form
 * stays in the sidebar and the button is hidden. The filters (with the thread choice) are one block, moved
 * between the two places, so their state and listeners are never duplicated.
 */
import { FILTER_EVENT, type FilterDetail } from '../lib/ui.ts';
import { plural } from '../lib/words.ts';

/** The width from which the sidebar shows the form (the home page's layout switches to two columns there). */
const WIDE = '(min-width: 62rem)';

export function startFilterDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-filters-dialog]');
  const button = document.querySelector<HTMLButtonElement>('[data-open-filters]');
  const body = document.querySelector<HTMLElement>('[data-filters-body]');
  const home = body?.parentElement;
  const slot = dialog?.querySelector<HTMLElement>('[data-filters-slot]');
  const layout = document.querySelector<HTMLElement>('[data-filters-layout]');
  if (!dialog || !button || !body || !home || !slot || !layout) return;
  const wide = matchMedia(WIDE);
  const sync = () => {
    button.hidden = wide.matches;
    if (wide.matches && dialog.open) dialog.close();
  };
  layout.dataset['dialogReady'] = '';
  wide.addEventListener('change', sync);
  sync();

  button.addEventListener('click', () => {
    slot.append(body);
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    home.append(body);
    if (!wide.matches) button.focus();
  });
  for (const close of dialog.querySelectorAll('[data-close-filters]')) {
    close.addEventListener('click', () => dialog.close());
  }
  // A click on the backdrop (outside the sheet) closes it, as a reader expects of a sheet.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  const show = dialog.querySelector<HTMLElement>('[data-show-results]');
  document.addEventListener(FILTER_EVENT, (event) => {
    if (show) show.textContent = `Show ${plural((event as CustomEvent<FilterDetail>).detail.visible.length, 'event')}`;
  });
}
