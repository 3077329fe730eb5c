/**
 * /data/timeline-entries.json: what the timeline and the filters read of every event, for the home page when
 * its list holds only the recent months (src/lib/timeline-entries.ts). A file for the site's own scripts, not
 * one of the open-data files the /data/ page describes.
 */
import { fileResponse } from '../../data/exports.ts';
import { loadTimelineEntries } from '../../data/periods.ts';
import { timelineEntriesPath } from '../../lib/paths.ts';

export async function GET(): Promise<Response> {
  return fileResponse(timelineEntriesPath, JSON.stringify(await loadTimelineEntries()));
}
