import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyAction, markerName, type KeyState } from '../../src/lib/timeline-keys.ts';

const visible = ['a', 'b', 'c', 'd', 'e'];
const state = (patch: Partial<KeyState> = {}): KeyState => ({
  visible,
  selected: '',
  inWindow: ['b', 'c'],
  markers: [],
  marker: '',
  ...patch,
});
const markers = [
  { id: 'more::a:2', ids: ['a', 'b'] },
  { id: 'more::d:2', ids: ['d', 'e'] },
];

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
    for (const key of ['Tab', 'a', ' ']) expect(keyAction(key, state({ selected: 'c' }))).toEqual({ kind: 'none' });
    // Page Down and Page Up with no "+N" mark drawn say so (and keep the page from scrolling).
    for (const key of ['PageDown', 'PageUp'])
      expect(keyAction(key, state({ selected: 'c' }))).toEqual({ kind: 'no-marker' });
  });

  it('reaches the last event from the first by pressing the right arrow enough times (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 }), (ids) => {
        let selected = ids[0]!;
        const seen = [selected];
        for (let i = 1; i < ids.length; i++) {
          const action = keyAction('ArrowRight', { visible: ids, selected, inWindow: [], markers: [], marker: '' });
          if (action.kind !== 'select') throw new Error('expected a selection');
          selected = action.id;
          seen.push(selected);
        }
        expect(seen).toEqual(ids);
      }),
    );
  });

  it('moves between the "+N" marks with Page Down and Page Up, from the first or last, and stops at the ends', () => {
    expect(keyAction('PageDown', state({ markers }))).toEqual({ kind: 'marker', id: 'more::a:2' });
    expect(keyAction('PageUp', state({ markers }))).toEqual({ kind: 'marker', id: 'more::d:2' });
    expect(keyAction('PageDown', state({ markers, marker: 'more::a:2' }))).toEqual({ kind: 'marker', id: 'more::d:2' });
    expect(keyAction('PageDown', state({ markers, marker: 'more::d:2' }))).toEqual({ kind: 'marker', id: 'more::d:2' });
    expect(keyAction('PageUp', state({ markers, marker: 'more::d:2' }))).toEqual({ kind: 'marker', id: 'more::a:2' });
    expect(keyAction('PageUp', state({ markers, marker: 'more::a:2' }))).toEqual({ kind: 'marker', id: 'more::a:2' });
    // A mark redrawn away since counts as none.
    expect(keyAction('PageUp', state({ markers, marker: 'more::x:9' }))).toEqual({ kind: 'marker', id: 'more::d:2' });
  });

  it('zooms in on a mark with Enter, selecting its first event that the filters show', () => {
    expect(keyAction('Enter', state({ markers, marker: 'more::d:2', selected: 'a' }))).toEqual({
      kind: 'expand',
      id: 'more::d:2',
      select: 'd',
    });
    expect(keyAction('Enter', state({ visible: ['b', 'c'], markers, marker: 'more::a:2' }))).toEqual({
      kind: 'expand',
      id: 'more::a:2',
      select: 'b',
    });
    // Off the marks (or on one that is gone, or whose events are all filtered out), Enter opens the selection.
    expect(keyAction('Enter', state({ markers, selected: 'c' }))).toEqual({ kind: 'open', id: 'c' });
    expect(keyAction('Enter', state({ markers, marker: 'more::x:9', selected: 'c' }))).toEqual({
      kind: 'open',
      id: 'c',
    });
    expect(keyAction('Enter', state({ visible: ['c'], markers, marker: 'more::a:2' }))).toEqual({ kind: 'none' });
  });
});

describe('markerName', () => {
  it('names a mark by its number of events and their days, in words', () => {
    expect(markerName(12, '2025-03-03', '2025-03-09')).toBe('12 events, 3–9 March 2025');
    expect(markerName(2, '2025-06-27', '2025-07-01')).toBe('2 events, 27 June – 1 July 2025');
    expect(markerName(3, '2024-12-30', '2025-01-02')).toBe('3 events, 30 December 2024 – 2 January 2025');
    expect(markerName(1, '2025-03-03', '2025-03-03')).toBe('1 event, 3 March 2025');
  });
});
