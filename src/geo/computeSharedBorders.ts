import Flatbush from 'flatbush';
import type { AreaLike } from './assignToAreas';
import { coverSegment, unionLength } from './coverSegment';
import { projectBoundaries, type ProjectedBoundaries } from './projectBoundaries';

/** Borders closer than this count as shared: upstream neighbours are drawn separately, a few metres apart. */
export const BORDER_TOLERANCE_METERS = 5;

/**
 * Shared border lengths in compressed sparse rows: the neighbours of area `i`
 * are `neighbors[offsets[i]..offsets[i+1]]`, sorted, with `meters` alongside.
 * A pair is listed as soon as any part of their borders comes within tolerance
 * (a corner touch lists a few metres). `touchingParts` lists pairs of polygon
 * parts of different areas (numbered as in `projectBoundaries`) whose borders
 * come within tolerance, for island detection. Typed arrays so the table can
 * be sent to a worker by transfer.
 */
export interface SharedBorders {
  offsets: Int32Array;
  neighbors: Int32Array;
  meters: Float64Array;
  partCount: number;
  touchingParts: Int32Array;
}

export interface SharedBorderOptions {
  toleranceMeters?: number;
  /** The areas already projected (prepareRanking needs them anyway): saves a pass. */
  boundaries?: ProjectedBoundaries;
}

/**
 * For every pair of areas, the length of border running within tolerance of
 * each other: exact topology would miss most real neighbours, whose borders
 * rarely share vertices. For every border segment of A, the part lying within
 * tolerance of B's border is measured exactly (a segment against a capsule,
 * `coverSegment`) and summed; measured from both sides, the longer reading
 * wins. Candidate pairs come from an index of area boxes, and each area's
 * segments get their own small index, so a query returns only the other
 * area's segments (one shared index spends most of its time returning a
 * segment's own neighbours along the same ring): Batam takes tens of
 * milliseconds, and memory grows with touching pairs, not n².
 */
export function computeSharedBorders(areas: ReadonlyArray<AreaLike>, options: SharedBorderOptions = {}): SharedBorders {
  const tolerance = options.toleranceMeters ?? BORDER_TOLERANCE_METERS;
  const { coordinates: xy, segmentVertex, segmentPart, segmentStart, boxes, partCount } = options.boundaries ?? projectBoundaries(areas);
  const areaCount = areas.length;
  const filled: number[] = [];
  for (let area = 0; area < areaCount; area++) if (segmentStart[area + 1]! > segmentStart[area]!) filled.push(area);
  const segmentIndexes = new Array<Flatbush | undefined>(areaCount);
  for (const area of filled) {
    const index = new Flatbush(segmentStart[area + 1]! - segmentStart[area]!);
    for (let segment = segmentStart[area]!; segment < segmentStart[area + 1]!; segment++) {
      const v = segmentVertex[segment]! * 2;
      const ax = xy[v]!, ay = xy[v + 1]!, bx = xy[v + 2]!, by = xy[v + 3]!;
      index.add(Math.min(ax, bx) - tolerance, Math.min(ay, by) - tolerance, Math.max(ax, bx) + tolerance, Math.max(ay, by) + tolerance);
    }
    index.finish();
    segmentIndexes[area] = index;
  }
  const areaIndex = new Flatbush(Math.max(filled.length, 1));
  for (const area of filled) areaIndex.add(boxes[area * 4]!, boxes[area * 4 + 1]!, boxes[area * 4 + 2]!, boxes[area * 4 + 3]!);
  if (filled.length === 0) areaIndex.add(0, 0, 0, 0);
  areaIndex.finish();

  const symmetric = Array.from({ length: areaCount }, () => new Map<number, number>());
  const touching = new Set<number>();
  const covered: number[] = [];
  const interval = new Float64Array(2);
  for (const owner of filled) {
    const ownIndex = segmentIndexes[owner]!;
    const ownStart = segmentStart[owner]!;
    const [west, south, east, north] = [boxes[owner * 4]!, boxes[owner * 4 + 1]!, boxes[owner * 4 + 2]!, boxes[owner * 4 + 3]!];
    for (const found of areaIndex.search(west - tolerance, south - tolerance, east + tolerance, north + tolerance)) {
      const other = filled[found]!;
      if (other === owner) continue;
      const otherIndex = segmentIndexes[other]!;
      const otherStart = segmentStart[other]!;
      let total = 0;
      let near = false;
      // Only this area's segments inside the other's box (own boxes are widened by the tolerance) can lie near its border.
      for (const ownLocal of ownIndex.search(boxes[other * 4]!, boxes[other * 4 + 1]!, boxes[other * 4 + 2]!, boxes[other * 4 + 3]!)) {
        const segment = ownStart + ownLocal;
        const v = segmentVertex[segment]! * 2;
        const ax = xy[v]!, ay = xy[v + 1]!, bx = xy[v + 2]!, by = xy[v + 3]!;
        const length = Math.hypot(bx - ax, by - ay);
        if (length === 0) continue;
        covered.length = 0;
        for (const local of otherIndex.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by))) {
          const candidate = otherStart + local;
          const w = segmentVertex[candidate]! * 2;
          if (!coverSegment(interval, ax, ay, bx, by, xy[w]!, xy[w + 1]!, xy[w + 2]!, xy[w + 3]!, tolerance)) continue;
          covered.push(interval[0]!, interval[1]!);
          const partA = segmentPart[segment]!, partB = segmentPart[candidate]!;
          touching.add(partA < partB ? partA * partCount + partB : partB * partCount + partA);
        }
        if (covered.length > 0) {
          near = true;
          total += length * unionLength(covered);
        }
      }
      if (!near) continue;
      // Symmetric by construction: measured from either side, the longer reading decides.
      symmetric[owner]!.set(other, Math.max(symmetric[owner]!.get(other) ?? 0, total));
      symmetric[other]!.set(owner, Math.max(symmetric[other]!.get(owner) ?? 0, total));
    }
  }
  const rows = symmetric.map((row) => [...row.entries()].sort(([a], [b]) => a - b));
  const offsets = new Int32Array(areaCount + 1);
  rows.forEach((row, area) => { offsets[area + 1] = offsets[area]! + row.length; });
  const neighbors = new Int32Array(offsets[areaCount]!);
  const meters = new Float64Array(offsets[areaCount]!);
  rows.forEach((row, area) => row.forEach(([other, length], position) => {
    neighbors[offsets[area]! + position] = other;
    meters[offsets[area]! + position] = length;
  }));
  const touchingParts = new Int32Array(touching.size * 2);
  [...touching].sort((a, b) => a - b).forEach((key, position) => {
    touchingParts[position * 2] = Math.floor(key / partCount);
    touchingParts[position * 2 + 1] = key % partCount;
  });
  return { offsets, neighbors, meters, partCount, touchingParts };
}
