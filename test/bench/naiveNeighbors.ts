import { booleanIntersects } from '@turf/boolean-intersects';
import { buffer } from '@turf/buffer';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { coveredInterval } from '../../src/geo/coverSegment';
import { METERS_PER_DEGREE } from '../../src/geo/measure';

type AreaFeature = Feature<Polygon | MultiPolygon, { kode: string }>;
const metersPerDegree = METERS_PER_DEGREE;

/**
 * The baseline for `findNeighbors`: the same definition (border within
 * `toleranceMeters` for at least `minSharedMeters`, longer of the two
 * readings) done the obvious way: every pair is tested with turf's
 * `booleanIntersects` on a buffered copy, and candidate pairs measure every
 * segment of one border against every segment of the other, with no index.
 */
export function naiveNeighbors(features: readonly AreaFeature[], options: { toleranceMeters: number; minSharedMeters: number }): string[][] {
  const { toleranceMeters, minSharedMeters } = options;
  const latitudes = features.flatMap((feature) => segmentsOf(feature).map((segment) => segment[1]));
  const xScale = metersPerDegree * Math.cos(((latitudes.reduce((sum, value) => sum + value, 0) / Math.max(latitudes.length, 1)) * Math.PI) / 180);
  const segments = features.map((feature) => segmentsOf(feature).map(([ax, ay, bx, by]) => [ax * xScale, ay * metersPerDegree, bx * xScale, by * metersPerDegree] as const));
  const buffered = features.map((feature) => buffer(feature, toleranceMeters, { units: 'meters' }));
  const result: string[][] = features.map(() => []);
  const sharedLength = (from: number, to: number) => {
    let total = 0;
    for (const [ax, ay, bx, by] of segments[from]!) {
      const intervals: [number, number][] = [];
      for (const [cx, cy, dx, dy] of segments[to]!) {
        const interval = coveredInterval(ax, ay, bx, by, cx, cy, dx, dy, toleranceMeters);
        if (interval) intervals.push(interval);
      }
      intervals.sort((left, right) => left[0] - right[0]);
      let covered = 0, start = 0, end = 0, open = false;
      for (const [from, to] of intervals) {
        if (!open || from > end) { if (open) covered += end - start; start = from; end = to; open = true; } else end = Math.max(end, to);
      }
      if (open) covered += end - start;
      total += covered * Math.hypot(bx - ax, by - ay);
    }
    return total;
  };
  for (let a = 0; a < features.length; a++) {
    for (let b = a + 1; b < features.length; b++) {
      const zone = buffered[a];
      if (!zone || !booleanIntersects(zone, features[b]!)) continue;
      if (Math.max(sharedLength(a, b), sharedLength(b, a)) >= minSharedMeters) {
        result[a]!.push(features[b]!.properties.kode);
        result[b]!.push(features[a]!.properties.kode);
      }
    }
  }
  for (const list of result) list.sort();
  return result;
}

function segmentsOf(feature: AreaFeature): [number, number, number, number][] {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const segments: [number, number, number, number][] = [];
  for (const rings of polygons) for (const ring of rings) for (let i = 0; i + 1 < ring.length; i++) {
    segments.push([ring[i]![0]!, ring[i]![1]!, ring[i + 1]![0]!, ring[i + 1]![1]!]);
  }
  return segments;
}
