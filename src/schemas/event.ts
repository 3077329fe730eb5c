/** An event: one Markdown file in content/events/, its file name being its id. */
import { z } from 'zod';
import { PRECISIONS } from './partial-date.ts';
import { claimSchema } from './claim.ts';
import { countryCode, dayDate, idText, partialDate, plainText } from './fields.ts';
import { sourceSchema } from './source.ts';

/** The controlled list of event types. */
export const EVENT_TYPES = [
  'incident',
  'security-operation',
  'diplomatic-step',
  'statement',
  'investigation',
  'legal',
  'media',
  'economic',
  'cultural',
  'institutional',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The part an actor plays in an event. */
export const ROLES = [
  'initiator',
  'target',
  'affected',
  'mediator',
  'investigator',
  'participant',
  'commentator',
] as const;
export type Role = (typeof ROLES)[number];

/** How far the event itself is established. */
export const STATUSES = ['confirmed', 'disputed', 'unverified'] as const;
export type Status = (typeof STATUSES)[number];

/** How an event relates to an earlier one. */
export const RELATIONS = ['responds-to', 'follows-from', 'context'] as const;
export type Relation = (typeof RELATIONS)[number];

export const eventSchema = z
  .strictObject({
    title: plainText(10, 140).describe('Headline of the event in plain text, neutral wording, at most 140 characters.'),
    shortTitle: plainText(3, 60)
      .optional()
      .describe(
        'A shorter label for the timeline only, in words taken from the title, at most 60 characters of plain text; the timeline shows about 40 (28 on a narrow screen) and cuts a longer label at a word. Leave out to let the timeline shorten the title.',
      ),
    summary: plainText(40, 320).describe(
      'What happened, in one or two plain-text sentences (40–320 characters); shown in the list, the timeline and feeds.',
    ),
    date: partialDate().describe(
      'When it happened (or began): "YYYY-MM-DD", "YYYY-MM" or "YYYY", in quotes, to the precision known.',
    ),
    precision: z
      .enum(PRECISIONS)
      .describe('How exactly the date is known: day, month, year, or approximate (around that date).'),
    end: partialDate()
      .optional()
      .describe('For a span: when it ended, written like date. Leave out for a single moment.'),
    endPrecision: z.enum(PRECISIONS).optional().describe('Precision of end when it differs from precision.'),
    type: z.enum(EVENT_TYPES).describe(`What kind of event it is: ${EVENT_TYPES.join(', ')}.`),
    tags: z.array(idText('tag')).default([]).describe('Free topic tags in kebab-case, e.g. aviation, media, diaspora.'),
    actors: z
      .array(
        z.strictObject({
          id: idText('actor').describe('Id of an actor (a file in content/actors/).'),
          role: z.enum(ROLES).describe(`The actor's part: ${ROLES.join(', ')}.`),
        }),
      )
      .min(1)
      .describe('Who took part, each with an id and a role.'),
    location: z
      .strictObject({
        place: plainText(2, 160).describe('Where it happened, in words, e.g. "near Aktau airport, Mangystau Region".'),
        country: countryCode().describe('ISO 3166-1 alpha-2 code of the country, e.g. "KZ".'),
        coordinates: z
          .strictObject({
            lat: z.number().min(-90).max(90).describe('Latitude in decimal degrees.'),
            lon: z.number().min(-180).max(180).describe('Longitude in decimal degrees.'),
          })
          .optional()
          .describe('Optional coordinates of the place.'),
      })
      .optional()
      .describe('Where it happened; leave out for events with no single place (calls, online publications).'),
    status: z
      .enum(STATUSES)
      .describe('confirmed (facts agreed), disputed (the parties disagree; record each side in claims) or unverified.'),
    claims: z.array(claimSchema).default([]).describe('Who says what, each with its sources.'),
    sources: z.array(sourceSchema).min(1).describe('The published pages behind the event; at least one.'),
    related: z
      .array(
        z.strictObject({
          event: idText('event').describe('Id of the related event (a file in content/events/).'),
          relation: z
            .enum(RELATIONS)
            .describe('responds-to (a reaction to it), follows-from (a consequence of it) or context (background).'),
        }),
      )
      .default([])
      .describe('Links to earlier events this one responds to, follows from, or needs as context.'),
    background: z
      .boolean()
      .default(false)
      .describe('true for context events outside the crisis window (before 25 December 2024).'),
    sourcingNote: plainText(10, 300)
      .optional()
      .describe(
        'Required when the event has a single source: says plainly that only one report was found, or why no second one exists. Shown beside the sources.',
      ),
    balanceNote: plainText(10, 300)
      .optional()
      .describe(
        'Required when the event is disputed between Azerbaijan and Russia but records claims of only one of them: says why the other side\'s account is missing, e.g. "Moscow has not commented publicly."',
      ),
    reviewed: dayDate()
      .optional()
      .describe('The day every fact of this entry was last re-checked against its sources, "YYYY-MM-DD".'),
    updated: dayDate()
      .optional()
      .describe(
        'The day the entry last changed in substance (a correction or new facts), "YYYY-MM-DD"; feeds use it as the item date.',
      ),
    corrections: z
      .array(
        z.strictObject({
          date: dayDate().describe('The day the correction was published, "YYYY-MM-DD".'),
          change: plainText(10, 400).describe('What was wrong and what the entry says now, in plain text.'),
          reason: plainText(5, 300).describe('Why: the source or finding that showed the error.'),
        }),
      )
      .default([])
      .describe('Corrections of substance, oldest first; shown on the event page and in the data.'),
    importance: z
      .number()
      .int()
      .min(1)
      .max(3)
      .default(2)
      .describe('1 = turning point (shown when the timeline is zoomed out), 2 = significant, 3 = detail.'),
  })
  .describe('An event in the chronology. The file name (without .md) is its id; the Markdown body gives context.');

export type ChronologyEvent = z.output<typeof eventSchema>;
