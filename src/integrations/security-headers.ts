/**
 * Writes `_headers` into the build, for hosts that read one, with the policy of src/lib/security.ts and a long
 * cache life for the hashed files of the assets folder; and warns when a production build has no SITE_URL (its
 * pages then carry no canonical link and no sitemap) or no CORRECTIONS_URL (the About page then cannot say
 * where to report an error).
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security.ts';
import { correctionsUrl, CORRECTIONS_VARIABLE } from '../lib/site-config.ts';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'chronology:security-headers',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        base = config.base;
        assets = config.build.assets;
        if (command !== 'build') return;
        if (!config.site) {
          logger.warn(
            'SITE_URL is not set: pages get no canonical link, og:url, share image or JSON-LD, and no sitemap and no RSS feeds are written. Set SITE_URL to the public address before deploying.',
          );
        }
        if (!correctionsUrl()) {
          logger.warn(
            `${CORRECTIONS_VARIABLE} is not set (or is not an https: or mailto: address): the About page cannot say where to report an error.`,
          );
        }
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(fileURLToPath(new URL('_headers', dir)), headersFile(base, assets));
      },
    },
  };
}
