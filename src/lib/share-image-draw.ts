/**
 * Draws a share image (share-image.ts) at build time: satori lays out the words as SVG with the fonts it is
 * given (it fetches nothing), @resvg/resvg-js turns the SVG into a PNG. The fonts come in as bytes
 * (src/data/share-images.ts reads them).
 */
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font, type SatoriNode } from 'satori';
import { SHARE_HEIGHT, SHARE_WIDTH, type ShareCard } from './share-image.ts';

/** Raise when the layout below changes, so that cached images are drawn again. */
export const LAYOUT_VERSION = 1;

/** The most lines a headline takes; a longer one ends in an ellipsis. */
export const MAX_TITLE_LINES = 4;

/** The headline's size in pixels: large for a short title, smaller as it grows, so most fit whole. */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 50) return 68;
  if (length <= 90) return 58;
  return 50;
}

/**
 * Noto Sans comes in one file per script (latin, latin-ext with ə ğ ı ş, cyrillic, cyrillic-ext): each is given
 * to satori under its own name, and the family lists them all, so that a letter missing from one is taken from
 * the next.
 */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
export const fontName = (subset: string) => `Noto Sans ${subset}`;
const FONT_FAMILY = FONT_SUBSETS.map((subset) => `'${fontName(subset)}'`).join(', ');

const PADDING_X = 72;

const COLORS = { bg: '#15161a', text: '#ecebe7', muted: '#b4b1aa', accent: '#f08c8c', rule: '#3a3c43' } as const;

type Style = Record<string, string | number>;
const box = (style: Style, children: unknown): SatoriNode =>
  ({ type: 'div', key: null, props: { style, children } }) as unknown as SatoriNode;

/** The image's layout, as the element tree satori takes (no JSX, no React). Text is text: never markup. */
export function shareTree(card: ShareCard): SatoriNode {
  const size = titleSize(card.title);
  return box(
    {
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: `56px ${PADDING_X}px`,
      backgroundColor: COLORS.bg,
      color: COLORS.text,
      fontFamily: FONT_FAMILY,
      borderTop: `14px solid ${COLORS.accent}`,
    },
    [
      box({ display: 'flex', fontSize: 28, fontWeight: 700, color: COLORS.accent, letterSpacing: 1 }, card.kicker),
      // The headline, centred in the band between the two lines, at most MAX_TITLE_LINES lines.
      box(
        {
          position: 'absolute',
          left: PADDING_X,
          top: 130,
          width: SHARE_WIDTH - 2 * PADDING_X,
          height: 360,
          display: 'flex',
          alignItems: 'center',
        },
        box(
          {
            display: 'block',
            width: SHARE_WIDTH - 2 * PADDING_X,
            fontSize: size,
            fontWeight: 700,
            lineHeight: 1.18,
            lineClamp: MAX_TITLE_LINES,
            overflow: 'hidden',
            maxHeight: Math.ceil(size * 1.18 * MAX_TITLE_LINES),
            wordBreak: 'break-word',
          },
          card.title,
        ),
      ),
      box(
        {
          position: 'absolute',
          left: PADDING_X,
          right: PADDING_X,
          bottom: 52,
          display: 'block',
          lineClamp: 1,
          overflow: 'hidden',
          fontSize: 30,
          color: COLORS.muted,
          borderTop: `2px solid ${COLORS.rule}`,
          paddingTop: 22,
        },
        card.footer,
      ),
    ],
  );
}

/** The image as PNG bytes. */
export async function renderShareImage(card: ShareCard, fonts: Font[]): Promise<Uint8Array> {
  const svg = await satori(shareTree(card), { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts });
  // satori's SVG is SHARE_WIDTH × SHARE_HEIGHT already: resvg draws it at that size, with nothing to fit.
  return new Resvg(svg).render().asPng();
}

/** A key for the image's inputs (the card, the fonts and the layout's version), to cache it across builds. */
export function shareImageKey(card: ShareCard, fontsKey: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ card, fontsKey, layout: LAYOUT_VERSION }))
    .digest('hex')
    .slice(0, 32);
}
