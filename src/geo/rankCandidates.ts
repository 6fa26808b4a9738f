import Flatbush from 'flatbush';
import { findIslands } from './findIslands';
import { haversineMeters } from './measure';
import type { AttributeTable } from './parseAttributesCsv';
import { computeSharedBorders } from './sharedBorders';
import type { KelurahanFeature, LngLat } from './types';

/**
 * Everything about the kelurahan that does not change when the planner moves
 * a weight slider: computed once, then `rankCandidates` only loops over arrays.
 * Plain typed arrays, so it can live in (and be sent to) a worker.
 */
export interface RankingContext {
  kodes: string[];
  areaKm2: Float64Array;
  labelLng: Float64Array;
  labelLat: Float64Array;
  onMainIsland: Uint8Array;
  borderOffsets: Int32Array;
  borderNeighbors: Int32Array;
  borderMeters: Float64Array;
}

export function prepareRanking(features: readonly KelurahanFeature[]): RankingContext {
  const borders = computeSharedBorders(features);
  const islands = findIslands(features, borders);
  return {
    kodes: features.map((feature) => feature.properties.kode),
    areaKm2: Float64Array.from(features, (feature) => feature.properties.areaKm2),
    labelLng: Float64Array.from(features, (feature) => feature.properties.labelPoint[0]),
    labelLat: Float64Array.from(features, (feature) => feature.properties.labelPoint[1]),
    onMainIsland: islands.onMainIsland,
    borderOffsets: borders.offsets,
    borderNeighbors: borders.neighbors,
    borderMeters: borders.meters,
  };
}

/** Built-in factors; attribute columns join as `attribute:<column>`. */
export type BuiltInFactor = 'frontier' | 'distance' | 'area' | 'mainIsland';
export type FactorDirection = 'higher' | 'lower';

/** Defaults: extend from the covered area first, stay close, prefer the main island, then bigger kelurahan. */
export const DEFAULT_WEIGHTS: Readonly<Record<BuiltInFactor, number>> = { frontier: 3, distance: 2, mainIsland: 2, area: 1 };
const BUILT_IN: readonly { key: BuiltInFactor; unit: string; direction: FactorDirection }[] = [
  { key: 'frontier', unit: 'm', direction: 'higher' },
  { key: 'distance', unit: 'm', direction: 'lower' },
  { key: 'area', unit: 'km2', direction: 'higher' },
  { key: 'mainIsland', unit: 'boolean', direction: 'higher' },
];

export interface RankOptions {
  covered: ReadonlySet<string>;
  /** Weight per factor key (≥ 0); factors missing here get weight 0 (built-ins default to DEFAULT_WEIGHTS). */
  weights?: Readonly<Record<string, number>>;
  /** E.g. the branch office: distance is measured to it or to the nearest covered kelurahan, whichever is closer. */
  baseLocation?: LngLat;
  attributes?: AttributeTable;
  /** Direction per attribute column (default 'higher' = more is better). */
  attributeDirections?: Readonly<Record<string, FactorDirection>>;
}

export interface FactorScore {
  key: string;
  /** Raw value (null = unknown, e.g. no CSV row or no covered kelurahan yet). */
  value: number | null;
  unit: string;
  direction: FactorDirection;
  /** Min–max normalised over all candidates into 0..1, 1 = best; 0 when unknown or when every candidate has the same value. */
  score: number;
  weight: number;
  /** weight × score / sum of weights: the factor's share of `total`. */
  contribution: number;
}

export interface RankedCandidate {
  kode: string;
  /** 1 = target next. */
  rank: number;
  /** Sum of contributions, 0..1. */
  total: number;
  factors: FactorScore[];
}

/** Nearest covered label point (or base) to each kelurahan, in metres; null if there is none. */
function distancesToCovered(context: RankingContext, coveredIndexes: readonly number[], baseLocation: LngLat | undefined): (number | null)[] {
  const count = context.kodes.length;
  const distances: (number | null)[] = new Array<number | null>(count).fill(null);
  if (baseLocation) for (let i = 0; i < count; i++) distances[i] = haversineMeters(context.labelLng[i]!, context.labelLat[i]!, baseLocation[0], baseLocation[1]);
  if (coveredIndexes.length === 0) return distances;
  // A kNN tree in degrees scaled by cos(latitude) finds the few nearest in planar terms; the haversine
  // check over the 4 nearest makes the answer exact unless the scale varies > 2 % between them.
  const meanLat = coveredIndexes.reduce((sum, i) => sum + context.labelLat[i]!, 0) / coveredIndexes.length;
  const scale = Math.cos((meanLat * Math.PI) / 180);
  const tree = new Flatbush(coveredIndexes.length);
  for (const i of coveredIndexes) tree.add(context.labelLng[i]! * scale, context.labelLat[i]!);
  tree.finish();
  for (let i = 0; i < count; i++) {
    for (const found of tree.neighbors(context.labelLng[i]! * scale, context.labelLat[i]!, 4)) {
      const other = coveredIndexes[found]!;
      const meters = haversineMeters(context.labelLng[i]!, context.labelLat[i]!, context.labelLng[other]!, context.labelLat[other]!);
      const current = distances[i];
      if (current === null || current === undefined || meters < current) distances[i] = meters;
    }
  }
  return distances;
}

/**
 * Ranks every uncovered kelurahan. For each factor the raw value is min–max
 * normalised over the candidates (inverted when lower is better), multiplied
 * by its weight and divided by the sum of weights, so `total` is in 0..1 and
 * the contributions show exactly why A ranks above B. Ties (equal totals) are
 * broken by kode, ascending, so the order never depends on input order.
 * Cost: O(n log n) for n kelurahan; no geometry is touched.
 */
export function rankCandidates(context: RankingContext, options: RankOptions): RankedCandidate[] {
  const count = context.kodes.length;
  const isCovered = new Uint8Array(count);
  const coveredIndexes: number[] = [];
  context.kodes.forEach((kode, i) => {
    if (options.covered.has(kode)) {
      isCovered[i] = 1;
      coveredIndexes.push(i);
    }
  });
  const candidates: number[] = [];
  for (let i = 0; i < count; i++) if (!isCovered[i]) candidates.push(i);
  const distances = distancesToCovered(context, coveredIndexes, options.baseLocation);
  const frontier = (i: number) => {
    let meters = 0;
    for (let k = context.borderOffsets[i]!; k < context.borderOffsets[i + 1]!; k++) if (isCovered[context.borderNeighbors[k]!]) meters += context.borderMeters[k]!;
    return meters;
  };
  const columns = options.attributes?.columns ?? [];
  const factorDefinitions = [
    ...BUILT_IN.map((factor) => ({ ...factor, weight: options.weights?.[factor.key] ?? DEFAULT_WEIGHTS[factor.key] })),
    ...columns.map((column) => ({
      key: `attribute:${column}`, unit: '', direction: options.attributeDirections?.[column] ?? ('higher' as FactorDirection),
      weight: options.weights?.[`attribute:${column}`] ?? 0,
    })),
  ];
  for (const factor of factorDefinitions) {
    if (!(factor.weight >= 0)) throw new Error(`rankCandidates: weight of "${factor.key}" must be a number ≥ 0, got ${factor.weight}`);
  }
  const weightSum = factorDefinitions.reduce((sum, factor) => sum + factor.weight, 0);
  const valueOf = (key: string, i: number): number | null => {
    if (key === 'frontier') return frontier(i);
    if (key === 'distance') return distances[i] ?? null;
    if (key === 'area') return context.areaKm2[i]!;
    if (key === 'mainIsland') return context.onMainIsland[i]!;
    return options.attributes?.byKode.get(context.kodes[i]!)?.[key.slice('attribute:'.length)] ?? null;
  };
  const values = factorDefinitions.map((factor) => candidates.map((i) => valueOf(factor.key, i)));
  const ranges = values.map((column) => {
    let min = Infinity, max = -Infinity;
    for (const value of column) if (value !== null) { if (value < min) min = value; if (value > max) max = value; }
    return { min, max };
  });
  const ranked = candidates.map((i, position) => {
    let total = 0;
    const factors = factorDefinitions.map((factor, f): FactorScore => {
      const value = values[f]![position]!;
      const { min, max } = ranges[f]!;
      let score = 0;
      if (value !== null && max > min) score = factor.direction === 'higher' ? (value - min) / (max - min) : (max - value) / (max - min);
      const contribution = weightSum > 0 ? (factor.weight * score) / weightSum : 0;
      total += contribution;
      return { key: factor.key, value, unit: factor.unit, direction: factor.direction, score, weight: factor.weight, contribution };
    });
    return { kode: context.kodes[i]!, rank: 0, total, factors };
  });
  ranked.sort((a, b) => b.total - a.total || (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));
  ranked.forEach((candidate, position) => { candidate.rank = position + 1; });
  return ranked;
}
