/**
 * Each event's small files (citation.bib, citation.json, its .ics): one set per event at the paths the page links,
 * the texts the cite panel and the calendar export give, and the same file whether written for the build or
 * served one at a time by the dev server.
 */
import { describe, expect, it } from 'vitest';
import { citationRecord } from '../../src/lib/citation.ts';
import { renderCitations } from '../../src/lib/citation-formats.ts';
import { renderFormatFast } from '../../src/lib/citation-templates.ts';
import { permalink } from '../../src/lib/export/common.ts';
import { CITATION_FILES, eventFileAt, everyEventFile } from '../../src/lib/export/event-files.ts';
import { eventRecords } from '../../src/lib/export/events-json.ts';
import { eventCalendar } from '../../src/lib/export/ical.ts';
import { latestUpdate } from '../../src/lib/export/common.ts';
import { AT_ROOT, UNDER_SUBPATH, dataWith, hostileEvent } from '../helpers/export.ts';

const DAY = '2026-11-30';

describe('everyEventFile', () => {
  it('gives each event its two citation files and its calendar file, at the paths its page links', () => {
    const data = dataWith({ 'hostile-one': hostileEvent() });
    const ids = data.ordered.map((view) => view.id);
    const paths = [...everyEventFile(data, AT_ROOT, DAY)].map((file) => file.path);
    expect(paths).toEqual(
      ids.flatMap((id) => [`events/${id}/citation.bib`, `events/${id}/citation.json`, `data/events/${id}.ics`]),
    );
    expect(new Set(paths).size).toBe(paths.length);
  });

  it.each([
    ['at the root with a public address', AT_ROOT],
    ['under a sub-path without one', UNDER_SUBPATH],
  ])('holds the texts the cite panel shows and the calendar export gives, %s', (_, options) => {
    const data = dataWith({ 'hostile-one': hostileEvent() });
    const files = new Map([...everyEventFile(data, options, DAY)].map((file) => [file.path, file]));
    const records = eventRecords(data, options);
    for (const view of data.ordered) {
      const event = data.events.get(view.id)!;
      const panel = renderCitations(
        citationRecord({ view, event, url: permalink(options, view.id) }, DAY),
        renderFormatFast,
      );
      for (const [format, file] of Object.entries(CITATION_FILES)) {
        const shown = panel.find((citation) => citation.format === format)!.text;
        expect(files.get(`events/${view.id}/${file.name}`)).toEqual({
          path: `events/${view.id}/${file.name}`,
          type: file.type,
          text: `${shown}\n`,
        });
        expect(shown).toContain(permalink(options, view.id));
      }
      const record = records.find((one) => one.id === view.id)!;
      expect(files.get(`data/events/${view.id}.ics`)?.text).toBe(eventCalendar(record, options, latestUpdate(data)));
      expect(files.get(`data/events/${view.id}.ics`)?.type).toBe('text/calendar; charset=utf-8');
    }
  });

  it('writes a hostile title as data: escaped in BibTeX, a JSON string in CSL-JSON, escaped in iCalendar', () => {
    const data = dataWith({ 'hostile-one': hostileEvent() });
    const files = new Map([...everyEventFile(data, AT_ROOT, DAY)].map((file) => [file.path, file.text]));
    const [record] = JSON.parse(files.get('events/hostile-one/citation.json')!) as { title: string }[];
    expect(record?.title).toBe(hostileEvent().title);
    expect(files.get('events/hostile-one/citation.bib')).toContain('{Aktau}\\textbackslash{}{Grozny}');
    const calendar = files.get('data/events/hostile-one.ics')!.replace(/\r\n[ \t]/g, '');
    expect(calendar).toContain('SUMMARY:</script><script>alert(1)</script> | He said "no"\\, then');
    expect(calendar).toContain('Baku\\, Moscow\\; Aktau\\\\Grozny | first line\\nsecond line\\nthird\\nfourth');
  });
});

describe('eventFileAt', () => {
  it('serves the same file as the build writes, at each path, and nothing elsewhere', () => {
    const data = dataWith({ 'hostile-one': hostileEvent() });
    const ids = data.ordered.map((view) => view.id);
    for (const file of everyEventFile(data, UNDER_SUBPATH, DAY))
      expect(eventFileAt(file.path, data, UNDER_SUBPATH, DAY)).toEqual(file);
    for (const path of [
      'events/no-such-event/citation.bib',
      `events/${ids[0]}/citation.txt`,
      `events/${ids[0]}/`,
      'data/events/no-such-event.ics',
      `data/events/${ids[0]}.json`,
      `data/events.ics`,
      // Each pattern holds for the whole path: nothing before it, nothing after it.
      `x/data/events/${ids[0]}.ics`,
      `data/events/${ids[0]}.ics.bak`,
      `x/events/${ids[0]}/citation.bib`,
      `events/${ids[0]}/citation.bib/more`,
    ])
      expect(eventFileAt(path, data, UNDER_SUBPATH, DAY), path).toBeUndefined();
  });
});
