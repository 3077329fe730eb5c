/**
 * The home page's download links follow the filters: while the list shows only some events, a click builds the
 * chosen file of those events (src/lib/export/selection.ts, loaded on the first click, from the published
 * events.json) and saves it. Unfiltered, the links are plain links to the published files.
 */
import type { ExportPath } from '../lib/export/catalog.ts';
import type { EventsDocument } from '../lib/export/events-json.ts';
import { FILTER_EVENT, type FilterDetail } from '../lib/ui.ts';

const plural = (count: number) => (count === 1 ? '1 event' : `${count} events`);

/** Saves text as a file the way a download link would. */
function save(name: string, mediaType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mediaType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click has been handled; the address can go after a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function startDownloads(): void {
  const block = document.querySelector<HTMLElement>('[data-downloads]');
  const scope = block?.querySelector<HTMLElement>('[data-downloads-scope]');
  const status = block?.querySelector<HTMLElement>('[data-downloads-status]');
  if (!block || !scope || !status) return;
  const total = Number(block.dataset['total']);
  const source = block.dataset['source'] ?? '';
  /** The ids the list shows when it shows fewer than all; null when it shows every event. */
  let shown: readonly string[] | null = null;
  let published: Promise<EventsDocument> | undefined;

  document.addEventListener(FILTER_EVENT, (event) => {
    const { visible, partial } = (event as CustomEvent<FilterDetail>).detail;
    // Only the page's own entries are known yet: the full count comes with the next announcement.
    if (partial) return;
    shown = visible.length === total ? null : visible;
    // Nothing matches: nothing to download (the list says so).
    block.hidden = visible.length === 0;
    scope.textContent = shown ? `Download the ${plural(shown.length)} shown:` : `Download all ${plural(total)}:`;
    status.textContent = '';
  });

  block.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-export]');
    if (!link || !shown) return;
    event.preventDefault();
    const ids = shown;
    const path = link.dataset['export'] as ExportPath;
    status.textContent = 'Preparing the file…';
    published ??= fetch(source).then((response) => {
      if (!response.ok) throw new Error(`${source} answered ${response.status}`);
      return response.json() as Promise<EventsDocument>;
    });
    Promise.all([import('../lib/export/selection.ts'), published])
      .then(([{ selectionFile }, document]) => {
        const file = selectionFile(path, document, ids, location.href);
        save(file.name, file.mediaType, file.text);
        status.textContent = `Saved ${file.name} with the ${plural(ids.length)} shown.`;
      })
      .catch((error: unknown) => {
        published = undefined;
        const reason = error instanceof Error ? error.message : String(error);
        status.textContent = `The file could not be made (${reason}). The published file, with every event, is at ${link.href}`;
      });
  });
}
