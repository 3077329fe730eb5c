// Wires the content folders to their schemas; all checking beyond the schema lives in src/lib/content/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { actorSchema } from './schemas/actor.ts';
import { eventSchema } from './schemas/event.ts';
import { pageSchema } from './schemas/page.ts';
import { threadSchema } from './schemas/thread.ts';
import { idFromPath } from './lib/content/ids.ts';
import { contentDir } from './lib/content/location.ts';
import { resolveContentDir } from './lib/content/read.ts';

const byFileName = ({ entry }: { entry: string }) => idFromPath(entry);
// An absolute CHRONOLOGY_CONTENT_DIR works as well as one relative to the project root.
const folder = (sub: string) => pathToFileURL(`${resolveContentDir(process.cwd(), contentDir())}/${sub}`);

export const collections = {
  events: defineCollection({
    loader: glob({ pattern: '**/*.md', base: folder('events/'), generateId: byFileName }),
    schema: eventSchema,
  }),
  actors: defineCollection({
    loader: glob({ pattern: '**/*.md', base: folder('actors/'), generateId: byFileName }),
    schema: actorSchema,
  }),
  threads: defineCollection({
    loader: glob({ pattern: '**/*.md', base: folder('threads/'), generateId: byFileName }),
    schema: threadSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.md', base: folder(''), generateId: byFileName }),
    schema: pageSchema,
  }),
};
