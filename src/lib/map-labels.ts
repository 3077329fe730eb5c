/**
 * Where the name of each place goes beside its marker on the region map. The markers sit at percentages of the
 * map and are drawn at a fixed size in CSS pixels, so whether two labels collide depends on how wide the map is
 * shown: a side is chosen that fits at every width of a range, and a name that fits nowhere is not shown (its
 * marker keeps its count and its accessible name, and the list under the map names it).
 */

export type LabelSide = 'right' | 'left' | 'above' | 'below';
export const LABEL_SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

/** Sizes in CSS pixels, shared with the map's stylesheet (src/components/RegionMap.astro). */
export const MARKER = {
  /** The marker's radius: a 24 px target (WCAG 2.2, 2.5.8). */
  radius: 12,
  /** Space between the marker and its label. */
  gap: 3,
  /** The label's font size and line height. */
  fontSize: 13,
  lineHeight: 16,
  /** A generous average width of one character of the label at that size. */
  charWidth: 7.2,
} as const;

/** The widths (CSS px) at which the map is checked: narrow phones to the container query, then up to its widest. */
export const NARROW_WIDTHS = [288, 352, 432, 512, 559] as const;
export const WIDE_WIDTHS = [560, 632, 704] as const;

export interface LabelInput {
  /** The marker's position in percent of the map's width and height. */
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The label's box at one width of the map, in CSS px from its top left. */
export function labelBox(item: LabelInput, side: LabelSide, width: number, aspect: number): Box {
  const { radius, gap, lineHeight, charWidth } = MARKER;
  const cx = (item.x / 100) * width;
  const cy = (item.y / 100) * width * aspect;
  const w = item.text.length * charWidth;
  const h = lineHeight;
  const offset = radius + gap;
  switch (side) {
    case 'right':
      return { left: cx + offset, right: cx + offset + w, top: cy - h / 2, bottom: cy + h / 2 };
    case 'left':
      return { left: cx - offset - w, right: cx - offset, top: cy - h / 2, bottom: cy + h / 2 };
    case 'above':
      return { left: cx - w / 2, right: cx + w / 2, top: cy - offset - h, bottom: cy - offset };
    case 'below':
      return { left: cx - w / 2, right: cx + w / 2, top: cy + offset, bottom: cy + offset + h };
  }
}

function markerBox(item: LabelInput, width: number, aspect: number): Box {
  const cx = (item.x / 100) * width;
  const cy = (item.y / 100) * width * aspect;
  const r = MARKER.radius;
  return { left: cx - r, right: cx + r, top: cy - r, bottom: cy + r };
}

const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * A side for each label, or undefined where none fits: the first side, in the order right, left, above, below,
 * whose box stays inside the map and clear of every marker and of the labels placed before it, at every one of
 * `widths`. Labels are placed in the order given (most events first), so the larger places win.
 * `aspect` is the map's height over its width.
 */
export function placeLabels(
  items: readonly LabelInput[],
  aspect: number,
  widths: readonly number[],
): (LabelSide | undefined)[] {
  const placed: Box[][] = widths.map(() => []);
  return items.map((item) => {
    const side = LABEL_SIDES.find((candidate) =>
      widths.every((width, index) => {
        const box = labelBox(item, candidate, width, aspect);
        if (box.left < 0 || box.top < 0 || box.right > width || box.bottom > width * aspect) return false;
        if (items.some((other) => intersects(box, markerBox(other, width, aspect)))) return false;
        return !placed[index]!.some((other) => intersects(box, other));
      }),
    );
    if (side) widths.forEach((width, index) => placed[index]!.push(labelBox(item, side, width, aspect)));
    return side;
  });
}

/**
 * The least distance between two markers' centres at a width of the map, in CSS px (Infinity for fewer than two):
 * at 24 px or more, each marker's 24 px target stays clear of the others.
 */
export function closestMarkers(items: readonly Pick<LabelInput, 'x' | 'y'>[], width: number, aspect: number): number {
  let least = Infinity;
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const dx = ((items[i]!.x - items[j]!.x) / 100) * width;
      const dy = ((items[i]!.y - items[j]!.y) / 100) * width * aspect;
      least = Math.min(least, Math.hypot(dx, dy));
    }
  }
  return least;
}
