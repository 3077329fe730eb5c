/**
 * /data/threads.json: every thread with its summary, its introduction as Markdown and its events in order, each
 * with its place, date, title and permanent address.
 */
import { eventPath, threadPath } from '../paths.ts';
import { EXPORT_VERSION, LICENSE, latestUpdate, siteLink, type ExportData, type ExportOptions } from './common.ts';

export function threadsDocument(data: ExportData, options: ExportOptions) {
  const threads = (data.threads ?? []).map((thread) => ({
    id: thread.id,
    url: siteLink(options, threadPath(thread.id)),
    title: thread.title,
    summary: thread.summary,
    introduction: data.threadBodies?.get(thread.id) ?? '',
    from: thread.from,
    to: thread.to,
    eventCount: thread.events.length,
    events: thread.events.map((event, index) => ({
      position: index + 1,
      id: event.id,
      url: siteLink(options, eventPath(event.id)),
      date: event.date,
      title: event.title,
    })),
  }));
  return {
    version: EXPORT_VERSION,
    updated: latestUpdate(data),
    license: { ...LICENSE },
    threadCount: threads.length,
    threads,
  };
}
