import { describe, expect, it } from 'vitest';
import { chronologyJsonLd, datasetJsonLd, eventJsonLd, jsonLdText } from '../../src/lib/json-ld.ts';
import { eventSchema } from '../../src/schemas/event.ts';

const parsed = eventSchema.parse({
  title: 'A title with 3 < 4 in it',
  summary: 'A summary long enough for the schema, with "quotes" & an ampersand.',
  date: '2025-06',
  precision: 'month',
  end: '2025-07-01',
  endPrecision: 'day',
  type: 'statement',
  actors: [{ id: 'ilham-aliyev', role: 'initiator' }],
  status: 'confirmed',
  location: { place: 'Aktau', country: 'KZ', coordinates: { lat: 43.65, lon: 51.2 } },
  sources: [
    {
      id: 's1',
      url: 'https://example.org/a',
      title: 'Headline',
      publisher: 'Example',
      published: '2025-06-01',
      language: 'en',
      kind: 'original',
    },
  ],
});

// The schema refuses markup in titles; the serializer must hold even if something got past it.
const event = { ...parsed, title: 'A title that quotes </script><script>alert(1)</script>' };

describe('JSON-LD', () => {
  it('cannot close its script element, whatever a value says, and reads back as the same data', () => {
    const text = jsonLdText(eventJsonLd(event, 'https://chronology.example.org/events/x/'));
    expect(text).not.toMatch(/<\//);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toMatchObject({ name: event.title });
    expect(JSON.parse(jsonLdText({ line: 'a\u2028b' }))).toEqual({ line: 'a\u2028b' });
    expect(jsonLdText({ line: 'a\u2028b' })).not.toContain('\u2028');
  });

  it('describes an event with its dates to the precision known, its place and its page', () => {
    expect(eventJsonLd(event, 'https://chronology.example.org/events/x/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: event.title,
      description: event.summary,
      url: 'https://chronology.example.org/events/x/',
      startDate: '2025-06',
      endDate: '2025-07-01',
      location: {
        '@type': 'Place',
        name: 'Aktau',
        address: { '@type': 'PostalAddress', addressCountry: 'KZ' },
        geo: { '@type': 'GeoCoordinates', latitude: 43.65, longitude: 51.2 },
      },
    });
    const { location: _location, end: _end, ...bare } = event;
    const plain = eventJsonLd({ ...bare, endPrecision: undefined }, 'https://x.example/e/') as Record<string, unknown>;
    expect(plain).not.toHaveProperty('location');
    expect(plain).not.toHaveProperty('endDate');
  });

  it('lists the chronology in order, positions from 1', () => {
    const list = chronologyJsonLd(
      'Name',
      'https://x.example/',
      [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ] as never,
      (id) => `https://x.example/events/${id}/`,
    ) as {
      numberOfItems: number;
      itemListElement: { position: number; url: string; name: string }[];
    };
    expect(list.numberOfItems).toBe(2);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, url: 'https://x.example/events/a/', name: 'A' },
      { '@type': 'ListItem', position: 2, url: 'https://x.example/events/b/', name: 'B' },
    ]);
  });

  it('describes the dataset with its licence and one download per file', () => {
    const dataset = datasetJsonLd({
      name: 'N',
      description: 'D',
      url: 'https://x.example/data/',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      dateModified: '2026-11-30',
      version: '1.1.0',
      files: [{ name: 'Events (CSV)', mediaType: 'text/csv', url: 'https://x.example/data/events.csv' }],
    });
    expect(dataset).toMatchObject({
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      isAccessibleForFree: true,
      distribution: [
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://x.example/data/events.csv' },
      ],
    });
  });
});
