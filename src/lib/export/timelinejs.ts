/**
 * /data/timelinejs.json: the chronology in the JSON format of TimelineJS3 (Knight Lab), so that a newsroom can
 * load it into that viewer: { title, events: [slide] }, each slide with start_date (year, and month and day
 * to the precision known), end_date for spans, text { headline, text }, group and unique_id.
 *
 * TimelineJS inserts headline and text into the page as HTML, so every piece of content is HTML-escaped here;
 * the only markup is the paragraphs and the link this module writes itself.
 */
import { LANE_STEP_LABELS, leadLane } from '../chronology.ts';
import { parsePartialDate } from '../dates.ts';
import { precisionLabel } from '../date-words.ts';
import { STATUS_LABELS } from '../labels.ts';
import { DATASET_TITLE, LICENSE, siteLink, type ExportData, type ExportOptions } from './common.ts';
import { eventRecords, type EventRecord } from './events-json.ts';
import { escapeMarkup } from '../escape.ts';

export interface TimelineDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** A partial date as a TimelineJS date object: only the parts the date is written to. */
export function timelineDate(text: string): TimelineDate {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`not a date: ${text}`);
  return {
    year: date.year,
    ...(date.month !== undefined ? { month: date.month } : {}),
    ...(date.day !== undefined ? { day: date.day } : {}),
  };
}

export interface TimelineSlide {
  readonly unique_id: string;
  readonly start_date: TimelineDate;
  readonly end_date?: TimelineDate;
  readonly display_date: string;
  readonly text: { readonly headline: string; readonly text: string };
  readonly group: string;
}

export function timelineDocument(data: ExportData, options: ExportOptions) {
  return timelineOf(eventRecords(data, options), siteLink(options, 'data/'));
}

/** The TimelineJS document of these records; `dataPage` is the address of the /data/ page it cites. */
export function timelineOf(records: readonly EventRecord[], dataPage: string) {
  const events: TimelineSlide[] = records.map((record) => {
    const lane = leadLane(record.actors);
    const body = [
      `<p>${escapeMarkup(record.summary)}</p>`,
      `<p>${escapeMarkup(`${record.when} (${precisionLabel(record.precision)}). Status: ${STATUS_LABELS[record.status]}.`)}</p>`,
      `<p><a href="${escapeMarkup(record.url)}">${escapeMarkup(`Full entry with ${record.sources.length === 1 ? 'its source' : `its ${record.sources.length} sources`}`)}</a></p>`,
    ].join('');
    return {
      unique_id: record.id,
      start_date: timelineDate(record.date),
      ...(record.end !== null ? { end_date: timelineDate(record.end) } : {}),
      display_date: escapeMarkup(record.when),
      text: { headline: escapeMarkup(record.title), text: body },
      group: escapeMarkup(LANE_STEP_LABELS[lane]),
    };
  });
  return {
    title: {
      text: {
        headline: escapeMarkup(DATASET_TITLE),
        text: `<p>${escapeMarkup(`A sourced chronology of ${records.length} events. Text and data under ${LICENSE.name}; cite it with the address of its data page:`)} <a href="${escapeMarkup(dataPage)}">${escapeMarkup(dataPage)}</a></p>`,
      },
    },
    events,
  };
}
