/** Builds the real site twice before the site and browser tests: at the root, and under a sub-path. */
import { rmSync } from 'node:fs';
import { astroBuild } from './build.ts';
import { SITE_DIR, SUBPATH, SUBPATH_DIR } from './site.ts';

export default async function setup(): Promise<void> {
  for (const [dir, env] of [
    [SITE_DIR, {}],
    [SUBPATH_DIR, { BASE_PATH: SUBPATH, SITE_URL: 'https://example.org' }],
  ] as const) {
    rmSync(dir, { recursive: true, force: true });
    const run = await astroBuild('content', dir, env);
    if (run.code !== 0) throw new Error(`The site did not build:\n${run.output}`);
  }
}
