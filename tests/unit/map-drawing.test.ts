/**
 * The maps' drawing on small hand-made inputs, each result worked out by hand: the basemap read from a
 * three-arc topology, the culling of shapes by their bounds, the frames (parallels, rotation, clip and fit),
 * the path data of rings and lines through a projection that leaves points where they are, Douglas–Peucker
 * and the rounding, the percentages, and the region and locator maps on a one-square basemap
 * (tests/unit/map.test.ts draws the real world-atlas data).
 */
import { geoIdentity, type GeoConicProjection, type GeoProjection } from 'd3-geo';
import type { LineString, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  basemapOf,
  boundsOf,
  frameBounds,
  frameFor,
  locatorFrame,
  locatorMap,
  pathData,
  percentIn,
  regionMap,
  rounded,
  shapesNear,
  simplify,
  type Basemap,
  type Frame,
  type Locatable,
  type Shape,
} from '../../src/lib/map.ts';

/**
 * Two square countries side by side, 10 degrees a side, sharing the meridian 0 from the equator to 10° N. Arc 0 is
 * the shared border, arcs 1 and 2 the western and eastern coasts; the land is their outline, clockwise.
 */
function twoCountries(
  land: unknown = { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[-3, -2]] }] },
) {
  return {
    type: 'Topology',
    arcs: [
      [
        [0, 0],
        [0, 10],
      ],
      [
        [0, 10],
        [-10, 10],
        [-10, 0],
        [0, 0],
      ],
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ],
    ],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]] },
          { type: 'Polygon', arcs: [[-1, 2]] },
        ],
      },
      land,
    },
  } as unknown as Topology;
}

/** The land outline of twoCountries, as topojson-client joins arcs 2 and 1 reversed. */
const OUTLINE = [
  [0, 10],
  [10, 10],
  [10, 0],
  [0, 0],
  [-10, 0],
  [-10, 10],
  [0, 10],
];

/** The standard parallels of a frame's projection (frameFor and locatorFrame make conic ones). */
const parallels = (frame: Frame) => (frame.projection as GeoConicProjection).parallels();

/** A frame whose projection leaves every point where it is (no clipping): path data in the shapes' own units. */
const flat = (width = 100, height = 100): Frame => ({
  projection: geoIdentity() as unknown as GeoProjection,
  width,
  height,
});
const ring = (...points: [number, number][]): Polygon => ({ type: 'Polygon', coordinates: [[...points, points[0]!]] });
const line = (...points: [number, number][]): LineString => ({ type: 'LineString', coordinates: points });

describe('basemapOf', () => {
  it('reads the land and only the borders two countries share, each with its bounds', () => {
    const basemap = basemapOf(twoCountries());
    expect(basemap.land).toHaveLength(1);
    expect(basemap.land[0]!.shape).toEqual({ type: 'Polygon', coordinates: [OUTLINE] });
    const [[west, south], [east, north]] = basemap.land[0]!.bounds;
    expect([west, south, east]).toEqual([-10, 0, 10]);
    // The northern edge is a great-circle arc, which bulges a little poleward of 10° N.
    expect(north).toBeCloseTo(10.037, 3);
    expect(basemap.borders).toEqual([
      {
        shape: {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [0, 10],
          ],
        },
        bounds: [
          [0, 0],
          [0, 10],
        ],
      },
    ]);
  });

  it('takes the land as one polygon, a multipolygon or a collection, and keeps only its polygons', () => {
    const single = basemapOf(twoCountries({ type: 'Polygon', arcs: [[-3, -2]] }));
    expect(single.land.map((entry) => entry.shape)).toEqual([{ type: 'Polygon', coordinates: [OUTLINE] }]);
    const multi = basemapOf(twoCountries({ type: 'MultiPolygon', arcs: [[[0, 1]], [[-1, 2]]] }));
    expect(multi.land.map((entry) => entry.shape.coordinates[0]!.length)).toEqual([5, 5]);
    expect(multi.land.map((entry) => entry.shape.type)).toEqual(['Polygon', 'Polygon']);
    const nested = basemapOf(
      twoCountries({
        type: 'GeometryCollection',
        geometries: [
          { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[-3, -2]] }] },
          { type: 'LineString', arcs: [0] },
        ],
      }),
    );
    expect(nested.land.map((entry) => entry.shape)).toEqual([{ type: 'Polygon', coordinates: [OUTLINE] }]);
  });

  it('refuses a topology without a countries collection or without land', () => {
    const message = 'basemapOf: the topology needs a "countries" collection and a "land" object (world-atlas).';
    const noLand = twoCountries();
    delete (noLand.objects as Record<string, unknown>)['land'];
    expect(() => basemapOf(noLand)).toThrow(message);
    const noCountries = twoCountries();
    delete (noCountries.objects as Record<string, unknown>)['countries'];
    expect(() => basemapOf(noCountries)).toThrow(message);
    const oneCountry = twoCountries();
    (oneCountry.objects as Record<string, unknown>)['countries'] = { type: 'Polygon', arcs: [[0, 1]] };
    expect(() => basemapOf(oneCountry)).toThrow(message);
  });
});

describe('shapesNear', () => {
  /** A shape known by its name, with the bounds given (west, south, east, north). */
  const named = (name: string, [west, south, east, north]: number[]): Shape<LineString> => ({
    shape: { type: 'LineString', coordinates: [], name } as LineString,
    bounds: [
      [west!, south!],
      [east!, north!],
    ],
  });
  const names = (shapes: LineString[]) => shapes.map((shape) => (shape as LineString & { name: string }).name);
  const box = { west: 40, south: 35, east: 60, north: 50 };

  it('keeps the shapes that meet the box widened by twice the pad east and west, once north and south', () => {
    const shapes = [
      named('inside', [45, 40, 50, 45]),
      named('along a meridian inside', [50, 40, 50, 45]),
      named('along a meridian beyond east', [100, 40, 100, 45]),
      named('touches west', [20, 40, 30, 45]),
      named('beyond west', [20, 40, 29.9, 45]),
      named('touches east', [70, 40, 80, 45]),
      named('beyond east', [70.1, 40, 80, 45]),
      named('touches south', [45, 20, 50, 30]),
      named('beyond south', [45, 20, 50, 29.9]),
      named('touches north', [45, 55, 50, 60]),
      named('beyond north', [45, 55.1, 50, 60]),
      named('around', [0, 0, 100, 80]),
      named('across the antimeridian', [170, 40, -170, 45]),
      named('across the antimeridian, far north', [170, 60, -170, 70]),
      named('across the antimeridian, far south', [170, 10, -170, 24.9]),
    ];
    expect(names(shapesNear(shapes, box))).toEqual([
      'inside',
      'along a meridian inside',
      'touches west',
      'touches east',
      'touches south',
      'touches north',
      'around',
      'across the antimeridian',
    ]);
    expect(names(shapesNear(shapes, box, 0))).toEqual([
      'inside',
      'along a meridian inside',
      'around',
      'across the antimeridian',
    ]);
    expect(names(shapesNear(shapes, box, 10))).toEqual([
      'inside',
      'along a meridian inside',
      'touches west',
      'beyond west',
      'touches east',
      'beyond east',
      'touches south',
      'beyond south',
      'touches north',
      'beyond north',
      'around',
      'across the antimeridian',
      'across the antimeridian, far north',
    ]);
  });
});

describe('the frames', () => {
  it('puts the standard parallels at a quarter and three quarters of the box, on its middle meridian', () => {
    const frame = frameFor({ west: 40, east: 60, south: 35, north: 51 }, 480);
    expect(frame.width).toBe(480);
    expect(parallels(frame)).toEqual([39, 47]);
    expect(frame.projection.rotate()).toEqual([-50, 0, 0]);
    // The box fills the width: its south-western and south-eastern corners are its widest points.
    expect(frame.projection([40, 35])![0]).toBeCloseTo(0, 6);
    expect(frame.projection([60, 35])![0]).toBeCloseTo(480, 6);
    // The height reaches the lowest point, the middle of the southern edge, rounded up; the rest is clipped.
    const bottom = frame.projection([50, 35])![1];
    expect(frame.height).toBe(Math.ceil(bottom));
    expect(frame.height).toBeGreaterThan(400);
    expect(frame.projection.clipExtent()).toEqual([
      [0, 0],
      [480, frame.height],
    ]);
  });

  it('centres a locator frame on its point, with parallels half its span apart', () => {
    const frame = locatorFrame(40, 50, 240, 160);
    expect([frame.width, frame.height]).toEqual([240, 160]);
    expect(parallels(frame)).toEqual([37, 43]);
    expect(frame.projection.rotate()).toEqual([-50, 0, 0]);
    const [x, y] = frame.projection([50, 40])!;
    expect(x).toBeCloseTo(120, 9);
    expect(y).toBeCloseTo(80, 9);
    expect(frame.projection.clipExtent()).toEqual([
      [0, 0],
      [240, 160],
    ]);
    expect(parallels(locatorFrame(-20, 10, 300, 100, 8))).toEqual([-22, -18]);
  });

  it('fits a box as many degrees of longitude wide as the width asks at its latitude, its southern corners at the sides', () => {
    for (const [lat, lon] of [
      [40, 50],
      [60, 30],
      [10, 100],
    ] as const) {
      const frame = locatorFrame(lat, lon, 240, 160);
      // 6 degrees of latitude each way, and 6 × 240 / 160 degrees of a great circle, so that many over the cosine of
      // the latitude in longitude: the parallels bend, so the box's southern corners are its widest points.
      const halfLon = (6 * 1.5) / Math.cos((lat * Math.PI) / 180);
      expect(frame.projection([lon - halfLon, lat - 6])![0]).toBeCloseTo(0, 6);
      expect(frame.projection([lon + halfLon, lat - 6])![0]).toBeCloseTo(240, 6);
      // 12 degrees of latitude, from 6 below the point to 6 above it: nearly the height, not more.
      const tall = frame.projection([lon, lat - 6])![1] - frame.projection([lon, lat + 6])![1];
      expect(tall).toBeGreaterThan(0.85 * 160);
      expect(tall).toBeLessThanOrEqual(160);
    }
  });

  it('near the pole widens the box by at most five times the degrees of latitude', () => {
    // At 80° N a degree of longitude is 0.17 of one of latitude: the box is 45 degrees each way, not 52.
    const frame = locatorFrame(80, 0, 240, 160);
    expect(frame.projection([-45, 74])![0]).toBeCloseTo(0, 6);
    expect(frame.projection([45, 74])![0]).toBeCloseTo(240, 6);
  });

  it('culls by the box of five points along the top, the middle and the bottom of the frame', () => {
    // The inverse of a projection that bends: each point sampled has its own place; any other gives (999, 999).
    const sampled: Record<string, [number, number]> = {
      '0,0': [10, 50],
      '2,0': [11, 51],
      '4,0': [12, 52],
      '6,0': [13, 61],
      '8,0': [14, 53],
      '0,2': [15, 45],
      '2,2': [5, 46],
      '4,2': [16, 47],
      '6,2': [17, 48],
      '8,2': [18, 49],
      '0,4': [19, 40],
      '2,4': [20, 41],
      '4,4': [21, 30],
      '6,4': [30, 42],
      '8,4': [22, 43],
    };
    const projection = { invert: ([x, y]: [number, number]) => sampled[`${x},${y}`] ?? [999, 999] };
    expect(frameBounds({ projection: projection as unknown as GeoProjection, width: 8, height: 4 })).toEqual({
      west: 5,
      east: 30,
      south: 30,
      north: 61,
    });
  });

  it('culls by a box around a real frame', () => {
    const visible = frameBounds(frameFor({ west: 40, east: 60, south: 35, north: 51 }, 480));
    expect(visible.west).toBeCloseTo(37.03, 2);
    expect(visible.east).toBeCloseTo(62.97, 2);
    expect(visible.south).toBeCloseTo(34.52, 2);
    expect(visible.north).toBeCloseTo(51.37, 2);
  });
});

describe('percentIn', () => {
  /** A map 100 units wide and 50 high, where a degree is 10 units and nothing projects beyond 1000 degrees. */
  const frame = (): Frame => ({
    projection: (([lon, lat]: [number, number]) => (lon > 1000 ? null : [lon * 10, lat * 10])) as GeoProjection,
    width: 100,
    height: 50,
  });

  it('gives the point in percent of the width and the height, to two decimals', () => {
    expect(percentIn(frame(), 2.5, 5)).toEqual({ x: 50, y: 50 });
    expect(percentIn(frame(), 1, 10 / 3)).toEqual({ x: 33.33, y: 20 });
    expect(percentIn(frame(), 10 / 3, 20 / 3)).toEqual({ x: 66.67, y: 66.67 });
  });

  it('keeps the edges, and gives nothing beyond them or where the projection gives nothing', () => {
    expect(percentIn(frame(), 0, 0)).toEqual({ x: 0, y: 0 });
    expect(percentIn(frame(), 5, 10)).toEqual({ x: 100, y: 100 });
    expect(percentIn(frame(), 2, -0.01)).toBeUndefined();
    expect(percentIn(frame(), 2, 10.01)).toBeUndefined();
    expect(percentIn(frame(), -0.01, 2)).toBeUndefined();
    expect(percentIn(frame(), 5.01, 2)).toBeUndefined();
    expect(percentIn(frame(), 2, 1001)).toBeUndefined();
  });
});

describe('pathData', () => {
  it('writes a ring as a move, relative lines and a close, with a minus sign or a space between numbers', () => {
    expect(pathData([ring([0, 0], [10, 0], [10, 10], [0, 10])], flat())).toBe('M0 0l10 0 0 10-10 0z');
    expect(pathData([ring([20, 20], [10, 20], [10, 10])], flat())).toBe('M20 20l-10 0 0-10z');
    expect(pathData([line([5, 5], [10, 0], [10, 8])], flat())).toBe('M5 5l5-5 0 8');
  });

  it('writes every ring and line, each ring closed and each line open, in order', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [30, 0],
          [30, 30],
          [0, 30],
          [0, 0],
        ],
        [
          [10, 10],
          [10, 20],
          [20, 20],
          [20, 10],
          [10, 10],
        ],
      ],
    };
    expect(pathData([withHole, line([0, 40], [30, 40]), ring([50, 0], [60, 0], [60, 10])], flat())).toBe(
      'M0 0l30 0 0 30-30 0zM10 10l0 10 10 0 0-10zM0 40l30 0M50 0l10 0 0 10z',
    );
  });

  it('rounds to whole units, and drops a last point that rounds onto the first', () => {
    expect(pathData([ring([0.4, 0.4], [10.2, -0.4], [9.6, 10.4])], flat())).toBe('M0 0l10 0 0 10z');
    expect(pathData([ring([0, 0], [10, 0], [10, 10], [0.3, 0.2])], flat())).toBe('M0 0l10 0 0 10z');
    expect(pathData([line([0, 0], [10, 0], [0.3, 0.2])], flat())).toBe('M0 0l10 0-10 0');
  });

  it('leaves out rings of fewer than three points or less than the least area, and lines of one point', () => {
    // A 3 × 3 square (9 square units) stays, a 2 × 3 one (6) goes: the least area is 8 unless told.
    expect(pathData([ring([0, 0], [3, 0], [3, 3], [0, 3])], flat())).toBe('M0 0l3 0 0 3-3 0z');
    expect(pathData([ring([0, 0], [2, 0], [2, 3], [0, 3])], flat())).toBe('');
    // The same the other way round: the area counts whatever the direction.
    expect(pathData([ring([0, 3], [2, 3], [2, 0], [0, 0])], flat(), { minArea: 6 })).toBe('M0 3l2 0 0-3-2 0z');
    expect(pathData([ring([0, 0], [2, 0], [2, 3], [0, 3])], flat(), { minArea: 6 })).toBe('M0 0l2 0 0 3-2 0z');
    expect(pathData([ring([0, 0], [2, 0], [2, 3], [0, 3])], flat(), { minArea: 6.5 })).toBe('');
    // A triangle of 50 square units, and a ring that rounds to two points.
    expect(pathData([ring([0, 0], [10, 0], [0, 10])], flat())).toBe('M0 0l10 0-10 10z');
    expect(pathData([ring([0, 0], [100, 0], [100.2, 0.3])], flat(), { minArea: 0 })).toBe('');
    expect(pathData([line([0, 0], [0.2, 0.3])], flat())).toBe('');
    expect(pathData([line([0, 0], [0, 1])], flat())).toBe('M0 0l0 1');
  });

  it('simplifies within the tolerance: three quarters of a unit unless told', () => {
    const bent = line([0, 0], [10, 0.7], [20, 0]);
    expect(pathData([bent], flat())).toBe('M0 0l20 0');
    expect(pathData([bent], flat(), { tolerance: 0.5 })).toBe('M0 0l10 1 10-1');
    expect(pathData([line([0, 0], [10, 0.8], [20, 0])], flat())).toBe('M0 0l10 1 10-1');
  });

  it('clips to a real frame', () => {
    const frame = locatorFrame(45, 50, 240, 160);
    const land = ring([20, 20], [20, 70], [80, 70], [80, 20]);
    expect(pathData([land], frame)).toBe('M0 0l240 0 0 160-240 0z');
    expect(pathData([line([50, 20], [50, 70])], frame)).toBe('M120 160l0-160');
    expect(pathData([line([100, 20], [100, 70])], frame)).toBe('');
    // A ring goes round once: its closing point is not sent again, so the point before it, on the way back to the
    // start, is an end of the line that Douglas–Peucker simplifies and stays.
    const square = ring([48, 43], [48, 47], [52, 47], [52, 43], [50, 43]);
    expect(pathData([square], frame)).toBe('M102 104l1-48 34 0 1 48-18 0z');
  });
});

describe('simplify and rounded', () => {
  it('keeps every point at no tolerance, even on a straight line', () => {
    const straight: [number, number][] = [
      [0, 0],
      [1, 0],
      [2, 0],
    ];
    expect(simplify(straight, 0)).toEqual(straight);
    expect(simplify(straight, -1)).toEqual(straight);
    expect(simplify(straight, 0.1)).toEqual([
      [0, 0],
      [2, 0],
    ]);
    expect(simplify([], 1)).toEqual([]);
  });

  it('keeps a point farther than the tolerance, not one exactly at it', () => {
    expect(
      simplify(
        [
          [0, 0],
          [1, 1],
          [2, 0],
        ],
        1,
      ),
    ).toEqual([
      [0, 0],
      [2, 0],
    ]);
    expect(
      simplify(
        [
          [0, 0],
          [1, 1.01],
          [2, 0],
        ],
        1,
      ),
    ).toHaveLength(3);
  });

  it('splits at the farthest point first', () => {
    // Split at (1, 0.9), the first point beyond the tolerance, (2, 2) would stay; split at (2, 2), the farthest,
    // (1, 0.9) is within 0.5 of the line from (0, 0) to (2, 2) and goes.
    expect(
      simplify(
        [
          [0, 0],
          [1, 0.9],
          [2, 2],
          [3, 0.9],
          [4, 0],
        ],
        0.5,
      ),
    ).toEqual([
      [0, 0],
      [2, 2],
      [4, 0],
    ]);
  });

  it('measures the distance to the segment, not to its line, and to a point when the segment is one', () => {
    // (6, 1) is 1 from the line through (0, 0) and (5, 0) but √2 from the segment's end.
    expect(
      simplify(
        [
          [0, 0],
          [6, 1],
          [5, 0],
        ],
        1.2,
      ),
    ).toHaveLength(3);
    expect(
      simplify(
        [
          [0, 0],
          [-1, 1],
          [5, 0],
        ],
        1.2,
      ),
    ).toHaveLength(3);
    // A closed ring's first and last points are one: its other points are measured from there.
    expect(
      simplify(
        [
          [0, 0],
          [3, 4],
          [0, 0],
        ],
        4.9,
      ),
    ).toEqual([
      [0, 0],
      [3, 4],
      [0, 0],
    ]);
    expect(
      simplify(
        [
          [0, 0],
          [3, 4],
          [0, 0],
        ],
        5,
      ),
    ).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('drops a point only when it rounds onto the one before in both coordinates', () => {
    expect(
      rounded([
        [0, 0],
        [0, 1],
        [1, 1],
        [1.2, 0.8],
        [1, 0],
      ]),
    ).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
    ]);
  });
});

describe('the maps on a one-square basemap', () => {
  /** Land over the whole region (20° to 80° E, 20° to 70° N) and one border along the meridian 50° E. */
  const basemap = (): Basemap => {
    const land = ring([20, 20], [20, 70], [80, 70], [80, 20]);
    const border = line([50, 20], [50, 70]);
    return {
      land: [
        {
          shape: land,
          bounds: [
            [20, 20],
            [80, 73],
          ],
        },
      ],
      borders: [
        {
          shape: border,
          bounds: [
            [50, 20],
            [50, 70],
          ],
        },
      ],
    };
  };
  const at = (id: string, place: string, lat: number, lon: number, country = 'AZ'): Locatable => ({
    id,
    location: { place, country, coordinates: { lat, lon } },
  });

  it('draws the region map: markers on the middle meridian, their names and sides, the places beyond', () => {
    const events = [
      at('a', 'Old Town, Baku', 40, 50),
      at('a2', 'Baku', 40, 50),
      at('s', 'Sumqayit', 40.3, 50),
      at('b', 'Mingachevir Reservoir', 50, 50),
      at('c', 'Washington', 38.9, -77, 'US'),
      { id: 'd' },
      { id: 'e', location: { place: 'Azerbaijan', country: 'AZ' } },
    ];
    const map = regionMap(events, basemap(), { width: 240 });
    // The box: 37° to 53° N, 45° to 55° E (the least span of 10 degrees about the meridian 50° E).
    const box = { west: 45, south: 37, east: 55, north: 53 };
    expect(boundsOf(map.markers.map((marker) => marker.place))).toEqual(box);
    const frame = frameFor(box, 240);
    expect([map.width, map.height]).toEqual([240, frame.height]);
    expect(map.land).toBe(`M0 0l240 0 0 ${frame.height}-240 0z`);
    expect(map.borders).toBe(`M120 ${frame.height}l0-${frame.height}`);
    expect(
      map.markers.map((marker) => [marker.place.anchor, marker.x, marker.y, marker.label, marker.narrow, marker.wide]),
    ).toEqual([
      // Baku has two events and goes first; Sumqayit, 0.3 degrees north, is 10 px above it at 288 px wide, where
      // its label on the right would cover Baku's, and 20 px at 560.
      ['place-baku', 50, percentIn(frame, 40, 50)!.y, 'Baku', 'right', 'right'],
      ['place-mingachevir-reservoir', 50, percentIn(frame, 50, 50)!.y, 'Mingachevir Reservoir', 'above', 'right'],
      ['place-sumqayit', 50, percentIn(frame, 40.3, 50)!.y, 'Sumqayit', 'left', 'right'],
    ]);
    expect(map.beyond.map((place) => place.anchor)).toEqual(['place-washington']);
    expect(map.places.map((place) => place.anchor)).toEqual([
      'place-baku',
      'place-mingachevir-reservoir',
      'place-sumqayit',
      'place-washington',
    ]);
    expect(map.unplaced).toEqual({ noLocation: ['d'], noCoordinates: ['e'] });
  });

  it('takes its width and region from the options, and is 480 units wide over the default region', () => {
    const events = [at('a', 'Baku', 40, 50), at('w', 'Washington', 38.9, -77, 'US')];
    expect(regionMap(events, basemap()).width).toBe(480);
    const west = regionMap(events, basemap(), { width: 300, region: { west: -90, south: 30, east: -60, north: 50 } });
    expect(west.width).toBe(300);
    expect(west.markers.map((marker) => marker.place.name)).toEqual(['Washington']);
    expect(west.beyond.map((place) => place.name)).toEqual(['Baku']);
    // Nothing of the square basemap lies near Washington.
    expect([west.land, west.borders]).toEqual(['', '']);
  });

  it('draws nothing but keeps the lists when no place lies in the region', () => {
    const events = [at('w', 'Washington', 38.9, -77, 'US'), { id: 'd' }];
    expect(regionMap(events, basemap(), { width: 300 })).toEqual({
      width: 300,
      height: 0,
      land: '',
      borders: '',
      markers: [],
      beyond: [
        {
          key: '38.90,-77.00',
          anchor: 'place-washington',
          name: 'Washington',
          country: 'US',
          lat: 38.9,
          lon: -77,
          events: ['w'],
        },
      ],
      places: [
        {
          key: '38.90,-77.00',
          anchor: 'place-washington',
          name: 'Washington',
          country: 'US',
          lat: 38.9,
          lon: -77,
          events: ['w'],
        },
      ],
      unplaced: { noLocation: ['d'], noCoordinates: [] },
    });
  });

  it('draws the locator map around its place', () => {
    expect(locatorMap(45, 50, basemap())).toEqual({
      width: 240,
      height: 160,
      land: 'M0 0l240 0 0 160-240 0z',
      borders: 'M120 160l0-160',
      x: 120,
      y: 80,
    });
    expect(locatorMap(45, 100, basemap())).toEqual({ width: 240, height: 160, land: '', borders: '', x: 120, y: 80 });
  });
});
