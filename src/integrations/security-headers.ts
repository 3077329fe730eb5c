/**
 * Writes `_headers` into the build, for hosts that read one, with the policy of src/lib/security.ts; and warns
 * when a production build has no SITE_URL, since its pages then carry no canonical link and no sitemap.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security.ts';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'chronology:security-headers',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        base = config.base;
        if (!config.site && process.env['NODE_ENV'] !== 'development') {
          logger.warn('SITE_URL is not set: pages get no canonical link and no sitemap is written. Set SITE_URL to the public address before deploying.');
        }
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(fileURLToPath(new URL('_headers', dir)), headersFile(base));
      },
    },
  };
}
