import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon } from 'geojson';

/** Anything with a polygonal geometry: kelurahan features, or synthetic areas in the benchmark. */
export interface AreaLike {
  geometry: Polygon | MultiPolygon;
}

/**
 * A point-in-polygon index over many areas, held in typed arrays so it can be
 * built once (in a worker) and queried millions of times without allocation.
 *
 * Layout: every polygon part gets one box in `tree`; `partFeature[p]` is the
 * area it belongs to and `partRings[p]..partRings[p+1]` its rings; ring `r`
 * owns vertices `ringVertices[r]..ringVertices[r+1]` of `coordinates`
 * (x, y interleaved, closing vertex kept so edge i runs from vertex i to i+1).
 */
export interface AreaIndex {
  readonly areaCount: number;
  readonly tree: Flatbush;
  readonly partFeature: Int32Array;
  readonly partRings: Int32Array;
  readonly ringVertices: Int32Array;
  readonly coordinates: Float64Array;
}

/** Builds the index. Cost: one pass over all vertices plus a Flatbush sort of the part boxes. */
export function buildAreaIndex(areas: ReadonlyArray<AreaLike>): AreaIndex {
  const parts: { feature: number; rings: number[][][] }[] = [];
  areas.forEach((area, feature) => {
    const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
    for (const rings of polygons) if (rings.length > 0) parts.push({ feature, rings });
  });
  let ringCount = 0;
  let vertexCount = 0;
  for (const part of parts) {
    ringCount += part.rings.length;
    for (const ring of part.rings) vertexCount += ring.length + 1;
  }
  const partFeature = new Int32Array(parts.length);
  const partRings = new Int32Array(parts.length + 1);
  const ringVertices = new Int32Array(ringCount + 1);
  const coordinates = new Float64Array(vertexCount * 2);
  const tree = new Flatbush(Math.max(parts.length, 1));
  let ring = 0;
  let vertex = 0;
  parts.forEach((part, partIndex) => {
    partFeature[partIndex] = part.feature;
    partRings[partIndex] = ring;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const positions of part.rings) {
      ringVertices[ring++] = vertex;
      for (const position of positions) {
        const x = position[0] ?? NaN;
        const y = position[1] ?? NaN;
        coordinates[vertex * 2] = x;
        coordinates[vertex * 2 + 1] = y;
        vertex++;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      // Close the ring if the source left it open, so every edge is explicit.
      const first = positions[0];
      const last = positions[positions.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
        coordinates[vertex * 2] = first[0] ?? NaN;
        coordinates[vertex * 2 + 1] = first[1] ?? NaN;
        vertex++;
      }
    }
    tree.add(minX, minY, maxX, maxY);
  });
  partRings[parts.length] = ring;
  ringVertices[ringCount] = vertex;
  if (parts.length === 0) tree.add(Infinity, Infinity, -Infinity, -Infinity);
  tree.finish();
  return { areaCount: areas.length, tree, partFeature, partRings, ringVertices, coordinates };
}

/**
 * Crossing-number test of one part (outer ring and holes together).
 *
 * Border rule: each edge is first oriented bottom-to-top, so two kelurahan that
 * share an edge evaluate exactly the same floating-point expression for it.
 * An edge counts when it straddles the point's latitude half-open
 * (`lowY <= y < highY`) and the point lies strictly left of it (cross > 0).
 * The effect is that a point on a border belongs to the area it would enter
 * if nudged an infinitesimal step east (on an east-west border: north).
 * Because every shared edge is evaluated identically on both sides, a point on
 * a shared border (vertices included) is inside exactly one of the two areas.
 */
function partContains(index: AreaIndex, part: number, x: number, y: number): boolean {
  const { partRings, ringVertices, coordinates } = index;
  let inside = false;
  for (let ring = partRings[part]!; ring < partRings[part + 1]!; ring++) {
    const end = ringVertices[ring + 1]! - 1;
    for (let vertex = ringVertices[ring]!; vertex < end; vertex++) {
      let ax = coordinates[vertex * 2]!;
      let ay = coordinates[vertex * 2 + 1]!;
      let bx = coordinates[vertex * 2 + 2]!;
      let by = coordinates[vertex * 2 + 3]!;
      if (ay > by || (ay === by && ax > bx)) {
        const swapX = ax, swapY = ay;
        ax = bx; ay = by; bx = swapX; by = swapY;
      }
      if (ay <= y && y < by && (bx - ax) * (y - ay) - (x - ax) * (by - ay) > 0) inside = !inside;
    }
  }
  return inside;
}

/**
 * The index of the area containing (lng, lat), or -1 when it is outside all of
 * them. If areas overlap (invalid input) the lowest index wins, so the answer
 * never depends on the tree's internal order.
 */
export function locate(index: AreaIndex, lng: number, lat: number): number {
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) return -1;
  let found = -1;
  index.tree.search(lng, lat, lng, lat, (part) => {
    const feature = index.partFeature[part]!;
    if ((found === -1 || feature < found) && partContains(index, part, lng, lat)) found = feature;
    return false;
  });
  return found;
}

/**
 * Locates many points at once. Typed arrays in and out so the call can cross
 * a worker boundary by transfer. Result[i] is an area index or -1 (outside).
 */
export function assignToAreas(index: AreaIndex, lngs: Float64Array, lats: Float64Array): Int32Array {
  if (lngs.length !== lats.length) throw new Error(`assignToAreas: ${lngs.length} longitudes but ${lats.length} latitudes`);
  const result = new Int32Array(lngs.length);
  for (let i = 0; i < lngs.length; i++) result[i] = locate(index, lngs[i]!, lats[i]!);
  return result;
}
