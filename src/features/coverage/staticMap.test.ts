import { describe, expect, it } from 'vitest';
import { MARKER_RADIUS, placeLabels, placeLabelsOrNumbers, projectShapes, type StaticMarker } from './staticMap';

const square = (west: number, south: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]],
});

describe('projectShapes', () => {
  it('fits the shapes to the width, north up, with longitude shrunk by cos(latitude)', () => {
    const map = projectShapes([{ kode: 'A', geometry: square(0, 0, 1) }, { kode: 'B', geometry: square(1, 0, 1) }], 200);
    expect(map.width).toBe(200);
    // Two 1° squares side by side at the equator: 2:1, so 100 high.
    expect(map.height).toBeCloseTo(100, 0);
    expect(map.shapes[0]).toEqual({ kode: 'A', d: 'M0.0 100.0L100.0 100.0L100.0 0.0L0.0 0.0L0.0 100.0Z' });
  });

  it('writes one subpath per ring, holes included, for every part of a MultiPolygon', () => {
    const geometry = { type: 'MultiPolygon' as const, coordinates: [square(0, 0, 1).coordinates, square(2, 0, 1).coordinates] };
    const map = projectShapes([{ kode: 'M', geometry }], 300);
    expect(map.shapes[0]?.d.match(/M/g)).toHaveLength(2);
  });

  it('keeps a square square away from the equator', () => {
    const map = projectShapes([{ kode: 'N', geometry: square(10, 60, 1) }], 100);
    // At 60.5° N one degree of longitude is about half a degree of latitude.
    expect(map.height / map.width).toBeCloseTo(1 / Math.cos((60.5 * Math.PI) / 180), 1);
  });

  it('fits a region taller than the box to its height, centred across the width', () => {
    // Two 1° squares stacked at the equator: 1:2, so 50 wide in a 200 × 100 box, 75 from either side.
    const map = projectShapes([{ kode: 'S', geometry: square(0, 0, 1) }, { kode: 'N', geometry: square(0, 1, 1) }], 200, 100);
    expect(map.width).toBe(200);
    expect(map.height).toBeCloseTo(100, 0);
    expect(map.shapes[0]).toEqual({ kode: 'S', d: 'M75.0 100.0L125.0 100.0L125.0 50.0L75.0 50.0L75.0 100.0Z' });
  });

  it('leaves a region that fits the box as wide as the box', () => {
    const map = projectShapes([{ kode: 'A', geometry: square(0, 0, 1) }, { kode: 'B', geometry: square(1, 0, 1) }], 200, 150);
    expect(map.height).toBeCloseTo(100, 0);
    expect(map.shapes[0]?.d.startsWith('M0.0 100.0')).toBe(true);
  });

  it('puts a shape\'s label point where its outline puts that place, and no label where it has none', () => {
    const map = projectShapes([{ kode: 'A', geometry: square(0, 0, 1), labelPoint: [0.5, 0.25] }, { kode: 'B', geometry: square(1, 0, 1) }], 200);
    // 100 units a degree: half-way across A, a quarter of the way up from its southern edge.
    expect(map.shapes[0]?.labelAt).toEqual({ x: 50, y: 75 });
    expect(map.shapes[1]?.labelAt).toBeUndefined();
  });

  it('returns nothing for empty input instead of NaN paths', () => {
    expect(projectShapes([], 100)).toEqual({ width: 100, height: 0, shapes: [] });
  });
});

describe('placeLabels', () => {
  const metrics = { charWidth: 6, lineHeight: 12 };
  const label = (kode: string, x: number, y: number, text = 'Sadai') => ({ kode, text, x, y });

  it('keeps labels in the order given, leaving out one that would cover a label kept before it', () => {
    // "Sadai" is 30 wide and 12 high: B's box starts 20 right of A's centre, inside A's box.
    const placed = placeLabels([label('A', 50, 50), label('B', 60, 55), label('C', 100, 50)], 200, 100, metrics);
    expect(placed.map((entry) => entry.kode)).toEqual(['A', 'C']);
    // The same two the other way round: B, given first, wins.
    expect(placeLabels([label('B', 60, 55), label('A', 50, 50)], 200, 100, metrics).map((entry) => entry.kode)).toEqual(['B']);
  });

  it('keeps labels that only touch, and leaves out one that would stick out of the map', () => {
    expect(placeLabels([label('A', 50, 50), label('B', 80, 50)], 200, 100, metrics)).toHaveLength(2);
    expect(placeLabels([label('Edge', 10, 50), label('Low', 100, 97)], 200, 100, metrics)).toEqual([]);
  });
});

describe('placeLabelsOrNumbers', () => {
  const metrics = { charWidth: 10, lineHeight: 10 };
  const covered = new Set(['a', 'b', 'c']);
  const isCovered = (kode: string) => covered.has(kode);

  it('names every required kelurahan whose name fits, and numbers none', () => {
    const result = placeLabelsOrNumbers([{ kode: 'a', text: 'Aa', x: 20, y: 20 }, { kode: 'b', text: 'Bb', x: 80, y: 80 }], isCovered, 100, 100, metrics);
    expect(result.labels.map((label) => label.kode)).toEqual(['a', 'b']);
    expect(result.markers).toEqual([]);
  });

  it('numbers required names that would cover each other, in the order given, and keeps the other names clear of the numbers', () => {
    const candidates = [
      { kode: 'a', text: 'Aaaa', x: 50, y: 50 },
      { kode: 'b', text: 'Bbbb', x: 55, y: 52 }, // on top of a: b's number would cover a's name, so a is numbered too
      { kode: 'c', text: 'Cccc', x: 70, y: 20 },
      { kode: 'x', text: 'X', x: 58, y: 62 }, // not required, and under b's number: left out
      { kode: 'y', text: 'Yy', x: 20, y: 85 },
    ];
    const { labels, markers } = placeLabelsOrNumbers(candidates, isCovered, 100, 100, metrics);
    expect(markers.map((marker) => [marker.kode, marker.number])).toEqual([['a', 1], ['b', 2]]);
    expect(markers[0]).toEqual({ kode: 'a', number: 1, x: 50, y: 50 });
    // b's point is under a's number: b's number stands clear of it, joined to its point by a line.
    const [first, second] = markers as [StaticMarker, StaticMarker];
    expect(Math.hypot(second.x - first.x, second.y - first.y)).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
    expect(second.from).toEqual({ x: 55, y: 52 });
    expect(labels.map((label) => label.kode)).toEqual(['c', 'y']);
  });

  it('numbers a required name that does not fit inside the map at all', () => {
    const { labels, markers } = placeLabelsOrNumbers([{ kode: 'a', text: 'A very long name', x: 10, y: 50 }, { kode: 'c', text: 'Cc', x: 50, y: 50 }], isCovered, 100, 100, metrics);
    expect(markers.map((marker) => [marker.kode, marker.number])).toEqual([['a', 1]]);
    expect(labels.map((label) => label.kode)).toEqual(['c']);
  });

  it('slides a name near the edge inside the map, still over its point, instead of numbering it', () => {
    const { labels, markers } = placeLabelsOrNumbers([{ kode: 'a', text: 'Aaaa', x: 95, y: 2 }], isCovered, 100, 100, metrics);
    expect(markers).toEqual([]);
    expect(labels).toEqual([{ kode: 'a', text: 'Aaaa', x: 80, y: 5 }]);
  });

  it('numbers a name pushed out by an earlier number, so every required kelurahan is named or numbered', () => {
    // a and b overlap: b is numbered; b's circle then covers c's name, so c is numbered too.
    const candidates = [
      { kode: 'a', text: 'Aa', x: 30, y: 50 },
      { kode: 'b', text: 'Bb', x: 38, y: 50 },
      { kode: 'c', text: 'C', x: 40, y: 62 },
    ];
    const { labels, markers } = placeLabelsOrNumbers(candidates, isCovered, 100, 100, metrics);
    const shown = new Set([...labels.map((label) => label.kode), ...markers.map((marker) => marker.kode)]);
    expect([...shown].sort()).toEqual(['a', 'b', 'c']);
    expect(markers.map((marker) => marker.number)).toEqual(markers.map((_, index) => index + 1));
  });
});
