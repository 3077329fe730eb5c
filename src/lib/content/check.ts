/** Reads and validates the content folder in one call; shared by the build integration and the CLI. */
import { todayUtc } from '../dates.ts';
import { formatReport } from './problem.ts';
import { contentDir } from './location.ts';
import { readContent } from './read.ts';
import { validateContent, type ValidationResult } from './validate.ts';

export interface ContentCheck {
  readonly result: ValidationResult;
  /** The printable report: every problem and a closing count. */
  readonly report: string;
}

export async function checkContent(root: string, options: { contentDir?: string; today?: string } = {}): Promise<ContentCheck> {
  const folder = options.contentDir ?? contentDir();
  const files = await readContent(root, folder);
  const result = validateContent(files, { today: options.today ?? todayUtc(), contentDir: folder });
  const counted = {
    events: files.filter((file) => file.collection === 'events').length,
    actors: files.filter((file) => file.collection === 'actors').length,
  };
  return { result, report: formatReport(result.problems, counted) };
}
