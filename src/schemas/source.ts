/** A source: one published page that backs an event or a claim. */
import { z } from 'zod';
import { httpsUrl, idText, languageTag, plainText } from './fields.ts';
import { parsePartialDate } from './partial-date.ts';

/** What kind of page a link is. */
export const SOURCE_KINDS = ['original', 'copy', 'official-statement', 'analysis'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const sourceSchema = z
  .strictObject({
    id: idText('source').describe(
      'Short id, unique within the event, that claims use to cite this source, e.g. "trend-2025-07-01".',
    ),
    url: httpsUrl().describe('The https address of the page exactly as published.'),
    title: plainText(3, 300).describe(
      'The headline as published, in its original language; when no headline could be confirmed, a short description of the page (and titleSupplied: true). No square brackets: the site adds them.',
    ),
    titleSupplied: z
      .boolean()
      .default(false)
      .describe(
        'true when title is our description of the page, not its published headline; shown in [square brackets].',
      ),
    publisher: plainText(2, 120).describe(
      'Who publishes the page at this URL, e.g. "Trend" or "Springfield News-Sun".',
    ),
    originalPublisher: plainText(2, 120)
      .optional()
      .describe(
        'For kind "copy": the outlet whose report the page carries or retells, e.g. "TASS" or "Associated Press".',
      ),
    published: z
      .string()
      .refine((text) => text === 'unknown' || parsePartialDate(text) !== null, {
        message: 'is not a publication date (YYYY-MM-DD, YYYY-MM, YYYY) or "unknown"',
        params: {
          fix: 'Write the date the page shows, in quotes, e.g. "2025-07-01"; write "unknown" if it shows none. Never guess.',
        },
      })
      .describe(
        'Publication date as the page shows it: "YYYY-MM-DD", "YYYY-MM", "YYYY", or "unknown" if it shows none.',
      ),
    language: languageTag().describe('Language of the page as a BCP 47 tag, e.g. "en", "ru", "az".'),
    kind: z
      .enum(SOURCE_KINDS)
      .describe(
        "original (the publisher's own reporting, also when it cites an official body or its own sources), copy (another outlet's report, carried whole or retold with credit to it), official-statement, or analysis (opinion, commentary).",
      ),
    archive: httpsUrl().optional().describe('Optional https address of an archived copy of the page.'),
  })
  .describe('A published page that backs the event.');

export type Source = z.output<typeof sourceSchema>;
