/**
 * The "Copy link to this event" button: copies the event's permanent address (absolute on the public site; on a
 * copy without one, resolved against the page) and says in a status line what happened. The button stays hidden
 * without JavaScript or without the clipboard API, where the address bar serves instead.
 */
export function startCopyLink(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-copy-link]');
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!button || !status || !navigator.clipboard) return;
  const url = new URL(button.dataset['url'] ?? location.pathname, location.href).href;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(url).then(
      () => (status.textContent = `Link copied: ${url}`),
      () => (status.textContent = `Could not copy. The address is ${url}`),
    );
  });
}
