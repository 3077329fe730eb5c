/** events.json and its JSON Schema, actors.json, the GeoJSON and the shared helpers (addresses, update date). */
import { describe, expect, it } from 'vitest';
import { actorsDocument } from '../../src/lib/export/actors-json.ts';
import { EXPORT_FILES, exportText, sizeInWords, type ExportPath } from '../../src/lib/export/catalog.ts';
import {
  EXPORT_VERSION,
  LICENSE,
  exportData,
  latestUpdate,
  permalink,
  siteLink,
  uidHost,
  type ExportData,
} from '../../src/lib/export/common.ts';
import { eventRecords, eventsDocument, jsonText } from '../../src/lib/export/events-json.ts';
import { eventsJsonSchema } from '../../src/lib/export/events-schema.ts';
import { eventsGeoJson } from '../../src/lib/export/geojson.ts';
import { AT_ROOT, HOSTILE, UNDER_SUBPATH, dataWith, fixtures, hostileActor, hostileEvent } from '../helpers/export.ts';
import { strictValidator } from '../helpers/json-schema.ts';

const validate = strictValidator(eventsJsonSchema);
/** A deep copy to break. */
const copy = () =>
  JSON.parse(jsonText(eventsDocument(dataWith({ 'hostile-event': hostileEvent() }), AT_ROOT))) as {
    events: Record<string, unknown>[];
  } & Record<string, unknown>;

describe('addresses and the update date', () => {
  it('links absolute on the public address, else site-relative under the base', () => {
    expect(permalink(AT_ROOT, 'x-y')).toBe('https://chronology.example.org/events/x-y/');
    expect(permalink(UNDER_SUBPATH, 'x-y')).toBe('/chronology/events/x-y/');
    const underBoth = { site: new URL('https://example.github.io'), base: '/chronology/' };
    expect(permalink(underBoth, 'x-y')).toBe('https://example.github.io/chronology/events/x-y/');
    expect(siteLink(underBoth, 'data/')).toBe('https://example.github.io/chronology/data/');
    expect([uidHost(AT_ROOT), uidHost(UNDER_SUBPATH)]).toEqual(['chronology.example.org', 'chronology']);
  });

  it('takes the latest updated, reviewed or correction date, else the last day an event covers', () => {
    expect(latestUpdate(exportData(fixtures.events, fixtures.actors))).toBe('2025-03-10');
    const reviewed = hostileEvent({ updated: '2026-01-02', reviewed: '2026-03-04', corrections: [] });
    expect(latestUpdate(dataWith({ a: reviewed }))).toBe('2026-03-04');
    const corrected = hostileEvent({
      updated: '2026-01-02',
      corrections: [{ date: '2026-05-06', change: 'x'.repeat(10), reason: 'why' }],
    });
    expect(latestUpdate(dataWith({ a: corrected }))).toBe('2026-05-06');
  });
});

describe('events.json', () => {
  it('validates against its schema, strictly', () => {
    const data = dataWith({ 'hostile-event': hostileEvent() });
    const document = eventsDocument(data, AT_ROOT);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(eventsDocument(data, UNDER_SUBPATH))).toBe(true);
  });

  it.each([
    ['a missing field', (doc: ReturnType<typeof copy>) => delete doc.events[0]!['status']],
    ['an unknown field', (doc: ReturnType<typeof copy>) => (doc.events[0]!['extra'] = 1)],
    ['an unknown precision', (doc: ReturnType<typeof copy>) => (doc.events[0]!['precision'] = 'week')],
    [
      'a non-https source',
      (doc: ReturnType<typeof copy>) =>
        ((doc.events[0]!['sources'] as { url: string }[])[0]!.url = 'javascript:alert(1)'),
    ],
    ['an impossible day', (doc: ReturnType<typeof copy>) => (doc.events[0]!['firstDay'] = '2025-02-30')],
    ['another version', (doc: ReturnType<typeof copy>) => (doc['version'] = '2.0.0')],
    ['a missing optional field instead of null', (doc: ReturnType<typeof copy>) => delete doc.events[0]!['end']],
    ['a missing shortTitle', (doc: ReturnType<typeof copy>) => delete doc.events[0]!['shortTitle']],
    [
      'a shortTitle longer than the content allows',
      (doc: ReturnType<typeof copy>) => (doc.events[0]!['shortTitle'] = 'x'.repeat(61)),
    ],
  ])('fails the schema with %s', (_, breakIt) => {
    const broken = copy();
    breakIt(broken);
    expect(validate(broken)).toBe(false);
  });

  it('carries every event in order with every field of the model, and nulls for unset ones', () => {
    const data = dataWith({ 'hostile-event': hostileEvent() });
    const document = eventsDocument(data, AT_ROOT);
    expect(document.eventCount).toBe(data.events.size);
    expect(document.events.map((event) => event.id)).toEqual(data.ordered.map((view) => view.id));
    const month = document.events.find((event) => event.id === 'fixture-month')!;
    expect(month).toMatchObject({
      url: 'https://chronology.example.org/events/fixture-month/',
      date: '2025-02',
      precision: 'month',
      end: '2025-03-10',
      endPrecision: 'approximate',
      firstDay: '2025-02-01',
      lastDay: '2025-03-10',
      location: null,
      shortTitle: null,
      updated: null,
      reviewed: null,
      balanceNote: null,
      related: [{ event: 'fixture-crash', relation: 'context' }],
    });
    expect(month.sources[0]).toMatchObject({ titleSupplied: true, kind: 'analysis', originalPublisher: null });
    const crash = document.events.find((event) => event.id === 'fixture-crash')!;
    expect(crash.end).toBeNull();
    expect(crash.endPrecision).toBeNull();
    expect(crash.actors).toContainEqual({
      id: 'azal',
      name: 'Azerbaijan Airlines (AZAL)',
      side: 'azerbaijan',
      role: 'affected',
    });
    expect(crash.claims[1]).toMatchObject({
      by: 'azal',
      byName: 'Azerbaijan Airlines (AZAL)',
      side: 'azerbaijan',
      attribution: null,
    });
    expect(crash.sources[1]).toMatchObject({
      publisher: 'Example Daily',
      originalPublisher: 'Example Wire',
      kind: 'copy',
    });
    expect(crash.location).toEqual({
      place: 'near Aktau airport',
      country: 'KZ',
      coordinates: { lat: 43.86, lon: 51.09 },
    });
    const hostile = document.events.find((event) => event.id === 'hostile-event')!;
    expect(hostile.corrections).toEqual([
      { date: '2026-10-01', change: hostileEvent().corrections[0]!.change, reason: HOSTILE.newlines },
    ]);
    expect(hostile.context).toBe(`Context of hostile-event: ${HOSTILE.script}`);
    expect(hostile.shortTitle).toBe(HOSTILE.formula);
  });

  it('keeps hostile text intact through JSON, and is the same twice (no clock)', () => {
    const data = dataWith({ 'hostile-event': hostileEvent() });
    const document = eventsDocument(data, AT_ROOT);
    const read = JSON.parse(jsonText(document)) as typeof document;
    expect(read.events.find((event) => event.id === 'hostile-event')?.title).toBe(hostileEvent().title);
    expect(jsonText(eventsDocument(data, AT_ROOT))).toBe(jsonText(document));
    expect(document.updated).toBe('2026-10-01');
  });

  it('names the values of every enumerated field from the content schemas', () => {
    const event = eventsJsonSchema.$defs.event.properties as Record<string, { enum?: string[] }>;
    expect(event['precision']?.enum).toEqual(['day', 'month', 'year', 'approximate']);
    expect(event['status']?.enum).toEqual(['confirmed', 'disputed', 'unverified']);
    const document = eventsDocument(dataWith(), AT_ROOT);
    expect(Object.keys(event).sort()).toEqual(Object.keys(document.events[0]!).sort());
  });
});

describe('actors.json', () => {
  it('lists every actor with its fields and event count, sorted by id', () => {
    const data = dataWith({ 'hostile-event': hostileEvent() });
    const doc = actorsDocument(data, AT_ROOT);
    expect(doc.actors.map((actor) => actor.id)).toEqual([...data.actors.keys()].sort());
    expect(doc.actors.find((actor) => actor.id === 'azal')).toMatchObject({
      name: 'Azerbaijan Airlines (AZAL)',
      url: 'https://chronology.example.org/actors/azal/',
      kind: expect.any(String),
      side: 'azerbaijan',
      eventCount: data.counts.get('azal'),
      aliases: expect.any(Array),
    });
    expect(doc.actors.find((actor) => actor.id === 'hostile-actor')?.country).toBeNull();
    expect(doc.actors.reduce((sum, actor) => sum + actor.eventCount, 0)).toBe(
      [...data.events.values()].reduce((sum, event) => sum + event.actors.length, 0),
    );
  });
});

describe('events.geojson', () => {
  it('has one Point per located event, written [longitude, latitude]', () => {
    const data = dataWith({ 'hostile-event': hostileEvent() });
    const collection = eventsGeoJson(data, AT_ROOT);
    expect(collection.type).toBe('FeatureCollection');
    const located = [...data.events].filter(([, event]) => event.location?.coordinates).map(([id]) => id);
    expect(collection.features.map((feature) => feature.id).sort()).toEqual(located.sort());
    const hostile = collection.features.find((feature) => feature.id === 'hostile-event')!;
    expect(hostile.geometry).toEqual({ type: 'Point', coordinates: [-49.87, 40.41] });
    expect(hostile.properties).toMatchObject({
      id: 'hostile-event',
      shortTitle: HOSTILE.formula,
      date: '2025-06-27',
      status: 'disputed',
    });
    expect(collection.features.find((feature) => feature.id === 'fixture-crash')?.properties.shortTitle).toBeNull();
    expect(collection.features.find((feature) => feature.id === 'fixture-crash')?.geometry.coordinates).toEqual([
      51.09, 43.86,
    ]);
  });
});

describe('the catalogue', () => {
  it('serves each file under data/ once, and words sizes in bytes, kB and MB', () => {
    const paths = EXPORT_FILES.map((file) => file.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.every((path) => path.startsWith('data/'))).toBe(true);
    expect([sizeInWords('x'.repeat(999)), sizeInWords('x'.repeat(14_250)), sizeInWords('é'.repeat(650_000))]).toEqual([
      '999 bytes',
      '14.3 kB',
      '1.3 MB',
    ]);
    expect([sizeInWords('x'.repeat(1000)), sizeInWords('x'.repeat(1_000_000))]).toEqual(['1.0 kB', '1.0 MB']);
  });

  it('refuses a path that is not one of its files', () => {
    expect(() => exportText('data/nothing.json' as ExportPath, dataWith(), AT_ROOT)).toThrow(
      'no export data/nothing.json',
    );
  });
});

describe('the records, on hand-made content', () => {
  const actors = () =>
    new Map([['hostile-actor', { ...hostileActor, aliases: ['The actor', 'Another name'] }]]) as ExportData['actors'];
  const one = (overrides: Parameters<typeof hostileEvent>[0] = {}) =>
    exportData(new Map([['only', hostileEvent(overrides)]]), actors());

  it('keeps the latest date whatever order the events come in, and ignores missing ones', () => {
    const events = new Map([
      ['later', hostileEvent({ updated: '2026-05-01', corrections: [] })],
      ['earlier', hostileEvent({ updated: '2026-01-01', reviewed: undefined, corrections: [] })],
    ]);
    expect(latestUpdate(exportData(events, actors()))).toBe('2026-05-01');
    expect(latestUpdate(one({ updated: '2026-02-02', reviewed: undefined, corrections: [] }))).toBe('2026-02-02');
  });

  it('takes an update date even when an event covers a later day', () => {
    const events = new Map([
      ['edited', hostileEvent({ date: '2025-06-01', updated: '2025-07-01', reviewed: undefined, corrections: [] })],
      ['whole-year', hostileEvent({ date: '2025', precision: 'year', updated: undefined, corrections: [] })],
    ]);
    expect(latestUpdate(exportData(events, actors()))).toBe('2025-07-01');
  });

  it('falls back to the last day any event covers, which need not be the last event', () => {
    const events = new Map([
      ['short', hostileEvent({ date: '2025-06-01', updated: undefined, corrections: [] })],
      ['whole-year', hostileEvent({ date: '2025', precision: 'year', updated: undefined, corrections: [] })],
    ]);
    // The year starts first, so it is not the last in the chronology's order, but it ends last.
    const data = exportData(events, actors());
    expect(data.ordered.map((view) => view.id)).toEqual(['whole-year', 'short']);
    expect(latestUpdate(data)).toBe('2025-12-31');
  });

  it('names the event and the actor it cannot find', () => {
    expect(() => eventRecords(exportData(new Map([['only', hostileEvent()]]), new Map()), AT_ROOT)).toThrow(
      'only: unknown actor hostile-actor',
    );
    const data = one();
    const missing = { ...data, events: new Map() };
    expect(() => eventRecords(missing, AT_ROOT)).toThrow('only: not among the events');
    // The chronology was built with the actor; the records are refused once it is gone.
    expect(() => eventRecords({ ...data, actors: new Map() }, AT_ROOT)).toThrow('only: unknown actor hostile-actor');
  });

  it("carries the event's context trimmed, and null without one", () => {
    const data = one();
    expect(eventRecords(data, AT_ROOT)[0]?.context).toBeNull();
    const withBody = exportData(data.events, data.actors, new Map([['only', '\n  Some context.  \n']]));
    expect(withBody.bodies?.get('only')).toBe('\n  Some context.  \n');
    expect(eventRecords(withBody, AT_ROOT)[0]?.context).toBe('Some context.');
  });

  it("gives the document its data page's address", () => {
    expect(eventsDocument(one(), AT_ROOT).url).toBe('https://chronology.example.org/data/');
    expect(eventsDocument(one(), UNDER_SUBPATH).url).toBe('/chronology/data/');
  });

  it("lists an actor's aliases and the licence in actors.json", () => {
    const doc = actorsDocument(one(), AT_ROOT);
    expect(doc.actors[0]?.aliases).toEqual(['The actor', 'Another name']);
    expect(doc.license).toEqual(LICENSE);
    expect(doc.license).not.toBe(LICENSE);
  });

  it('leaves out of the GeoJSON an event with a place but no coordinates, and one with no place', () => {
    const placed = { place: 'Baku', country: 'AZ' };
    expect(eventsGeoJson(one({ location: placed }), AT_ROOT).features).toEqual([]);
    expect(eventsGeoJson(one({ location: undefined }), AT_ROOT).features).toEqual([]);
    const [feature] = eventsGeoJson(one(), AT_ROOT).features;
    expect(feature?.type).toBe('Feature');
    expect(feature?.geometry).toEqual({ type: 'Point', coordinates: [-49.87, 40.41] });
  });
});

describe('one record, field by field', () => {
  const actors = () =>
    new Map([['hostile-actor', { ...hostileActor, country: 'AZ', aliases: ['The actor'] }]]) as ExportData['actors'];
  const one = (overrides: Parameters<typeof hostileEvent>[0] = {}, bodies?: ReadonlyMap<string, string>) =>
    exportData(new Map([['only', hostileEvent(overrides)]]), actors(), bodies);

  it('copies every field of the event, its actors, claims and sources, with the days and words of its date', () => {
    const event = hostileEvent({
      title: 'Talks in Baku',
      shortTitle: 'Talks',
      summary: 'The two ministers met.',
      date: '2025-06',
      precision: 'month',
      end: '2025-07-02',
      endPrecision: 'day',
      tags: ['diplomacy', 'aviation'],
      location: { place: 'Baku', country: 'AZ', coordinates: { lat: 40.4, lon: 49.9 } },
      claims: [{ by: 'hostile-actor', stance: 'asserts', text: 'They met.', sources: ['src-one'] }],
      related: [{ event: 'earlier', relation: 'responds-to' }],
      sourcingNote: 'Only one outlet reported it.',
      balanceNote: 'The other side said nothing.',
      corrections: [{ date: '2026-01-05', change: 'The date was wrong.', reason: 'A typo.' }],
      updated: '2026-01-05',
      reviewed: '2026-02-01',
    });
    const source = event.sources[0]!;
    event.sources[0] = {
      ...source,
      title: 'They met',
      publisher: 'Example Daily',
      originalPublisher: 'Example Wire',
      archive: 'https://archive.example.org/one',
      titleSupplied: true,
      kind: 'copy',
    };
    const data = exportData(new Map([['only', event]]), actors(), new Map([['only', ' Context. ']]));
    expect(eventRecords(data, AT_ROOT)).toEqual([
      {
        id: 'only',
        url: 'https://chronology.example.org/events/only/',
        title: 'Talks in Baku',
        shortTitle: 'Talks',
        summary: 'The two ministers met.',
        date: '2025-06',
        precision: 'month',
        end: '2025-07-02',
        endPrecision: 'day',
        firstDay: '2025-06-01',
        lastDay: '2025-07-02',
        when: 'June – 2 July 2025',
        type: 'statement',
        status: 'disputed',
        background: false,
        importance: 2,
        tags: ['diplomacy', 'aviation'],
        actors: [{ id: 'hostile-actor', name: 'Hostile actor', side: 'other', role: 'initiator' }],
        location: { place: 'Baku', country: 'AZ', coordinates: { lat: 40.4, lon: 49.9 } },
        claims: [
          {
            by: 'hostile-actor',
            byName: 'Hostile actor',
            side: 'other',
            stance: 'asserts',
            text: 'They met.',
            attribution: null,
            sources: ['src-one'],
          },
        ],
        sources: [
          {
            id: 'src-one',
            url: 'https://example.org/a?b=1&c=2',
            title: 'They met',
            titleSupplied: true,
            publisher: 'Example Daily',
            originalPublisher: 'Example Wire',
            published: '2025-06-27',
            language: 'en',
            kind: 'copy',
            archive: 'https://archive.example.org/one',
          },
        ],
        related: [{ event: 'earlier', relation: 'responds-to' }],
        sourcingNote: 'Only one outlet reported it.',
        balanceNote: 'The other side said nothing.',
        corrections: [{ date: '2026-01-05', change: 'The date was wrong.', reason: 'A typo.' }],
        updated: '2026-01-05',
        reviewed: '2026-02-01',
        context: 'Context.',
      },
    ]);
  });

  it('gives a span without its own end precision the precision of its start', () => {
    const [record] = eventRecords(one({ date: '2025-06', precision: 'month', end: '2025-08' }), AT_ROOT);
    expect([record?.end, record?.endPrecision, record?.lastDay]).toEqual(['2025-08', 'month', '2025-08-31']);
  });

  it('writes null for unset notes, review date, archive and coordinates, and for a context the bodies lack', () => {
    const placeOnly = { place: 'Baku', country: 'AZ' };
    const data = one(
      { location: placeOnly, sourcingNote: undefined, balanceNote: undefined, reviewed: undefined, updated: undefined },
      new Map([['another', 'Not this one.']]),
    );
    const [record] = eventRecords(data, AT_ROOT);
    expect(record).toMatchObject({
      location: { place: 'Baku', country: 'AZ', coordinates: null },
      sourcingNote: null,
      balanceNote: null,
      reviewed: null,
      updated: null,
      context: null,
      tags: [],
    });
    expect(record?.sources[0]?.archive).toBeNull();
  });

  it('builds export data with the bodies only when given', () => {
    const events = new Map([['only', hostileEvent()]]);
    expect(Object.keys(exportData(events, actors()))).toEqual(['events', 'actors', 'ordered', 'counts']);
    const bodies = new Map([['only', 'Context.']]);
    expect(exportData(events, actors(), bodies).bodies).toBe(bodies);
  });

  it("keeps an actor's country and counts no events for an actor in none", () => {
    const data = exportData(
      new Map([['only', hostileEvent()]]),
      new Map([
        ...actors(),
        ['bystander', { ...hostileActor, name: 'A bystander', country: undefined, aliases: [] }],
      ]) as ExportData['actors'],
    );
    const doc = actorsDocument(data, UNDER_SUBPATH);
    expect(doc.actorCount).toBe(2);
    expect(doc.actors).toEqual([
      {
        id: 'bystander',
        url: '/chronology/actors/bystander/',
        name: 'A bystander',
        kind: 'media',
        side: 'other',
        country: null,
        description: 'An actor for the hostile export tests.',
        aliases: [],
        eventCount: 0,
      },
      {
        id: 'hostile-actor',
        url: '/chronology/actors/hostile-actor/',
        name: 'Hostile actor',
        kind: 'media',
        side: 'other',
        country: 'AZ',
        description: 'An actor for the hostile export tests.',
        aliases: ['The actor'],
        eventCount: 1,
      },
    ]);
    expect(doc.version).toBe(EXPORT_VERSION);
    expect(doc.updated).toBe('2026-10-01');
  });

  it('writes JSON two-space indented with a closing newline', () => {
    expect(jsonText({ a: [1], b: null })).toBe('{\n  "a": [\n    1\n  ],\n  "b": null\n}\n');
  });

  it('serves the schema and actors.json from the catalogue as their JSON text', () => {
    const data = one();
    expect(exportText('data/events.schema.json', data, AT_ROOT)).toBe(jsonText(eventsJsonSchema));
    expect(exportText('data/actors.json', data, AT_ROOT)).toBe(jsonText(actorsDocument(data, AT_ROOT)));
    expect(exportText('data/events.json', data, AT_ROOT)).toBe(jsonText(eventsDocument(data, AT_ROOT)));
    expect(exportText('data/events.geojson', data, AT_ROOT)).toBe(jsonText(eventsGeoJson(data, AT_ROOT)));
  });

  it('gives a located record its feature, property by property', () => {
    const [record] = eventRecords(one({ shortTitle: 'Short' }), AT_ROOT);
    const [feature] = eventsGeoJson(one({ shortTitle: 'Short' }), AT_ROOT).features;
    expect(feature).toEqual({
      type: 'Feature',
      id: 'only',
      geometry: { type: 'Point', coordinates: [-49.87, 40.41] },
      properties: {
        id: 'only',
        title: record!.title,
        shortTitle: 'Short',
        date: '2025-06-27',
        precision: 'day',
        when: '27 June 2025',
        status: 'disputed',
        place: HOSTILE.commas,
        country: 'AZ',
        url: 'https://chronology.example.org/events/only/',
      },
    });
  });
});
