import type { MultiPolygon, Polygon } from 'geojson';

/** Anything with a polygonal geometry: kelurahan features, or synthetic areas in the benchmark. */
export interface AreaLike {
  geometry: Polygon | MultiPolygon;
}

/**
 * A point-in-polygon index over many areas, held in typed arrays so it can be
 * built once (in a worker) and queried millions of times without allocation.
 *
 * Layout: every polygon part has a box in `partBounds` (west, south, east,
 * north); `partFeature[p]` is the area it belongs to and
 * `partRings[p]..partRings[p+1]` its rings; ring `r` owns vertices
 * `ringVertices[r]..ringVertices[r+1]` of `coordinates` (x, y interleaved,
 * closing vertex kept so edge i runs from vertex i to i+1).
 *
 * Spatial index: a uniform grid of about two cells per part over the extent;
 * cell c lists the parts whose box touches it in `cellParts[cellStart[c]..
 * cellStart[c+1]]`. A lookup is one division and a short scan, with no
 * allocation; at 83,000 areas this is about twice as fast as walking an R-tree
 * (flatbush) per point. Parts are listed in ascending order, so the first hit
 * is also the lowest area index.
 *
 * Large parts (a real kelurahan has hundreds of vertices) also get horizontal
 * bands of about 8 vertices each: the crossing test then only reads the edges
 * whose latitude range overlaps the point's band, instead of the whole ring.
 */
export interface AreaIndex {
  readonly areaCount: number;
  readonly partFeature: Int32Array;
  readonly partBounds: Float64Array;
  readonly partRings: Int32Array;
  readonly ringVertices: Int32Array;
  readonly coordinates: Float64Array;
  readonly grid: { minX: number; minY: number; cellsX: number; cellsY: number; inverseCellWidth: number; inverseCellHeight: number };
  readonly cellStart: Int32Array;
  readonly cellParts: Int32Array;
  /** Edge bands of part p: `partBandStart[p]..partBandStart[p+1]` (none for small parts). */
  readonly partBandStart: Int32Array;
  /** Band b holds edges `bandEdges[bandEdgeStart[b]..bandEdgeStart[b+1]]`, each the index of its first vertex. */
  readonly bandEdgeStart: Int32Array;
  readonly bandEdges: Int32Array;
}

/** Builds the index. Cost: one pass over all vertices plus two passes over the part boxes. */
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
  const partBounds = new Float64Array(parts.length * 4);
  const partRings = new Int32Array(parts.length + 1);
  const ringVertices = new Int32Array(ringCount + 1);
  const coordinates = new Float64Array(vertexCount * 2);
  let ring = 0;
  let vertex = 0;
  let extentMinX = Infinity, extentMinY = Infinity, extentMaxX = -Infinity, extentMaxY = -Infinity;
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
    partBounds.set([minX, minY, maxX, maxY], partIndex * 4);
    extentMinX = Math.min(extentMinX, minX);
    extentMinY = Math.min(extentMinY, minY);
    extentMaxX = Math.max(extentMaxX, maxX);
    extentMaxY = Math.max(extentMaxY, maxY);
  });
  partRings[parts.length] = ring;
  ringVertices[ringCount] = vertex;
  const { grid, cellStart, cellParts } = buildGrid(partBounds, parts.length, [extentMinX, extentMinY, extentMaxX, extentMaxY]);
  const bands = buildBands(partBounds, partRings, ringVertices, coordinates);
  return { areaCount: areas.length, partFeature, partBounds, partRings, ringVertices, coordinates, grid, cellStart, cellParts, ...bands };
}

const VERTICES_PER_BAND = 8;
const MIN_VERTICES_FOR_BANDS = 33;

/** Band of a latitude within a part; registration and lookup share this expression so they always agree. */
function bandOf(y: number, minY: number, maxY: number, bandCount: number): number {
  const band = Math.floor(((y - minY) / (maxY - minY)) * bandCount);
  return band < 0 ? 0 : band >= bandCount ? bandCount - 1 : band;
}

function buildBands(partBounds: Float64Array, partRings: Int32Array, ringVertices: Int32Array, coordinates: Float64Array) {
  const partCount = partRings.length - 1;
  const partBandStart = new Int32Array(partCount + 1);
  for (let part = 0; part < partCount; part++) {
    const vertices = ringVertices[partRings[part + 1]!]! - ringVertices[partRings[part]!]!;
    const flat = partBounds[part * 4 + 3]! <= partBounds[part * 4 + 1]!;
    partBandStart[part + 1] = partBandStart[part]! + (vertices >= MIN_VERTICES_FOR_BANDS && !flat ? Math.ceil(vertices / VERTICES_PER_BAND) : 0);
  }
  const totalBands = partBandStart[partCount]!;
  const bandEdgeStart = new Int32Array(totalBands + 1);
  // Two passes (count, then fill) over every non-horizontal edge of banded parts.
  const visit = (register: (band: number, edge: number) => void) => {
    for (let part = 0; part < partCount; part++) {
      const bandCount = partBandStart[part + 1]! - partBandStart[part]!;
      if (bandCount === 0) continue;
      const minY = partBounds[part * 4 + 1]!, maxY = partBounds[part * 4 + 3]!;
      for (let ring = partRings[part]!; ring < partRings[part + 1]!; ring++) {
        for (let vertex = ringVertices[ring]!; vertex < ringVertices[ring + 1]! - 1; vertex++) {
          const ay = coordinates[vertex * 2 + 1]!, by = coordinates[vertex * 2 + 3]!;
          if (ay === by) continue;
          const last = bandOf(Math.max(ay, by), minY, maxY, bandCount);
          for (let band = bandOf(Math.min(ay, by), minY, maxY, bandCount); band <= last; band++) register(partBandStart[part]! + band, vertex);
        }
      }
    }
  };
  visit((band) => { bandEdgeStart[band + 1]!++; });
  for (let band = 0; band < totalBands; band++) bandEdgeStart[band + 1]! += bandEdgeStart[band]!;
  const fill = bandEdgeStart.slice(0, totalBands);
  const bandEdges = new Int32Array(bandEdgeStart[totalBands]!);
  visit((band, edge) => { bandEdges[fill[band]!++] = edge; });
  return { partBandStart, bandEdgeStart, bandEdges };
}

function buildGrid(partBounds: Float64Array, partCount: number, extent: [number, number, number, number]) {
  const [minX, minY, maxX, maxY] = partCount > 0 && extent.every(Number.isFinite) ? extent : [0, 0, 0, 0];
  const width = Math.max(maxX - minX, 1e-9);
  const height = Math.max(maxY - minY, 1e-9);
  // About two cells per part, shaped like the extent.
  const cells = Math.max(1, partCount * 2);
  const cellsX = Math.max(1, Math.min(4096, Math.round(Math.sqrt((cells * width) / height))));
  const cellsY = Math.max(1, Math.min(4096, Math.round(cells / cellsX)));
  const grid = { minX, minY, cellsX, cellsY, inverseCellWidth: cellsX / width, inverseCellHeight: cellsY / height };
  const cellRange = (part: number) => [
    cellOf(partBounds[part * 4]!, grid.minX, grid.inverseCellWidth, cellsX), cellOf(partBounds[part * 4 + 1]!, grid.minY, grid.inverseCellHeight, cellsY),
    cellOf(partBounds[part * 4 + 2]!, grid.minX, grid.inverseCellWidth, cellsX), cellOf(partBounds[part * 4 + 3]!, grid.minY, grid.inverseCellHeight, cellsY),
  ] as const;
  const cellStart = new Int32Array(cellsX * cellsY + 1);
  for (let part = 0; part < partCount; part++) {
    const [x0, y0, x1, y1] = cellRange(part);
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) cellStart[y * cellsX + x + 1]!++;
  }
  for (let cell = 0; cell < cellsX * cellsY; cell++) cellStart[cell + 1]! += cellStart[cell]!;
  const fill = cellStart.slice(0, cellsX * cellsY);
  const cellParts = new Int32Array(cellStart[cellsX * cellsY]!);
  for (let part = 0; part < partCount; part++) {
    const [x0, y0, x1, y1] = cellRange(part);
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) cellParts[fill[y * cellsX + x]!++] = part;
  }
  return { grid, cellStart, cellParts };
}

/** Grid column (or row) of a coordinate, clamped; lookups and registration use this same expression. */
function cellOf(value: number, origin: number, inverseSize: number, count: number): number {
  const cell = Math.floor((value - origin) * inverseSize);
  return cell < 0 ? 0 : cell >= count ? count - 1 : cell;
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
  const { partRings, ringVertices, coordinates, partBandStart } = index;
  let inside = false;
  const bandCount = partBandStart[part + 1]! - partBandStart[part]!;
  if (bandCount > 0) {
    const band = partBandStart[part]! + bandOf(y, index.partBounds[part * 4 + 1]!, index.partBounds[part * 4 + 3]!, bandCount);
    for (let k = index.bandEdgeStart[band]!; k < index.bandEdgeStart[band + 1]!; k++) {
      if (edgeCrossesRight(coordinates, index.bandEdges[k]!, x, y)) inside = !inside;
    }
    return inside;
  }
  for (let ring = partRings[part]!; ring < partRings[part + 1]!; ring++) {
    const end = ringVertices[ring + 1]! - 1;
    for (let vertex = ringVertices[ring]!; vertex < end; vertex++) if (edgeCrossesRight(coordinates, vertex, x, y)) inside = !inside;
  }
  return inside;
}

/** Does the edge from vertex `vertex` to `vertex + 1` cross the ray going east from (x, y)? See the border rule above. */
function edgeCrossesRight(coordinates: Float64Array, vertex: number, x: number, y: number): boolean {
  let ax = coordinates[vertex * 2]!;
  let ay = coordinates[vertex * 2 + 1]!;
  let bx = coordinates[vertex * 2 + 2]!;
  let by = coordinates[vertex * 2 + 3]!;
  if (ay > by) {
    const swapX = ax, swapY = ay;
    ax = bx; ay = by; bx = swapX; by = swapY;
  }
  return ay <= y && y < by && (bx - ax) * (y - ay) - (x - ax) * (by - ay) > 0;
}

/**
 * The index of the area containing (lng, lat), or -1 when it is outside all of
 * them. If areas overlap (invalid input) the lowest index wins, so the answer
 * never depends on the index's internal order.
 */
export function locate(index: AreaIndex, lng: number, lat: number): number {
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) return -1;
  const { grid, partBounds } = index;
  if (lng < grid.minX || lat < grid.minY) return -1;
  const column = Math.floor((lng - grid.minX) * grid.inverseCellWidth);
  const row = Math.floor((lat - grid.minY) * grid.inverseCellHeight);
  // The extent's east and north edges fall into the last cell, as in registration.
  const cell = (row >= grid.cellsY ? grid.cellsY - 1 : row) * grid.cellsX + (column >= grid.cellsX ? grid.cellsX - 1 : column);
  for (let k = index.cellStart[cell]!; k < index.cellStart[cell + 1]!; k++) {
    const part = index.cellParts[k]!;
    const offset = part * 4;
    if (lng < partBounds[offset]! || lat < partBounds[offset + 1]! || lng > partBounds[offset + 2]! || lat > partBounds[offset + 3]!) continue;
    if (partContains(index, part, lng, lat)) return index.partFeature[part]!;
  }
  return -1;
}

/**
 * Locates many points at once. Typed arrays in and out so the call can cross
 * a worker boundary by transfer. Result[i] is an area index or -1 (outside).
 * Points are visited grouped by grid cell (a counting sort, O(n)), so the
 * rings of neighbouring parts stay in cache: about twice as fast on a
 * million scattered points as visiting them in input order.
 */
export function assignToAreas(index: AreaIndex, lngs: Float64Array, lats: Float64Array): Int32Array {
  if (lngs.length !== lats.length) throw new Error(`assignToAreas: ${lngs.length} longitudes but ${lats.length} latitudes`);
  const count = lngs.length;
  const result = new Int32Array(count);
  if (count < 1024) {
    for (let i = 0; i < count; i++) result[i] = locate(index, lngs[i]!, lats[i]!);
    return result;
  }
  const { grid } = index;
  const cellCount = grid.cellsX * grid.cellsY;
  const cellOfPoint = new Int32Array(count);
  const start = new Int32Array(cellCount + 2);
  for (let i = 0; i < count; i++) {
    const column = Math.floor((lngs[i]! - grid.minX) * grid.inverseCellWidth);
    const row = Math.floor((lats[i]! - grid.minY) * grid.inverseCellHeight);
    // Points off the grid (or NaN) share one extra bucket; locate() rejects them.
    const cell = column >= 0 && row >= 0 && column < grid.cellsX && row < grid.cellsY ? row * grid.cellsX + column : cellCount;
    cellOfPoint[i] = cell;
    start[cell + 1]!++;
  }
  for (let cell = 0; cell <= cellCount; cell++) start[cell + 1]! += start[cell]!;
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[start[cellOfPoint[i]!]!++] = i;
  for (let k = 0; k < count; k++) {
    const i = order[k]!;
    result[i] = locate(index, lngs[i]!, lats[i]!);
  }
  return result;
}
