/** The built site the site and browser tests read and serve, and a small static server for it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { serveFolder } from '../../scripts/lib/serve.ts';
import { AXE_FILE, AXE_PATH } from './axe.ts';
import { SCRATCH } from './build.ts';

export const SITE_DIR = join(SCRATCH, 'site');
export const SUBPATH_DIR = join(SCRATCH, 'site-subpath');
export const SUBPATH = '/chronology/';
/**
 * The fixture site the global setup builds beside the real one: the good fixture set with the inert hostile
 * corpus dropped in (tests/fixtures/hostile.ts), laid out at an absolute path, built under the sub-path with a
 * public address. One build serves the wiring test (tests/site/build.test.ts), the feeds under a sub-path
 * (tests/site/feeds.test.ts) and the hostile walk in Chromium (tests/e2e/hostile.test.ts); the build's output
 * is kept in FIXTURE_LOG.
 */
export const FIXTURE_CONTENT = join(SCRATCH, 'content', 'fixture-site');
export const FIXTURE_DIR = join(SCRATCH, 'fixture-site');
export const FIXTURE_LOG = join(SCRATCH, 'fixture-site.log');
/** The public address the root build is given, as SITE_URL. */
export const PUBLIC_URL = 'https://chronology.example.org';
/** The corrections address the root build is given, as CORRECTIONS_URL. */
export const CORRECTIONS = 'mailto:corrections@example.org';

/** Every file of a built site, as paths relative to its folder with forward slashes. */
export function siteFiles(dir = SITE_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

export function readPage(path: string, dir = SITE_DIR): string {
  return readFileSync(join(dir, path), 'utf8');
}

export type { StaticSite } from '../../scripts/lib/serve.ts';

/** The site's own URL paths, as the built sitemap lists them (the build has SITE_URL set). */
export function sitemapPaths(dir = SITE_DIR): string[] {
  const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? '').pathname.split('/').at(-1) ?? '',
  );
  return maps.flatMap((name) =>
    [...readFileSync(join(dir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    ),
  );
}

/** Serves a built folder (the real site by default) on 127.0.0.1, with the headers of its `_headers` file and axe-core mounted. */
export function serve(dir = SITE_DIR, base = '/') {
  return serveFolder(dir, { mounts: { [AXE_PATH]: AXE_FILE }, base });
}
