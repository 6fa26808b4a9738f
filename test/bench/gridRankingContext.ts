import type { Polygon } from 'geojson';
import { haversineMeters, polygonAreaSquareMeters } from '../../src/geo/measure';
import { projectBoundaries } from '../../src/geo/projectBoundaries';
import type { RankingContext } from '../../src/geo/rankCandidates';

/**
 * The ranking context of the synthetic country, built from its lattice
 * (neighbours are the four cells around, sharing one edge) instead of
 * `prepareRanking`'s geometric search of shared borders; the borders are
 * projected as `prepareRanking` does, since distance is measured between them.
 */
export function gridRankingContext(areas: readonly { geometry: Polygon }[], columns: number, rows: number): RankingContext {
  const count = areas.length;
  const kodes = areas.map((_, i) => `${String(11 + Math.floor(i / 1e6)).padStart(2, '0')}.${String(Math.floor(i / 1e4) % 100).padStart(2, '0')}.${String(Math.floor(i / 100) % 100).padStart(2, '0')}.${String(1000 + (i % 100)).padStart(4, '0')}`);
  const labelLng = new Float64Array(count), labelLat = new Float64Array(count), areaKm2 = new Float64Array(count);
  const onMainIsland = new Uint8Array(count);
  areas.forEach((area, i) => {
    const ring = area.geometry.coordinates[0]!;
    labelLng[i] = ring.reduce((sum, position) => sum + position[0]!, 0) / ring.length;
    labelLat[i] = ring.reduce((sum, position) => sum + position[1]!, 0) / ring.length;
    areaKm2[i] = polygonAreaSquareMeters(area.geometry.coordinates) / 1e6;
    onMainIsland[i] = i % columns < columns * 0.6 ? 1 : 0; // the western 60 % stands in for one big island
  });
  const neighbourLists = areas.map((_, i) => {
    const column = i % columns, row = Math.floor(i / columns);
    return [[column, row - 1], [column - 1, row], [column + 1, row], [column, row + 1]]
      .filter(([x, y]) => x! >= 0 && y! >= 0 && x! < columns && y! < rows)
      .map(([x, y]) => y! * columns + x!);
  });
  const offsets = new Int32Array(count + 1);
  neighbourLists.forEach((list, i) => { offsets[i + 1] = offsets[i]! + list.length; });
  const borderNeighbors = Int32Array.from(neighbourLists.flat());
  const borderMeters = Float64Array.from(neighbourLists.flatMap((list, i) => list.map((j) => haversineMeters(labelLng[i]!, labelLat[i]!, labelLng[j]!, labelLat[j]!) * 0.8)));
  return { kodes, areaKm2, onMainIsland, borderOffsets: offsets, borderNeighbors, borderMeters, boundaries: projectBoundaries(areas) };
}
