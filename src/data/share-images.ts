/**
 * The share images as the build writes them: Noto Sans read from @fontsource/noto-sans (woff: satori reads
 * no woff2), each image drawn by src/lib/share-image-draw.ts and kept in node_modules/.cache/chronology-share-images/
 * under a hash of everything that shapes it (the card's words, the fonts, the layout's version, satori's and
 * resvg's versions), so that a rebuild draws only the images whose event changed. No request leaves the machine.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Font } from 'satori';
import { FONT_SUBSETS, fontName, renderShareImage, shareImageKey } from '../lib/share-image-draw.ts';
import type { ShareCard } from '../lib/share-image.ts';

// Resolved from the project root: the build runs its pages from a bundle elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));
const WEIGHTS = [400, 700] as const;
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'chronology-share-images');

const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
/** What the fonts and the drawing libraries add to an image's key. */
const TOOLS_KEY = ['@fontsource/noto-sans', 'satori', '@resvg/resvg-js']
  .map((name) => `${name}@${version(name)}`)
  .join(' ');

let fonts: Font[] | undefined;
/** The Noto Sans files satori is given: every subset, regular and bold (read once). */
export function shareFonts(): Font[] {
  fonts ??= FONT_SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      name: fontName(subset),
      weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

/** The PNG of a card: from the cache when the same card was drawn before, else drawn now and cached. */
export async function shareImage(card: ShareCard): Promise<Uint8Array> {
  const file = join(CACHE_DIR, `${shareImageKey(card, TOOLS_KEY)}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = await renderShareImage(card, shareFonts());
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written aside, then renamed: two builds at once never read half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return png;
  }
}
