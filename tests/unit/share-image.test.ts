/**
 * The share images: what each says, that every letter of the chronology's languages has a glyph in the fonts
 * given (satori asks for more only when one is missing), that a long title wraps and stops inside the image, and
 * that the PNG is 1200×630.
 */
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { shareFonts } from '../../src/data/share-images.ts';
import {
  FONT_SUBSETS,
  fontName,
  LAYOUT_VERSION,
  MAX_TITLE_LINES,
  renderShareImage,
  shareImageKey,
  shareTree,
  titleSize,
} from '../../src/lib/share-image-draw.ts';
import {
  eventCard,
  eventImagePath,
  pngSize,
  SHARE_HEIGHT,
  SHARE_WIDTH,
  shareImageAlt,
  siteCard,
  SITE_IMAGE_PATH,
  type ShareCard,
} from '../../src/lib/share-image.ts';

const SITE = 'Azerbaijan–Russia crisis chronology';
const LETTERS = 'Əə Ğğ Iı İi Şş Çç Öö Üü Xx Qq — Путин встретился с Алиевым в Душанбе; Ёё Іі Ўў';
const LONGEST =
  'Russian security forces raid homes in Yekaterinburg over murders from 2001–2011; two detained brothers, Huseyn and Ziyaddin Safarov, die';

/** The SVG satori draws for a card, and every letter it could not find in the fonts. */
async function draw(card: ShareCard): Promise<{ svg: string; missing: string[] }> {
  const missing: string[] = [];
  const svg = await satori(shareTree(card), {
    width: SHARE_WIDTH,
    height: SHARE_HEIGHT,
    fonts: shareFonts(),
    loadAdditionalAsset: (_code, segment) => {
      missing.push(segment);
      return Promise.resolve([]);
    },
  });
  return { svg, missing };
}

/** The image as resvg draws it (what a link preview shows): its size and its RGBA pixels. */
function raster(svg: string): { width: number; height: number; data: Uint8Array } {
  const image = new Resvg(svg).render();
  return { width: image.width, height: image.height, data: image.pixels };
}

/** The background colour, #15161a. */
const BACKGROUND = [0x15, 0x16, 0x1a] as const;

/** How many pixels of a rectangle are not the background. */
function inked(image: ReturnType<typeof raster>, x0: number, y0: number, x1: number, y1: number): number {
  let count = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const offset = (y * image.width + x) * 4;
      if (BACKGROUND.some((value, channel) => image.data[offset + channel] !== value)) count++;
    }
  return count;
}

describe('what a share image says', () => {
  it('gives an event its title, the site, its date in words and its type, at its own path', () => {
    const card = eventCard({ title: 'A title', when: '27 June 2025', type: 'security-operation' }, SITE);
    expect(card).toEqual({ title: 'A title', kicker: SITE, footer: '27 June 2025 · Security operation' });
    expect(shareImageAlt(card)).toBe(`${SITE}: A title (27 June 2025 · Security operation)`);
    expect(eventImagePath('yekaterinburg-raids')).toBe('og/events/yekaterinburg-raids.png');
    expect(SITE_IMAGE_PATH).toBe('og/site.png');
    expect(siteCard(SITE).title).toBe(SITE);
  });

  it('sets a long title smaller, and keys the image by everything that shapes it', () => {
    expect(titleSize('Short')).toBeGreaterThan(titleSize('x'.repeat(80)));
    expect(titleSize('x'.repeat(80))).toBeGreaterThan(titleSize(LONGEST));
    const card = siteCard(SITE);
    expect(shareImageKey(card, 'fonts 1')).toBe(shareImageKey({ ...card }, 'fonts 1'));
    expect(shareImageKey(card, 'fonts 1')).not.toBe(shareImageKey(card, 'fonts 2'));
    expect(shareImageKey(card, 'fonts 1')).not.toBe(shareImageKey({ ...card, title: 'Other' }, 'fonts 1'));
  });
});

describe('the layout and its key', () => {
  it('gives the site its own kicker and footer, and an event the label of its type', () => {
    expect(siteCard(SITE)).toEqual({
      title: SITE,
      kicker: 'An independent, sourced chronology',
      footer: 'Every event dated, every claim attributed and linked to its source',
    });
    expect(eventCard({ title: 'T', when: '1 May 2025', type: 'diplomatic-step' }, 'S').footer).toBe(
      '1 May 2025 · Diplomatic step',
    );
  });

  it('sets the headline at 68 px up to 50 letters, 58 px up to 90, then 50 px, counting letters not code units', () => {
    expect(titleSize('x'.repeat(50))).toBe(68);
    expect(titleSize('x'.repeat(51))).toBe(58);
    expect(titleSize('x'.repeat(90))).toBe(58);
    expect(titleSize('x'.repeat(91))).toBe(50);
    // 50 letters outside the Basic Multilingual Plane are 100 UTF-16 code units, still a short title.
    expect(titleSize('\u{1D400}'.repeat(50))).toBe(68);
    expect(titleSize('\u{1D400}'.repeat(90))).toBe(58);
  });

  it('keys an image by the SHA-256 of its card, fonts and layout version, cut to 32 hex digits', () => {
    const card: ShareCard = { title: 'A title', kicker: 'Kicker', footer: 'Footer' };
    const expected = createHash('sha256')
      .update(JSON.stringify({ card, fontsKey: 'fonts 1', layout: LAYOUT_VERSION }))
      .digest('hex')
      .slice(0, 32);
    expect(shareImageKey(card, 'fonts 1')).toBe(expected);
    expect(shareImageKey(card, 'fonts 1')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('names each font subset for satori and lists them all, in order, as the family', () => {
    expect(FONT_SUBSETS).toEqual(['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']);
    expect(fontName('latin-ext')).toBe('Noto Sans latin-ext');
    const tree = shareTree({ title: 'Title', kicker: 'Kicker', footer: 'Footer' }) as unknown as {
      props: { style: Record<string, unknown> };
    };
    expect(tree.props.style.fontFamily).toBe(
      "'Noto Sans latin', 'Noto Sans latin-ext', 'Noto Sans cyrillic', 'Noto Sans cyrillic-ext'",
    );
  });

  it('lays out the kicker, the headline band and the footer as the image draws them (raise LAYOUT_VERSION on change)', () => {
    const box = (style: Record<string, unknown>, children: unknown) => ({
      type: 'div',
      key: null,
      props: { style, children },
    });
    const card = { title: 'x'.repeat(60), kicker: 'The kicker', footer: 'The footer' };
    expect(LAYOUT_VERSION).toBe(1);
    expect(shareTree(card)).toEqual(
      box(
        {
          width: 1200,
          height: 630,
          boxSizing: 'border-box',
          display: 'flex',
          flexDirection: 'column',
          padding: '56px 72px',
          backgroundColor: '#15161a',
          color: '#ecebe7',
          fontFamily: "'Noto Sans latin', 'Noto Sans latin-ext', 'Noto Sans cyrillic', 'Noto Sans cyrillic-ext'",
          borderTop: '14px solid #f08c8c',
        },
        [
          box({ display: 'flex', fontSize: 28, fontWeight: 700, color: '#f08c8c', letterSpacing: 1 }, 'The kicker'),
          box(
            {
              position: 'absolute',
              left: 72,
              top: 130,
              width: 1056,
              height: 360,
              display: 'flex',
              alignItems: 'center',
            },
            box(
              {
                display: 'block',
                width: 1056,
                fontSize: 58,
                fontWeight: 700,
                lineHeight: 1.18,
                lineClamp: 4,
                overflow: 'hidden',
                maxHeight: 274,
                wordBreak: 'break-word',
              },
              card.title,
            ),
          ),
          box(
            {
              position: 'absolute',
              left: 72,
              right: 72,
              bottom: 52,
              display: 'block',
              lineClamp: 1,
              overflow: 'hidden',
              fontSize: 30,
              color: '#b4b1aa',
              borderTop: '2px solid #3a3c43',
              paddingTop: 22,
            },
            'The footer',
          ),
        ],
      ),
    );
  });
});

describe('reading a PNG header', () => {
  /** A PNG's first 24 bytes: the signature, the IHDR chunk's length and type, then width and height. */
  function header(width: number, height: number, type = 'IHDR'): Uint8Array {
    const bytes = new Uint8Array(24);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    bytes.set(new TextEncoder().encode(type), 12);
    const view = new DataView(bytes.buffer);
    view.setUint32(16, width);
    view.setUint32(20, height);
    return bytes;
  }

  it('reads width and height from the first 24 bytes, wherever they sit in their buffer', () => {
    expect(pngSize(header(1200, 630))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(header(70_000, 3))).toEqual({ width: 70_000, height: 3 });
    const larger = new Uint8Array(40);
    larger.set(header(640, 480), 8);
    expect(pngSize(larger.subarray(8))).toEqual({ width: 640, height: 480 });
  });

  it('refuses bytes too short, a wrong signature byte or a first chunk that is not IHDR', () => {
    expect(pngSize(header(1200, 630).subarray(0, 23))).toBeUndefined();
    for (const at of [0, 3, 7]) {
      const bytes = header(1200, 630);
      bytes[at] = 0x00;
      expect(pngSize(bytes), `byte ${at}`).toBeUndefined();
    }
    expect(pngSize(header(1200, 630, 'IDAT'))).toBeUndefined();
  });
});

describe('drawing', () => {
  it('has a glyph for every Azerbaijani and Cyrillic letter, from the fonts given (nothing is fetched)', async () => {
    const { missing } = await draw({ title: LETTERS, kicker: LETTERS, footer: LETTERS });
    expect(missing).toEqual([]);
    const latinOnly = await satori(shareTree({ title: LETTERS, kicker: '', footer: '' }), {
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      fonts: shareFonts().filter((font) => font.name === 'Noto Sans latin'),
      loadAdditionalAsset: (_code, segment) => Promise.reject(new Error(`missing: ${segment}`)),
    }).catch((error: unknown) => String(error));
    // The probe itself notices a missing letter: with the Latin file alone, ə and Cyrillic are missing.
    expect(latinOnly).toMatch(/missing: .*Ə/);
  });

  it.each([
    ['the longest real title', LONGEST],
    ['a title of one unbroken word', 'W'.repeat(140)],
    ['a title far past the clamp', `${'Extraordinarily long words keep coming '.repeat(6)}end`],
  ])('keeps %s inside the image: wrapped, at most four lines, clear of the margins', async (_name, title) => {
    const footer = 'from 25 December 2024 to 3 January 2025 · Diplomatic step '.repeat(3);
    const image = raster((await draw({ title, kicker: SITE, footer })).svg);
    expect([image.width, image.height]).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
    // The headline is drawn, and nothing reaches the right margin, the bottom margin or the band between the
    // headline (at most four lines, so it ends above 430 px) and the footer's rule.
    expect(inked(image, 72, 190, 1128, 430)).toBeGreaterThan(10_000);
    // Wrapped, not cut: the second line (50 px type, 59 px lines from about 192 px) has letters too.
    expect(inked(image, 72, 255, 1128, 305)).toBeGreaterThan(1_000);
    expect(inked(image, SHARE_WIDTH - 70, 20, SHARE_WIDTH, SHARE_HEIGHT)).toBe(0);
    expect(inked(image, 0, SHARE_HEIGHT - 40, SHARE_WIDTH, SHARE_HEIGHT)).toBe(0);
    expect(inked(image, 0, 432, SHARE_WIDTH, 510)).toBe(0);
    expect(MAX_TITLE_LINES).toBe(4);
  });

  it('writes a PNG of 1200×630', async () => {
    const png = await renderShareImage(
      eventCard({ title: LETTERS, when: '1 May 2025', type: 'media' }, SITE),
      shareFonts(),
    );
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(pngSize(new TextEncoder().encode('not a png at all, but long enough to read a header'))).toBeUndefined();
  });
});
