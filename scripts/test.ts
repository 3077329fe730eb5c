/**
 * `npm test`: every test, fastest first. The unit tests and the type check (`astro check`) run at the same time
 * (each keeps about one and a half of the two cores busy, so together they fill both); the unit tests print as
 * they go, the type check's report follows them. When both pass, the site project runs (real builds, the built
 * HTML and the pages in Chromium). Exit status: the first failure's, or 0.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
/** Each tool's own entry point, run by this Node (the project's, under npm). */
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');

interface Run {
  readonly code: number;
  readonly output: string;
}

/** Runs a Node script from the project's root; its output goes straight through, or is kept when `quiet`. */
function run(args: readonly string[], quiet = false): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const check = run([ASTRO, 'check'], true);
const unit = await run([VITEST, 'run', '--project', 'unit']);
const types = await check;
process.stdout.write(`\nastro check:\n${types.output}`);
if (unit.code !== 0 || types.code !== 0) {
  process.exitCode = unit.code || types.code;
} else {
  process.exitCode = (await run([VITEST, 'run', '--project', 'site'])).code;
}
