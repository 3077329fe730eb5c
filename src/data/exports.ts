/** The loaded chronology as the open-data exports take it (src/lib/export/), and where the site lives. */
import type { APIContext } from 'astro';
import { loadChronology } from './chronology.ts';
import type { ExportData, ExportOptions } from '../lib/export/common.ts';
import { exportText, type ExportPath } from '../lib/export/catalog.ts';

export async function loadExportData(): Promise<ExportData> {
  const chronology = await loadChronology();
  const bodies = new Map([...chronology.entries].map(([id, entry]) => [id, entry.body ?? '']));
  const threadBodies = new Map([...chronology.threadEntries].map(([id, entry]) => [id, entry.body ?? '']));
  return { ...chronology, bodies, threadBodies };
}

/** The public address (SITE_URL) and the base path of this build. */
export function exportOptions(site: URL | undefined): ExportOptions {
  return { site, base: import.meta.env.BASE_URL };
}

/** The public address from the configuration, where no request context exists (getStaticPaths). */
export function configuredSite(): URL | undefined {
  return import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
}

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  ics: 'text/calendar; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

/** A response with a text and the media type of its extension. */
export function fileResponse(path: string, text: string): Response {
  const extension = path.split('.').at(-1) ?? '';
  return new Response(text, { headers: { 'Content-Type': TYPES[extension] ?? 'text/plain; charset=utf-8' } });
}

/** The GET handler of one export file. */
export function exportEndpoint(path: ExportPath) {
  return async (context: APIContext): Promise<Response> =>
    fileResponse(path, exportText(path, await loadExportData(), exportOptions(context.site)));
}
