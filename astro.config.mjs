// @ts-check
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a sub-path (see README, "Deploy").
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [contentValidation()],
  devToolbar: { enabled: false },
  // Frontmatter completion and inline errors in editors with the Astro extension (see CONTRIBUTING.md).
  experimental: { contentIntellisense: true },
});
