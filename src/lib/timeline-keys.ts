/**
 * What a key does on the focused timeline, decided without the DOM: the browser element only carries it out.
 * The arrow keys walk every event that matches the filters (drawn or not), in chronological order. Page Down
 * and Page Up walk the "+N" marks drawn for events that do not fit, left to right; Enter on a mark zooms in on
 * its events and selects the first of them, so the arrows go on from there.
 */

import { dateInWords, spanInWords } from './date-words.ts';

export type KeyAction =
  | { readonly kind: 'select'; readonly id: string }
  | { readonly kind: 'open'; readonly id: string }
  | { readonly kind: 'zoom'; readonly direction: 'in' | 'out' }
  /** Puts the keyboard on a "+N" mark (its id). */
  | { readonly kind: 'marker'; readonly id: string }
  /** Zooms in on the events behind a "+N" mark and selects `select`, the first of them. */
  | { readonly kind: 'expand'; readonly id: string; readonly select: string }
  /** Page Down or Page Up where no "+N" mark is drawn: the reader is told so, and the page does not scroll. */
  | { readonly kind: 'no-marker' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'none' };

/** A "+N" mark as the keyboard sees it: its id and the events it stands for, in chronological order. */
export interface KeyMarker {
  readonly id: string;
  readonly ids: readonly string[];
}

export interface KeyState {
  /** Ids of the events that match the filters, in chronological order. */
  readonly visible: readonly string[];
  /** The selected event's id, or "". */
  readonly selected: string;
  /** The visible events inside the timeline's window, in order: where the arrows start when nothing is selected. */
  readonly inWindow: readonly string[];
  /** The "+N" marks drawn, left to right. */
  readonly markers: readonly KeyMarker[];
  /** The id of the mark the keyboard is on, or "". */
  readonly marker: string;
}

const NONE: KeyAction = { kind: 'none' };

/** What the timeline says when Page Down or Page Up finds no "+N" mark to go to. */
export const NO_MARKER_TEXT = 'No + marks in view: the arrow keys move between events.';

/** The mark after (step 1) or before (step -1) the current one; from a mark that is gone, the first or last. */
function stepMarker(state: KeyState, step: 1 | -1): KeyAction {
  const { markers, marker } = state;
  if (!markers.length) return { kind: 'no-marker' };
  const index = markers.findIndex((one) => one.id === marker);
  const next =
    index < 0 ? (step > 0 ? 0 : markers.length - 1) : Math.min(Math.max(index + step, 0), markers.length - 1);
  return { kind: 'marker', id: markers[next]!.id };
}

/** The action for a key press; `none` for keys the timeline leaves to the browser. */
export function keyAction(key: string, state: KeyState): KeyAction {
  const { visible, selected, inWindow } = state;
  const index = visible.indexOf(selected);
  const select = (id: string | undefined): KeyAction => (id === undefined ? NONE : { kind: 'select', id });
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      if (!visible.length) return NONE;
      return select(index < 0 ? (inWindow[0] ?? visible[0]) : visible[Math.min(index + 1, visible.length - 1)]);
    case 'ArrowLeft':
    case 'ArrowUp':
      if (!visible.length) return NONE;
      return select(index < 0 ? (inWindow.at(-1) ?? visible.at(-1)) : visible[Math.max(index - 1, 0)]);
    case 'Home':
      return select(visible[0]);
    case 'End':
      return select(visible.at(-1));
    case 'PageDown':
      return stepMarker(state, 1);
    case 'PageUp':
      return stepMarker(state, -1);
    case 'Enter': {
      const marker = state.markers.find((one) => one.id === state.marker);
      const first = marker?.ids.find((id) => visible.includes(id));
      if (marker && first !== undefined) return { kind: 'expand', id: marker.id, select: first };
      return selected ? { kind: 'open', id: selected } : NONE;
    }
    case '+':
    case '=':
      return { kind: 'zoom', direction: 'in' };
    case '-':
      return { kind: 'zoom', direction: 'out' };
    case 'Escape':
      return { kind: 'clear' };
    default:
      return NONE;
  }
}

/**
 * The name a "+N" mark is known by, read out when the keyboard lands on it and shown as its hover text:
 * "12 events, 3–9 March 2025". `start` and `finish` are the first and last days of its events ("YYYY-MM-DD").
 */
export function markerName(count: number, start: string, finish: string): string {
  const when = start === finish || !finish ? dateInWords(start, 'day') : spanInWords(start, 'day', finish);
  return `${count} ${count === 1 ? 'event' : 'events'}, ${when}`;
}
