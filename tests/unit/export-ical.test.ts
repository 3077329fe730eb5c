/** The iCalendar exports: escaping, folding, all-day spans by precision, and whole calendars read by ical.js. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventRecords } from '../../src/lib/export/events-json.ts';
import { EXPORT_VERSION } from '../../src/lib/export/common.ts';
import {
  allDaySpan,
  calendarText,
  describe as describeEntry,
  eventCalendar,
  eventLines,
  eventsCalendar,
  escapeText,
  foldLine,
  nextDay,
} from '../../src/lib/export/ical.ts';
import { AT_ROOT, HOSTILE, UNDER_SUBPATH, dataWith, handRecord, hostileEvent } from '../helpers/export.ts';

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

/** Every VEVENT of a calendar text, as ical.js reads it. */
function readEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

describe('escapeText', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['back\\slash', 'back\\\\slash'],
    ['one\ntwo\r\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
    ['\\,', '\\\\\\,'],
    ['plain: text', 'plain: text'],
  ])('escapes %j as %j', (value, escaped) => expect(escapeText(value)).toBe(escaped));
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts octets as UTF-8 writes them: a lone surrogate as the three of U+FFFD, a two-byte letter as two', () => {
    expect(foldLine(`${'x'.repeat(72)}\uD800`)).toBe(`${'x'.repeat(72)}\uD800`);
    expect(foldLine(`${'x'.repeat(73)}\uD800`)).toBe(`${'x'.repeat(73)}\r\n \uD800`);
    expect(foldLine(`${'x'.repeat(73)}ə`)).toBe(`${'x'.repeat(73)}ə`);
    expect(foldLine(`${'x'.repeat(74)}\u007f`)).toBe(`${'x'.repeat(74)}\u007f`);
  });

  it('counts U+0080 as two octets, U+0800 as three and U+10000 as four: the first code point of each UTF-8 length', () => {
    expect(foldLine(`${'x'.repeat(74)}\u0080`)).toBe(`${'x'.repeat(74)}\r\n \u0080`);
    expect(foldLine(`${'x'.repeat(73)}\u0800`)).toBe(`${'x'.repeat(73)}\r\n \u0800`);
    expect(foldLine(`${'x'.repeat(72)}\u{10000}`)).toBe(`${'x'.repeat(72)}\r\n \u{10000}`);
  });

  it('folds a line of few characters but many octets', () => {
    expect(foldLine('é'.repeat(40))).toBe(`${'é'.repeat(37)}\r\n ${'é'.repeat(3)}`);
  });

  it('breaks before a multi-byte character that would cross the limit, never inside it', () => {
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
    expect(foldLine(`${'x'.repeat(72)}😀`)).toBe(`${'x'.repeat(72)}\r\n 😀`);
    expect(foldLine(`${'x'.repeat(71)}😀`)).toBe(`${'x'.repeat(71)}😀`);
  });

  it.each([
    ['Cyrillic', 'Министерство иностранных дел России заявило '.repeat(4)],
    ['emoji', `${HOSTILE.emoji} `.repeat(8)],
    ['RTL', `${HOSTILE.rtl} `.repeat(6)],
    ['mixed', `DESCRIPTION:${escapeText(Object.values(HOSTILE).join(' '))}`],
  ])('folds %s text at 75 octets without splitting a character, and unfolds to the same line', (_, line) => {
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
    }
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((part) => part.startsWith(' ')),
    ).toBe(true);
    expect(unfold(folded)).toBe(line);
  });
});

describe('all-day spans by precision', () => {
  it.each([
    ['2025-12-31', '2026-01-01'],
    ['2024-02-28', '2024-02-29'],
    ['2025-02-28', '2025-03-01'],
    ['2025-06-30', '2025-07-01'],
  ])('the day after %s is %s', (day, next) => expect(nextDay(day)).toBe(next));

  // Built in each test, not when the file loads, so that a mutant of the export code is on when it runs.
  const span = (id: string) => allDaySpan(eventRecords(dataWith(), AT_ROOT).find((record) => record.id === id)!);

  it('a day-precision event covers its day; a month-precision span runs from the 1st to the day after its end', () => {
    expect(span('fixture-crash')).toEqual({ start: '20241225', end: '20241226' });
    expect(span('fixture-month')).toEqual({ start: '20250201', end: '20250311' });
  });

  it('a month covers the whole month (leap February included) and a year the whole year', () => {
    expect(allDaySpan({ firstDay: '2024-02-01', lastDay: '2024-02-29' })).toEqual({
      start: '20240201',
      end: '20240301',
    });
    expect(allDaySpan({ firstDay: '1984-01-01', lastDay: '1984-12-31' })).toEqual({
      start: '19840101',
      end: '19850101',
    });
  });
});

describe('the calendars', () => {
  // The data and calendar are built in each test (calendar()), not when the file loads: Stryker switches a
  // mutant of the export code on only while a test runs.
  const hostileData = () =>
    dataWith({
      'hostile-event': hostileEvent(),
      'hostile-year': hostileEvent({ date: '1984', precision: 'year', updated: undefined, corrections: [] }),
    });
  const calendar = () => {
    const data = hostileData();
    return { data, text: eventsCalendar(data, AT_ROOT) };
  };

  it('is a valid calendar with CRLF line ends, no line over 75 octets, one VEVENT per event', () => {
    const { data, text } = calendar();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const events = readEvents(text);
    expect(events.map((event) => event.uid)).toEqual(data.ordered.map((view) => `${view.id}@chronology.example.org`));
  });

  it('gives ical.js back every hostile text exactly, as one property each', () => {
    const { data, text } = calendar();
    const hostile = readEvents(text).find((event) => event.uid === 'hostile-event@chronology.example.org')!;
    expect(hostile.summary).toBe(data.events.get('hostile-event')!.title.replace(/\r\n|\r/g, '\n'));
    expect(hostile.description).toContain(data.events.get('hostile-event')!.summary.replace(/\r\n|\r/g, '\n'));
    expect(hostile.location).toBe(`${HOSTILE.commas}, Azerbaijan`);
    expect(hostile.component.getAllProperties().map((p) => p.name)).not.toContain('script');
    expect(hostile.component.getFirstPropertyValue('geo')).toEqual([40.41, -49.87]);
  });

  it('writes all-day dates, the precision in the description, and a DTSTAMP from the content, not the clock', () => {
    const { data, text } = calendar();
    const events = readEvents(text);
    const year = events.find((event) => event.uid.startsWith('hostile-year@'))!;
    expect(year.startDate.isDate).toBe(true);
    expect([year.startDate.toString(), year.endDate.toString()]).toEqual(['1984-01-01', '1985-01-01']);
    expect(year.description).toContain(
      'Date: 1984 (year only). The calendar entry covers every day the date can mean.',
    );
    expect(year.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-10-01T00:00:00Z');
    const month = events.find((event) => event.uid.startsWith('fixture-month@'))!;
    expect(month.description).toContain('(month only to approximate date)');
    const crash = events.find((event) => event.uid.startsWith('fixture-crash@'))!;
    expect(crash.description).toContain('Date: 25 December 2024 (exact day).\n');
    expect(crash.component.getFirstPropertyValue('url')).toBe('https://chronology.example.org/events/fixture-crash/');
    expect(eventsCalendar(data, AT_ROOT)).toBe(text);
  });

  it('names UIDs after "chronology" and leaves out URL without a public address', () => {
    const data = hostileData();
    const relative = readEvents(eventsCalendar(data, UNDER_SUBPATH));
    expect(relative[0]?.uid).toMatch(/@chronology$/);
    expect(relative[0]?.component.getFirstPropertyValue('url')).toBeNull();
    expect(relative[0]?.description).toContain('/chronology/events/');
  });

  it('writes one event to its own calendar, named after the dataset and the event', () => {
    const record = eventRecords(hostileData(), AT_ROOT).find((r) => r.id === 'fixture-crash')!;
    const text = eventCalendar(record, AT_ROOT, '2026-11-30');
    const one = readEvents(text);
    expect(one.map((event) => event.uid)).toEqual(['fixture-crash@chronology.example.org']);
    expect(one[0]?.summary).toBe(record.title);
    const name = new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('x-wr-calname');
    expect(name).toBe(`Azerbaijan–Russia crisis chronology: ${record.title}`);
  });
});

describe('one entry, property by property', () => {
  const HOST = 'chronology.example.org';

  it('writes a located, day-dated event as these lines, in this order', () => {
    expect(eventLines(handRecord(), HOST, '2026-11-30')).toEqual([
      'BEGIN:VEVENT',
      'UID:talks-in-baku@chronology.example.org',
      'DTSTAMP:20261130T000000Z',
      'DTSTART;VALUE=DATE:20250701',
      'DTEND;VALUE=DATE:20250702',
      'SUMMARY:Talks in Baku',
      'DESCRIPTION:The two ministers met.\\n\\nDate: 1 July 2025 (exact day).\\nStatus: Confirmed. Type: Diplomatic step.\\nActors: Azerbaijani foreign ministry\\, Russian foreign ministry.\\nSources: 1. Full entry: https://chronology.example.org/events/talks-in-baku/',
      'CATEGORIES:Diplomatic step',
      'TRANSP:TRANSPARENT',
      'URL;VALUE=URI:https://chronology.example.org/events/talks-in-baku/',
      'LOCATION:Baku\\, Azerbaijan',
      'GEO:40.4;49.9',
      'END:VEVENT',
    ]);
  });

  it('leaves out GEO without coordinates, LOCATION and GEO without a place, and URL for a site-relative address', () => {
    const placeOnly = handRecord({ location: { place: 'Baku', country: 'AZ', coordinates: null } });
    const lines = eventLines(placeOnly, HOST, '2026-11-30');
    expect(lines).toContain('LOCATION:Baku\\, Azerbaijan');
    expect(lines.some((line) => line.startsWith('GEO'))).toBe(false);
    const nowhere = eventLines(handRecord({ location: null, url: '/events/talks-in-baku/' }), HOST, '2026-11-30');
    expect(nowhere.filter((line) => /^(LOCATION|GEO|URL)/.test(line))).toEqual([]);
    expect(nowhere.at(-1)).toBe('END:VEVENT');
  });

  it('stamps the entry with its last update, else its last review, else the date given', () => {
    const stamp = (record: ReturnType<typeof handRecord>) =>
      eventLines(record, HOST, '2026-11-30').find((line) => line.startsWith('DTSTAMP'));
    expect(stamp(handRecord({ updated: '2026-02-03', reviewed: '2026-01-01' }))).toBe('DTSTAMP:20260203T000000Z');
    expect(stamp(handRecord({ reviewed: '2026-01-01' }))).toBe('DTSTAMP:20260101T000000Z');
    expect(stamp(handRecord())).toBe('DTSTAMP:20261130T000000Z');
  });

  it('describes the precision of each end of a span, and says when the entry covers more than the day', () => {
    expect(describeEntry(handRecord())).toContain('Date: 1 July 2025 (exact day).\n');
    const span = handRecord({ end: '2025-07-03', endPrecision: 'day', lastDay: '2025-07-03', when: '1–3 July 2025' });
    expect(describeEntry(span)).toContain('Date: 1–3 July 2025 (exact day).\n');
    const month = handRecord({ precision: 'month', date: '2025-07', when: 'July 2025', lastDay: '2025-07-31' });
    expect(describeEntry(month)).toContain(
      'Date: July 2025 (month only). The calendar entry covers every day the date can mean.\n',
    );
    const vagueEnd = handRecord({ end: '2025-08', endPrecision: 'month', when: '1 July – August 2025' });
    expect(describeEntry(vagueEnd)).toContain(
      'Date: 1 July – August 2025 (exact day to month only). The calendar entry covers every day the date can mean.\n',
    );
  });

  it('heads a calendar with its version, product, scale and name, and ends it', () => {
    const text = calendarText([], 'h.test', '2026-11-30', 'A, name; here');
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:-//h.test//Azerbaijan–Russia crisis chronology ${EXPORT_VERSION}//EN`,
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:A\\, name\\; here',
      'END:VCALENDAR',
      '',
    ]);
  });
});
