/**
 * What a key does on the focused timeline, decided without the DOM: the browser element only carries it out.
 * The arrow keys walk every event that matches the filters (drawn or not), in chronological order.
 */

export type KeyAction =
  | { readonly kind: 'select'; readonly id: string }
  | { readonly kind: 'open'; readonly id: string }
  | { readonly kind: 'zoom'; readonly direction: 'in' | 'out' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'none' };

export interface KeyState {
  /** Ids of the events that match the filters, in chronological order. */
  readonly visible: readonly string[];
  /** The selected event's id, or "". */
  readonly selected: string;
  /** The visible events inside the timeline's window, in order: where the arrows start when nothing is selected. */
  readonly inWindow: readonly string[];
}

const NONE: KeyAction = { kind: 'none' };

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
    case 'Enter':
      return selected ? { kind: 'open', id: selected } : NONE;
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
