/**
 * How to cite an event page: one CSL-JSON record (the Citation Style Language's data format, which reference
 * managers import) built from the event, from which every format of the cite panel is generated
 * (citation-formats.ts). The author is the site itself, as an institution; the page's date is the day the entry
 * last changed, as the feeds date it.
 */
import type { ChronologyEvent } from '../schemas/event.ts';
import type { EventView } from './chronology.ts';
import { FEED_TITLE, itemDay } from './feed.ts';

/** The site's name: the citations' author and container. */
export const SITE_NAME = FEED_TITLE;

/** A CSL date: one [year, month, day]. */
export interface CslDate {
  readonly 'date-parts': readonly [readonly [number, number, number]];
}

/** The CSL-JSON record of an event page (the fields the cite panel uses). */
export interface CslRecord {
  readonly id: string;
  readonly 'citation-key': string;
  readonly type: 'webpage';
  readonly title: string;
  readonly 'container-title': string;
  readonly author: readonly [{ readonly literal: string }];
  readonly URL: string;
  readonly language: 'en';
  readonly issued: CslDate;
  readonly accessed: CslDate;
}

/** What the record needs from an event. */
export interface CitationFacts {
  readonly view: Pick<EventView, 'id' | 'title' | 'start'>;
  readonly event: Pick<ChronologyEvent, 'updated' | 'reviewed'>;
  /** The event page's permanent address (absolute on the public site). */
  readonly url: string;
}

/** A calendar day "YYYY-MM-DD" as a CSL date. */
export function cslDate(day: string): CslDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`Not a calendar day: ${day}`);
  return { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] };
}

/**
 * The page's date: the day the entry last changed in substance, else the day its facts were last re-checked,
 * else the first day of the event (the rule the feeds use, see feed.ts).
 */
export function pageDay(facts: Pick<CitationFacts, 'view' | 'event'>): string {
  return itemDay(facts.view, facts.event);
}

/** The CSL-JSON record of an event page, read on `accessed` ("YYYY-MM-DD"). */
export function citationRecord(facts: CitationFacts, accessed: string): CslRecord {
  return {
    id: facts.view.id,
    'citation-key': facts.view.id,
    type: 'webpage',
    title: facts.view.title,
    'container-title': SITE_NAME,
    author: [{ literal: SITE_NAME }],
    URL: facts.url,
    // Event titles are English: the styles' title case applies to English titles only.
    language: 'en',
    issued: cslDate(pageDay(facts)),
    accessed: cslDate(accessed),
  };
}
