/** A claim: one actor's assertion about an event, with the sources that report it. */
import { z } from 'zod';
import { idText, plainText } from './fields.ts';

/** How the actor stands towards what the claim says. */
export const STANCES = ['asserts', 'denies', 'disputes'] as const;
export type Stance = (typeof STANCES)[number];

export const claimSchema = z
  .strictObject({
    by: idText('actor').describe('Id of the actor who makes the claim (a file in content/actors/).'),
    stance: z
      .enum(STANCES)
      .describe('asserts (says it is so), denies (says it is not so) or disputes (contests another account).'),
    text: plainText(10, 400).describe('The claim in one neutral sentence of our own words.'),
    attribution: plainText(3, 200)
      .optional()
      .describe(
        'How the claim reached the press when not said on the record, e.g. "four unnamed sources cited by Reuters".',
      ),
    sources: z.array(idText('source')).min(1).describe("Ids of this event's sources that report the claim."),
  })
  .describe('Who says what about the event.');

export type Claim = z.output<typeof claimSchema>;
