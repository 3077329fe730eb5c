// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';
import { eventFiles } from './src/integrations/event-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { markdownConfig } from './src/lib/content/markdown.ts';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a sub-path (see README, "Deploy").
// Without SITE_URL there are no canonical links and no sitemap: a build never advertises localhost.
const site = process.env.SITE_URL || undefined;
// Astro keeps the content it has read in <cacheDir>/data-store.json. Builds of different content folders that run
// at the same time (the tests do) each need their own, or one could read the store while another writes it.
const cacheDir = process.env.CHRONOLOGY_CACHE_DIR || undefined;
/**
 * The content the check validated at the start of a build, from which the event files are written at its end.
 * @type {import('./src/lib/content/validate.ts').ValidationResult | undefined}
 */
let validated;

export default defineConfig({
  ...(site ? { site } : {}),
  ...(cacheDir ? { cacheDir } : {}),
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Every stylesheet as a file, so that the Content-Security-Policy needs no 'unsafe-inline' (src/lib/security.ts).
  build: { inlineStylesheets: 'never' },
  // Astro inlines a page's script when it is smaller than this limit; the policy forbids inline scripts, so none is.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: markdownConfig,
  integrations: [
    contentValidation({ onValid: (result) => (validated = result) }),
    eventFiles({ validated: () => validated }),
    securityHeaders(),
    searchIndex(),
    ...(site ? [sitemap()] : []),
  ],
  devToolbar: { enabled: false },
  // Frontmatter completion and inline errors in editors with the Astro extension (see CONTRIBUTING.md).
  experimental: { contentIntellisense: true },
});
