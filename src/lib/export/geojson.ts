/**
 * /data/events.geojson (RFC 7946): a FeatureCollection of the events whose place has coordinates, one Point
 * each. GeoJSON writes positions as [longitude, latitude].
 */
import type { ExportData, ExportOptions } from './common.ts';
import { eventRecords, type EventRecord } from './events-json.ts';

export interface EventFeature {
  readonly type: 'Feature';
  readonly id: string;
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  readonly properties: {
    readonly id: string;
    readonly title: string;
    readonly shortTitle: string | null;
    readonly date: string;
    readonly precision: string;
    readonly when: string;
    readonly status: string;
    readonly place: string;
    readonly country: string;
    readonly url: string;
  };
}

export function eventFeature(record: EventRecord): EventFeature | undefined {
  const { location } = record;
  if (!location?.coordinates) return undefined;
  const at = location.coordinates;
  return {
    type: 'Feature',
    id: record.id,
    geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
    properties: {
      id: record.id,
      title: record.title,
      shortTitle: record.shortTitle,
      date: record.date,
      precision: record.precision,
      when: record.when,
      status: record.status,
      place: location.place,
      country: location.country,
      url: record.url,
    },
  };
}

export function eventsGeoJson(data: ExportData, options: ExportOptions) {
  return geoJsonOf(eventRecords(data, options));
}

/** The FeatureCollection of the located records among these. */
export function geoJsonOf(records: readonly EventRecord[]) {
  const features = records.flatMap((record) => eventFeature(record) ?? []);
  return { type: 'FeatureCollection' as const, features };
}
