/**
 * Runs the content check before Astro loads anything. Astro on its own reports one bad file and stops, only
 * logs a reference to a missing entry and only warns on duplicate ids; this makes every such problem fail the
 * build, all of them reported at once, before a single page is written. Bodies are rendered with Astro's own
 * resolved Markdown settings, so the check judges the HTML the build will publish. After the build, the number
 * of event pages written must equal the number of events checked, or the output is removed.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check.ts';
import { createBodyRenderer, type MarkdownSettings } from '../lib/content/markdown.ts';
import type { ValidationResult } from '../lib/content/validate.ts';
import { seconds } from './elapsed.ts';

export interface ContentValidationOptions {
  /** Called with the validated content when a build's check passes (the event files are written from it). */
  readonly onValid?: (result: ValidationResult) => void;
}

export function contentValidation(options: ContentValidationOptions = {}): AstroIntegration {
  let expectedEvents: number | undefined;
  return {
    name: 'chronology:content-validation',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        const started = performance.now();
        const render = await createBodyRenderer(config.markdown as unknown as MarkdownSettings, config.image);
        const { result, report } = await checkContent(fileURLToPath(config.root), { render });
        if (!result.ok && command === 'dev') {
          // The dev server starts all the same: each page then shows the first problem in Astro's error overlay
          // (src/data/chronology.ts) until the file is fixed.
          console.error(report);
          return;
        }
        if (!result.ok) {
          // Printed verbatim: Astro's logger would render the Markdown in the fixes ("**bold**" becomes "bold").
          console.error(report);
          const errors = result.problems.filter((problem) => problem.severity === 'error').length;
          throw new AstroError(
            `The content has ${errors === 1 ? '1 error' : `${errors} errors`} (listed above); nothing was built.`,
            'Fix each problem listed above (file:line, field, what is wrong, fix), then build again. `npm run check:content` repeats this check in about a second.',
          );
        }
        expectedEvents = result.events.size;
        if (command === 'build') options.onValid?.(result);
        if (result.problems.length > 0) logger.warn(report);
        else logger.info(report);
        logger.info(`Checked the content in ${seconds(started)} s.`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (expectedEvents === undefined) return;
        const outDir = fileURLToPath(dir);
        const written = await readdir(`${outDir}/events`, { withFileTypes: true }).then(
          (entries) => entries.filter((entry) => entry.isDirectory()).length,
          () => 0,
        );
        if (written !== expectedEvents) {
          await rm(outDir, { recursive: true, force: true });
          throw new AstroError(
            `The build wrote ${written} event pages for ${expectedEvents} checked events; the output folder ${outDir} was removed.`,
            'Every checked event must get its page: look for an event the pages skip (src/pages/events/[id].astro).',
          );
        }
        logger.info(`Wrote ${written} event pages, one for each checked event.`);
      },
    },
  };
}
