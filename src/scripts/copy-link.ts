/**
 * Copy buttons: the "Copy link to this event" button, and the helper every copy button on a page shares
 * (the cite panel's too): it copies a text and says in a status line what happened. Copy buttons stay hidden
 * without JavaScript or without the clipboard API, where the address bar or selecting the text serves instead.
 */

/** Copies `text` and writes `copied` or `failed` into the status line (role="status"). */
export function copyWithStatus(text: string, status: HTMLElement, copied: string, failed: string): Promise<void> {
  return navigator.clipboard.writeText(text).then(
    () => void (status.textContent = copied),
    () => void (status.textContent = failed),
  );
}

/** True when the page can copy: the buttons are shown only then. */
export const canCopy = (): boolean => Boolean(navigator.clipboard);

/**
 * The "Copy link to this event" button: copies the event's permanent address (absolute on the public site; on a
 * copy without one, resolved against the page).
 */
export function startCopyLink(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-copy-link]');
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!button || !status || !canCopy()) return;
  const url = new URL(button.dataset['url'] ?? location.pathname, location.href).href;
  button.hidden = false;
  button.addEventListener('click', () => {
    void copyWithStatus(url, status, `Link copied: ${url}`, `Could not copy. The address is ${url}`);
  });
}
