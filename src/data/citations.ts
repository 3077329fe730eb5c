/**
 * Each event's citations, for its page's cite panel (filled from templates, citation-templates.ts). The BibTeX
 * and CSL-JSON downloads beside the page hold the same texts; the build writes them after the pages
 * (src/integrations/event-files.ts). The access date written at build time is the build date (UTC); the panel's
 * script replaces it with the reader's today.
 */
import { todayUtc } from '../lib/dates.ts';
import { citationRecord } from '../lib/citation.ts';
import { renderCitations, type Citation } from '../lib/citation-formats.ts';
import { renderFormatFast } from '../lib/citation-templates.ts';
import { eventPath, withBase } from '../lib/paths.ts';
import { loadChronology } from './chronology.ts';

/** The day this build runs, the access date its citations carry. */
export const BUILD_DAY = todayUtc();

/** The downloads beside each event page: their file names (relative to the page) and media types. */
export { CITATION_FILES } from '../lib/export/event-files.ts';

/** The event page's permanent address: absolute with a public address (SITE_URL), else its path. */
export function permanentAddress(id: string, site: URL | undefined): string {
  const path = withBase(import.meta.env.BASE_URL, eventPath(id));
  return site ? new URL(path, site).href : path;
}

/** Every format of one event's citation. */
export async function eventCitations(id: string, site: URL | undefined): Promise<Citation[]> {
  const chronology = await loadChronology();
  const view = chronology.views.get(id);
  const event = chronology.events.get(id);
  if (!view || !event) throw new Error(`No event ${id} to cite`);
  return renderCitations(citationRecord({ view, event, url: permanentAddress(id, site) }, BUILD_DAY), renderFormatFast);
}
