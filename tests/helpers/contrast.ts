/**
 * WCAG 2 contrast between two colours as a browser computes them (getComputedStyle gives "rgb(r, g, b)" for a
 * plain colour and "color(srgb r g b)" for a color-mix() in sRGB).
 */

/** Red, green and blue from 0 to 255. */
export type Rgb = readonly [number, number, number];

export function parseColor(text: string): Rgb {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)\s*(?:[,/]\s*([\d.]+)\s*)?\)$/.exec(text.trim());
  if (rgb) {
    if (rgb[4] !== undefined && Number(rgb[4]) !== 1) throw new Error(`a see-through colour: ${text}`);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  }
  const srgb = /^color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)\s*(?:\/\s*([\d.]+)\s*)?\)$/.exec(text.trim());
  if (srgb) {
    if (srgb[4] !== undefined && Number(srgb[4]) !== 1) throw new Error(`a see-through colour: ${text}`);
    return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255];
  }
  throw new Error(`not a colour this check reads: ${text}`);
}

/** Relative luminance (WCAG 2). */
export function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two computed colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(parseColor(a)), luminance(parseColor(b))].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}
