/** Downloads of a filtered view: each format keeps exactly the chosen events, parses, and matches the published file. */
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXPORT_FILES, exportText } from '../../src/lib/export/catalog.ts';
import { eventsDocument, jsonText, type EventsDocument } from '../../src/lib/export/events-json.ts';
import { eventsJsonSchema } from '../../src/lib/export/events-schema.ts';
import { SELECTION_FORMATS, selectionFile, selectionFileName } from '../../src/lib/export/selection.ts';
import { AT_ROOT, UNDER_SUBPATH, dataWith, hostileEvent } from '../helpers/export.ts';
import { strictValidator } from '../helpers/json-schema.ts';

const data = dataWith({ 'hostile-event': hostileEvent() });
/** The published events.json, read back as the browser reads it. */
const published = JSON.parse(jsonText(eventsDocument(data, AT_ROOT))) as EventsDocument;
const allIds = published.events.map((event) => event.id);
// Two events out of order and an id that is not in the data: the file keeps the chronology's order.
const chosen = [allIds[3]!, allIds[0]!, 'no-such-event'];
const expectedIds = [allIds[0], allIds[3]];
const view = 'https://chronology.example.org/?actor=x';
const file = (path: Parameters<typeof selectionFile>[0], ids: Iterable<string> = chosen, from = published) =>
  selectionFile(path, from, ids, view);
const csvRows = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe('downloads of a selection', () => {
  it('offers every event-level export the /data/ page publishes, each under a "-selection" name', () => {
    expect(SELECTION_FORMATS.map((format) => format.path)).toEqual([
      'data/events.csv',
      'data/events.json',
      'data/claims.csv',
      'data/sources.csv',
      'data/events.ics',
      'data/events.geojson',
      'data/timelinejs.json',
    ]);
    expect(selectionFileName('data/events.csv')).toBe('events-selection.csv');
    expect(selectionFileName('data/timelinejs.json')).toBe('timelinejs-selection.json');
    for (const format of SELECTION_FORMATS) {
      expect(format.mediaType, format.path).toBe(EXPORT_FILES.find((entry) => entry.path === format.path)?.mediaType);
    }
    expect(file('data/events.ics').mediaType).toBe('text/calendar');
  });

  it('events.json: the chosen events in order, the view and the full count, valid against the schema', () => {
    const result = JSON.parse(file('data/events.json').text) as EventsDocument;
    expect(result.events.map((event) => event.id)).toEqual(expectedIds);
    expect(result.eventCount).toBe(2);
    expect(result.selection).toEqual({ view, total: allIds.length });
    expect(result.version).toBe(published.version);
    const validate = strictValidator(eventsJsonSchema);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(published.selection).toBeNull();
    expect(validate(published)).toBe(true);
  });

  it('the CSV files hold the chosen events, their claims and their sources, parsed by papaparse', () => {
    const events = csvRows(file('data/events.csv').text);
    expect(events.errors).toEqual([]);
    expect(events.data.map((row) => row['id'])).toEqual(expectedIds);
    const claims = csvRows(file('data/claims.csv').text).data;
    const sources = csvRows(file('data/sources.csv').text).data;
    const expectedClaims = published.events.filter((e) => expectedIds.includes(e.id)).flatMap((e) => e.claims);
    expect(expectedClaims.length).toBeGreaterThan(0);
    expect(claims).toHaveLength(expectedClaims.length);
    expect(new Set(sources.map((row) => row['event_id']))).toEqual(new Set(expectedIds));
  });

  it('a selection of every event is the published file, byte for byte, for every format but the JSON', () => {
    for (const { path } of SELECTION_FORMATS) {
      if (path === 'data/events.json') continue;
      const whole = file(path, allIds).text;
      // The calendar names itself a selection; all else matches the published bytes.
      const publishedText = exportText(path, data, AT_ROOT);
      if (path === 'data/events.ics') expect(whole.replace(' (a selection)', '')).toBe(publishedText);
      else expect(whole, path).toBe(publishedText);
    }
  });

  it('the calendar parses with ical.js, with the UIDs of the published calendar', () => {
    const calendar = new ICAL.Component(ICAL.parse(file('data/events.ics').text));
    const uids = calendar.getAllSubcomponents('vevent').map((entry) => entry.getFirstPropertyValue('uid'));
    expect(uids).toEqual(expectedIds.map((id) => `${id}@chronology.example.org`));
  });

  it('GeoJSON and TimelineJS keep only the chosen events', () => {
    const located = published.events.filter((e) => expectedIds.includes(e.id) && e.location?.coordinates);
    const geo = JSON.parse(file('data/events.geojson').text) as { features: { id: string }[] };
    expect(located.length).toBeGreaterThan(0);
    expect(geo.features.map((feature) => feature.id)).toEqual(located.map((e) => e.id));
    const timeline = JSON.parse(file('data/timelinejs.json').text) as { events: { unique_id: string }[] };
    expect(timeline.events.map((slide) => slide.unique_id)).toEqual(expectedIds);
  });

  it('names calendar entries by "chronology" when the site has no public address', () => {
    const local = JSON.parse(jsonText(eventsDocument(data, UNDER_SUBPATH))) as EventsDocument;
    expect(file('data/events.ics', [allIds[0]!], local).text).toContain(`UID:${allIds[0]}@chronology\r\n`);
  });

  it('names calendar entries by "chronology" when the data page has an address without a host', () => {
    const hostless = { ...published, url: 'file:///data/' };
    expect(file('data/events.ics', [allIds[0]!], hostless).text).toContain(`UID:${allIds[0]}@chronology\r\n`);
  });

  it('refuses a format it does not offer', () => {
    expect(() => selectionFile('data/actors.json', published, [], view)).toThrow(/no download/);
  });
});
