/**
 * A thread: a curated storyline through the chronology, one Markdown file in content/threads/, its file name
 * being its id. The frontmatter names the events in reading order; the body is the introduction.
 */
import { z } from 'zod';
import { idText, plainText } from './fields.ts';

/** A storyline needs at least this many events; one event is not a thread. */
export const MIN_THREAD_EVENTS = 2;

export const threadSchema = z
  .strictObject({
    title: plainText(10, 120).describe(
      'The thread\'s heading in plain text and neutral wording, at most 120 characters, e.g. "The Yekaterinburg raids and their aftermath".',
    ),
    summary: plainText(40, 320).describe(
      'What the thread follows, in one or two plain-text sentences (40–320 characters); shown in the list of threads and on the home page.',
    ),
    events: z
      .array(idText('event'))
      .min(MIN_THREAD_EVENTS)
      .describe(
        `Ids of the events the thread follows (files in content/events/), each once, earliest first; at least ${MIN_THREAD_EVENTS}.`,
      ),
  })
  .describe(
    'A thread: a storyline through existing events. The file name (without .md) is its id; the Markdown body is its introduction.',
  );

export type Thread = z.output<typeof threadSchema>;
