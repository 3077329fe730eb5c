/**
 * The maps' pure logic: grouping events into places and naming them, the crop, the projection (a city lands
 * where the projection's geometry says it must, and on land), the path data, the sentence about events with no
 * place, and the real content's map (one marker per place, targets that do not overlap on a phone).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import countries from 'world-atlas/countries-50m.json' with { type: 'json' };
import { checkContent } from '../../src/lib/content/check.ts';
import {
  basemapOf,
  BORDERS_NOTE,
  boundsOf,
  frameBounds,
  frameFor,
  groupPlaces,
  locatorMap,
  LOCATOR,
  markerLabel,
  markerName,
  pathData,
  percentIn,
  placeName,
  REGION,
  regionMap,
  rounded,
  shortName,
  simplify,
  slug,
  splitByRegion,
  unplaced,
  moreAtPlace,
  unplacedSentence,
  type Basemap,
  type Locatable,
  type RegionMap,
} from '../../src/lib/map.ts';
import { closestMarkers, labelBox, NARROW_WIDTHS, placeLabels, WIDE_WIDTHS } from '../../src/lib/map-labels.ts';
import { isReservedId } from '../../src/lib/ui.ts';
import { ROOT } from '../helpers/build.ts';

const topology = countries as unknown as Topology;
/**
 * Drawn inside each test that uses it, not once before them: Stryker switches a mutant on only while a test runs,
 * so a basemap drawn beforehand would never show one (about 0.1 s a drawing).
 */
const basemap = (): Basemap => basemapOf(topology);

const at = (id: string, place: string, lat: number, lon: number, country = 'RU'): Locatable => ({
  id,
  location: { place, country, coordinates: { lat, lon } },
});
const BAKU = { lat: 40.41, lon: 49.87 };
const MOSCOW = { lat: 55.76, lon: 37.62 };

/** Reads path data written by pathData back into rings of absolute points. */
function parsePath(d: string): { points: [number, number][]; closed: boolean }[] {
  return [...d.matchAll(/M(-?\d+) (-?\d+)(?:l([-\d ]+))?(z?)/g)].map((match) => {
    const numbers = (match[3] ?? '').match(/-?\d+/g)?.map(Number) ?? [];
    const points: [number, number][] = [[Number(match[1]), Number(match[2])]];
    for (let i = 0; i < numbers.length; i += 2) {
      const [x, y] = points.at(-1)!;
      points.push([x + numbers[i]!, y + numbers[i + 1]!]);
    }
    return { points, closed: match[4] === 'z' };
  });
}

/** Even-odd point-in-polygon over every ring: how SVG fills the land path (its rings do not overlap). */
function insidePath(d: string, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const { points } of parsePath(d)) {
    for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
      const [xi, yi] = points[i]!;
      const [xj, yj] = points[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

describe('placeName', () => {
  it('keeps the one description of a single event', () => {
    expect(placeName(['near Aktau airport, Mangystau Region'])).toBe('near Aktau airport, Mangystau Region');
    expect(placeName(['Astana (Ministry of Transport),  Kazakhstan'])).toBe(
      'Astana (Ministry of Transport),  Kazakhstan',
    );
  });

  it('takes the part all descriptions share, without notes in parentheses', () => {
    expect(placeName(['Baku', 'Zagulba residence, Baku', 'Baku'])).toBe('Baku');
    expect(placeName(['Washington, D.C.', 'Washington, DC', 'White House, Washington, DC'])).toBe('Washington');
    expect(placeName(['Astana (Ministry of Transport)', 'Astana'])).toBe('Astana');
    expect(placeName(['Moscow (Aliyev remained in Azerbaijan)', 'Moscow'])).toBe('Moscow');
  });

  it('falls back to the most frequent description, then the shorter', () => {
    expect(placeName(['Kremlin', 'Red Square', 'Red Square'])).toBe('Red Square');
    expect(placeName(['Kremlin', 'Red Square'])).toBe('Kremlin');
    expect(placeName([])).toBe('');
  });

  it('breaks a tie of count and length alphabetically, and ignores blank descriptions', () => {
    expect(placeName(['Tula', 'Baku'])).toBe('Baku');
    expect(placeName(['Baku', 'Tula'])).toBe('Baku');
    expect(placeName(['Tula', 'Baku', 'Tula', 'Baku'])).toBe('Baku');
    expect(placeName(['Kremlin', 'Tula', 'Kremlin'])).toBe('Kremlin');
    expect(placeName(['  Baku  ', '', '   '])).toBe('Baku');
    expect(placeName(['', ' '])).toBe('');
  });

  it('keeps every shared part, in the order of the first description', () => {
    expect(placeName(['Old City, Baku, Azerbaijan', 'Baku, Azerbaijan'])).toBe('Baku, Azerbaijan');
    expect(placeName(['Baku (port), , Absheron', 'Absheron, Baku'])).toBe('Baku, Absheron');
    // A note in parentheses is dropped as a whole, not up to its first closing parenthesis only.
    expect(placeName(['Baku (a) (b)', 'Baku'])).toBe('Baku');
    expect(placeName(['(a)Baku(b)', 'Baku'])).toBe('Baku');
  });
});

describe('shortName and slug', () => {
  it('writes the shortest part beside a marker', () => {
    expect(shortName('Heydar Aliyev square, Grozny, Chechnya')).toBe('Grozny');
    expect(shortName('Embassy of Azerbaijan, Kyiv')).toBe('Kyiv');
    expect(shortName('Baku')).toBe('Baku');
    // The first of two parts as short as each other, and a name with no part left kept whole.
    expect(shortName('Kyiv, Baku')).toBe('Kyiv');
    expect(shortName('Old Town, Baku, Kyiv')).toBe('Baku');
    expect(shortName(' Baku (port) , Azerbaijan ')).toBe('Baku');
    expect(shortName('  (nationwide) ')).toBe('(nationwide)');
  });

  it('makes anchors of ASCII words', () => {
    expect(slug('St Petersburg')).toBe('st-petersburg');
    expect(slug('Şəki, Azərbaycan')).toBe('seki-azerbaycan');
    expect(slug('São Paulo')).toBe('sao-paulo');
    expect(slug('Москва')).toBe('');
    expect(slug('ƏLİ Bayramlı')).toBe('eli-bayramli');
    expect(slug('  --Ağdam / Füzuli--  ')).toBe('agdam-fuzuli');
    expect(slug('(Gəncə)')).toBe('gence');
  });
});

describe('groupPlaces', () => {
  const events: Locatable[] = [
    at('a', 'Moscow', MOSCOW.lat, MOSCOW.lon),
    at('b', 'Baku', BAKU.lat, BAKU.lon, 'AZ'),
    at('c', 'Moscow (Kremlin)', MOSCOW.lat, MOSCOW.lon),
    { id: 'd', location: { place: 'Azerbaijan (nationwide)', country: 'AZ' } },
    { id: 'e' },
    at('f', 'square near the embassy, Moscow', 55.76, 37.62),
    at('g', 'Москва', 55.7, 37.6),
  ];

  it('groups the events at the same coordinates, most events first', () => {
    const places = groupPlaces(events);
    expect(places.map((place) => [place.name, place.events])).toEqual([
      ['Moscow', ['a', 'c', 'f']],
      ['Baku', ['b']],
      ['Москва', ['g']],
    ]);
    expect(markerName(markerLabel(places[0]!.name, 'Russia'), places[0]!.events.length)).toBe(
      'Moscow (Russia): 3 events',
    );
    expect(markerName(markerLabel('Baku', 'Azerbaijan'), 1)).toBe('Baku (Azerbaijan): 1 event');
  });

  it('gives each place an anchor of its own, reserved for the page', () => {
    const places = groupPlaces([...events, at('h', 'Baku', 40.38, 49.89, 'AZ')]);
    const anchors = places.map((place) => place.anchor);
    expect(anchors).toEqual(['place-moscow', 'place-baku', 'place-baku-2', 'place-4']);
    for (const anchor of anchors) expect(isReservedId(anchor), anchor).toBe(true);
  });

  it('takes the most frequent country, the first alphabetically on a tie', () => {
    const places = groupPlaces([
      at('a', 'Border post', 41.2, 46.8, 'GE'),
      at('b', 'Border post', 41.2, 46.8, 'AZ'),
      at('c', 'Checkpoint', 42, 44, 'AZ'),
      at('d', 'Checkpoint', 42, 44, 'GE'),
      at('e', 'Checkpoint', 42, 44, 'GE'),
    ]);
    expect(places.map((place) => [place.name, place.country, place.events])).toEqual([
      ['Checkpoint', 'GE', ['c', 'd', 'e']],
      ['Border post', 'AZ', ['a', 'b']],
    ]);
  });

  it('orders places with as many events by name, then by coordinates, and keeps the first coordinates', () => {
    const places = groupPlaces([
      at('a', 'Tula', 54.2, 37.6),
      at('b', 'Baku', 40.4, 49.9, 'AZ'),
      at('c', 'Aktau', 43.65, 51.2, 'KZ'),
      at('d', 'Aktau', 43.6, 51.15, 'KZ'),
      at('e', 'Baku', 40.401, 49.899, 'AZ'),
    ]);
    expect(places).toEqual([
      {
        key: '40.40,49.90',
        anchor: 'place-baku',
        name: 'Baku',
        country: 'AZ',
        lat: 40.4,
        lon: 49.9,
        events: ['b', 'e'],
      },
      { key: '43.60,51.15', anchor: 'place-aktau', name: 'Aktau', country: 'KZ', lat: 43.6, lon: 51.15, events: ['d'] },
      {
        key: '43.65,51.20',
        anchor: 'place-aktau-2',
        name: 'Aktau',
        country: 'KZ',
        lat: 43.65,
        lon: 51.2,
        events: ['c'],
      },
      { key: '54.20,37.60', anchor: 'place-tula', name: 'Tula', country: 'RU', lat: 54.2, lon: 37.6, events: ['a'] },
    ]);
  });

  it('orders places of the same name by their coordinates, whatever the order of the events', () => {
    const north = at('n', 'Aktau', 43.65, 51.2, 'KZ');
    const south = at('s', 'Aktau', 43.6, 51.15, 'KZ');
    for (const events of [
      [north, south],
      [south, north],
    ]) {
      expect(groupPlaces(events).map((place) => [place.anchor, place.events])).toEqual([
        ['place-aktau', ['s']],
        ['place-aktau-2', ['n']],
      ]);
    }
  });

  it('numbers the anchors of places with the same name, and of names with nothing Latin in them', () => {
    const places = groupPlaces([
      at('a', 'Baku', 40.4, 49.9, 'AZ'),
      at('b', 'Baku', 40.5, 49.9, 'AZ'),
      at('c', 'Baku', 40.6, 49.9, 'AZ'),
      at('d', 'Баку', 40.7, 49.9, 'AZ'),
    ]);
    expect(places.map((place) => place.anchor)).toEqual(['place-baku', 'place-baku-2', 'place-baku-3', 'place-4']);
  });

  it('leaves out events without coordinates, which unplaced names', () => {
    expect(groupPlaces(events).flatMap((place) => place.events)).not.toContain('d');
    expect(unplaced(events)).toEqual(['d', 'e']);
  });
});

describe('the crop', () => {
  it('splits the places by the region', () => {
    const places = groupPlaces([at('a', 'Baku', BAKU.lat, BAKU.lon), at('w', 'Washington', 38.9, -77.04)]);
    const { inside, outside } = splitByRegion(places);
    expect(inside.map((place) => place.name)).toEqual(['Baku']);
    expect(outside.map((place) => place.name)).toEqual(['Washington']);
    expect(REGION.west).toBeGreaterThan(11.58); // Munich is beyond the map, not a reason to widen it
  });

  it('counts a place on the edge of the region as inside, and takes another region when given one', () => {
    const places = groupPlaces([
      at('sw', 'South-west corner', 30, 20),
      at('ne', 'North-east corner', 70, 90),
      at('w', 'West', 50, 19.99),
      at('e', 'East', 50, 90.01),
      at('s', 'South', 29.99, 50),
      at('n', 'North', 70.01, 50),
    ]);
    const { inside, outside } = splitByRegion(places);
    expect(inside.map((place) => place.name)).toEqual(['North-east corner', 'South-west corner']);
    expect(outside.map((place) => place.name)).toEqual(['East', 'North', 'South', 'West']);
    const small = splitByRegion(places, { west: 40, south: 40, east: 60, north: 60 });
    expect(small.inside.map((place) => place.name)).toEqual([]);
    expect(small.outside).toHaveLength(6);
  });

  it('adds the margin around the places, and widens a small box to the least span about its middle', () => {
    const both = boundsOf([MOSCOW, BAKU], 3, 10)!;
    expect(both.west).toBeCloseTo(MOSCOW.lon - 3, 9);
    expect(both.east).toBeCloseTo(BAKU.lon + 3, 9);
    expect(both.south).toBeCloseTo(BAKU.lat - 3, 9);
    expect(both.north).toBeCloseTo(MOSCOW.lat + 3, 9);
    const one = boundsOf([BAKU], 3, 10)!;
    for (const [value, expected] of [
      [one.west, BAKU.lon - 5],
      [one.east, BAKU.lon + 5],
      [one.south, BAKU.lat - 5],
      [one.north, BAKU.lat + 5],
    ])
      expect(value).toBeCloseTo(expected!, 9);
    expect(boundsOf([])).toBeUndefined();
    expect(boundsOf([{ lat: 84, lon: 179 }], 3, 10)).toEqual({ west: 174, east: 180, south: 79, north: 85 });
    expect(boundsOf([{ lat: -84, lon: -179 }], 3, 10)).toEqual({ west: -180, east: -174, south: -85, north: -79 });
    // The defaults: 3 degrees of margin, 10 of least span.
    expect(boundsOf([{ lat: 40, lon: 50 }])).toEqual({ west: 45, east: 55, south: 35, north: 45 });
    expect(
      boundsOf([
        { lat: 40, lon: 40 },
        { lat: 60, lon: 50 },
      ]),
    ).toEqual({ west: 37, east: 53, south: 37, north: 63 });
    expect(
      boundsOf(
        [
          { lat: 40, lon: 40 },
          { lat: 60, lon: 50 },
        ],
        1,
        30,
      ),
    ).toEqual({ west: 30, east: 60, south: 35, north: 65 });
  });
});

describe('the projection', () => {
  const bounds = { west: 29.87, east: 69.87, south: 35, north: 60 };
  const frame = () => frameFor(bounds, 480);
  const project = (lon: number, lat: number) => frame().projection([lon, lat])!;

  it('puts the middle meridian in the middle and fits the box to the width and the height', () => {
    // Baku lies on the middle meridian of this box: a conic projection centred there draws it straight down.
    const [x] = project(BAKU.lon, BAKU.lat);
    expect(x).toBeCloseTo(240, 6);
    // Parallels are arcs around a pole above the map: the south-west corner is the widest point, the northern
    // corners the highest, the middle of the southern edge the lowest.
    expect(project(bounds.west, bounds.south)[0]).toBeCloseTo(0, 6);
    expect(project(bounds.east, bounds.south)[0]).toBeCloseTo(480, 6);
    expect(project(bounds.west, bounds.north)[1]).toBeCloseTo(0, 6);
    expect(frame().height).toBe(Math.ceil(project(BAKU.lon, bounds.south)[1]));
  });

  it('keeps the places in their compass order and at their distances', () => {
    const [bx, by] = project(BAKU.lon, BAKU.lat);
    const [mx, my] = project(MOSCOW.lon, MOSCOW.lat);
    const [yx, yy] = project(44.51, 40.18); // Yerevan
    expect(mx).toBeLessThan(bx);
    expect(my).toBeLessThan(by);
    expect(yx).toBeLessThan(bx);
    // Conformal: Baku–Yerevan (about 455 km) and Baku–Moscow (about 1,915 km) keep their ratio within a few %.
    const ratio = Math.hypot(bx - yx, by - yy) / Math.hypot(bx - mx, by - my);
    expect(ratio).toBeGreaterThan((455 / 1915) * 0.95);
    expect(ratio).toBeLessThan((455 / 1915) * 1.05);
  });

  it('gives percentages inside the frame and nothing outside it', () => {
    const f = frame();
    const baku = percentIn(f, BAKU.lat, BAKU.lon)!;
    expect(baku.x).toBeCloseTo(50, 1);
    expect(percentIn(f, 38.9, -77.04)).toBeUndefined();
    expect(Math.abs(baku.y * 100 - Math.round(baku.y * 100))).toBeLessThan(1e-6);
  });

  it('culls by a box that covers the whole frame', () => {
    const visible = frameBounds(frame());
    expect(visible.west).toBeLessThanOrEqual(bounds.west);
    expect(visible.east).toBeGreaterThanOrEqual(bounds.east);
    expect(visible.north).toBeGreaterThanOrEqual(bounds.north);
  });
});

describe('path data', () => {
  const frame = () => frameFor({ west: 40, east: 60, south: 35, north: 50 }, 480);

  it('writes closed rings with relative moves, every point inside the frame', () => {
    const d = pathData(
      basemap().land.map((entry) => entry.shape),
      frame(),
    );
    expect(d).toMatch(/^(M-?\d+ -?\d+(l-?\d+(?:[ -]\d+)*)?z?)+$/);
    const f = frame();
    for (const { points, closed } of parsePath(d)) {
      expect(closed).toBe(true);
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(f.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(f.height);
      }
    }
  });

  it('puts Baku on land and the middle of the Caspian Sea in the sea (1:50m has the Absheron peninsula)', () => {
    const f = frame();
    const land = pathData(
      basemap().land.map((entry) => entry.shape),
      f,
    );
    const pixel = (lat: number, lon: number) => f.projection([lon, lat])! as [number, number];
    expect(insidePath(land, pixel(BAKU.lat, BAKU.lon))).toBe(true);
    expect(insidePath(land, pixel(MOSCOW.lat, MOSCOW.lon) /* outside this frame: no ring there */)).toBe(false);
    expect(insidePath(land, pixel(41.5, 51))).toBe(false);
    expect(insidePath(land, pixel(38.5, 45.5))).toBe(true);
  });

  it('draws borders as open lines, and drops specks smaller than the least area', () => {
    const f = frame();
    const borders = parsePath(
      pathData(
        basemap().borders.map((entry) => entry.shape),
        f,
      ),
    );
    expect(borders.length).toBeGreaterThan(5);
    expect(borders.every((ring) => !ring.closed)).toBe(true);
    const all = pathData(
      basemap().land.map((entry) => entry.shape),
      f,
      { minArea: 0 },
    );
    const some = pathData(
      basemap().land.map((entry) => entry.shape),
      f,
      { minArea: 50 },
    );
    expect(parsePath(some).length).toBeLessThan(parsePath(all).length);
  });

  it('simplifies within the tolerance and rounds without repeating a point', () => {
    expect(
      simplify(
        [
          [0, 0],
          [1, 0.2],
          [2, 0],
          [3, 5],
          [4, 0],
        ],
        0.5,
      ),
    ).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ]);
    expect(
      simplify(
        [
          [0, 0],
          [1, 1],
        ],
        1,
      ),
    ).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(
      rounded([
        [0.2, 0.4],
        [0.4, -0.2],
        [1.6, 0],
      ]),
    ).toEqual([
      [0, 0],
      [2, 0],
    ]);
  });

  it('centres a locator map on its place', () => {
    const map = locatorMap(BAKU.lat, BAKU.lon, basemap());
    expect([map.x, map.y]).toEqual([LOCATOR.width / 2, LOCATOR.height / 2]);
    expect(map.land.length).toBeGreaterThan(100);
    expect(map.borders.length).toBeGreaterThan(100);
  });
});

describe('labels', () => {
  const aspect = 0.75;

  it('puts a label on the right where it fits, on the left at the right edge', () => {
    const sides = placeLabels(
      [
        { x: 20, y: 50, text: 'Baku' },
        { x: 97, y: 50, text: 'Astana' },
      ],
      aspect,
      [288, 704],
    );
    expect(sides).toEqual(['right', 'left']);
  });

  it('moves a label that would cover an earlier one, and leaves out one that fits nowhere', () => {
    const crowded = [
      { x: 50, y: 50, text: 'Moscow' },
      { x: 53, y: 50, text: 'Tula' },
    ];
    const [first, second] = placeLabels(crowded, aspect, [288]);
    expect(first).toBe('left'); // the right side holds the second marker
    expect(second).toBe('right');
    const boxed = placeLabels([{ x: 50, y: 50, text: 'A very long place name indeed' }], aspect, [60]);
    expect(boxed).toEqual([undefined]);
  });

  it('checks every width it is given', () => {
    const item = { x: 80, y: 50, text: 'Yekaterinburg' };
    expect(placeLabels([item], aspect, [704])).toEqual(['right']);
    expect(placeLabels([item], aspect, [288, 704])).toEqual(['left']);
    const box = labelBox(item, 'above', 288, aspect);
    expect(box.bottom).toBeCloseTo(0.5 * 288 * aspect - 15, 6);
  });

  it('measures the distance between markers in CSS pixels', () => {
    expect(
      closestMarkers(
        [
          { x: 0, y: 0 },
          { x: 10, y: 0 },
          { x: 0, y: 100 },
        ],
        300,
        1,
      ),
    ).toBeCloseTo(30, 6);
    // On a map half as high as wide: 30 % of 100 px across and 40 % of 50 px down, 30 and 20 px.
    expect(
      closestMarkers(
        [
          { x: 10, y: 10 },
          { x: 40, y: 50 },
        ],
        100,
        0.5,
      ),
    ).toBeCloseTo(Math.hypot(30, 20), 6);
    expect(closestMarkers([{ x: 0, y: 0 }], 300, 1)).toBe(Infinity);
  });
});

describe('the line under a place whose events the home page lists only in part', () => {
  it('says how many more the year pages hold, in the singular for one', () => {
    expect(moreAtPlace(1)).toBe('1 more event here on the year pages.');
    expect(moreAtPlace(12)).toBe('12 more events here on the year pages.');
  });
});

describe('the sentence about events with no place', () => {
  it('counts them among all events or among those shown', () => {
    expect(unplacedSentence(27, 75, false)).toBe('27 of the 75 events have no place on the map.');
    expect(unplacedSentence(1, 4, true)).toBe('1 of the 4 events shown has no place on the map.');
    expect(unplacedSentence(0, 1, true)).toBe('The event shown has a place.');
    expect(unplacedSentence(0, 5, true)).toBe('All 5 events shown have a place.');
    expect(unplacedSentence(0, 3, false)).toBe('Every event has a place.');
    expect(unplacedSentence(0, 0, true)).toBe('No event matches these filters.');
  });
});

describe('the borders note', () => {
  it('names the data and the versions installed', () => {
    const atlas = JSON.parse(readFileSync(join(ROOT, 'node_modules/world-atlas/package.json'), 'utf8')) as {
      version: string;
    };
    const readme = readFileSync(join(ROOT, 'node_modules/world-atlas/README.md'), 'utf8');
    const version = /Natural Earth.*?version (\d+\.\d+\.\d+)/s.exec(readme)?.[1];
    expect(BORDERS_NOTE).toContain(`world-atlas ${atlas.version}`);
    expect(BORDERS_NOTE).toContain(`version ${version}`);
    expect(BORDERS_NOTE).toContain('Natural Earth');
    expect(BORDERS_NOTE).toMatch(/imply no position/);
  });

  it('is about this data: where it draws Crimea, Abkhazia, South Ossetia and Karabakh (see BORDERS_NOTE)', () => {
    const shapes = feature(topology, topology.objects['countries']!) as FeatureCollection<Geometry, { name: string }>;
    const countryAt = (lon: number, lat: number) =>
      shapes.features.find((shape) => geoContains(shape, [lon, lat]))?.properties.name;
    expect(countryAt(34.1, 44.95)).toBe('Russia'); // Simferopol
    expect(countryAt(41.0, 43.0)).toBe('Georgia'); // Sukhumi
    expect(countryAt(43.97, 42.23)).toBe('Georgia'); // Tskhinvali
    expect(countryAt(46.75, 39.82)).toBe('Azerbaijan'); // Khankendi
  });
});

describe('the real content on the map', () => {
  let map: RegionMap;
  let events: Locatable[];
  beforeAll(async () => {
    const check = await checkContent(ROOT, { contentDir: 'content' });
    events = [...check.result.events].map(([id, event]) => ({ id, location: event.location }));
    map = regionMap(events, basemap());
  });

  it('has one marker or one place beyond the map per located place, each event in one place', () => {
    const located = events.filter((event) => event.location?.coordinates);
    expect(map.markers.length + map.beyond.length).toBe(map.places.length);
    expect(map.places.flatMap((place) => place.events).sort()).toEqual(located.map((event) => event.id).sort());
    expect(map.unplaced.noLocation.length + map.unplaced.noCoordinates.length).toBe(events.length - located.length);
    expect(map.markers.map((marker) => marker.place.name)).toContain('Baku');
  });

  it('keeps the markers 24 px apart at the narrowest width (WCAG 2.5.8) and labels most of them', () => {
    const aspect = map.height / map.width;
    expect(closestMarkers(map.markers, NARROW_WIDTHS[0], aspect)).toBeGreaterThanOrEqual(24);
    expect(map.markers.filter((marker) => marker.wide).length).toBeGreaterThanOrEqual(map.markers.length - 1);
    expect(WIDE_WIDTHS[0]).toBe(NARROW_WIDTHS.at(-1)! + 1);
  });

  it('stays small: land and borders under 6 KB of path data', () => {
    expect(map.land.length + map.borders.length).toBeLessThan(6000);
  });
});
