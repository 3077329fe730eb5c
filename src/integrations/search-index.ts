/**
 * Builds the full-text search index with Pagefind once the pages are written: Pagefind reads the built HTML of
 * the event and actor pages (the parts marked data-pagefind-body) and writes its index and its small search
 * library into pagefind/ beside them. The search page (src/pages/search.astro) loads that library when a reader
 * searches. A build whose index fails is a failed build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { seconds } from './elapsed.ts';

/** Where the index goes, inside the build output; the search page loads `${base}${SEARCH_BUNDLE}pagefind.js`. */
export const SEARCH_BUNDLE = 'pagefind/';

/**
 * Pagefind also writes its ready-made search interfaces; the search page has its own (src/scripts/search-page.ts)
 * and uses only pagefind.js, its worker and the index, so these are not published.
 */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export function searchIndex(): AstroIntegration {
  return {
    name: 'chronology:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, SEARCH_BUNDLE) });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await Promise.all(UNUSED.map((name) => rm(join(site, SEARCH_BUNDLE, name), { force: true })));
          logger.info(
            `Read ${added.page_count} pages; wrote the search index of the event and actor pages to ${SEARCH_BUNDLE} in ${seconds(started)} s.`,
          );
        } finally {
          await index.deleteIndex();
          await pagefind.close();
        }
      },
    },
  };
}
