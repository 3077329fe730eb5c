// Wires the content folders to their schemas; all checking beyond the schema lives in src/lib/content/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actor.ts';
import { eventSchema } from './schemas/event.ts';
import { idFromPath } from './lib/content/ids.ts';
import { contentDir } from './lib/content/location.ts';

const byFileName = ({ entry }: { entry: string }) => idFromPath(entry);

export const collections = {
  events: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `./${contentDir()}/events`, generateId: byFileName }),
    schema: eventSchema,
  }),
  actors: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `./${contentDir()}/actors`, generateId: byFileName }),
    schema: actorSchema,
  }),
};
