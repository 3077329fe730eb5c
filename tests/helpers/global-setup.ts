/**
 * Builds the real site twice, side by side, before the site and browser tests: at the root with a public
 * address (canonical links, sitemap), and under a sub-path without one.
 */
import { rmSync } from 'node:fs';
import { astroBuild } from './build.ts';
import { CORRECTIONS, PUBLIC_URL, SITE_DIR, SUBPATH, SUBPATH_DIR } from './site.ts';

export default async function setup(): Promise<void> {
  const builds = [
    [SITE_DIR, { SITE_URL: PUBLIC_URL, BASE_PATH: '/', CORRECTIONS_URL: CORRECTIONS }],
    [SUBPATH_DIR, { BASE_PATH: SUBPATH, SITE_URL: '', CORRECTIONS_URL: '' }],
  ] as const;
  await Promise.all(
    builds.map(async ([dir, env]) => {
      rmSync(dir, { recursive: true, force: true });
      const run = await astroBuild('content', dir, env);
      if (run.code !== 0) throw new Error(`The site did not build:\n${run.output}`);
    }),
  );
}
