/**
 * Builds the real site twice, side by side, before the site and browser tests: at the root with a public
 * address (canonical links, sitemap), and under a sub-path without one. Then the fixture site (see FIXTURE_DIR
 * in site.ts): the good fixtures and the inert hostile corpus under the sub-path with a public address.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { INERT, layHostile } from '../fixtures/hostile.ts';
import { astroBuild } from './build.ts';
import {
  CORRECTIONS,
  FIXTURE_CONTENT,
  FIXTURE_DIR,
  FIXTURE_LOG,
  PUBLIC_URL,
  SITE_DIR,
  SUBPATH,
  SUBPATH_DIR,
} from './site.ts';

export default async function setup(): Promise<void> {
  // The inert cases that are not pages each get their own event or thread; the page case would replace about.md.
  layHostile(FIXTURE_CONTENT, INERT);
  const builds = [
    [SITE_DIR, 'content', { SITE_URL: PUBLIC_URL, BASE_PATH: '/', CORRECTIONS_URL: CORRECTIONS }],
    [SUBPATH_DIR, 'content', { BASE_PATH: SUBPATH, SITE_URL: '', CORRECTIONS_URL: '' }],
    [
      FIXTURE_DIR,
      FIXTURE_CONTENT,
      { SITE_URL: PUBLIC_URL, BASE_PATH: SUBPATH, CORRECTIONS_URL: '', CHRONOLOGY_MIN_EVENTS: '1' },
    ],
  ] as const;
  await Promise.all(
    builds.map(async ([dir, content, env]) => {
      rmSync(dir, { recursive: true, force: true });
      const run = await astroBuild(content, dir, env);
      if (dir === FIXTURE_DIR) writeFileSync(FIXTURE_LOG, run.output);
      if (run.code !== 0) throw new Error(`${content} did not build:\n${run.output}`);
    }),
  );
}
