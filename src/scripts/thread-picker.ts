/**
 * "Follow a thread" on the home page: marks the chosen thread's events in the list (with their place, "3 of
 * 9") and on the timeline, and keeps the choice in the URL (?thread=<id>), a history entry per choice so that
 * back and forward restore it. The thread's events and their order come from the server-rendered options; the
 * wording from src/lib/threads.ts.
 */
import { followingStatus, stepLabels } from '../lib/threads.ts';
import { FILTER_EVENT, listItemId, THREAD_EVENT, UI, type ThreadDetail } from '../lib/ui.ts';
import { knownValues, readView, writeView } from './view-url.ts';

/** Marks a list entry or a timeline item as a step of the followed thread. */
const STEP = 'data-thread-step';

class ThreadPicker {
  readonly #select: HTMLSelectElement;
  readonly #status: HTMLElement;
  readonly #open: HTMLElement | null;
  readonly #canvas = document.querySelector('chronology-timeline [data-timeline-canvas]');
  #steps = new Map<string, string>();

  constructor(select: HTMLSelectElement, status: HTMLElement, open: HTMLElement | null) {
    this.#select = select;
    this.#status = status;
    this.#open = open;
  }

  start(): void {
    this.#select.closest<HTMLElement>('[data-thread-control]')?.removeAttribute('hidden');
    this.#select.addEventListener('change', () => {
      writeView({ ...readView(knownValues()), thread: this.#select.value }, 'push');
      this.#apply(this.#select.value);
    });
    window.addEventListener('popstate', () => this.#apply(readView(knownValues()).thread));
    document.addEventListener(FILTER_EVENT, () => this.#announce());
    this.#watchTimeline();
    this.#apply(readView(knownValues()).thread);
  }

  #apply(thread: string): void {
    this.#select.value = thread;
    const option = this.#select.selectedOptions[0];
    const ids = thread && option ? (option.dataset['events'] ?? '').split(' ').filter(Boolean) : [];
    this.#steps = stepLabels(ids);

    for (const marked of document.querySelectorAll<HTMLElement>(`#${UI.list} [${STEP}]`)) {
      marked.removeAttribute(STEP);
      marked.querySelector('.thread-mark')?.remove();
    }
    for (const [id, label] of this.#steps) {
      const entry = document.getElementById(listItemId(id));
      if (!entry) continue;
      entry.setAttribute(STEP, label);
      const mark = document.createElement('p');
      mark.className = 'thread-mark';
      mark.textContent = `Thread: ${label}`;
      entry.querySelector('article')?.prepend(mark);
    }
    this.#markTimeline();
    document.dispatchEvent(new CustomEvent<ThreadDetail>(THREAD_EVENT, { detail: { ids } }));

    const read = this.#open?.querySelector<HTMLAnchorElement>('[data-thread-read]');
    if (this.#open) this.#open.hidden = !thread;
    if (read && thread) read.href = option?.dataset['href'] ?? read.href;
    this.#announce();
  }

  /**
   * Says how many events are marked and how many of them the filters hide, and points "Go to its first event"
   * at the first one the list shows.
   */
  #announce(): void {
    const title = this.#select.value ? (this.#select.selectedOptions[0]?.textContent?.trim() ?? '') : '';
    let hidden = 0;
    let first = '';
    for (const id of this.#steps.keys()) {
      if (document.getElementById(listItemId(id))?.hidden) hidden += 1;
      else first ||= id;
    }
    this.#status.textContent = followingStatus(title, this.#steps.size, hidden);
    const jump = this.#open?.querySelector<HTMLElement>('[data-thread-first]');
    if (jump?.parentElement) {
      jump.parentElement.hidden = !first;
      jump.setAttribute('href', `#${first ? listItemId(first) : UI.list}`);
    }
  }

  /** Timeline items are drawn and redrawn as the reader zooms and filters: mark each as it appears. */
  #watchTimeline(): void {
    if (this.#canvas)
      new MutationObserver(() => this.#markTimeline()).observe(this.#canvas, { childList: true, subtree: true });
  }

  /** Marks the drawn items (their content carries the event's id: src/scripts/timeline/vis.ts). */
  #markTimeline(): void {
    for (const item of this.#canvas?.querySelectorAll<HTMLElement>('[data-event-id]') ?? []) {
      const label = this.#steps.get(item.dataset['eventId'] ?? '');
      if (label === undefined) {
        if (item.hasAttribute(STEP)) item.removeAttribute(STEP);
      } else if (item.getAttribute(STEP) !== label) item.setAttribute(STEP, label);
    }
  }
}

export function startThreadPicker(): void {
  const select = document.getElementById(UI.threadSelect);
  const status = document.querySelector<HTMLElement>('[data-thread-status]');
  if (select instanceof HTMLSelectElement && status) {
    new ThreadPicker(select, status, document.querySelector<HTMLElement>('[data-thread-open]')).start();
  }
}
