/**
 * The maps as the pages use them, computed once per build: Natural Earth's 1:50m countries (world-atlas, read
 * here and nowhere else) turned into land and borders, the home page's region map, and one locator map per
 * located place. 1:50m rather than 1:110m: at 1:110m the Absheron peninsula is missing, which puts Baku in the
 * Caspian Sea.
 */
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import {
  basemapOf,
  locatorMap,
  placeKey,
  regionMap,
  type Basemap,
  type LocatorMap,
  type Place,
  type RegionMap,
} from '../lib/map.ts';
import { loadChronology, type Chronology } from './chronology.ts';

/** Which data the borders come from, for the sentence under every map. */
export const MAP_DATA = {
  name: 'Natural Earth',
  scale: '1:50m',
  version: '4.1.0',
  package: 'world-atlas 2.0.2',
} as const;

let basemap: Basemap | undefined;
const getBasemap = () => (basemap ??= basemapOf(countries as unknown as Topology));

/** Per loaded chronology: the dev server loads a new one when the content changes. */
const regions = new WeakMap<Chronology, RegionMap>();
const locators = new Map<string, LocatorMap>();

/** The home page's map of every located event. */
export async function loadRegionMap(): Promise<RegionMap> {
  const chronology = await loadChronology();
  let map = regions.get(chronology);
  if (!map) {
    const located = chronology.ordered.map((view) => ({
      id: view.id,
      location: chronology.events.get(view.id)?.location,
    }));
    map = regionMap(located, getBasemap());
    regions.set(chronology, map);
  }
  return map;
}

/** The locator map of an event's place and the place as the home page lists it; undefined without coordinates. */
export async function loadLocator(eventId: string): Promise<{ map: LocatorMap; place: Place } | undefined> {
  const { events } = await loadChronology();
  const coordinates = events.get(eventId)?.location?.coordinates;
  if (!coordinates) return undefined;
  const key = placeKey(coordinates.lat, coordinates.lon);
  const place = (await loadRegionMap()).places.find((candidate) => candidate.key === key);
  if (!place) return undefined;
  let map = locators.get(key);
  if (!map) {
    map = locatorMap(place.lat, place.lon, getBasemap());
    locators.set(key, map);
  }
  return { map, place };
}
