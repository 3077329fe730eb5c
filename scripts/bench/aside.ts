/**
 * The previous run's generated content and sites, set aside instead of deleted before a timed build, and
 * deleted once every part of the run is measured. On the development machine (ext4 mounted with online
 * discard, on a virtual disk) deleting a 10,000-event site and its content, about 60,000 files, made the next
 * few minutes' file creation dear: a 10,000-event build started right after such a deletion took 63.0 s with
 * 17.2 s in the kernel, the same build after three idle minutes 44.5 s with 10.0 s (1 December 2026). A rename
 * within the folder costs nothing of the kind.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Where set-aside folders wait, inside the bench's work folder (test-results/, which git ignores). */
export const asideDir = (work: string) => join(work, 'set-aside');

/** Moves `path`, if it exists, into the work folder's set-aside folder under a name of its own. */
export function setAside(work: string, path: string): void {
  if (!existsSync(path)) return;
  const dir = asideDir(work);
  mkdirSync(dir, { recursive: true });
  let target = join(dir, basename(path));
  for (let n = 1; existsSync(target); n += 1) target = join(dir, `${basename(path)}-${n}`);
  renameSync(path, target);
}

/** Deletes whatever was set aside (at the end of a run, when nothing is timed any more). */
export function emptyAside(work: string): void {
  rmSync(asideDir(work), { recursive: true, force: true });
}
