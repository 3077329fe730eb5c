import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyAction, type KeyState } from '../../src/lib/timeline-keys.ts';

const visible = ['a', 'b', 'c', 'd', 'e'];
const state = (patch: Partial<KeyState> = {}): KeyState => ({ visible, selected: '', inWindow: ['b', 'c'], ...patch });

describe('keyAction', () => {
  it('moves to the next and previous event with the arrow keys, and stops at the ends', () => {
    for (const key of ['ArrowRight', 'ArrowDown']) {
      expect(keyAction(key, state({ selected: 'b' }))).toEqual({ kind: 'select', id: 'c' });
      expect(keyAction(key, state({ selected: 'd' }))).toEqual({ kind: 'select', id: 'e' });
      expect(keyAction(key, state({ selected: 'e' }))).toEqual({ kind: 'select', id: 'e' });
    }
    for (const key of ['ArrowLeft', 'ArrowUp']) {
      expect(keyAction(key, state({ selected: 'c' }))).toEqual({ kind: 'select', id: 'b' });
      expect(keyAction(key, state({ selected: 'b' }))).toEqual({ kind: 'select', id: 'a' });
      expect(keyAction(key, state({ selected: 'a' }))).toEqual({ kind: 'select', id: 'a' });
    }
  });

  it('starts from the events in view when nothing is selected, else from the ends', () => {
    expect(keyAction('ArrowRight', state())).toEqual({ kind: 'select', id: 'b' });
    expect(keyAction('ArrowLeft', state())).toEqual({ kind: 'select', id: 'c' });
    expect(keyAction('ArrowRight', state({ inWindow: [] }))).toEqual({ kind: 'select', id: 'a' });
    expect(keyAction('ArrowLeft', state({ inWindow: [] }))).toEqual({ kind: 'select', id: 'e' });
    // A selection the filters have since hidden counts as none.
    expect(keyAction('ArrowRight', state({ selected: 'gone' }))).toEqual({ kind: 'select', id: 'b' });
  });

  it('jumps to the first and last event with Home and End', () => {
    expect(keyAction('Home', state({ selected: 'c' }))).toEqual({ kind: 'select', id: 'a' });
    expect(keyAction('End', state({ selected: 'c' }))).toEqual({ kind: 'select', id: 'e' });
  });

  it('opens the selected event with Enter, zooms with + = and -, clears with Escape', () => {
    expect(keyAction('Enter', state({ selected: 'c' }))).toEqual({ kind: 'open', id: 'c' });
    expect(keyAction('Enter', state())).toEqual({ kind: 'none' });
    expect(keyAction('+', state())).toEqual({ kind: 'zoom', direction: 'in' });
    expect(keyAction('=', state())).toEqual({ kind: 'zoom', direction: 'in' });
    expect(keyAction('-', state())).toEqual({ kind: 'zoom', direction: 'out' });
    expect(keyAction('Escape', state({ selected: 'c' }))).toEqual({ kind: 'clear' });
  });

  it('does nothing when no event matches, and leaves other keys to the browser', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End'])
      expect(keyAction(key, state({ visible: [], inWindow: [] }))).toEqual({ kind: 'none' });
    for (const key of ['Tab', 'a', ' ', 'PageDown'])
      expect(keyAction(key, state({ selected: 'c' }))).toEqual({ kind: 'none' });
  });

  it('reaches the last event from the first by pressing the right arrow enough times (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 }), (ids) => {
        let selected = ids[0]!;
        const seen = [selected];
        for (let i = 1; i < ids.length; i++) {
          const action = keyAction('ArrowRight', { visible: ids, selected, inWindow: [] });
          if (action.kind !== 'select') throw new Error('expected a selection');
          selected = action.id;
          seen.push(selected);
        }
        expect(seen).toEqual(ids);
      }),
    );
  });
});
