/**
 * Each event's citations, for its page's cite panel and for the BibTeX and CSL-JSON downloads beside the page
 * (filled from templates, citation-templates.ts, so rendering them again costs little). The access date written
 * at build time is the build date (UTC); the panel's script replaces it with the reader's today.
 */
import { todayUtc } from '../lib/dates.ts';
import { citationRecord } from '../lib/citation.ts';
import { renderCitations, type Citation, type CitationFormat } from '../lib/citation-formats.ts';
import { renderFormatFast } from '../lib/citation-templates.ts';
import { eventPath, withBase } from '../lib/paths.ts';
import { loadChronology } from './chronology.ts';

/** The day this build runs, the access date its citations carry. */
export const BUILD_DAY = todayUtc();

/** The downloads beside each event page: their file names (relative to the page) and media types. */
export const CITATION_FILES = {
  bibtex: { name: 'citation.bib', extension: 'bib', type: 'application/x-bibtex; charset=utf-8' },
  'csl-json': {
    name: 'citation.json',
    extension: 'json',
    type: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  },
} as const satisfies Partial<Record<CitationFormat, { name: string; extension: string; type: string }>>;

/** The event page's permanent address: absolute with a public address (SITE_URL), else its path. */
export function permanentAddress(id: string, site: URL | undefined): string {
  const path = withBase(import.meta.env.BASE_URL, eventPath(id));
  return site ? new URL(path, site).href : path;
}

/**
 * The last events' citations, for the files and the page that ask for the same event in turn. Kept few: a build
 * of 100,000 events would otherwise hold half a million citations until the pages come.
 */
const rendered = new Map<string, Citation[]>();
const KEPT = 64;

/** Every format of one event's citation. */
export async function eventCitations(id: string, site: URL | undefined): Promise<Citation[]> {
  const url = permanentAddress(id, site);
  const known = rendered.get(url);
  if (known) return known;
  const chronology = await loadChronology();
  const view = chronology.views.get(id);
  const event = chronology.events.get(id);
  if (!view || !event) throw new Error(`No event ${id} to cite`);
  const citations = renderCitations(citationRecord({ view, event, url }, BUILD_DAY), renderFormatFast);
  rendered.set(url, citations);
  // A Map keeps its insertion order: the first key is the oldest.
  if (rendered.size > KEPT) rendered.delete(rendered.keys().next().value ?? '');
  return citations;
}
