/** /events/<id>/citation.bib and /events/<id>/citation.json: the event's citation to download (cite panel). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { configuredSite } from '../../../data/exports.ts';
import { CITATION_FILES, eventCitations } from '../../../data/citations.ts';
import { loadChronology } from '../../../data/chronology.ts';

const FILES = Object.entries(CITATION_FILES).map(([format, file]) => ({ format, ...file }));

export const getStaticPaths = (async () => {
  const { ordered } = await loadChronology();
  return ordered.flatMap((event) => FILES.map((file) => ({ params: { id: event.id, file: file.name } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = FILES.find((one) => one.name === params.file);
  const citation = (await eventCitations(params.id ?? '', configuredSite())).find((one) => one.format === file?.format);
  if (!file || !citation) throw new Error(`No citation file ${params.id}/${params.file}`);
  return new Response(`${citation.text}\n`, { headers: { 'Content-Type': file.type } });
};
