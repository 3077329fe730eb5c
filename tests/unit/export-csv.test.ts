/** The CSV exports: RFC 4180 quoting, the formula guard, and whole files read back with papaparse. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_COLUMNS,
  EVENT_COLUMNS,
  SOURCE_COLUMNS,
  claimsCsv,
  csvCell,
  csvText,
  defuseFormula,
  eventsCsv,
  sourcesCsv,
} from '../../src/lib/export/csv.ts';
import { AT_ROOT, HOSTILE, UNDER_SUBPATH, dataWith, hostileEvent } from '../helpers/export.ts';

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['', ''],
    ['بیان رسمی', 'بیان رسمی'],
    ['✈️ 🇦🇿', '✈️ 🇦🇿'],
  ])('writes %j as %j', (value, cell) => expect(csvCell(value)).toBe(cell));

  it.each([
    ['=1+1', "'=1+1"],
    ['+7 495', "'+7 495"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['=HYPERLINK("https://evil.example","x")', '"\'=HYPERLINK(""https://evil.example"",""x"")"'],
  ])('defuses the formula start of %j', (value, cell) => expect(csvCell(value)).toBe(cell));

  it('leaves text that merely contains a formula character, numbers and booleans alone', () => {
    expect(defuseFormula('a=b, c-d @e')).toBe('a=b, c-d @e');
    expect(csvCell(-77.04)).toBe('-77.04');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('csvText', () => {
  it('ends every line, the header included, with CRLF', () => {
    expect(csvText(['a', 'b'], [['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('refuses a row that does not fit the header', () => {
    expect(() => csvText(['a', 'b'], [['1']])).toThrow(/1 fields for 2 columns/);
  });

  it('round-trips every hostile text through a real parser (formula starts keep their apostrophe)', () => {
    const values = Object.values(HOSTILE);
    const text = csvText(
      ['value', 'n'],
      values.map((value, index) => [value, index]),
    );
    const { data, errors } = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(data.slice(1).map((row) => row[0])).toEqual(values.map(defuseFormula));
    expect(data.slice(1).map((row) => row[1])).toEqual(values.map((_, index) => String(index)));
  });
});

describe('the CSV files', () => {
  it('events.csv: the documented header, one row per event, every field in its column', () => {
    const data = dataWith({ 'hostile-event': hostileEvent() });
    const parsed = parse(eventsCsv(data, AT_ROOT));
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(Object.keys(EVENT_COLUMNS));
    const rows = parsed.data.filter((row) => row['id']);
    expect(rows.map((row) => row['id'])).toEqual(data.ordered.map((view) => view.id));
    const month = rows.find((row) => row['id'] === 'fixture-month')!;
    expect(month).toMatchObject({
      date: '2025-02',
      precision: 'month',
      precision_words: 'month only',
      end: '2025-03-10',
      end_precision: 'approximate',
      first_day: '2025-02-01',
      last_day: '2025-03-10',
      url: 'https://chronology.example.org/events/fixture-month/',
      related: 'context:fixture-crash',
      lat: '',
      short_title: '',
    });
    const crash = rows.find((row) => row['id'] === 'fixture-crash')!;
    expect(crash).toMatchObject({ actors: 'azal:affected;rosaviatsia:commentator', claims: '2', sources: '2' });
    expect([crash['lat'], crash['lon']]).toEqual(['43.86', '51.09']);
    const hostile = rows.find((row) => row['id'] === 'hostile-event')!;
    expect(hostile['title']).toBe(defuseFormula(data.events.get('hostile-event')!.title));
    expect(hostile['lon']).toBe('-49.87');
    expect(hostile['sourcing_note']).toBe(`'${HOSTILE.at}`);
    expect(hostile['short_title']).toBe(`'${HOSTILE.formula}`);
    // Added in format 1.2.0: new columns go at the end, so older readers keep their column positions.
    expect(parsed.meta.fields?.at(-1)).toBe('short_title');
  });

  it('events.csv leaves lat and lon empty for a place without coordinates', () => {
    const data = dataWith({ 'hostile-event': hostileEvent({ location: { place: 'Baku', country: 'AZ' } }) });
    const row = parse(eventsCsv(data, AT_ROOT)).data.find((one) => one['id'] === 'hostile-event')!;
    expect([row['place'], row['country'], row['lat'], row['lon']]).toEqual(['Baku', 'AZ', '', '']);
  });

  it('events.csv under a sub-path without a public address links site-relative pages', () => {
    const data = dataWith({ 'hostile-event': hostileEvent() });
    const rows = parse(eventsCsv(data, UNDER_SUBPATH)).data;
    expect(rows.find((row) => row['id'] === 'fixture-crash')?.['url']).toBe('/chronology/events/fixture-crash/');
  });

  it('claims.csv: one row per claim with its index, actor side and source ids', () => {
    const data = dataWith({ 'hostile-event': hostileEvent() });
    const parsed = parse(claimsCsv(data, AT_ROOT));
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(Object.keys(CLAIM_COLUMNS));
    const claims = [...data.events.values()].reduce((sum, event) => sum + event.claims.length, 0);
    expect(parsed.data).toHaveLength(claims);
    expect(parsed.data.filter((row) => row['event_id'] === 'fixture-crash')).toEqual([
      expect.objectContaining({
        claim_index: '1',
        by: 'rosaviatsia',
        actor_side: 'russia',
        stance: 'asserts',
        source_ids: 'agency-statement',
      }),
      expect.objectContaining({
        claim_index: '2',
        by: 'azal',
        actor_side: 'azerbaijan',
        stance: 'disputes',
        source_ids: 'airline-report',
      }),
    ]);
    const hostile = parsed.data.find((row) => row['event_id'] === 'hostile-event')!;
    expect(hostile['attribution']).toBe(`'${HOSTILE.formula}`);
    expect(hostile['text']).toContain(HOSTILE.newlines);
  });

  it('sources.csv: one row per source of each event, with kind, title_supplied and both publishers', () => {
    const data = dataWith({ 'hostile-event': hostileEvent() });
    const parsed = parse(sourcesCsv(data, AT_ROOT));
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(Object.keys(SOURCE_COLUMNS));
    const sources = [...data.events.values()].reduce((sum, event) => sum + event.sources.length, 0);
    expect(parsed.data).toHaveLength(sources);
    expect(parsed.data.find((row) => row['source_id'] === 'airline-report')).toMatchObject({
      event_id: 'fixture-crash',
      source_index: '2',
      publisher: 'Example Daily',
      original_publisher: 'Example Wire',
      kind: 'copy',
      title_supplied: 'false',
      published: '2024-12',
      archive: '',
    });
    const hostile = parsed.data.find((row) => row['event_id'] === 'hostile-event')!;
    expect(hostile['url']).toBe('https://example.org/a?b=1&c=2');
    expect(hostile['publisher']).toBe(`'${HOSTILE.plus}`);
  });
});
