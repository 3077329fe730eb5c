/**
 * Each event's small files (src/lib/export/event-files.ts): its citation.bib and citation.json beside its page,
 * and its calendar file data/events/<id>.ics. The build writes them once the pages are written, from the content
 * the content check validated (src/integrations/content-validation.ts); the dev server answers for them from the
 * content as it is on disk. As Astro routes they were three rendered "pages" per event, whose rendering and
 * bookkeeping, for files of a few hundred bytes, cost about a sixth of a large build's processor time.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type ContentCheck } from '../lib/content/check.ts';
import { readContent } from '../lib/content/read.ts';
import { contentDir } from '../lib/content/location.ts';
import type { ValidationResult } from '../lib/content/validate.ts';
import { todayUtc } from '../lib/dates.ts';
import { exportData, type ExportOptions } from '../lib/export/common.ts';
import { eventFileAt, everyEventFile } from '../lib/export/event-files.ts';
import { belowBase } from '../lib/paths.ts';
import { seconds } from './elapsed.ts';

export interface EventFilesOptions {
  /** The content the check validated before the build (undefined when it did not run or found errors). */
  readonly validated: () => ValidationResult | undefined;
}

export function eventFiles(options: EventFilesOptions): AstroIntegration {
  let where: ExportOptions = { site: undefined, base: '/' };
  let root = process.cwd();
  return {
    name: 'chronology:event-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        where = { site: config.site ? new URL(config.site) : undefined, base: config.base };
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        // The content as it is now, checked again only when a file changed (as the pages do in the dev server).
        let state: { key: string; check: Promise<ContentCheck> } | undefined;
        const current = async () => {
          const read = await readContent(root, contentDir());
          const key = read.files.map((file) => `${file.path}\n${file.text}`).join('\0');
          if (state?.key !== key) state = { key, check: checkContent(root) };
          return (await state.check).result;
        };
        server.middlewares.use((request, response, next) => {
          // The address as the reader sent it (under a sub-path, Astro's dev server takes the base off `url`
          // before this runs): only addresses inside the base are answered, as in the build.
          const sent = (request as typeof request & { originalUrl?: string }).originalUrl ?? request.url ?? '/';
          const path = decodeURIComponent(new URL(sent, 'http://dev').pathname);
          const below = belowBase(where.base, path) ?? '';
          if (!/^(data\/events\/[^/]+\.ics|events\/[^/]+\/citation\.(bib|json))$/.test(below)) {
            next();
            return;
          }
          current()
            .then((result) => {
              // Content with errors: the pages show them in the error overlay; these files are simply absent.
              const file = result.ok
                ? eventFileAt(below, exportData(result.events, result.actors), where, todayUtc())
                : undefined;
              if (!file) {
                next();
                return;
              }
              response.setHeader('Content-Type', file.type);
              response.end(file.text);
            })
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const content = options.validated();
        if (!content) throw new Error('The event files need the validated content, and the content check did not run.');
        const started = performance.now();
        const out = fileURLToPath(dir);
        let count = 0;
        // Written one after another, synchronously: tens of thousands of small files, where promises cost more
        // than the writing. Each event's page folder exists already; data/events/ is made once.
        for (const file of everyEventFile(exportData(content.events, content.actors), where, todayUtc())) {
          const target = join(out, file.path);
          try {
            writeFileSync(target, file.text);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, file.text);
          }
          count += 1;
        }
        logger.info(`Wrote ${count} event files (citations and calendar entries) in ${seconds(started)} s.`);
      },
    },
  };
}
