import type { Feature, FeatureCollection } from 'geojson';
import { area } from '@turf/area';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type AreaGeometry, countSelfIntersections, normaliseGeometry } from './geometry';

export interface SimplifyResult {
  geometries: AreaGeometry[];
  /** Largest |simplified − source| / source area over all features, in percent. */
  maxAreaChangePercent: number;
  minWeight: number;
  collapsedRings: number;
}

/**
 * Simplifies all areas of one layer together, so neighbours keep sharing their border.
 * topojson-server turns the layer into a topology: a border two areas share becomes one arc, so
 * simplifying the arc moves both sides identically (no new gaps or overlaps). Quantizing to 1e6 steps
 * across the layer (~10 cm on Batam) also snaps vertices that differ only below that.
 * The Visvalingam weight is the largest one (found by bisection) that keeps every area within
 * `maxAreaChangePercent` of its unsimplified source, measured geodesically.
 */
export function simplifyLayer(geometries: AreaGeometry[], maxAreaChangePercent = 1): SimplifyResult {
  const collection: FeatureCollection<AreaGeometry> = {
    type: 'FeatureCollection',
    features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  };
  const sourceAreas = geometries.map((geometry) => area(geometry));
  const sourceIntersections = geometries.map((geometry) => countSelfIntersections(geometry));
  const quantized = topology({ layer: collection }, 1e6);
  const weighted = presimplify(quantized);
  keepRingsOpen(weighted);

  const attempt = (minWeight: number) => {
    const simplified = simplify(weighted, minWeight) as unknown as Topology<{ layer: GeometryCollection }>;
    const output = feature(simplified, simplified.objects.layer) as unknown as FeatureCollection<AreaGeometry>;
    let collapsedRings = 0;
    const result = output.features.map((item: Feature<AreaGeometry>) => {
      const normalised = normaliseGeometry(item.geometry);
      collapsedRings += normalised.collapsedRings;
      return normalised.geometry;
    });
    const worst = Math.max(...result.map((geometry, index) => Math.abs(area(geometry) - (sourceAreas[index] ?? 0)) / (sourceAreas[index] ?? 1) * 100));
    return { geometries: result, maxAreaChangePercent: worst, minWeight, collapsedRings };
  };
  // Visvalingam can fold a narrow spit across itself; a weight that does is rejected like one that
  // loses too much area.
  const introducesIntersections = (candidate: SimplifyResult) =>
    candidate.geometries.some((geometry, index) => countSelfIntersections(geometry) > (sourceIntersections[index] ?? 0));

  // Bisect on a log scale between "keep everything" and a weight that is clearly too coarse.
  let best = attempt(0);
  if (best.maxAreaChangePercent >= maxAreaChangePercent) return best;
  let low = -16;
  let high = -2;
  for (let step = 0; step < 24; step += 1) {
    const middle = (low + high) / 2;
    const candidate = attempt(10 ** middle);
    if (candidate.maxAreaChangePercent < maxAreaChangePercent * 0.95 && !introducesIntersections(candidate)) {
      best = candidate;
      low = middle;
    } else {
      high = middle;
    }
  }
  return best;
}

/**
 * Visvalingam keeps only an arc's endpoints at worst, so a ring made of one closed arc would
 * collapse to a line. Pinning two interior points of every closed arc, and the middle point of every
 * other arc, keeps each ring a real polygon whatever the weight.
 */
function keepRingsOpen(weighted: Topology): void {
  for (const arc of weighted.arcs as unknown as number[][][]) {
    const last = arc.length - 1;
    if (last < 2) continue;
    const first = arc[0] as number[];
    const end = arc[last] as number[];
    const closed = first[0] === end[0] && first[1] === end[1];
    const pinned = closed ? [Math.floor(last / 3), Math.floor((2 * last) / 3)] : [Math.floor(last / 2)];
    for (const index of pinned) {
      const point = arc[index];
      if (point && index > 0 && index < last) point[2] = Infinity;
    }
  }
}
