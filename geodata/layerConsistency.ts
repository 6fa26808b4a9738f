import { area } from '@turf/area';
import { intersect } from '@turf/intersect';
import { featureCollection } from '@turf/helpers';
import type { Feature } from 'geojson';
import { type AreaGeometry, polygonsOf } from './geometry';
import { METERS_PER_DEGREE } from '../src/geo/index';

const metersPerDegree = METERS_PER_DEGREE;

const asFeature = (geometry: AreaGeometry): Feature<AreaGeometry> => ({ type: 'Feature', properties: {}, geometry });

/**
 * Area of the symmetric difference between `outer` and the union of `parts`, as a percentage of the
 * area of `outer`. The parts are assumed not to overlap each other (kelurahan of one layer), so
 * |outer △ ∪parts| = |outer| + Σ|part| − 2 Σ|outer ∩ part| without building the union.
 */
export function symmetricDifferencePercent(outer: AreaGeometry, parts: AreaGeometry[]): number {
  const outerArea = area(outer);
  let partsArea = 0;
  let shared = 0;
  for (const part of parts) {
    partsArea += area(part);
    const common = intersect(featureCollection([asFeature(outer), asFeature(part)]));
    if (common) shared += area(common);
  }
  return ((outerArea + partsArea - 2 * shared) / outerArea) * 100;
}

export interface StrayEdge {
  from: number[];
  to: number[];
  lengthMeters: number;
  /** Largest distance of a sample point of the edge from the reference boundaries. */
  offsetMeters: number;
}

/**
 * Edges of `geometry` at least `minLengthMeters` long that leave the boundaries of `reference` by
 * more than `toleranceMeters` somewhere (sampled every `toleranceMeters`). A faithful outline of a
 * union of areas runs along their boundaries; a chord cutting across land or sea does not.
 * Local equirectangular metres: fine at the scale of one city.
 */
export function strayEdges(geometry: AreaGeometry, reference: AreaGeometry[], minLengthMeters: number, toleranceMeters: number): StrayEdge[] {
  const latitude = (polygonsOf(geometry)[0]?.[0]?.[0]?.[1] ?? 0) * (Math.PI / 180);
  const toMeters = (position: number[]): [number, number] => [(position[0] ?? 0) * metersPerDegree * Math.cos(latitude), (position[1] ?? 0) * metersPerDegree];
  const segments: [number, number, number, number][] = [];
  for (const item of reference) for (const polygon of polygonsOf(item)) for (const ring of polygon) {
    for (let index = 1; index < ring.length; index += 1) {
      const [ax, ay] = toMeters(ring[index - 1] as number[]);
      const [bx, by] = toMeters(ring[index] as number[]);
      segments.push([ax, ay, bx, by]);
    }
  }
  const distanceToReference = (px: number, py: number): number => {
    let best = Infinity;
    for (const [ax, ay, bx, by] of segments) {
      if (Math.min(ax, bx) - px > best || px - Math.max(ax, bx) > best || Math.min(ay, by) - py > best || py - Math.max(ay, by) > best) continue;
      const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / lengthSquared));
      best = Math.min(best, Math.hypot(ax + t * (bx - ax) - px, ay + t * (by - ay) - py));
    }
    return best;
  };
  const stray: StrayEdge[] = [];
  for (const polygon of polygonsOf(geometry)) for (const ring of polygon) {
    for (let index = 1; index < ring.length; index += 1) {
      const from = ring[index - 1] as number[];
      const to = ring[index] as number[];
      const [ax, ay] = toMeters(from);
      const [bx, by] = toMeters(to);
      const lengthMeters = Math.hypot(bx - ax, by - ay);
      if (lengthMeters < minLengthMeters) continue;
      const samples = Math.ceil(lengthMeters / toleranceMeters);
      let offsetMeters = 0;
      for (let sample = 0; sample <= samples; sample += 1) {
        const t = sample / samples;
        offsetMeters = Math.max(offsetMeters, distanceToReference(ax + t * (bx - ax), ay + t * (by - ay)));
      }
      if (offsetMeters > toleranceMeters) stray.push({ from, to, lengthMeters, offsetMeters });
    }
  }
  return stray;
}
