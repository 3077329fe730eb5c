/**
 * Runs the content validator before Astro loads anything. Astro on its own reports one bad file and stops,
 * only logs a reference to a missing entry and only warns on duplicate ids; this makes every such problem
 * fail the build, all of them reported at once, before a single page is written.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check.ts';

export function contentValidation(): AstroIntegration {
  return {
    name: 'chronology:content-validation',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        const { result, report } = await checkContent(fileURLToPath(config.root));
        if (!result.ok) {
          // Printed verbatim: Astro's logger would render the Markdown in the fixes ("**bold**" becomes "bold").
          console.error(report);
          const errors = result.problems.filter((problem) => problem.severity === 'error').length;
          throw new AstroError(
            `The content has ${errors === 1 ? '1 error' : `${errors} errors`} (listed above); nothing was built.`,
            'Fix each problem listed above (file:line, field, what is wrong, fix), then build again. `npm run check:content` repeats this check in about a second.',
          );
        }
        if (result.problems.length > 0) logger.warn(report);
        else logger.info(report);
      },
    },
  };
}
