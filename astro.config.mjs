// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { markdownConfig } from './src/lib/content/markdown.ts';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a sub-path (see README, "Deploy").
// Without SITE_URL there are no canonical links and no sitemap: a build never advertises localhost.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Every stylesheet as a file, so that the Content-Security-Policy needs no 'unsafe-inline' (src/lib/security.ts).
  build: { inlineStylesheets: 'never' },
  markdown: markdownConfig,
  integrations: [contentValidation(), securityHeaders(), ...(site ? [sitemap()] : [])],
  devToolbar: { enabled: false },
  // Frontmatter completion and inline errors in editors with the Astro extension (see CONTRIBUTING.md).
  experimental: { contentIntellisense: true },
});
