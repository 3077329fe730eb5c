/**
 * What the search index (Pagefind, run over the built pages) is given beyond the visible text: the spellings a
 * reader may type for a name, and the filter values of an event page. Pagefind folds accents (é finds e), but
 * not the Azerbaijani letters that are separate letters (ə, ı) nor the habits of transliteration (Aliyev, Aliev;
 * Hajizada, Hacızadə), so the pages carry those spellings for the index.
 */

/** Letters only Azerbaijani spelling uses, and the plain Latin letters English-language reports write for them. */
const AZERBAIJANI_LETTERS: Readonly<Record<string, readonly string[]>> = {
  ə: ['a', 'e'],
  ı: ['i'],
  ş: ['sh', 's'],
  ç: ['ch', 'c'],
  ğ: ['gh', 'g'],
  ö: ['o'],
  ü: ['u'],
};

/** Letters shared with English that Azerbaijani spelling sounds otherwise: rewritten only in Azerbaijani names. */
const AZERBAIJANI_SOUNDS: Readonly<Record<string, readonly string[]>> = {
  x: ['kh', 'x'],
  c: ['j', 'c'],
  q: ['g', 'q'],
};

const isAzerbaijaniSpelling = (name: string) => /[əışçğöüİƏŞÇĞÖÜ]/.test(name);

/** Lower case as the names are written here: İ is i; a capital I is the i of an English-language spelling. */
const lower = (text: string) => text.replace(/İ/g, 'i').toLowerCase();

const MAX_VARIANTS = 16;

/** Every way of writing `word` with the Azerbaijani letters replaced, bounded so that long names stay few. */
function letterVariants(word: string, azerbaijani: boolean): string[] {
  let variants = [''];
  for (const letter of lower(word)) {
    const options = AZERBAIJANI_LETTERS[letter] ?? (azerbaijani ? AZERBAIJANI_SOUNDS[letter] : undefined) ?? [letter];
    variants = variants.flatMap((start) => options.map((option) => start + option)).slice(0, MAX_VARIANTS);
  }
  return variants;
}

/**
 * Spellings of Russian-style surnames that English reports write both ways: -yev/-ev, -yeva/-eva, -iev/-iyev.
 * A rule that does not apply gives the word unchanged, which the caller's set of spellings already holds.
 */
function endingVariants(word: string): string[] {
  return [word.replace(/yev$/, 'ev'), word.replace(/yeva$/, 'eva'), word.replace(/iev$/, 'iyev')];
}

/**
 * The other spellings of a set of names, lower-cased, without the names themselves and without repeats:
 * "İlham Əliyev" gives "ilham aliyev", "ilham eliyev", "ilham aliev", …; "Aliyev" gives "aliev".
 */
export function searchSpellings(names: readonly string[]): string[] {
  const seen = new Set(names.flatMap((name) => lower(name).split(/\s+/)));
  const out = new Set<string>();
  for (const name of names) {
    const words = name.split(/\s+/).filter(Boolean);
    const azerbaijani = isAzerbaijaniSpelling(name);
    const perWord = words.map((word) => {
      const spelled = new Set(letterVariants(word, azerbaijani));
      for (const variant of [...spelled]) for (const ending of endingVariants(variant)) spelled.add(ending);
      return [...spelled];
    });
    // Each word's spellings on their own: a search matches words, not whole names.
    for (const spellings of perWord) for (const spelling of spellings) if (!seen.has(spelling)) out.add(spelling);
  }
  return [...out];
}

/** The text a page gives the index beyond what it shows: the aliases of its actors and every spelling of their names. */
export function nameSearchText(actors: readonly { name: string; aliases: readonly string[] }[]): string {
  const names = actors.flatMap((actor) => [actor.name, ...actor.aliases]);
  return [...new Set([...actors.flatMap((actor) => actor.aliases), ...searchSpellings(names)])].join(' ');
}
