/**
 * Structured data (schema.org, as JSON-LD) that search engines and link previews read: an Event for each event
 * page, an ItemList of the events for the home page, and a Dataset for /data/. Written only when the build has a
 * public address (SITE_URL), since every address in it must be absolute, like the canonical links.
 */
import type { EventView } from './chronology.ts';
import type { ChronologyEvent } from '../schemas/event.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const CONTEXT = 'https://schema.org';

/**
 * The text of a JSON-LD script element: JSON in which "<" is written as \u003c, so that no value (a title
 * quoting "</script>", say) can close the element; the JSON means the same.
 */
export function jsonLdText(data: Json): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** schema.org Event for one event: what happened, when (to the precision known, as ISO 8601) and where. */
export function eventJsonLd(event: ChronologyEvent, url: string): Json {
  const place = event.location;
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url,
    startDate: event.date,
    ...(event.end ? { endDate: event.end } : {}),
    ...(place
      ? {
          location: {
            '@type': 'Place',
            name: place.place,
            address: { '@type': 'PostalAddress', addressCountry: place.country },
            ...(place.coordinates
              ? {
                  geo: { '@type': 'GeoCoordinates', latitude: place.coordinates.lat, longitude: place.coordinates.lon },
                }
              : {}),
          },
        }
      : {}),
  };
}

/** schema.org ItemList of the events, in the chronology's order, each with its page. */
export function chronologyJsonLd(
  name: string,
  url: string,
  events: readonly EventView[],
  eventUrl: (id: string) => string,
): Json {
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    name,
    url,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: events.length,
    itemListElement: events.map((event, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      url: eventUrl(event.id),
      name: event.title,
    })),
  };
}

export interface DatasetFacts {
  readonly name: string;
  readonly description: string;
  readonly url: string;
  readonly license: string;
  readonly dateModified: string;
  readonly version: string;
  readonly files: readonly { readonly url: string; readonly mediaType: string; readonly name: string }[];
}

/** schema.org Dataset for the open-data page, with each file as a DataDownload. */
export function datasetJsonLd(facts: DatasetFacts): Json {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: facts.name,
    description: facts.description,
    url: facts.url,
    license: facts.license,
    dateModified: facts.dateModified,
    version: facts.version,
    isAccessibleForFree: true,
    distribution: facts.files.map((file) => ({
      '@type': 'DataDownload',
      name: file.name,
      encodingFormat: file.mediaType,
      contentUrl: file.url,
    })),
  };
}
