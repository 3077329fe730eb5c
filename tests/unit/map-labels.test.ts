/**
 * The region map's label placement (src/lib/map-labels.ts) on small hand-made layouts, each figure worked out
 * by hand: the box of each side, the order of the sides, the map's edges, the markers and the labels placed
 * before, and every width of a range (tests/unit/map.test.ts holds the rest of the map's geometry).
 */
import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels } from '../../src/lib/map-labels.ts';

/** A map 200 px wide and 100 px high at the width used below: the aspect (height over width) is 0.5. */
const ASPECT = 0.5;
const boxOf = (box: { left: number; top: number; right: number; bottom: number }) =>
  [box.left, box.top, box.right, box.bottom].map((n) => Math.round(n * 10) / 10);

describe('labelBox', () => {
  // "Baku": 4 characters of 7.2 px, 28.8 px wide and 16 px high; 15 px (radius 12 and gap 3) from the marker's
  // centre, which is at (100, 50) on the 200 × 100 map.
  const baku = { x: 50, y: 50, text: 'Baku' };
  it('puts the label right, left, above or below the marker, clear of its 24 px target', () => {
    expect(boxOf(labelBox(baku, 'right', 200, ASPECT))).toEqual([115, 42, 143.8, 58]);
    expect(boxOf(labelBox(baku, 'left', 200, ASPECT))).toEqual([56.2, 42, 85, 58]);
    expect(boxOf(labelBox(baku, 'above', 200, ASPECT))).toEqual([85.6, 19, 114.4, 35]);
    expect(boxOf(labelBox(baku, 'below', 200, ASPECT))).toEqual([85.6, 65, 114.4, 81]);
  });
});

describe('placeLabels', () => {
  it('takes the first side that fits, in the order right, left, above, below, or none', () => {
    expect(placeLabels([{ x: 50, y: 50, text: 'Baku' }], ASPECT, [200])).toEqual(['right']);
    // The right side would end at 223.8 px, past the map's 200.
    expect(placeLabels([{ x: 90, y: 50, text: 'Baku' }], ASPECT, [200])).toEqual(['left']);
    // 93.6 px of text: right ends at 208.6 px, left starts at -8.6 px.
    expect(placeLabels([{ x: 50, y: 50, text: 'Lankaran City' }], ASPECT, [200])).toEqual(['above']);
    // Above would start at -11 px.
    expect(placeLabels([{ x: 50, y: 20, text: 'Lankaran City' }], ASPECT, [200])).toEqual(['below']);
    // Below (35 to 51 px high, 53.2 to 146.8 px wide) would cover the other marker (88 to 112, 33 to 57).
    expect(
      placeLabels(
        [
          { x: 50, y: 20, text: 'Lankaran City' },
          { x: 50, y: 45, text: 'X' },
        ],
        ASPECT,
        [200],
      )[0],
    ).toBe(undefined);
  });

  it('keeps a label that touches the map edge, and refuses one that crosses its bottom', () => {
    // Above: from exactly 0 px down to 16 px.
    expect(boxOf(labelBox({ x: 50, y: 31, text: 'Lankaran City' }, 'above', 200, ASPECT))[1]).toBe(0);
    expect(placeLabels([{ x: 50, y: 31, text: 'Lankaran City' }], ASPECT, [200])).toEqual(['above']);
    // Right and left would reach 106 px on a map 100 px high.
    expect(placeLabels([{ x: 50, y: 98, text: 'Baku' }], ASPECT, [200])).toEqual(['above']);
  });

  it('keeps a label clear of the labels placed before it, so the order given decides', () => {
    const first = { x: 50, y: 50, text: 'Baku' };
    // Right ends at 203.8 px; left (116.2 to 145 px) would cover the first label (115 to 143.8 px).
    const second = { x: 80, y: 50, text: 'Baku' };
    expect(placeLabels([first, second], ASPECT, [200])).toEqual(['right', 'above']);
    // The other way round, the second one's label takes the place and the first one goes left.
    expect(placeLabels([second, first], ASPECT, [200])).toEqual(['left', 'left']);
  });

  it('chooses a side that fits at every width of the range', () => {
    const item = { x: 70, y: 50, text: 'Baku' };
    expect(placeLabels([item], ASPECT, [200])).toEqual(['right']);
    // At 100 px wide the right side would end at 113.8 px.
    expect(placeLabels([item], ASPECT, [200, 100])).toEqual(['left']);
    expect(placeLabels([item], ASPECT, [100, 200])).toEqual(['left']);
  });

  it('keeps a label that touches the map edges on the left, the right and the bottom', () => {
    // "Baku!" is 36 px wide. At 74.5 % (149 px) the right side ends at exactly 200 px.
    expect(boxOf(labelBox({ x: 74.5, y: 50, text: 'Baku!' }, 'right', 200, ASPECT))[2]).toBe(200);
    expect(placeLabels([{ x: 74.5, y: 50, text: 'Baku!' }], ASPECT, [200])).toEqual(['right']);
    // At 25.5 % (51 px) the left side starts at exactly 0 px; the marker at (90, 50) covers the right side.
    expect(boxOf(labelBox({ x: 25.5, y: 50, text: 'Baku!' }, 'left', 200, ASPECT))[0]).toBe(0);
    expect(
      placeLabels(
        [
          { x: 25.5, y: 50, text: 'Baku!' },
          { x: 45, y: 50, text: 'X' },
        ],
        ASPECT,
        [200],
      ),
    ).toEqual(['left', 'right']);
    // At 92 % of the height (92 px) the right side's bottom is exactly the map's 100 px.
    expect(boxOf(labelBox({ x: 50, y: 92, text: 'Baku' }, 'right', 200, ASPECT))[3]).toBe(100);
    expect(placeLabels([{ x: 50, y: 92, text: 'Baku' }], ASPECT, [200])).toEqual(['right']);
  });

  it('keeps a label that touches another marker on any side, and refuses one that overlaps it', () => {
    // The right side of "Baku!" at (50, 50): 65 to 101 px across, 42 to 58 px down.
    const baku = { x: 25, y: 50, text: 'Baku!' };
    // A marker 12 px in radius whose top, bottom or right edge lies exactly on the label's edge, then half a
    // percent closer.
    for (const [touching, overlapping] of [
      [
        { x: 40, y: 70, text: 'X' }, // (80, 70): top at 58 px
        { x: 40, y: 69.5, text: 'X' },
      ],
      [
        { x: 40, y: 30, text: 'X' }, // (80, 30): bottom at 42 px
        { x: 40, y: 30.5, text: 'X' },
      ],
      [
        { x: 26.5, y: 65, text: 'X' }, // (53, 65): right at 65 px
        { x: 27, y: 65, text: 'X' },
      ],
    ] as const) {
      expect(placeLabels([baku, touching], ASPECT, [200])[0], JSON.stringify(touching)).toBe('right');
      expect(placeLabels([baku, overlapping], ASPECT, [200])[0], JSON.stringify(overlapping)).not.toBe('right');
    }
    // At (40, 50) the right side is 55 to 91 px across; a marker at (103, 50) starts at 91 px.
    const tula = { x: 20, y: 50, text: 'Tula!' };
    expect(placeLabels([tula, { x: 51.5, y: 50, text: 'X' }], ASPECT, [200])[0]).toBe('right');
    expect(placeLabels([tula, { x: 51, y: 50, text: 'X' }], ASPECT, [200])[0]).toBe('above');
  });
});
