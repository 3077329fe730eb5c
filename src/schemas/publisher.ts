/** The publisher list: content/publishers.yaml, one entry per publisher that sources may name. */
import { z } from 'zod';
import { plainText } from './fields.ts';

export const publisherSchema = z
  .strictObject({
    name: plainText(2, 120).describe(
      'The one spelling sources use, as the publisher styles itself in Latin letters, e.g. "Caliber.az".',
    ),
    aliases: z
      .array(plainText(1, 120))
      .default([])
      .describe('Other spellings an editor might write; the check answers them with the name to use.'),
  })
  .describe('A publisher that sources may name as publisher or originalPublisher.');

export const publisherListSchema = z.array(publisherSchema).min(1).describe('Every publisher the sources name.');

export type Publisher = z.output<typeof publisherSchema>;
