/**
 * Field builders shared by every schema. Each check carries a `fix` so that the validator can tell an
 * editor not just what is wrong but what to write instead (see src/lib/content/explain.ts).
 */
import { parseFragment } from 'parse5';
import { z } from 'zod';
import { toUnicode } from 'punycode/punycode.es6.js';
import { parsePartialDate } from './partial-date.ts';

/** Lowercase kebab-case: letters and digits in groups joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Markup that a browser would treat as a tag, a comment or a processing instruction. */
const MARKUP = /<[a-z!/?]/i;

/**
 * Characters that make text display differently from what it says, or hide text: C0 and C1 controls (other
 * than tab and line breaks), the soft hyphen, combining and Mongolian and variation selectors, fillers and
 * blanks that look like nothing (Hangul fillers, the braille blank), bidirectional embeddings, overrides,
 * isolates and marks, zero-width characters, line and paragraph separators, interlinear annotation marks,
 * invisible musical formatting, and tag characters.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- the pattern exists to find exactly these characters
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/u;

/** A character's code point as messages name it, e.g. "U+202E". */
const codePointOf = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first hidden or direction-changing character in `text`, as "U+202E" and its index, if any. */
export function hiddenCharacter(text: string): { code: string; index: number } | undefined {
  const match = HIDDEN.exec(text);
  if (!match) return undefined;
  return { code: codePointOf(match[0]), index: match.index };
}

const HIDDEN_FIX =
  'Delete it (retype the words around it): such characters are invisible or reorder the text, so readers would see something other than what the file says.';

/** Scripts named in messages about host names that mix alphabets. */
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Coptic',
  'Cherokee',
  'Lisu',
  'Arabic',
  'Hebrew',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Thai',
  'Devanagari',
] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'gu')] as const);

/**
 * The scripts whose letters appear in a host name, after punycode decoding; letters of any script not named
 * above count as "other", so that a mix is caught whatever alphabet it borrows from.
 */
export function hostScripts(hostname: string): string[] {
  const letters = toUnicode(hostname.toLowerCase()).replace(/[^\p{L}]/gu, '');
  const found = SCRIPT_PATTERNS.filter(([, pattern]) => letters.match(pattern) !== null).map(([name]) => name);
  const named = SCRIPT_PATTERNS.reduce((rest, [, pattern]) => rest.replace(pattern, ''), letters);
  return named.length > 0 ? [...found, 'other'] : found;
}

/** True when a host name's letters come from more than one script (a look-alike address). */
export function isMixedScriptHost(hostname: string): boolean {
  return hostScripts(hostname).length > 1;
}

/** True for an absolute https URL with a host and no credentials or white space. */
export function isHttpsUrl(text: string): boolean {
  // The literal prefix matters: the URL parser would also accept "https:example.org" and "HTTPS://…".
  if (!text.startsWith('https://') || /\s/.test(text)) return false;
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (
    url.protocol === 'https:' &&
    url.hostname.includes('.') &&
    !url.hostname.endsWith('.') &&
    url.username === '' &&
    url.password === ''
  );
}

// Made once: building a DisplayNames object costs more than every lookup of a content check together.
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True for an ISO 3166-1 alpha-2 code that names a real region (e.g. AZ, RU, KZ). */
export function isCountryCode(text: string): boolean {
  if (!/^[A-Z]{2}$/.test(text)) return false;
  const name = REGION_NAMES.of(text);
  return name !== undefined && name !== text && !/^Unknown/.test(name);
}

/** True for a BCP 47 language tag in canonical form whose language part is a known language. */
export function isLanguageTag(text: string): boolean {
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(text)) return false;
  try {
    const [canonical] = Intl.getCanonicalLocales(text);
    if (canonical !== text) return false;
  } catch {
    return false;
  }
  const language = text.split('-')[0] ?? '';
  const name = LANGUAGE_NAMES.of(language);
  return name !== undefined && name !== language;
}

/** `text` as a message quotes it: whole up to 40 characters, else its first 39 and an ellipsis. */
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** Up to 40 characters of `text` from `start`, ending at the first `end` character if it comes sooner. */
function excerptAt(text: string, start: number, end: string): string {
  const stop = text.indexOf(end, start);
  return clip(text.slice(start, stop === -1 ? text.length : stop + 1));
}

/** Something shaped like an HTML character reference: "&#38;", "&#x26;" or a name such as "&amp;". */
const REFERENCE = /&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

/**
 * The first HTML character reference in `text` (what it stands for, as a browser's parser reads it, and where it
 * is), if any. A plain-text field is escaped when the page is built, so a reader would see "&amp;" as typed.
 * Text such as "Q&As;" is shaped like one but names no character, and is left alone.
 */
export function characterReference(text: string): { reference: string; character: string; index: number } | undefined {
  for (const match of text.matchAll(REFERENCE)) {
    const node = parseFragment(match[0]).childNodes[0];
    const character = node && 'value' in node ? node.value : match[0];
    if (character !== match[0]) return { reference: match[0], character, index: match.index };
  }
  return undefined;
}

/** A character as a fix names it: quoted, or by its code point when it is a space of some kind. */
const shownCharacter = (character: string) =>
  /\s/u.test(character) ? codePointOf(character) : JSON.stringify(character);

/**
 * Markdown that a plain-text field would show as typed: strong emphasis with asterisks or underscores, a code
 * span, a link. A lone asterisk or underscore ("a_b", "5 * 3") is ordinary text.
 */
const MARKDOWN = /\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__|`[^`]+`|\[[^\]]+\]\([^)\s]*\)/;

/** A plain-text field: trimmed, bounded in length, with no HTML markup, character references or Markdown. */
export function plainText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .superRefine((text, context) => {
      const markup = MARKUP.exec(text);
      if (markup) {
        context.addIssue({
          code: 'custom',
          message: `contains HTML markup (${JSON.stringify(excerptAt(text, markup.index, '>'))}); this field is plain text`,
          params: { fix: 'Remove the tags. Write "<" only when followed by a space; formatting belongs in the body.' },
        });
      }
      const reference = characterReference(text);
      if (reference) {
        context.addIssue({
          code: 'custom',
          message: `contains the character reference ${JSON.stringify(reference.reference)}, which readers would see as typed`,
          params: {
            fix: `Write the character itself (${shownCharacter(reference.character)}): plain-text fields are escaped for the page when the site is built.`,
          },
        });
      }
      const markdown = MARKDOWN.exec(text);
      if (markdown) {
        context.addIssue({
          code: 'custom',
          message: `contains Markdown (${JSON.stringify(clip(markdown[0]))}), which this plain-text field would show as typed`,
          params: {
            fix: 'Write the words without the asterisks, underscores or backticks. Formatting belongs in the body; a link belongs in the body or in sources.',
          },
        });
      }
      const hidden = hiddenCharacter(text);
      if (hidden) {
        context.addIssue({
          code: 'custom',
          message: `contains an invisible or direction-changing character (${hidden.code}) at character ${hidden.index + 1}`,
          params: { fix: HIDDEN_FIX },
        });
      }
    });
}

/** Examples shown in the fix for each kind of id. */
const ID_EXAMPLES = {
  actor: 'ilham-aliyev',
  event: 'azal-8243-crash',
  source: 'trend-2025-07-01',
  tag: 'aviation',
} as const;

/** An id: lowercase kebab-case. `what` names the kind of id in messages. */
export function idText(what: keyof typeof ID_EXAMPLES) {
  return z.string().refine((text) => ID_PATTERN.test(text), {
    message: `is not a valid ${what} id`,
    params: { fix: `Use lowercase letters, digits and single hyphens, e.g. "${ID_EXAMPLES[what]}".` },
  });
}

/** An absolute https URL whose host does not mix the letters of several scripts. */
export function httpsUrl() {
  return z
    .string()
    .refine(isHttpsUrl, {
      message: 'is not an https URL',
      params: {
        fix: 'Paste the full https:// address of the page. http:, javascript:, data: and relative links are refused.',
      },
    })
    .superRefine((text, context) => {
      if (!isHttpsUrl(text)) return;
      const scripts = hostScripts(new URL(text).hostname);
      if (isMixedScriptHost(new URL(text).hostname)) {
        context.addIssue({
          code: 'custom',
          message: `has a host name that mixes ${scripts.join(' and ')} letters, as look-alike addresses do`,
          params: {
            fix: "Type the address again from the publisher's site, letter by letter; a real host uses one alphabet.",
          },
        });
      }
    });
}

/** A date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD" that exists in the calendar. */
export function partialDate() {
  return z.string().refine((text) => parsePartialDate(text) !== null, {
    message: 'is not a calendar date written as YYYY-MM-DD, YYYY-MM or YYYY',
    params: { fix: 'Write the date in quotes, e.g. "2025-06-27", "2025-02" or "1984", and check that the day exists.' },
  });
}

/** A full calendar day written as "YYYY-MM-DD". */
export function dayDate() {
  return z.string().refine((text) => parsePartialDate(text)?.granularity === 'day', {
    message: 'is not a day written as YYYY-MM-DD',
    params: { fix: 'Write the full date in quotes, e.g. "2026-11-30", and check that the day exists.' },
  });
}

/** An ISO 3166-1 alpha-2 country code. */
export function countryCode() {
  return z.string().refine(isCountryCode, {
    message: 'is not an ISO 3166-1 alpha-2 country code',
    params: { fix: 'Use the two capital letters of the country, e.g. "AZ", "RU", "KZ", "AM", "US".' },
  });
}

/** A BCP 47 language tag. */
export function languageTag() {
  return z.string().refine(isLanguageTag, {
    message: 'is not a BCP 47 language tag',
    params: { fix: 'Use the lowercase language code, e.g. "en", "ru", "az", "hy", "uk", "kk".' },
  });
}
