import type { Feature, FeatureCollection } from 'geojson';
import { area } from '@turf/area';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type AreaGeometry, countSelfIntersections, normaliseGeometry, selfIntersections } from './geometry';

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
export function simplifyLayer(geometries: AreaGeometry[], maxAreaChangePercent = 1, reference: AreaGeometry[] = geometries): SimplifyResult {
  const collection: FeatureCollection<AreaGeometry> = {
    type: 'FeatureCollection',
    features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  };
  // Area and validity are judged against the reference (the unsnapped source), not the input.
  const sourceAreas = reference.map((geometry) => area(geometry));
  const sourceIntersections = reference.map((geometry) => countSelfIntersections(geometry));
  const quantized = topology({ layer: collection }, 1e6);
  const weighted: Topology = presimplify(quantized as unknown as Parameters<typeof presimplify>[0]);
  keepRingsOpen(weighted);
  weighRelativeToArea(weighted, quantized.objects.layer as GeometryCollection, geometries);

  const attempt = (minWeight: number) => {
    const simplified = simplify(weighted as unknown as Parameters<typeof simplify>[0], minWeight) as unknown as Topology<{ layer: GeometryCollection }>;
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

  const withinTolerance = (candidate: SimplifyResult) => candidate.maxAreaChangePercent < maxAreaChangePercent * 0.9;

  // Bisect on a log scale for the coarsest weight that keeps every area within tolerance.
  const bisect = (highExponent: number): SimplifyResult => {
    let best = attempt(0);
    let low = -20;
    let high = highExponent;
    for (let step = 0; step < 20; step += 1) {
      const middle = (low + high) / 2;
      const candidate = attempt(10 ** middle);
      if (withinTolerance(candidate)) {
        best = candidate;
        low = middle;
      } else {
        high = middle;
      }
    }
    return best;
  };

  // Visvalingam can fold a narrow spit or a ring across itself. Rather than coarsening everything,
  // restore detail only on the arcs that pass through a new crossing (a shared arc stays shared, so
  // the neighbour gets the same detail), a factor of 16 per round, until no new crossing remains.
  const repair = (start: SimplifyResult): SimplifyResult => {
    let best = start;
    for (let round = 0; round < 12; round += 1) {
      const crossings = best.geometries.map((geometry, index) => {
        const points = selfIntersections(geometry);
        return points.length > (sourceIntersections[index] ?? 0) ? points : [];
      });
      if (crossings.every((points) => points.length === 0)) break;
      const arcs = new Set<number>();
      crossings.forEach((points, index) => {
        if (points.length === 0) return;
        for (const arc of arcsOf(quantized.objects.layer as GeometryCollection, index)) {
          if (arcPassesThrough(weighted.arcs[arc] as unknown as number[][], best.minWeight, points)) arcs.add(arc);
        }
      });
      for (const arcIndex of arcs) {
        for (const point of (weighted.arcs[arcIndex] ?? []) as number[][]) point[2] = round === 11 ? Infinity : (point[2] ?? 0) * 16;
      }
      best = attempt(best.minWeight);
    }
    return best;
  };

  // Restoring detail on some arcs can undo errors that cancelled out elsewhere and push an area
  // over the tolerance again, so bisect and repair alternate, each pass only searching finer weights.
  let highExponent = 2;
  for (let pass = 0; pass < 4; pass += 1) {
    const best = repair(bisect(highExponent));
    if (withinTolerance(best) || best.minWeight === 0) return best;
    highExponent = Math.log10(best.minWeight);
  }
  return repair(attempt(0));
}

/**
 * Visvalingam weights are absolute triangle areas, so one global threshold would strip a small city
 * kelurahan long before it touched a large island one. Dividing each arc's weights by the area of the
 * smallest feature using the arc makes the threshold a relative one (shared arcs get the stricter
 * scale, so both sides still move together).
 */
function weighRelativeToArea(weighted: Topology, collection: GeometryCollection, geometries: AreaGeometry[]): void {
  const scale = new Float64Array(weighted.arcs.length).fill(Infinity);
  geometries.forEach((geometry, index) => {
    const featureArea = area(geometry);
    for (const arc of arcsOf(collection, index)) scale[arc] = Math.min(scale[arc] as number, featureArea);
  });
  (weighted.arcs as unknown as number[][][]).forEach((arc, index) => {
    const divisor = scale[index] as number;
    if (!Number.isFinite(divisor) || divisor <= 0) return;
    for (const point of arc) if (Number.isFinite(point[2])) point[2] = (point[2] as number) / divisor;
  });
}

/** Whether the simplified arc (points with weight ≥ minWeight) passes through one of the points. */
function arcPassesThrough(arc: number[][], minWeight: number, points: number[][]): boolean {
  const kept = arc.filter((point) => (point[2] ?? 0) >= minWeight);
  for (let index = 1; index < kept.length; index += 1) {
    const [ax = 0, ay = 0] = kept[index - 1] as number[];
    const [bx = 0, by = 0] = kept[index] as number[];
    for (const [px = 0, py = 0] of points) {
      const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / lengthSquared));
      if (Math.hypot(ax + t * (bx - ax) - px, ay + t * (by - ay) - py) < 1e-6) return true;
    }
  }
  return false;
}

/** Arc indexes (reversed arcs are stored as ~index) that make up one geometry of a topology object. */
function arcsOf(collection: GeometryCollection, index: number): number[] {
  const geometry = collection.geometries[index] as { arcs?: unknown } | undefined;
  const flat = ((geometry?.arcs ?? []) as unknown[]).flat(3) as number[];
  return flat.map((arc) => (arc < 0 ? ~arc : arc));
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
