/**
 * The maps, drawn at build time: which events have a place on a map, how they group into places, the area the
 * region map shows, its projection, the SVG path data of land and borders, and where each marker goes. The
 * country data (Natural Earth through world-atlas) comes in as a TopoJSON topology: nothing here reads a file.
 */
import { geoBounds, geoConicConformal, geoGraticule, type GeoProjection } from 'd3-geo';
import type { Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { NARROW_WIDTHS, placeLabels, WIDE_WIDTHS, type LabelSide } from './map-labels.ts';

/** What an event must have to be placed on a map (the event schema's location). */
export interface Locatable {
  readonly id: string;
  readonly location?:
    | {
        readonly place: string;
        readonly country: string;
        readonly coordinates?: { readonly lat: number; readonly lon: number } | undefined;
      }
    | undefined;
}

/** One point on a map and the events there, in the order given. */
export interface Place {
  /** "lat,lon" to two decimals: events at the same coordinates share a place. */
  readonly key: string;
  /** The anchor of its list of events on the home page, unique among the places. */
  readonly anchor: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2 code, from the events (the most frequent one). */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly events: readonly string[];
}

/** A longitude/latitude box in degrees (west < east: no box here crosses the antimeridian). */
export interface Bounds {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/**
 * The region the home page's map may show: Eastern Europe, the Caucasus and Central Asia. The map shows the
 * located places inside it; places outside it (a summit in Washington, a conference in Munich) are named beside
 * the map instead, so that a single far-off place cannot shrink the Caucasus to a few pixels.
 */
export const REGION: Bounds = { west: 20, south: 30, east: 90, north: 70 };

/** Degrees added around the places on every side, so that no marker sits on the edge. */
export const MARGIN_DEGREES = 3;

/** The least span of the map in degrees of latitude and longitude, so that one place still shows its area. */
export const MIN_SPAN_DEGREES = 10;

/** The key that groups events: coordinates to two decimals (about a kilometre). */
export function placeKey(lat: number, lon: number): string {
  return `${lat.toFixed(2)},${lon.toFixed(2)}`;
}

/** The parts of a place description: split at commas, notes in parentheses dropped ("Astana (Ministry)" → "Astana"). */
function placeParts(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.replace(/\([^)]*\)/g, '').trim())
    .filter(Boolean);
}

/**
 * A short name for the events at one point, from their place descriptions: one event's own description; for
 * several, the part they all share ("Zagulba residence, Baku" and "Baku" → "Baku"; "Washington, D.C.",
 * "Washington, DC" → "Washington"), else the most frequent description (the shorter one on a tie).
 */
export function placeName(descriptions: readonly string[]): string {
  const texts = descriptions.map((text) => text.trim()).filter(Boolean);
  if (texts.length === 0) return '';
  if (texts.length === 1) return texts[0]!;
  const partSets = texts.map((text) => new Set(placeParts(text)));
  const shared = placeParts(texts[0]!).filter((part) => partSets.every((parts) => parts.has(part)));
  if (shared.length > 0) return shared.join(', ');
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].sort(
    ([a, countA], [b, countB]) => countB - countA || a.length - b.length || (a < b ? -1 : 1),
  )[0]![0];
}

/**
 * The name written beside a marker: the shortest part of the place's name, which in a description such as
 * "Heydar Aliyev square, Grozny, Chechnya" or "Embassy of Azerbaijan, Kyiv" is the city. The marker's accessible
 * name and the list under the map keep the whole name.
 */
export function shortName(name: string): string {
  const parts = placeParts(name);
  if (parts.length === 0) return name.trim();
  return parts.reduce((shortest, part) => (part.length < shortest.length ? part : shortest));
}

/** Lowercase ASCII words joined by hyphens ("Şəki" → "seki"); empty when nothing Latin is left. */
export function slug(text: string): string {
  return text
    .replace(/[əƏ]/g, 'e')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The events with coordinates, grouped by place: most events first, then by name. Events without a location,
 * or with a place but no coordinates, are left out (see `unplaced`).
 */
export function groupPlaces(events: Iterable<Locatable>): Place[] {
  const groups = new Map<
    string,
    { lat: number; lon: number; ids: string[]; descriptions: string[]; countries: string[] }
  >();
  for (const event of events) {
    const coordinates = event.location?.coordinates;
    if (!event.location || !coordinates) continue;
    const key = placeKey(coordinates.lat, coordinates.lon);
    const group = groups.get(key) ?? { ...coordinates, ids: [], descriptions: [], countries: [] };
    group.ids.push(event.id);
    group.descriptions.push(event.location.place);
    group.countries.push(event.location.country);
    groups.set(key, group);
  }
  const places = [...groups].map(([key, group]) => ({
    key,
    name: placeName(group.descriptions),
    country: mostFrequent(group.countries),
    lat: group.lat,
    lon: group.lon,
    events: group.ids,
  }));
  places.sort((a, b) => b.events.length - a.events.length || compareText(a.name, b.name) || compareText(a.key, b.key));
  const used = new Set<string>();
  return places.map((place, index) => {
    const stem = `place-${slug(place.name) || String(index + 1)}`;
    let anchor = stem;
    for (let n = 2; used.has(anchor); n += 1) anchor = `${stem}-${n}`;
    used.add(anchor);
    return { ...place, anchor };
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The most frequent of some values (the first alphabetically on a tie); a place has at least one event. */
function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || compareText(a, b))[0]![0];
}

/** The ids of the events that no map shows: no location, or a place without coordinates. */
export function unplaced(events: Iterable<Locatable>): string[] {
  return [...events].filter((event) => !event.location?.coordinates).map((event) => event.id);
}

export function contains(bounds: Bounds, lat: number, lon: number): boolean {
  return lon >= bounds.west && lon <= bounds.east && lat >= bounds.south && lat <= bounds.north;
}

/** The places inside the region (for the map) and outside it (named beside the map), each in the given order. */
export function splitByRegion(
  places: readonly Place[],
  region: Bounds = REGION,
): { inside: Place[]; outside: Place[] } {
  return {
    inside: places.filter((place) => contains(region, place.lat, place.lon)),
    outside: places.filter((place) => !contains(region, place.lat, place.lon)),
  };
}

/** The box around the places plus the margin, widened about its middle to the least span; undefined for none. */
export function boundsOf(
  places: readonly Pick<Place, 'lat' | 'lon'>[],
  margin = MARGIN_DEGREES,
  minSpan = MIN_SPAN_DEGREES,
): Bounds | undefined {
  if (places.length === 0) return undefined;
  const lats = places.map((place) => place.lat);
  const lons = places.map((place) => place.lon);
  const widen = (low: number, high: number, floor: number, ceiling: number): [number, number] => {
    const middle = (low + high) / 2;
    const half = Math.max((high - low) / 2 + margin, minSpan / 2);
    return [Math.max(floor, middle - half), Math.min(ceiling, middle + half)];
  };
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), -85, 85);
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), -180, 180);
  return { west, south, east, north };
}

/** A frame: the projection and the size of the drawing in SVG units. */
export interface Frame {
  readonly projection: GeoProjection;
  readonly width: number;
  readonly height: number;
}

/**
 * A Lambert conformal conic projection for the box (standard parallels at a quarter and three quarters of its
 * height, centred on its middle meridian), scaled so the box fills the width; the height follows from the box's
 * shape. Everything outside the frame is clipped.
 */
export function frameFor(bounds: Bounds, width: number): Frame {
  const span = bounds.north - bounds.south;
  const projection = geoConicConformal()
    .parallels([bounds.south + span / 4, bounds.north - span / 4])
    .rotate([-(bounds.west + bounds.east) / 2, 0]);
  const outline = geoGraticule()
    .extent([
      [bounds.west, bounds.south],
      [bounds.east, bounds.north],
    ])
    .outline();
  projection.fitWidth(width, outline);
  const corners = outline.coordinates[0]!.map((position) => projection(position as [number, number])!);
  const height = Math.ceil(Math.max(...corners.map(([, y]) => y)));
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}

/**
 * A frame centred on one point, for a locator map: a box `spanLat` degrees high around it and as wide as the
 * width and height ask (longitude degrees widened for the latitude).
 */
export function locatorFrame(lat: number, lon: number, width: number, height: number, spanLat = 12): Frame {
  const halfLat = spanLat / 2;
  const halfLon = (halfLat * width) / height / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
  const projection = geoConicConformal()
    .parallels([lat - halfLat / 2, lat + halfLat / 2])
    .rotate([-lon, 0]);
  const outline = geoGraticule()
    .extent([
      [lon - halfLon, lat - halfLat],
      [lon + halfLon, lat + halfLat],
    ])
    .outline();
  projection.fitSize([width, height], outline);
  // Centre the point itself: fitSize centres the box, which a conic projection bends.
  const [x, y] = projection([lon, lat])!;
  const [tx, ty] = projection.translate();
  projection.translate([tx + width / 2 - x, ty + height / 2 - y]);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}

/** A shape with its bounds in degrees as d3's geoBounds gives them (west > east when it crosses the antimeridian). */
export interface Shape<T extends Polygon | LineString> {
  readonly shape: T;
  readonly bounds: [[number, number], [number, number]];
}

/** Land (the countries merged) and the borders between countries, each shape with its bounds. */
export interface Basemap {
  readonly land: readonly Shape<Polygon>[];
  readonly borders: readonly Shape<LineString>[];
}

/**
 * Land polygons and border lines from a world-atlas topology: its "land" object (the countries merged) and the
 * lines its "countries" object shares between two countries (coasts are the edge of the land).
 */
export function basemapOf(topology: Topology): Basemap {
  const countries = topology.objects['countries'];
  const land = topology.objects['land'];
  if (countries?.type !== 'GeometryCollection' || !land) {
    throw new Error('basemapOf: the topology needs a "countries" collection and a "land" object (world-atlas).');
  }
  const landShapes = feature(topology, land);
  const geometries =
    'features' in landShapes ? landShapes.features.map((shape) => shape.geometry) : [landShapes.geometry];
  const borders = mesh(topology, countries as GeometryCollection, (a, b) => a !== b);
  const withBounds = <T extends Polygon | LineString>(shape: T): Shape<T> => ({ shape, bounds: geoBounds(shape) });
  return { land: geometries.flatMap(polygonsOf).map(withBounds), borders: linesOf(borders).map(withBounds) };
}

function polygonsOf(geometry: Geometry): Polygon[] {
  if (geometry.type === 'Polygon') return [geometry];
  if (geometry.type === 'MultiPolygon') return (geometry as MultiPolygon).coordinates.map(polygon);
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonsOf);
  return [];
}

function linesOf(geometry: MultiLineString): LineString[] {
  return geometry.coordinates.map((coordinates) => ({ type: 'LineString', coordinates }));
}

const polygon = (coordinates: Position[][]): Polygon => ({ type: 'Polygon', coordinates });

/** Whether two boxes overlap, allowing for boxes that cross the antimeridian (d3's geoBounds gives west > east). */
function overlaps(a: Shape<Polygon | LineString>['bounds'], bounds: Bounds): boolean {
  const [[west, south], [east, north]] = a;
  if (north < bounds.south || south > bounds.north) return false;
  if (west > east) return true;
  return east >= bounds.west && west <= bounds.east;
}

/** The shapes worth projecting for a frame: those whose bounds meet the box (widened by `pad` degrees). */
export function shapesNear<T extends Polygon | LineString>(shapes: readonly Shape<T>[], bounds: Bounds, pad = 5): T[] {
  const wide: Bounds = {
    west: bounds.west - pad * 2,
    east: bounds.east + pad * 2,
    south: bounds.south - pad,
    north: bounds.north + pad,
  };
  return shapes.filter((entry) => overlaps(entry.bounds, wide)).map((entry) => entry.shape);
}

/** The visible box of a frame in degrees, from its corners and edge midpoints (generous: for culling only). */
export function frameBounds(frame: Frame): Bounds {
  const { projection, width, height } = frame;
  const points: [number, number][] = [];
  for (const x of [0, width / 4, width / 2, (3 * width) / 4, width])
    for (const y of [0, height / 2, height]) points.push([x, y]);
  const geo = points.map((point) => projection.invert!(point)!);
  return {
    west: Math.min(...geo.map(([lon]) => lon)),
    east: Math.max(...geo.map(([lon]) => lon)),
    south: Math.min(...geo.map(([, lat]) => lat)),
    north: Math.max(...geo.map(([, lat]) => lat)),
  };
}

/**
 * SVG path data for shapes in a frame: projected, clipped to the frame, simplified to within `tolerance` units,
 * rounded to whole units with repeated points dropped, written with relative moves ("M10 5l3-1 2 0z"). Rings of
 * less than `minArea` square units (specks of islands) are left out. The defaults keep the region map's land and
 * borders near 2 KB gzipped at 480 units wide; no line moves by more than about a unit and a quarter.
 */
export function pathData(
  shapes: readonly (Polygon | LineString)[],
  frame: Frame,
  { minArea = 8, tolerance = 0.75 }: { minArea?: number; tolerance?: number } = {},
): string {
  const rings: { points: [number, number][]; closed: boolean }[] = [];
  let current: [number, number][] = [];
  let inPolygon = false;
  const stream = frame.projection.stream({
    point(x, y) {
      current.push([x, y]);
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      const closed = inPolygon;
      const points = rounded(simplify(current, tolerance));
      const first = points[0];
      const last = points.at(-1);
      if (closed && first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
      if (closed ? points.length >= 3 && Math.abs(area(points)) >= minArea : points.length >= 2) {
        rings.push({ points, closed });
      }
      current = [];
    },
    polygonStart() {
      inPolygon = true;
    },
    polygonEnd() {
      inPolygon = false;
    },
    sphere() {},
  });
  for (const shape of shapes) streamShape(shape, stream);
  return rings.map((ring) => ringPath(ring.points, ring.closed)).join('');
}

/** Whole units, with points that round onto the one before dropped. */
export function rounded(points: readonly (readonly [number, number])[]): [number, number][] {
  const result: [number, number][] = [];
  for (const [x, y] of points) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = result.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) result.push(point);
  }
  return result;
}

/**
 * Douglas–Peucker: the fewest points that keep the line within `tolerance` units of the original. The first and
 * last points always stay.
 */
export function simplify(points: readonly [number, number][], tolerance: number): [number, number][] {
  if (points.length <= 2 || tolerance <= 0) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [start, end] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = start + 1; i < end; i += 1) {
      const d = distanceToSegment(points[i]!, points[start]!, points[end]!);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([start, farthest], [farthest, end]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function distanceToSegment([px, py]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

type Stream = ReturnType<GeoProjection['stream']>;

/** Feeds one shape to a projection stream, as d3's geoStream does, without its generic object handling. */
function streamShape(shape: Polygon | LineString, stream: Stream): void {
  const line = (coordinates: Position[], closed: boolean) => {
    stream.lineStart();
    const end = closed ? coordinates.length - 1 : coordinates.length;
    for (let i = 0; i < end; i += 1) stream.point(coordinates[i]![0]!, coordinates[i]![1]!);
    stream.lineEnd();
  };
  if (shape.type === 'LineString') {
    line(shape.coordinates, false);
    return;
  }
  stream.polygonStart();
  for (const ring of shape.coordinates) line(ring, true);
  stream.polygonEnd();
}

/** The signed area of a ring (the shoelace formula: half the sum of the cross products of its edges). */
function area(points: readonly [number, number][]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i += 1) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[(i + 1) % points.length]!;
    // Stryker disable next-line AssignmentOperator: subtracting gives the same area with the other sign, and its one caller takes Math.abs.
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

function ringPath(points: readonly [number, number][], closed: boolean): string {
  const [[x0, y0], ...rest] = points as [[number, number], ...[number, number][]];
  let text = `M${x0} ${y0}`;
  let [px, py] = [x0, y0];
  if (rest.length > 0) text += 'l';
  let first = true;
  for (const [x, y] of rest) {
    text += `${number(x - px, first)}${number(y - py, false)}`;
    first = false;
    [px, py] = [x, y];
  }
  return closed ? `${text}z` : text;
}

/** A number in path data: a minus sign separates it from the one before, else a space (none after a command). */
function number(value: number, afterCommand: boolean): string {
  if (value < 0) return String(value);
  return afterCommand ? String(value) : ` ${value}`;
}

/** Where a point falls in a frame, in percent of its width and height (two decimals), or undefined outside. */
export function percentIn(frame: Frame, lat: number, lon: number): { x: number; y: number } | undefined {
  const projected = frame.projection([lon, lat]);
  if (!projected) return undefined;
  const [x, y] = projected;
  if (x < 0 || x > frame.width || y < 0 || y > frame.height) return undefined;
  const percent = (value: number, total: number) => Math.round((value / total) * 10_000) / 100;
  return { x: percent(x, frame.width), y: percent(y, frame.height) };
}

/**
 * The accessible name of a marker, from the name it shows (see shortName) and the country: "Baku (Azerbaijan):
 * 21 events". The marker shows that name and then the count, and the accessible name holds both in that order
 * (WCAG 2.5.3, label in name); the list it leads to gives the place's whole name.
 */
export function markerLabel(name: string, country: string): string {
  return `${name} (${country})`;
}

/** The accessible name of a marker with its count, from markerLabel's text. */
export function markerName(label: string, count: number): string {
  return `${label}: ${count} ${count === 1 ? 'event' : 'events'}`;
}

/**
 * Where the coasts and borders come from, said under every map. Natural Earth 4.1.0's default countries draw
 * Crimea inside Russia's outline, and Abkhazia, South Ossetia and Karabakh inside Georgia's and Azerbaijan's with
 * no line around them (tests/unit/map.test.ts checks both, and that the versions named match the package); the
 * site draws what the data holds and says that it takes no position.
 */
export const BORDERS_NOTE =
  'Coasts and borders are drawn from Natural Earth’s 1:50m country boundaries (version 4.1.0, as packaged in world-atlas 2.0.2) and imply no position on any border or territory.';

/** The width of the region map's drawing in SVG units (it scales to the page; markers do not). */
export const REGION_MAP_WIDTH = 480;
/** The locator map's size in SVG units, and the degrees of latitude it spans. */
export const LOCATOR = { width: 240, height: 160, spanLat: 12 } as const;

export interface Marker {
  readonly place: Place;
  /** Position in percent of the map's width and height. */
  readonly x: number;
  readonly y: number;
  /** The name written beside it (see shortName). */
  readonly label: string;
  /** Where its name goes below 560 px of map width and from there on; undefined: not shown at that width. */
  readonly narrow: LabelSide | undefined;
  readonly wide: LabelSide | undefined;
}

export interface RegionMap {
  readonly width: number;
  readonly height: number;
  /** SVG path data of the land and of the borders between countries. */
  readonly land: string;
  readonly borders: string;
  /** One marker per place inside the region, most events first. */
  readonly markers: readonly Marker[];
  /** Located places outside the region, named beside the map. */
  readonly beyond: readonly Place[];
  /** Every located place, most events first: the lists under the map. */
  readonly places: readonly Place[];
  /** Events with no place on the map, split by why. */
  readonly unplaced: { readonly noLocation: readonly string[]; readonly noCoordinates: readonly string[] };
}

/** Everything the home page's map shows, from the events and the basemap. */
export function regionMap(
  events: readonly Locatable[],
  basemap: Basemap,
  { width = REGION_MAP_WIDTH, region = REGION }: { width?: number; region?: Bounds } = {},
): RegionMap {
  const places = groupPlaces(events);
  const { inside, outside } = splitByRegion(places, region);
  const unplacedIds = {
    noLocation: events.filter((event) => !event.location).map((event) => event.id),
    noCoordinates: events.filter((event) => event.location && !event.location.coordinates).map((event) => event.id),
  };
  const bounds = boundsOf(inside);
  if (!bounds) {
    return { width, height: 0, land: '', borders: '', markers: [], beyond: outside, places, unplaced: unplacedIds };
  }
  const frame = frameFor(bounds, width);
  const visible = frameBounds(frame);
  const positioned = inside.flatMap((place) => {
    const at = percentIn(frame, place.lat, place.lon);
    return at ? [{ place, ...at, text: shortName(place.name) }] : [];
  });
  const aspect = frame.height / frame.width;
  const narrow = placeLabels(positioned, aspect, NARROW_WIDTHS);
  const wide = placeLabels(positioned, aspect, WIDE_WIDTHS);
  return {
    width: frame.width,
    height: frame.height,
    land: pathData(shapesNear(basemap.land, visible), frame),
    borders: pathData(shapesNear(basemap.borders, visible), frame),
    markers: positioned.map(({ place, x, y, text }, index) => ({
      place,
      x,
      y,
      label: text,
      narrow: narrow[index],
      wide: wide[index],
    })),
    beyond: outside,
    places,
    unplaced: unplacedIds,
  };
}

export interface LocatorMap {
  readonly width: number;
  readonly height: number;
  readonly land: string;
  readonly borders: string;
  /** The place, in SVG units (the middle of the map). */
  readonly x: number;
  readonly y: number;
}

/** A small map centred on one point. */
export function locatorMap(lat: number, lon: number, basemap: Basemap): LocatorMap {
  const frame = locatorFrame(lat, lon, LOCATOR.width, LOCATOR.height, LOCATOR.spanLat);
  const visible = frameBounds(frame);
  const [x, y] = frame.projection([lon, lat])!;
  return {
    width: frame.width,
    height: frame.height,
    land: pathData(shapesNear(basemap.land, visible), frame),
    borders: pathData(shapesNear(basemap.borders, visible), frame),
    x: Math.round(x),
    y: Math.round(y),
  };
}

/** Under a place's list on a partial home page: how many of its (matching) events only the year pages list. */
export function moreAtPlace(count: number): string {
  return `${count} more ${count === 1 ? 'event' : 'events'} here on the year pages.`;
}

/**
 * The sentence that keeps the map honest: how many of the events shown have no place on it. `shown` is how many
 * events the list shows (all, or those the filters leave); `filtered` says which.
 */
export function unplacedSentence(unplacedCount: number, shown: number, filtered: boolean): string {
  const events = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;
  if (shown === 0) return 'No event matches these filters.';
  if (unplacedCount === 0) {
    if (!filtered) return 'Every event has a place.';
    return shown === 1 ? 'The event shown has a place.' : `All ${events(shown)} shown have a place.`;
  }
  const verb = unplacedCount === 1 ? 'has' : 'have';
  return filtered
    ? `${unplacedCount} of the ${events(shown)} shown ${verb} no place on the map.`
    : `${unplacedCount} of the ${events(shown)} ${verb} no place on the map.`;
}
