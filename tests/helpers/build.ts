/** Runs the real `astro build` on a content folder, the way `npm run build` does. */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR_VARIABLE } from '../../src/lib/content/location.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
/** Scratch space inside the project (content folders must live under the project root); git ignores it. */
export const SCRATCH = join(ROOT, 'test-results');

/**
 * The environment a child process gets: this one, without what vitest adds for its own tests. Vitest sets
 * NODE_ENV=test and copies Vite's import.meta.env (MODE, DEV, PROD, SSR, BASE_URL, ...) into process.env; an
 * `astro build` that inherits NODE_ENV=test bundles in development mode and took 34 s instead of 6 s for 300
 * events on this machine, and BASE_URL would leak into the site's base path.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST', 'ASSETS_PREFIX']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return { ...env, NO_COLOR: '1', ...extra };
}

export interface BuildRun {
  readonly code: number | null;
  readonly output: string;
}

/**
 * Builds the site from `contentDir` (relative to the project root) into `outDir`, with a cache folder of its own
 * beside the output, so that builds of other content can run at the same time.
 */
export function astroBuild(contentDir: string, outDir: string, env: Record<string, string> = {}): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: ROOT,
        env: childEnv({
          [CONTENT_DIR_VARIABLE]: contentDir,
          CHRONOLOGY_CACHE_DIR: `${outDir}.cache`,
          ASTRO_TELEMETRY_DISABLED: '1',
          ...env,
        }),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Lays out folders one over another in a fresh scratch folder and returns its path relative to the root. */
export function layContent(name: string, ...folders: string[]): string {
  const relative = join('test-results', 'content', name);
  const target = join(ROOT, relative);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const folder of folders)
    cpSync(folder, target, { recursive: true, filter: (source) => !source.endsWith('expected.txt') });
  return relative;
}
