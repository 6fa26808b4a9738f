import Flatbush from 'flatbush';
import type { ProjectedBoundaries } from './projectBoundaries';

export interface GapOptions {
  /** Borders closer than this touch: the gap is 0. */
  toleranceMeters: number;
  /**
   * Known neighbours in compressed sparse rows (as `SharedBorders`): a
   * neighbour of a source is 0 away without a search, which is most of the
   * work saved on a real map, where the next kelurahan usually borders one.
   */
  adjacency?: { offsets: Int32Array; neighbors: Int32Array };
}

/**
 * For every area, the gap in metres between its border and the nearest border
 * of a source area (`isSource[i] === 1`): 0 for the sources themselves and for
 * areas whose borders come within `toleranceMeters` of a source (a neighbour,
 * even one that only touches at a corner), NaN for every area when there is
 * no source, and for an area without geometry.
 *
 * Flat and fast rather than geodesic: the distance between two borders is the
 * least distance between their segments in the boundaries' local projection
 * (for two segments that do not cross, the least of their four
 * vertex-to-segment distances). The source segments go into one flatbush
 * index; each area fetches the source segments near its box (widening the
 * box until some are found) and compares only segment pairs whose boxes are
 * closer than the best so far. Cost: one small query per touching area, a few
 * for a distant one, plus its segments times the segments found.
 */
export function gapsBetweenAreas(boundaries: ProjectedBoundaries, isSource: Uint8Array, options: GapOptions): Float64Array {
  const { coordinates: xy, segmentVertex, segmentStart, boxes } = boundaries;
  const areaCount = segmentStart.length - 1;
  const result = new Float64Array(areaCount).fill(NaN);
  let sourceCount = 0;
  for (let area = 0; area < areaCount; area++) if (isSource[area]) sourceCount += segmentStart[area + 1]! - segmentStart[area]!;
  if (sourceCount === 0) return result;
  const sourceSegments = new Int32Array(sourceCount);
  sourceCount = 0;
  for (let area = 0; area < areaCount; area++) {
    if (isSource[area]) for (let segment = segmentStart[area]!; segment < segmentStart[area + 1]!; segment++) sourceSegments[sourceCount++] = segmentVertex[segment]!;
  }
  const { adjacency } = options;
  if (adjacency) {
    for (let area = 0; area < areaCount; area++) {
      if (!isSource[area]) continue;
      for (let k = adjacency.offsets[area]!; k < adjacency.offsets[area + 1]!; k++) result[adjacency.neighbors[k]!] = 0;
    }
  }
  const index = new Flatbush(sourceSegments.length);
  for (const v of sourceSegments) {
    const ax = xy[v * 2]!, ay = xy[v * 2 + 1]!, bx = xy[v * 2 + 2]!, by = xy[v * 2 + 3]!;
    index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  index.finish();
  const toleranceSquared = options.toleranceMeters * options.toleranceMeters;
  for (let area = 0; area < areaCount; area++) {
    if (isSource[area]) { result[area] = 0; continue; }
    if (result[area] === 0) continue;
    const first = segmentStart[area]!, end = segmentStart[area + 1]!;
    if (end === first) continue;
    // Widen the search box until it holds a source segment; the nearest one found bounds the gap, and one
    // more search out to that bound makes it exact. Searching from the tolerance up settles touching
    // areas (most on a real map) with a single small query.
    const west = boxes[area * 4]!, south = boxes[area * 4 + 1]!, east = boxes[area * 4 + 2]!, north = boxes[area * 4 + 3]!;
    let best = Infinity;
    for (let reach = options.toleranceMeters, searched = -1; best > toleranceSquared && searched < reach; ) {
      const hits = index.search(west - reach, south - reach, east + reach, north + reach);
      searched = reach;
      if (hits.length === 0) {
        // Nothing within reach: the nearest source segment by box from a few vertices bounds the gap tightly,
        // so the next query fetches little.
        for (let segment = first; segment < end; segment += Math.max(1, Math.floor((end - first) / 4))) {
          const v = segmentVertex[segment]! * 2;
          const nearest = sourceSegments[index.neighbors(xy[v]!, xy[v + 1]!, 1)[0]!]! * 2;
          best = Math.min(best, pointToSegmentSquared(xy[v]!, xy[v + 1]!, xy[nearest]!, xy[nearest + 1]!, xy[nearest + 2]!, xy[nearest + 3]!));
        }
        reach = Math.sqrt(best);
        continue;
      }
      best = Math.min(best, nearestPair(xy, segmentVertex, first, end, sourceSegments, hits, best, toleranceSquared));
      if (best > reach * reach) reach = Math.sqrt(best);
    }
    result[area] = best <= toleranceSquared ? 0 : Math.sqrt(best);
  }
  return result;
}

/**
 * For every area, the distance in metres from a point (lng, lat) to its
 * border, 0 when the point lies inside; NaN for an area without geometry.
 */
export function gapsToPoint(boundaries: ProjectedBoundaries, lng: number, lat: number): Float64Array {
  const { coordinates: xy, segmentVertex, segmentStart } = boundaries;
  const px = lng * boundaries.metersPerDegreeX, py = lat * boundaries.metersPerDegreeY;
  const areaCount = segmentStart.length - 1;
  const result = new Float64Array(areaCount).fill(NaN);
  for (let area = 0; area < areaCount; area++) {
    if (segmentStart[area + 1] === segmentStart[area]) continue;
    let best = Infinity;
    let inside = false;
    for (let segment = segmentStart[area]!; segment < segmentStart[area + 1]!; segment++) {
      const v = segmentVertex[segment]! * 2;
      const ax = xy[v]!, ay = xy[v + 1]!, bx = xy[v + 2]!, by = xy[v + 3]!;
      // Even-odd crossings over all rings and parts: holes and islands come out right.
      if ((ay > py) !== (by > py) && px < ax + ((py - ay) * (bx - ax)) / (by - ay)) inside = !inside;
      best = Math.min(best, pointToSegmentSquared(px, py, ax, ay, bx, by));
    }
    result[area] = inside ? 0 : Math.sqrt(best);
  }
  return result;
}

/**
 * Least squared distance between the area's segments first..end and the listed source segments, if
 * below `best`; stops once it is within `enough` (touching needs no exact figure).
 */
function nearestPair(xy: Float64Array, segmentVertex: Int32Array, first: number, end: number, sourceSegments: Int32Array, hits: number[], best: number, enough: number): number {
  for (let segment = first; segment < end && best > enough; segment++) {
    const v = segmentVertex[segment]! * 2;
    const ax = xy[v]!, ay = xy[v + 1]!, bx = xy[v + 2]!, by = xy[v + 3]!;
    const minX = Math.min(ax, bx), minY = Math.min(ay, by), maxX = Math.max(ax, bx), maxY = Math.max(ay, by);
    for (const hit of hits) {
      const w = sourceSegments[hit]! * 2;
      const cx = xy[w]!, cy = xy[w + 1]!, dx = xy[w + 2]!, dy = xy[w + 3]!;
      const gapX = Math.max(Math.min(cx, dx) - maxX, minX - Math.max(cx, dx), 0);
      const gapY = Math.max(Math.min(cy, dy) - maxY, minY - Math.max(cy, dy), 0);
      if (gapX * gapX + gapY * gapY >= best) continue;
      best = Math.min(best, segmentToSegmentSquared(ax, ay, bx, by, cx, cy, dx, dy));
    }
  }
  return best;
}

function pointToSegmentSquared(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared > 0 ? Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / lengthSquared)) : 0;
  const ex = ax + t * dx - px, ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** Which side of the line O→P the point Q lies on: 1, −1, or 0 on the line. */
function side(ox: number, oy: number, px: number, py: number, qx: number, qy: number): number {
  return Math.sign((px - ox) * (qy - oy) - (py - oy) * (qx - ox));
}

function segmentToSegmentSquared(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): number {
  // Crossing segments (overlapping areas) are 0 apart; otherwise the nearest pair involves an end point.
  if (side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) < 0 && side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) < 0) return 0;
  return Math.min(
    pointToSegmentSquared(ax, ay, cx, cy, dx, dy), pointToSegmentSquared(bx, by, cx, cy, dx, dy),
    pointToSegmentSquared(cx, cy, ax, ay, bx, by), pointToSegmentSquared(dx, dy, ax, ay, bx, by),
  );
}
