import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { cover, unionLength } from './segmentCover';

export interface NeighborOptions {
  /** Borders closer than this count as shared. */
  toleranceMeters?: number;
  /** Minimum length of shared border; a corner touch or a brief approach is not a neighbour. */
  minSharedMeters?: number;
}

type AreaFeature = Feature<Polygon | MultiPolygon, { kode: string }>;

const metersPerDegree = (Math.PI / 180) * 6_371_008.8;

/**
 * Neighbours = kelurahan whose borders run within `toleranceMeters` of each other for at least
 * `minSharedMeters`. Upstream borders of neighbours often do not share vertices (they were drawn
 * separately), so exact topology misses real neighbours; this measures, for every border segment of
 * A, the part lying within tolerance of B's border, exactly (a segment against a capsule), and sums it.
 * Positions are projected once to local equirectangular metres (error ≪ 5 m across a kota) and all
 * segments go into one flatbush index, so the whole of Batam takes tens of milliseconds.
 * Returns, per feature index, the sorted `kode`s of its neighbours.
 */
export function computeNeighbors(features: readonly AreaFeature[], options: NeighborOptions = {}): string[][] {
  const minShared = options.minSharedMeters ?? 100;
  const shared = sharedBorderLengths(features, options.toleranceMeters ?? 5);
  const featureCount = features.length;
  const result: string[][] = features.map(() => []);
  for (let a = 0; a < featureCount; a += 1) {
    for (let b = a + 1; b < featureCount; b += 1) {
      // Symmetric by construction: measured from either side, the longer reading decides.
      if (Math.max(shared[a * featureCount + b] as number, shared[b * featureCount + a] as number) >= minShared) {
        (result[a] as string[]).push((features[b] as AreaFeature).properties.kode);
        (result[b] as string[]).push((features[a] as AreaFeature).properties.kode);
      }
    }
  }
  for (const list of result) list.sort();
  return result;
}

/**
 * Row-major n × n matrix: entry [a * n + b] is the length in metres of a's border lying within
 * `toleranceMeters` of b's border.
 */
export function sharedBorderLengths(features: readonly AreaFeature[], toleranceMeters = 5): Float64Array {
  const tolerance = toleranceMeters;
  const segments = collectSegments(features);
  const featureCount = features.length;
  const shared = new Float64Array(featureCount * featureCount);
  const { x1, y1, x2, y2, start, box } = segments;

  // One small index per feature, so a query returns only the other feature's segments (one shared
  // index spends most of its time returning a segment's own neighbours along the same ring).
  const indexes = features.map((_item, owner) => {
    const from = start[owner] as number;
    const to = start[owner + 1] as number;
    if (to === from) return undefined;
    const index = new Flatbush(to - from);
    for (let segment = from; segment < to; segment += 1) {
      index.add(
        Math.min(x1[segment] as number, x2[segment] as number) - tolerance,
        Math.min(y1[segment] as number, y2[segment] as number) - tolerance,
        Math.max(x1[segment] as number, x2[segment] as number) + tolerance,
        Math.max(y1[segment] as number, y2[segment] as number) + tolerance,
      );
    }
    index.finish();
    return index;
  });

  const covered: number[] = [];
  const interval = new Float64Array(2);
  for (let owner = 0; owner < featureCount; owner += 1) {
    for (let other = 0; other < featureCount; other += 1) {
      const index = indexes[other];
      if (other === owner || !index || !boxesOverlap(box, owner, other, tolerance)) continue;
      const otherStart = start[other] as number;
      let total = 0;
      const ownIndex = indexes[owner];
      if (!ownIndex) continue;
      const ownStart = start[owner] as number;
      // Only this feature's segments inside the other's (expanded) box can lie near its border.
      const nearby = ownIndex.search(box[other * 4] as number, box[other * 4 + 1] as number, box[other * 4 + 2] as number, box[other * 4 + 3] as number);
      for (const ownLocal of nearby) {
        const segment = ownStart + ownLocal;
        const ax = x1[segment] as number;
        const ay = y1[segment] as number;
        const bx = x2[segment] as number;
        const by = y2[segment] as number;
        const length = Math.hypot(bx - ax, by - ay);
        if (length === 0) continue;
        covered.length = 0;
        for (const local of index.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by))) {
          const candidate = otherStart + local;
          if (cover(interval, ax, ay, bx, by, x1[candidate] as number, y1[candidate] as number, x2[candidate] as number, y2[candidate] as number, tolerance)) {
            covered.push(interval[0] as number, interval[1] as number);
          }
        }
        if (covered.length > 0) total += length * unionLength(covered);
      }
      shared[owner * featureCount + other] = total;
    }
  }
  return shared;
}

function boxesOverlap(box: Float64Array, a: number, b: number, margin: number): boolean {
  return (
    (box[a * 4] as number) <= (box[b * 4 + 2] as number) + margin &&
    (box[b * 4] as number) <= (box[a * 4 + 2] as number) + margin &&
    (box[a * 4 + 1] as number) <= (box[b * 4 + 3] as number) + margin &&
    (box[b * 4 + 1] as number) <= (box[a * 4 + 3] as number) + margin
  );
}

interface Segments {
  /** Segments of feature i are start[i] .. start[i + 1] − 1. */
  start: Int32Array;
  /** Per feature [minX, minY, maxX, maxY] in metres. */
  box: Float64Array;
  x1: Float64Array;
  y1: Float64Array;
  x2: Float64Array;
  y2: Float64Array;
}

function collectSegments(features: readonly AreaFeature[]): Segments {
  let total = 0;
  let latitudeSum = 0;
  let latitudeCount = 0;
  for (const item of features) {
    for (const polygon of polygonsOf(item)) {
      for (const ring of polygon) {
        total += Math.max(ring.length - 1, 0);
        for (const position of ring) {
          latitudeSum += position[1] ?? 0;
          latitudeCount += 1;
        }
      }
    }
  }
  const xScale = metersPerDegree * Math.cos(((latitudeCount ? latitudeSum / latitudeCount : 0) * Math.PI) / 180);
  const segments: Segments = {
    start: new Int32Array(features.length + 1),
    box: new Float64Array(features.length * 4),
    x1: new Float64Array(total),
    y1: new Float64Array(total),
    x2: new Float64Array(total),
    y2: new Float64Array(total),
  };
  let cursor = 0;
  features.forEach((item, featureIndex) => {
    segments.start[featureIndex] = cursor;
    for (const polygon of polygonsOf(item)) {
      for (const ring of polygon) {
        for (let index = 1; index < ring.length; index += 1) {
          const from = ring[index - 1] as number[];
          const to = ring[index] as number[];
          segments.x1[cursor] = (from[0] as number) * xScale;
          segments.y1[cursor] = (from[1] as number) * metersPerDegree;
          segments.x2[cursor] = (to[0] as number) * xScale;
          segments.y2[cursor] = (to[1] as number) * metersPerDegree;
          cursor += 1;
        }
      }
    }
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let segment = segments.start[featureIndex] as number; segment < cursor; segment += 1) {
      minX = Math.min(minX, segments.x1[segment] as number);
      minY = Math.min(minY, segments.y1[segment] as number);
      maxX = Math.max(maxX, segments.x1[segment] as number);
      maxY = Math.max(maxY, segments.y1[segment] as number);
    }
    segments.box.set([minX, minY, maxX, maxY], featureIndex * 4);
  });
  segments.start[features.length] = cursor;
  return segments;
}

function polygonsOf(item: AreaFeature): number[][][][] {
  return item.geometry.type === 'Polygon' ? [item.geometry.coordinates] : item.geometry.coordinates;
}
