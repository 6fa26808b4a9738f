import { EARTH_RADIUS_METERS, haversineMeters } from './measure';

const metersPerDegree = (Math.PI / 180) * EARTH_RADIUS_METERS;
/** Largest planar-vs-true scale error tolerated when deciding the search can stop (Indonesia spans ±11°: < 2 %). */
const SCALE_SLACK = 0.97;

/**
 * For each point i, the great-circle distance in metres to the nearest of
 * the `sources` (indexes into the same arrays), or NaN when there are none.
 * Sources go into a uniform grid in metres at their mean latitude; each query
 * scans rings of cells outwards, comparing true (haversine) distances, and
 * stops once the next ring cannot be closer even allowing 3 % projection
 * error, so the result is the exact nearest. Cost ≈ O(n) for n points.
 */
export function nearestDistances(lngs: Float64Array, lats: Float64Array, sources: ArrayLike<number>): Float64Array {
  const count = lngs.length;
  const result = new Float64Array(count).fill(NaN);
  if (sources.length === 0) return result;
  let meanLat = 0;
  for (let k = 0; k < sources.length; k++) meanLat += lats[sources[k]!]!;
  meanLat /= sources.length;
  const xScale = metersPerDegree * Math.cos((meanLat * Math.PI) / 180);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let k = 0; k < sources.length; k++) {
    const x = lngs[sources[k]!]! * xScale, y = lats[sources[k]!]! * metersPerDegree;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const cellSize = Math.max(Math.sqrt(((maxX - minX) * (maxY - minY)) / sources.length), (maxX - minX) / 2048, (maxY - minY) / 2048, 1);
  const cellsX = Math.floor((maxX - minX) / cellSize) + 1;
  const cellsY = Math.floor((maxY - minY) / cellSize) + 1;
  const cellStart = new Int32Array(cellsX * cellsY + 1);
  const cellOfSource = new Int32Array(sources.length);
  for (let k = 0; k < sources.length; k++) {
    const cell = Math.floor((lats[sources[k]!]! * metersPerDegree - minY) / cellSize) * cellsX + Math.floor((lngs[sources[k]!]! * xScale - minX) / cellSize);
    cellOfSource[k] = cell;
    cellStart[cell + 1]!++;
  }
  for (let cell = 0; cell < cellsX * cellsY; cell++) cellStart[cell + 1]! += cellStart[cell]!;
  const fill = cellStart.slice(0, cellsX * cellsY);
  const cellSources = new Int32Array(sources.length);
  for (let k = 0; k < sources.length; k++) cellSources[fill[cellOfSource[k]!]!++] = sources[k]!;
  const clamp = (value: number, size: number) => (value < 0 ? 0 : value >= size ? size - 1 : value);
  for (let i = 0; i < count; i++) {
    const lng = lngs[i]!, lat = lats[i]!;
    const column = clamp(Math.floor((lng * xScale - minX) / cellSize), cellsX);
    const row = clamp(Math.floor((lat * metersPerDegree - minY) / cellSize), cellsY);
    let best = Infinity;
    for (let ring = 0; ring < Math.max(cellsX, cellsY) + 1; ring++) {
      if ((ring - 1) * cellSize * SCALE_SLACK > best) break;
      for (let y = row - ring; y <= row + ring; y++) {
        if (y < 0 || y >= cellsY) continue;
        const onEdgeRow = y === row - ring || y === row + ring;
        for (let x = column - ring; x <= column + ring; x += onEdgeRow ? 1 : 2 * ring || 1) {
          if (x < 0 || x >= cellsX) continue;
          const cell = y * cellsX + x;
          for (let k = cellStart[cell]!; k < cellStart[cell + 1]!; k++) {
            const source = cellSources[k]!;
            const meters = haversineMeters(lng, lat, lngs[source]!, lats[source]!);
            if (meters < best) best = meters;
          }
        }
      }
    }
    result[i] = best;
  }
  return result;
}
