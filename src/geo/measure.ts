import type { Position } from 'geojson';

/** Mean Earth radius (IUGG), metres. */
export const EARTH_RADIUS_METERS = 6_371_008.8;
const radians = Math.PI / 180;
/** Metres per degree of latitude (and of longitude at the equator) on that sphere. */
export const METERS_PER_DEGREE = EARTH_RADIUS_METERS * radians;

/** Great-circle distance in metres. */
export function haversineMeters(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * radians;
  const dLng = (lng2 - lng1) * radians;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * radians) * Math.cos(lat2 * radians) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A local equirectangular projection in metres around a reference latitude.
 * Over a kelurahan (a few km) its distance error is far below 0.1 %, which is
 * why visibility and border lengths use it instead of geodesic maths.
 */
export interface LocalProjection {
  originLng: number;
  originLat: number;
  metersPerDegreeX: number;
  metersPerDegreeY: number;
}

export function localProjection(originLng: number, originLat: number): LocalProjection {
  const metersPerDegreeY = METERS_PER_DEGREE;
  return { originLng, originLat, metersPerDegreeX: metersPerDegreeY * Math.cos(originLat * radians), metersPerDegreeY };
}

/** Shoelace area of a ring in square metres (absolute), in the given projection. */
export function ringAreaSquareMeters(ring: readonly Position[], projection: LocalProjection): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    const ax = (a[0]! - projection.originLng) * projection.metersPerDegreeX;
    const ay = (a[1]! - projection.originLat) * projection.metersPerDegreeY;
    const bx = (b[0]! - projection.originLng) * projection.metersPerDegreeX;
    const by = (b[1]! - projection.originLat) * projection.metersPerDegreeY;
    twice += ax * by - bx * ay;
  }
  return Math.abs(twice) / 2;
}

/** Area of one polygon (outer ring minus holes) in square metres, projected around its first vertex. */
export function polygonAreaSquareMeters(rings: readonly (readonly Position[])[]): number {
  const first = rings[0]?.[0];
  if (!first) return 0;
  const projection = localProjection(first[0]!, first[1]!);
  let area = 0;
  rings.forEach((ring, position) => {
    const ringArea = ringAreaSquareMeters(ring, projection);
    area += position === 0 ? ringArea : -ringArea;
  });
  return Math.max(0, area);
}
