import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

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
  const tolerance = options.toleranceMeters ?? 5;
  const minShared = options.minSharedMeters ?? 100;
  const segments = collectSegments(features);
  const count = segments.owner.length;
  const result: string[][] = features.map(() => []);
  if (count === 0) return result;

  const index = new Flatbush(count);
  const { x1, y1, x2, y2 } = segments;
  for (let segment = 0; segment < count; segment += 1) {
    index.add(
      Math.min(x1[segment] as number, x2[segment] as number) - tolerance,
      Math.min(y1[segment] as number, y2[segment] as number) - tolerance,
      Math.max(x1[segment] as number, x2[segment] as number) + tolerance,
      Math.max(y1[segment] as number, y2[segment] as number) + tolerance,
    );
  }
  index.finish();

  // shared[a * n + b] = metres of a's border within tolerance of b's border.
  const featureCount = features.length;
  const shared = new Float64Array(featureCount * featureCount);
  const intervals = new Map<number, number[]>();
  for (let segment = 0; segment < count; segment += 1) {
    const owner = segments.owner[segment] as number;
    const ax = x1[segment] as number;
    const ay = y1[segment] as number;
    const bx = x2[segment] as number;
    const by = y2[segment] as number;
    const length = Math.hypot(bx - ax, by - ay);
    if (length === 0) continue;
    intervals.clear();
    const candidates = index.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    for (const other of candidates) {
      const otherOwner = segments.owner[other] as number;
      if (otherOwner === owner) continue;
      const covered = coveredInterval(ax, ay, bx, by, x1[other] as number, y1[other] as number, x2[other] as number, y2[other] as number, tolerance);
      if (covered === undefined) continue;
      let list = intervals.get(otherOwner);
      if (!list) intervals.set(otherOwner, (list = []));
      list.push(covered[0], covered[1]);
    }
    for (const [otherOwner, list] of intervals) {
      const cell = owner * featureCount + otherOwner;
      shared[cell] = (shared[cell] as number) + length * unionLength(list);
    }
  }

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

interface Segments {
  owner: Int32Array;
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
    owner: new Int32Array(total),
    x1: new Float64Array(total),
    y1: new Float64Array(total),
    x2: new Float64Array(total),
    y2: new Float64Array(total),
  };
  let cursor = 0;
  features.forEach((item, featureIndex) => {
    for (const polygon of polygonsOf(item)) {
      for (const ring of polygon) {
        for (let index = 1; index < ring.length; index += 1) {
          const from = ring[index - 1] as number[];
          const to = ring[index] as number[];
          segments.owner[cursor] = featureIndex;
          segments.x1[cursor] = (from[0] as number) * xScale;
          segments.y1[cursor] = (from[1] as number) * metersPerDegree;
          segments.x2[cursor] = (to[0] as number) * xScale;
          segments.y2[cursor] = (to[1] as number) * metersPerDegree;
          cursor += 1;
        }
      }
    }
  });
  return segments;
}

function polygonsOf(item: AreaFeature): number[][][][] {
  return item.geometry.type === 'Polygon' ? [item.geometry.coordinates] : item.geometry.coordinates;
}

/**
 * The part [t0, t1] of segment P(t) = A + t(B − A), t ∈ [0, 1], lying within `tolerance` of segment CD.
 * Distance to a segment is convex along a line, so the part is one interval: the union of the line's
 * intersections with the capsule's rectangle and its two end discs.
 */
export function coveredInterval(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
  tolerance: number,
): [number, number] | undefined {
  let start = Infinity;
  let end = -Infinity;
  const include = (interval: [number, number] | undefined) => {
    if (!interval) return;
    start = Math.min(start, interval[0]);
    end = Math.max(end, interval[1]);
  };
  const lengthCD = Math.hypot(dx - cx, dy - cy);
  if (lengthCD > 0) {
    // Rectangle in CD's frame: 0 ≤ u ≤ |CD|, |v| ≤ tolerance; u and v are linear in t.
    const ux = (dx - cx) / lengthCD;
    const uy = (dy - cy) / lengthCD;
    const u0 = (ax - cx) * ux + (ay - cy) * uy;
    const v0 = -(ax - cx) * uy + (ay - cy) * ux;
    const du = (bx - ax) * ux + (by - ay) * uy;
    const dv = -(bx - ax) * uy + (by - ay) * ux;
    let interval: [number, number] | undefined = [0, 1];
    interval = slab(interval, u0, du, 0, lengthCD);
    interval = slab(interval, v0, dv, -tolerance, tolerance);
    include(interval);
  }
  include(discInterval(ax, ay, bx, by, cx, cy, tolerance));
  include(discInterval(ax, ay, bx, by, dx, dy, tolerance));
  return start <= end ? [start, end] : undefined;
}

function slab(interval: [number, number] | undefined, origin: number, direction: number, min: number, max: number): [number, number] | undefined {
  if (!interval) return undefined;
  if (direction === 0) return origin >= min && origin <= max ? interval : undefined;
  let t0 = (min - origin) / direction;
  let t1 = (max - origin) / direction;
  if (t0 > t1) [t0, t1] = [t1, t0];
  const from = Math.max(interval[0], t0);
  const to = Math.min(interval[1], t1);
  return from <= to ? [from, to] : undefined;
}

function discInterval(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, radius: number): [number, number] | undefined {
  const directionX = bx - ax;
  const directionY = by - ay;
  const offsetX = ax - cx;
  const offsetY = ay - cy;
  const a = directionX * directionX + directionY * directionY;
  const b = 2 * (offsetX * directionX + offsetY * directionY);
  const c = offsetX * offsetX + offsetY * offsetY - radius * radius;
  const discriminant = b * b - 4 * a * c;
  if (a === 0 || discriminant < 0) return undefined;
  const root = Math.sqrt(discriminant);
  const from = Math.max(0, (-b - root) / (2 * a));
  const to = Math.min(1, (-b + root) / (2 * a));
  return from <= to ? [from, to] : undefined;
}

/** Total length of the union of intervals given flat as [s0, e0, s1, e1, ...] within [0, 1]. */
function unionLength(flat: number[]): number {
  if (flat.length === 2) return (flat[1] as number) - (flat[0] as number);
  const pairs: [number, number][] = [];
  for (let index = 0; index < flat.length; index += 2) pairs.push([flat[index] as number, flat[index + 1] as number]);
  pairs.sort((left, right) => left[0] - right[0]);
  let total = 0;
  let [currentStart, currentEnd] = pairs[0] as [number, number];
  for (const [from, to] of pairs.slice(1)) {
    if (from > currentEnd) {
      total += currentEnd - currentStart;
      currentStart = from;
      currentEnd = to;
    } else if (to > currentEnd) {
      currentEnd = to;
    }
  }
  return total + currentEnd - currentStart;
}
