// Wires the content folders to their schemas; all checking beyond the schema lives in src/lib/content/.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'zod';
import { pathToFileURL } from 'node:url';
import { actorSchema } from './schemas/actor.ts';
import { eventSchema } from './schemas/event.ts';
import { pageSchema } from './schemas/page.ts';
import { threadSchema } from './schemas/thread.ts';
import { idFromPath } from './lib/content/ids.ts';
import { contentDir } from './lib/content/location.ts';
import { resolveContentDir } from './lib/content/read.ts';

const byFileName = ({ entry }: { entry: string }) => idFromPath(entry);

/**
 * A folder's loader whose entries reach Astro's content store all together once the folder is read. The store
 * writes itself whole to its cache file (data-store.json) half a second after the last entry it was given; while
 * a large folder is being read, every pause of that length (a garbage collection, a busy machine) wrote the
 * whole store again: at 100,000 events a file of over 100 MB about once a minute, most of the sync's time. Given
 * the entries at once, the store writes itself once. After the first read (the dev server's watcher) entries
 * go to the store as they come.
 */
function storedTogether(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const held: Parameters<typeof context.store.set>[0][] = [];
      let holding = true;
      const store = {
        ...context.store,
        set: (entry: (typeof held)[number]) => {
          if (!holding) return context.store.set(entry);
          held.push(entry);
          return true;
        },
      };
      try {
        await loader.load({ ...context, store });
      } finally {
        holding = false;
        for (const entry of held) context.store.set(entry);
      }
    },
  };
}
/**
 * In the dev server, a collection keeps an entry its schema refuses as the file has it, instead of failing the
 * content sync: a sync that fails while the server starts stops the server (Astro registers its file watcher
 * only after the first sync), so an editor with one bad file would get no server and no overlay. The pages in the
 * dev server take their data from the content check, which reads the files itself and puts the first error in
 * Astro's overlay (src/data/chronology.ts), so nothing unchecked reaches a page. A build keeps the strict schema.
 */
function forgivingInDev<T extends z.ZodType>(schema: T): T {
  if (!import.meta.env.DEV) return schema;
  return schema.catch(({ input }) => input as z.output<T>) as unknown as T;
}

// An absolute CHRONOLOGY_CONTENT_DIR works as well as one relative to the project root.
const folder = (sub: string) => pathToFileURL(`${resolveContentDir(process.cwd(), contentDir())}/${sub}`);

export const collections = {
  events: defineCollection({
    loader: storedTogether(glob({ pattern: '**/*.md', base: folder('events/'), generateId: byFileName })),
    schema: forgivingInDev(eventSchema),
  }),
  actors: defineCollection({
    loader: storedTogether(glob({ pattern: '**/*.md', base: folder('actors/'), generateId: byFileName })),
    schema: forgivingInDev(actorSchema),
  }),
  threads: defineCollection({
    loader: storedTogether(glob({ pattern: '**/*.md', base: folder('threads/'), generateId: byFileName })),
    schema: forgivingInDev(threadSchema),
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.md', base: folder(''), generateId: byFileName }),
    schema: forgivingInDev(pageSchema),
  }),
};
