import type { Position } from 'geojson';
import polylabel from 'polylabel';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { area } from '@turf/area';
import { type AreaGeometry, polygonsOf } from './geometry';

/**
 * A label/marker point guaranteed inside the area, on its largest part. Upstream centroids of island
 * kelurahan fall in the sea, and a centroid of a crescent falls outside it; the pole of inaccessibility
 * (polylabel) of the largest polygon is the point farthest from its edges, so a label there reads well.
 * Longitudes are scaled by cos(latitude) first so "farthest" is measured in ground distance.
 * Throws if the rounded point is not strictly inside (it should never happen; a wrong marker must not ship).
 */
export function labelPoint(geometry: AreaGeometry, decimals = 6): [number, number] {
  const polygons = polygonsOf(geometry);
  let largest: Position[][] | undefined;
  let largestArea = -1;
  for (const polygon of polygons) {
    const polygonArea = area({ type: 'Polygon', coordinates: polygon });
    if (polygonArea > largestArea) {
      largestArea = polygonArea;
      largest = polygon;
    }
  }
  if (!largest) throw new Error('labelPoint: geometry has no polygons');
  const exterior = largest[0] as Position[];
  const meanLatitude = exterior.reduce((sum, position) => sum + (position[1] ?? 0), 0) / exterior.length;
  const xScale = Math.cos((meanLatitude * Math.PI) / 180);
  const projected = largest.map((ring) => ring.map((position) => [(position[0] ?? 0) * xScale, position[1] ?? 0] as [number, number]));
  const pole = polylabel(projected, 1e-6);
  const factor = 10 ** decimals;
  const point: [number, number] = [Math.round((pole[0] / xScale) * factor) / factor, Math.round(pole[1] * factor) / factor];
  const largestPolygon = { type: 'Polygon' as const, coordinates: largest };
  if (!booleanPointInPolygon(point, largestPolygon, { ignoreBoundary: true })) {
    throw new Error(`labelPoint: ${JSON.stringify(point)} is not inside the largest polygon`);
  }
  return point;
}
