import type { MultiPolygon, Polygon, Position } from 'geojson';
import { kinks } from '@turf/kinks';

export type AreaGeometry = Polygon | MultiPolygon;

/** The geometry as a list of polygons (rings of positions), whatever its type. */
export function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function fromPolygons(polygons: Position[][][]): AreaGeometry {
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] as Position[][] } : { type: 'MultiPolygon', coordinates: polygons };
}

/** Shoelace sum in degrees: positive when the ring runs counter-clockwise (x east, y north). */
export function ringSignedArea(ring: Position[]): number {
  let sum = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const [x1 = 0, y1 = 0] = ring[previous] as Position;
    const [x2 = 0, y2 = 0] = ring[index] as Position;
    sum += (x1 - x2) * (y1 + y2);
  }
  return sum / 2;
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/**
 * Rounds to 6 decimals (~11 cm, below what the source resolves), drops the consecutive duplicates
 * rounding creates, closes each ring and winds it per RFC 7946 (exterior CCW, holes CW).
 * Rings that collapse below 4 positions are dropped and counted, never silently.
 */
export function normaliseGeometry(geometry: AreaGeometry, decimals = 6): { geometry: AreaGeometry; collapsedRings: number } {
  const factor = 10 ** decimals;
  let collapsedRings = 0;
  const polygons: Position[][][] = [];
  for (const polygon of polygonsOf(geometry)) {
    const rings: Position[][] = [];
    for (const [ringIndex, ring] of polygon.entries()) {
      const cleaned: Position[] = [];
      for (const position of ring) {
        const rounded = [Math.round((position[0] ?? 0) * factor) / factor, Math.round((position[1] ?? 0) * factor) / factor];
        if (!samePosition(cleaned[cleaned.length - 1], rounded)) cleaned.push(rounded);
      }
      if (!samePosition(cleaned[0], cleaned[cleaned.length - 1])) cleaned.push([...(cleaned[0] as Position)]);
      if (cleaned.length < 4 || ringSignedArea(cleaned) === 0) {
        collapsedRings += 1;
        if (ringIndex === 0) break; // no exterior left: the whole polygon (and its holes) is gone
        continue;
      }
      const wantCounterClockwise = ringIndex === 0;
      if (ringSignedArea(cleaned) > 0 !== wantCounterClockwise) cleaned.reverse();
      rings.push(cleaned);
    }
    if (rings.length > 0) polygons.push(rings);
  }
  return { geometry: fromPolygons(polygons), collapsedRings };
}

/** Checks what the map and the spatial joins rely on: closed rings, ≥ 4 positions, RFC 7946 winding, ≤ 6 decimals. */
export function validateGeometry(geometry: AreaGeometry, decimals = 6): string[] {
  const problems: string[] = [];
  const factor = 10 ** decimals;
  const polygons = polygonsOf(geometry);
  if (polygons.length === 0) problems.push('geometry has no polygons');
  for (const [polygonIndex, polygon] of polygons.entries()) {
    for (const [ringIndex, ring] of polygon.entries()) {
      const where = `polygon ${polygonIndex} ring ${ringIndex}`;
      if (ring.length < 4) problems.push(`${where}: ${ring.length} positions (needs ≥ 4)`);
      if (!samePosition(ring[0], ring[ring.length - 1])) problems.push(`${where}: not closed`);
      const counterClockwise = ringSignedArea(ring) > 0;
      if (counterClockwise !== (ringIndex === 0)) problems.push(`${where}: ${ringIndex === 0 ? 'exterior must be counter-clockwise' : 'hole must be clockwise'}`);
      const tooPrecise = ring.find((position) => position.some((value) => Math.abs(Math.round(value * factor) - value * factor) > 1e-6));
      if (tooPrecise) problems.push(`${where}: coordinate ${JSON.stringify(tooPrecise)} has more than ${decimals} decimals`);
    }
  }
  return problems;
}

/** Self-intersection points (within and between the rings of the geometry), as [lng, lat]. */
export function selfIntersections(geometry: AreaGeometry): number[][] {
  return kinks(geometry).features.map((point) => point.geometry.coordinates);
}

/** Number of self-intersection points (within and between the rings of the geometry). */
export function countSelfIntersections(geometry: AreaGeometry): number {
  return kinks(geometry).features.length;
}
