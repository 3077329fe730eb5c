/** Test helpers around citation-js: its output replaced, for the paths real output never takes. */
import { Cite } from '@citation-js/core';
import { vi } from 'vitest';
import type { CslRecord } from '../../src/lib/citation.ts';

/** citation-js's output replaced by `write` of the record it was given (undone by `vi.restoreAllMocks()`). */
export function fakeCitationJs(write: (record: CslRecord) => string) {
  return vi.spyOn(Cite.prototype, 'format').mockImplementation(function (this: Cite) {
    return write((this.data as unknown as CslRecord[])[0]!);
  });
}
