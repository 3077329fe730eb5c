/** The built site the site and browser tests read and serve, and a small static server for it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { serveFolder } from '../../scripts/lib/serve.ts';
import { SCRATCH } from './build.ts';

export const SITE_DIR = join(SCRATCH, 'site');
export const SUBPATH_DIR = join(SCRATCH, 'site-subpath');
export const SUBPATH = '/chronology/';

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

/** Serves a built folder (the real site by default) on 127.0.0.1. */
export function serve(dir = SITE_DIR) {
  return serveFolder(dir);
}
