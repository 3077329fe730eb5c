/**
 * Where the content lives. CHRONOLOGY_CONTENT_DIR points the build at another folder (tests build fixture
 * sets, the benchmark builds generated ones); editors never need it.
 */
export const CONTENT_DIR_VARIABLE = 'CHRONOLOGY_CONTENT_DIR';

export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env[CONTENT_DIR_VARIABLE] || 'content';
}
