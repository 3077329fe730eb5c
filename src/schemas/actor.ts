/** An actor: a state, body, person or outlet that takes part in events. One file per actor in content/actors/. */
import { z } from 'zod';
import { countryCode, plainText } from './fields.ts';

/** What kind of actor this is; used to group the actor filter. */
export const ACTOR_KINDS = ['state', 'government-body', 'person', 'media', 'organization', 'company'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Which side an actor belongs to; the timeline's lane view has one lane per side. */
export const SIDES = [
  'azerbaijan',
  'russia',
  'armenia',
  'kazakhstan',
  'ukraine',
  'united-states',
  'international',
  'other',
] as const;
export type Side = (typeof SIDES)[number];

export const actorSchema = z
  .strictObject({
    name: plainText(2, 100).describe('Display name, e.g. "Azerbaijan Airlines (AZAL)".'),
    kind: z.enum(ACTOR_KINDS).describe(`What the actor is: ${ACTOR_KINDS.join(', ')}.`),
    side: z.enum(SIDES).describe(`The side it belongs to, for grouping and timeline lanes: ${SIDES.join(', ')}.`),
    country: countryCode()
      .optional()
      .describe('ISO 3166-1 alpha-2 code of its country, e.g. "AZ"; leave out for international bodies.'),
    description: plainText(10, 200).describe('One plain-text line saying who or what this is, in neutral words.'),
    aliases: z
      .array(plainText(1, 100))
      .default([])
      .describe('Other names readers may search for (transliterations, abbreviations).'),
  })
  .describe('An actor in the chronology. The file name (without .md) is its id.');

export type Actor = z.output<typeof actorSchema>;
