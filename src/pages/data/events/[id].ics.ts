/** /data/events/<id>.ics: one event as an iCalendar file, linked from its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { configuredSite, exportOptions, fileResponse, loadExportData } from '../../../data/exports.ts';
import { latestUpdate } from '../../../lib/export/common.ts';
import { eventRecords, type EventRecord } from '../../../lib/export/events-json.ts';
import { eventCalendar } from '../../../lib/export/ical.ts';

export const getStaticPaths = (async () => {
  const data = await loadExportData();
  const stamp = latestUpdate(data);
  return eventRecords(data, exportOptions(configuredSite())).map((record) => ({
    params: { id: record.id },
    props: { record, stamp },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: EventRecord; stamp: string }> = ({ props, site, params }) =>
  fileResponse(`${params.id}.ics`, eventCalendar(props.record, exportOptions(site), props.stamp));
