import Flatbush from 'flatbush';
import type { AreaLike } from './assignToAreas';
import { EARTH_RADIUS_METERS } from './measure';

/**
 * Shared border lengths in compressed sparse rows: the neighbours of area `i`
 * are `neighbors[offsets[i]..offsets[i+1]]`, sorted, with `meters` alongside.
 * `touchingParts` lists pairs of polygon parts (numbered feature by feature,
 * part by part) whose borders come within tolerance, for island detection.
 * Typed arrays so the table can be sent to a worker by transfer.
 */
export interface SharedBorders {
  offsets: Int32Array;
  neighbors: Int32Array;
  meters: Float64Array;
  partCount: number;
  touchingParts: Int32Array;
}

export interface SharedBorderOptions {
  /** Borders closer than this count as shared (default 5 m, as in the geodata pipeline). */
  toleranceMeters?: number;
}

const metersPerDegree = (Math.PI / 180) * EARTH_RADIUS_METERS;

/** The part [t0, t1] of A + t(B − A), t ∈ [0, 1], within `tolerance` of segment CD (a capsule: one interval, since distance to a segment is convex). */
export function segmentWithinTolerance(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number, tolerance: number): [number, number] | null {
  let start = Infinity;
  let end = -Infinity;
  const widen = (from: number, to: number) => {
    if (from > to) return;
    start = Math.min(start, from);
    end = Math.max(end, to);
  };
  const lengthCD = Math.hypot(dx - cx, dy - cy);
  if (lengthCD > 0) {
    // Rectangle in CD's frame: 0 ≤ u ≤ |CD| and |v| ≤ tolerance, with u and v linear in t.
    const ux = (dx - cx) / lengthCD, uy = (dy - cy) / lengthCD;
    const slabs: [number, number, number, number][] = [
      [(ax - cx) * ux + (ay - cy) * uy, (bx - ax) * ux + (by - ay) * uy, 0, lengthCD],
      [-(ax - cx) * uy + (ay - cy) * ux, -(bx - ax) * uy + (by - ay) * ux, -tolerance, tolerance],
    ];
    let from = 0, to = 1;
    for (const [origin, direction, min, max] of slabs) {
      if (direction === 0) {
        if (origin < min || origin > max) { from = 1; to = 0; }
        continue;
      }
      const t0 = (min - origin) / direction, t1 = (max - origin) / direction;
      from = Math.max(from, Math.min(t0, t1));
      to = Math.min(to, Math.max(t0, t1));
    }
    widen(from, to);
  }
  for (const [px, py] of [[cx, cy], [dx, dy]] as const) {
    const directionX = bx - ax, directionY = by - ay, offsetX = ax - px, offsetY = ay - py;
    const a = directionX * directionX + directionY * directionY;
    const b = 2 * (offsetX * directionX + offsetY * directionY);
    const discriminant = b * b - 4 * a * (offsetX * offsetX + offsetY * offsetY - tolerance * tolerance);
    if (a === 0 || discriminant < 0) continue;
    const root = Math.sqrt(discriminant);
    widen(Math.max(0, (-b - root) / (2 * a)), Math.min(1, (-b + root) / (2 * a)));
  }
  return start <= end ? [start, end] : null;
}

/** Length of the union of [start, end] pairs (flat list). */
function unionLength(flat: number[]): number {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  let total = 0, currentStart = 0, currentEnd = 0;
  for (const [from, to] of pairs) {
    if (from > currentEnd) {
      total += currentEnd - currentStart;
      currentStart = from;
      currentEnd = to;
    } else currentEnd = Math.max(currentEnd, to);
  }
  return total + currentEnd - currentStart;
}

/**
 * For every pair of areas, the length of border running within tolerance of
 * each other (upstream borders of neighbours rarely share vertices, so exact
 * topology would miss them). Measured from both sides, the longer reading
 * wins, as in the pipeline's `neighbors`. Segments are projected to metres at
 * the mean latitude (scale error < 0.6 % across Indonesia) and indexed with
 * flatbush, so each segment is only compared with segments nearby. Memory is
 * proportional to the number of touching pairs, not n².
 */
export function computeSharedBorders(areas: ReadonlyArray<AreaLike>, options: SharedBorderOptions = {}): SharedBorders {
  const tolerance = options.toleranceMeters ?? 5;
  const owner: number[] = [], part: number[] = [], coordinates: number[] = [];
  let latitudeSum = 0, latitudeCount = 0, partCount = 0;
  areas.forEach((area) => {
    const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
    for (const rings of polygons) for (const ring of rings) for (const position of ring) { latitudeSum += position[1]!; latitudeCount++; }
  });
  const xScale = metersPerDegree * Math.cos(((latitudeCount > 0 ? latitudeSum / latitudeCount : 0) * Math.PI) / 180);
  areas.forEach((area, feature) => {
    const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
    for (const rings of polygons) {
      for (const ring of rings) for (let i = 0; i + 1 < ring.length; i++) {
        owner.push(feature);
        part.push(partCount);
        coordinates.push(ring[i]![0]! * xScale, ring[i]![1]! * metersPerDegree, ring[i + 1]![0]! * xScale, ring[i + 1]![1]! * metersPerDegree);
      }
      partCount++;
    }
  });
  const segmentCount = owner.length;
  const tree = new Flatbush(Math.max(segmentCount, 1));
  for (let s = 0; s < segmentCount; s++) {
    const [ax, ay, bx, by] = [coordinates[s * 4]!, coordinates[s * 4 + 1]!, coordinates[s * 4 + 2]!, coordinates[s * 4 + 3]!];
    tree.add(Math.min(ax, bx) - tolerance, Math.min(ay, by) - tolerance, Math.max(ax, bx) + tolerance, Math.max(ay, by) + tolerance);
  }
  if (segmentCount === 0) tree.add(0, 0, 0, 0);
  tree.finish();
  const directed = new Map<number, Map<number, number>>(); // from feature → to feature → metres of from's border
  const touching = new Set<string>();
  const byOtherFeature = new Map<number, number[]>();
  for (let s = 0; s < segmentCount; s++) {
    const [ax, ay, bx, by] = [coordinates[s * 4]!, coordinates[s * 4 + 1]!, coordinates[s * 4 + 2]!, coordinates[s * 4 + 3]!];
    const length = Math.hypot(bx - ax, by - ay);
    if (length === 0) continue;
    byOtherFeature.clear();
    for (const other of tree.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by))) {
      if (owner[other] === owner[s]) continue;
      const interval = segmentWithinTolerance(ax, ay, bx, by, coordinates[other * 4]!, coordinates[other * 4 + 1]!, coordinates[other * 4 + 2]!, coordinates[other * 4 + 3]!, tolerance);
      if (!interval) continue;
      const list = byOtherFeature.get(owner[other]!) ?? [];
      list.push(interval[0], interval[1]);
      byOtherFeature.set(owner[other]!, list);
      const [low, high] = part[s]! < part[other]! ? [part[s]!, part[other]!] : [part[other]!, part[s]!];
      touching.add(`${low},${high}`);
    }
    for (const [otherFeature, list] of byOtherFeature) {
      const row = directed.get(owner[s]!) ?? new Map<number, number>();
      row.set(otherFeature, (row.get(otherFeature) ?? 0) + length * unionLength(list));
      directed.set(owner[s]!, row);
    }
  }
  const symmetric = areas.map(() => new Map<number, number>());
  for (const [from, row] of directed) {
    for (const [to, length] of row) {
      symmetric[from]!.set(to, Math.max(symmetric[from]!.get(to) ?? 0, length));
      symmetric[to]!.set(from, Math.max(symmetric[to]!.get(from) ?? 0, length));
    }
  }
  const rows = symmetric.map((row) => [...row.entries()].sort(([a], [b]) => a - b));
  const offsets = new Int32Array(areas.length + 1);
  rows.forEach((row, feature) => { offsets[feature + 1] = offsets[feature]! + row.length; });
  const neighbors = new Int32Array(offsets[areas.length]!);
  const meters = new Float64Array(offsets[areas.length]!);
  rows.forEach((row, feature) => row.forEach(([other, length], position) => {
    neighbors[offsets[feature]! + position] = other;
    meters[offsets[feature]! + position] = length;
  }));
  const touchingParts = Int32Array.from([...touching].flatMap((key) => key.split(',').map(Number)));
  return { offsets, neighbors, meters, partCount, touchingParts };
}
