import { area } from '@turf/area';
import { featureCollection } from '@turf/helpers';
import { length } from '@turf/length';
import { union } from '@turf/union';
import { type AreaGeometry, countSelfIntersections, fromPolygons, normaliseGeometry, polygonsOf, validateGeometry } from './geometry';
import type { BoundaryRow } from './parseSql';

/** A dump outline whose area differs from the dissolved kelurahan by more than this is reported. */
export const dumpAreaWarningPercent = 5;

/**
 * Holes of a dissolved outline narrower than this on average (2 × area / perimeter) are slivers
 * between kelurahan that upstream drew a few metres apart (wider than the 5 m snap), not territory.
 */
export const sliverWidthMeters = 10;

export interface DissolvedLayer {
  name: string;
  /** Union of the unsimplified kelurahan, to check the simplified outline against. */
  source: AreaGeometry[];
  simplified: AreaGeometry[];
  maxAreaChangePercent: number;
  /** One line per outline comparing the dump's own area with the dissolved one. */
  dumpComparison: string[];
  /** Sliver holes filled (see `sliverWidthMeters`) and their total area. */
  filledSlivers: { count: number; squareMeters: number };
  /** Outlines whose dump area differs from the dissolved area by more than `dumpAreaWarningPercent`. */
  warnings: string[];
}

/**
 * Upstream's kecamatan and kabupaten dumps are generalised far more coarsely than the kelurahan
 * dump (Batu Ampar is 8 vertices; chords of several km cut across land and sea, 7–24 % of each area
 * differs from its kelurahan), so drawing them over the kelurahan layer shows lines that match
 * nothing. Instead each outline is the union of its simplified kelurahan: those already share
 * their borders vertex for vertex (one topology), so the outline runs exactly along kelurahan
 * borders. A polygon union rather than topojson-client `merge`: merge assumes a planar topology,
 * and where upstream kelurahan overlap or a group's outline pinches at one point it stitches a
 * second exterior as a "hole" of the first (Bulang lost half its area that way). The dumps still
 * supply the codes (every one must have kelurahan, every kelurahan a row) and are compared by area.
 */
export function dissolveLayer(
  name: string,
  rows: BoundaryRow[],
  kelurahanCodes: string[],
  kelurahan: { source: AreaGeometry[]; simplified: AreaGeometry[] },
  maxAreaChangePercent: number,
): DissolvedLayer {
  const problems: string[] = [];
  const groups = rows.map((row) => {
    const members = kelurahanCodes.flatMap((code, index) => (code === row.kode || code.startsWith(`${row.kode}.`) ? [index] : []));
    if (members.length === 0) problems.push(`${name} ${row.kode} (${row.nama}): no kelurahan with this code prefix`);
    return members;
  });
  kelurahanCodes.forEach((code) => {
    if (!rows.some((row) => code.startsWith(`${row.kode}.`))) problems.push(`${name}: kelurahan ${code} belongs to no ${name} row of the dump`);
  });
  if (problems.length > 0) throw new Error(`${name} rows do not match the kelurahan:\n  ${problems.join('\n  ')}`);

  const dissolved = {
    simplified: groups.map((group, index) => unionOf(group.map((member) => kelurahan.simplified[member] as AreaGeometry), `${name} ${rows[index]?.kode}`)),
    source: groups.map((group, index) => unionOf(group.map((member) => kelurahan.source[member] as AreaGeometry), `${name} ${rows[index]?.kode}`)),
  };
  const filledSlivers = { count: 0, squareMeters: 0 };
  const simplified = dissolved.simplified.map((geometry) => {
    const result = fillSlivers(geometry, sliverWidthMeters);
    filledSlivers.count += result.filled;
    filledSlivers.squareMeters += result.filledSquareMeters;
    return result.geometry;
  });
  const source = dissolved.source.map((geometry) => fillSlivers(geometry, sliverWidthMeters).geometry);
  const dumpComparison: string[] = [];
  const warnings: string[] = [];
  let maxChange = 0;
  simplified.forEach((geometry, index) => {
    const row = rows[index] as BoundaryRow;
    const sourceGeometry = source[index] as AreaGeometry;
    for (const problem of validateGeometry(geometry)) problems.push(`${name} ${row.kode}: ${problem}`);
    const sourceArea = area(sourceGeometry);
    const change = (Math.abs(area(geometry) - sourceArea) / sourceArea) * 100;
    maxChange = Math.max(maxChange, change);
    if (!(change < maxAreaChangePercent)) problems.push(`${name} ${row.kode}: area changed by ${change.toFixed(3)} % (limit ${maxAreaChangePercent} %)`);
    const before = countSelfIntersections(sourceGeometry);
    const after = countSelfIntersections(geometry);
    if (after > before) problems.push(`${name} ${row.kode}: simplification introduced self-intersections (${before} → ${after})`);
    const dumpArea = area(normaliseGeometry(row.geometry, 12).geometry);
    const difference = ((dumpArea - sourceArea) / sourceArea) * 100;
    const line = `${row.kode} ${row.nama}: dump ${(dumpArea / 1e6).toFixed(2)} km², dissolved ${(sourceArea / 1e6).toFixed(2)} km² (${difference >= 0 ? '+' : ''}${difference.toFixed(1)} %)`;
    dumpComparison.push(line);
    if (Math.abs(difference) > dumpAreaWarningPercent) warnings.push(line);
  });
  if (problems.length > 0) throw new Error(`invalid ${name} geometry:\n  ${problems.join('\n  ')}`);
  return { name, source, simplified, maxAreaChangePercent: maxChange, filledSlivers, dumpComparison, warnings };
}

/** Removes holes whose mean width (2 × area / perimeter, geodesic) is below `maxWidthMeters`. */
export function fillSlivers(geometry: AreaGeometry, maxWidthMeters: number): { geometry: AreaGeometry; filled: number; filledSquareMeters: number } {
  let filled = 0;
  let filledSquareMeters = 0;
  const polygons = polygonsOf(geometry).map(([exterior, ...holes]) => [
    ...(exterior ? [exterior] : []),
    ...holes.filter((hole) => {
      const holeArea = area({ type: 'Polygon', coordinates: [hole] });
      const perimeter = length({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: hole } }, { units: 'meters' });
      const sliver = perimeter > 0 && (2 * holeArea) / perimeter < maxWidthMeters;
      if (sliver) {
        filled += 1;
        filledSquareMeters += holeArea;
      }
      return !sliver;
    }),
  ]);
  return { geometry: fromPolygons(polygons), filled, filledSquareMeters };
}

function unionOf(geometries: AreaGeometry[], label: string): AreaGeometry {
  if (geometries.length === 1) return geometries[0] as AreaGeometry;
  const merged = union(featureCollection(geometries.map((geometry) => ({ type: 'Feature' as const, properties: {}, geometry }))));
  if (!merged) throw new Error(`${label}: the union of its kelurahan is empty`);
  return normaliseGeometry(merged.geometry).geometry;
}
