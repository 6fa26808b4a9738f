import { BORDER_TOLERANCE_METERS, computeSharedBorders } from './computeSharedBorders';
import { findIslands } from './findIslands';
import { gapsBetweenAreas, gapsToPoint } from './measureGaps';
import { projectBoundaries, type ProjectedBoundaries } from './projectBoundaries';
import type { KelurahanFeature, LngLat } from '../domain/region';

/**
 * Everything about the kelurahan that does not change when the planner moves
 * a weight slider: computed once, then `rankCandidates` only loops over arrays.
 * Plain typed arrays, so it can live in (and be sent to) a worker.
 */
export interface RankingContext {
  kodes: string[];
  areaKm2: Float64Array;
  onMainIsland: Uint8Array;
  borderOffsets: Int32Array;
  borderNeighbors: Int32Array;
  borderMeters: Float64Array;
  /** The borders themselves: distance to the covered area is measured between them. */
  boundaries: ProjectedBoundaries;
}

export function prepareRanking(features: readonly KelurahanFeature[]): RankingContext {
  const boundaries = projectBoundaries(features);
  const borders = computeSharedBorders(features, { boundaries });
  const islands = findIslands(features, borders);
  return {
    kodes: features.map((feature) => feature.properties.kode),
    areaKm2: Float64Array.from(features, (feature) => feature.properties.areaKm2),
    onMainIsland: islands.onMainIsland,
    borderOffsets: borders.offsets,
    borderNeighbors: borders.neighbors,
    borderMeters: borders.meters,
    boundaries,
  };
}

/** External per-kelurahan numbers (population, informal workers...) joined by `kode`: the planner's extra factors. */
export interface AttributeTable {
  /** Numeric columns in file order, `kode` excluded. */
  columns: string[];
  /** Values by kelurahan kode; an empty cell is null (unknown), never 0. */
  byKode: Map<string, Record<string, number | null>>;
}

/** Attribute columns join the factors as `attribute:<column>` (`attributeKey`). */
export const ATTRIBUTE_PREFIX = 'attribute:';
export const attributeKey = (column: string) => `${ATTRIBUTE_PREFIX}${column}`;
/** The column of an attribute factor key, or undefined for a built-in factor. */
export const attributeColumn = (key: string) => (key.startsWith(ATTRIBUTE_PREFIX) ? key.slice(ATTRIBUTE_PREFIX.length) : undefined);

/** Built-in factors; attribute columns join as `attribute:<column>`. */
export type BuiltInFactor = 'frontier' | 'distance' | 'area' | 'mainIsland';
export type FactorDirection = 'higher' | 'lower';

/** Defaults: extend from the covered area first, stay close, prefer the main island, then bigger kelurahan. */
/** The highest weight a factor can have (the planner's sliders run 0–5). */
export const MAX_WEIGHT = 5;

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
  /** E.g. the branch office: distance is measured to it or to the nearest covered kelurahan's border, whichever is closer. */
  baseLocation?: LngLat;
  attributes?: AttributeTable;
  /** Direction per attribute column (default 'higher' = more is better). */
  attributeDirections?: Readonly<Record<string, FactorDirection>>;
  /**
   * Return only the best `limit` candidates (all are still scored and ordered,
   * so ranks and normalisation do not change). Building the explanation
   * objects is most of the cost at national scale; a list shows a page anyway.
   */
  limit?: number;
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

/** What depends on the covered set and base but not on weights: cached so a slider move only re-scores. */
interface CoveredDerived {
  isCovered: Uint8Array;
  distances: Float64Array;
  frontier: Float64Array;
}
const derivedCache = new WeakMap<RankingContext, { base: LngLat | undefined; derived: CoveredDerived }>();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function deriveFromCovered(context: RankingContext, covered: ReadonlySet<string>, baseLocation: LngLat | undefined): CoveredDerived {
  const count = context.kodes.length;
  const isCovered = new Uint8Array(count);
  context.kodes.forEach((kode, i) => {
    if (covered.has(kode)) isCovered[i] = 1;
  });
  // Compared by content, not by Set identity, so a mutated Set never reuses stale distances.
  const cached = derivedCache.get(context);
  if (cached && cached.base?.[0] === baseLocation?.[0] && cached.base?.[1] === baseLocation?.[1] && sameBytes(cached.derived.isCovered, isCovered)) return cached.derived;
  const distances = gapsBetweenAreas(context.boundaries, isCovered, {
    toleranceMeters: BORDER_TOLERANCE_METERS, adjacency: { offsets: context.borderOffsets, neighbors: context.borderNeighbors },
  });
  if (baseLocation) {
    const toBase = gapsToPoint(context.boundaries, baseLocation[0], baseLocation[1]);
    for (let i = 0; i < count; i++) if (Number.isNaN(distances[i]!) || toBase[i]! < distances[i]!) distances[i] = toBase[i]!;
  }
  const frontier = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    for (let k = context.borderOffsets[i]!; k < context.borderOffsets[i + 1]!; k++) if (isCovered[context.borderNeighbors[k]!]) frontier[i]! += context.borderMeters[k]!;
  }
  const derived = { isCovered, distances, frontier };
  derivedCache.set(context, { base: baseLocation, derived });
  return derived;
}

/**
 * Ranks every uncovered kelurahan. For each factor the raw value is min–max
 * normalised over the candidates (inverted when lower is better), multiplied
 * by its weight and divided by the sum of weights, so `total` is in 0..1 and
 * the contributions show exactly why A ranks above B. Ties (equal totals) are
 * broken by kode, ascending, so the order never depends on input order.
 * Distance is measured between borders: from the candidate's border to the
 * nearest covered kelurahan's border (0 for a neighbour, whose border comes
 * within the 5 m shared-border tolerance) or to the base (0 when the base lies
 * inside), whichever is closer; null when neither exists. The geometric work
 * (`gapsBetweenAreas`) depends only on the covered set and the base, so it is
 * cached per context; moving a weight slider only re-scores, O(n log n).
 */
export function rankCandidates(context: RankingContext, options: RankOptions): RankedCandidate[] {
  const count = context.kodes.length;
  const { isCovered, distances, frontier } = deriveFromCovered(context, options.covered, options.baseLocation);
  const candidates: number[] = [];
  for (let i = 0; i < count; i++) if (!isCovered[i]) candidates.push(i);
  const columns = options.attributes?.columns ?? [];
  const factorDefinitions = [
    ...BUILT_IN.map((factor) => ({ ...factor, weight: options.weights?.[factor.key] ?? DEFAULT_WEIGHTS[factor.key] })),
    ...columns.map((column) => ({
      key: attributeKey(column), unit: '', direction: options.attributeDirections?.[column] ?? ('higher' as FactorDirection),
      weight: options.weights?.[attributeKey(column)] ?? 0,
    })),
  ];
  for (const factor of factorDefinitions) {
    if (!(factor.weight >= 0)) throw new Error(`rankCandidates: weight of "${factor.key}" must be a number ≥ 0, got ${factor.weight}`);
  }
  const weightSum = factorDefinitions.reduce((sum, factor) => sum + factor.weight, 0);
  // values[f][position]: NaN stands for unknown. Plain loops over typed arrays: this runs on every slider move.
  const candidateCount = candidates.length;
  const values = factorDefinitions.map((factor) => {
    const column = new Float64Array(candidateCount);
    const source = factor.key === 'frontier' ? frontier : factor.key === 'distance' ? distances : factor.key === 'area' ? context.areaKm2 : factor.key === 'mainIsland' ? context.onMainIsland : null;
    if (source) {
      for (let position = 0; position < candidateCount; position++) column[position] = source[candidates[position]!]!;
      return column;
    }
    const attribute = factor.key.slice(ATTRIBUTE_PREFIX.length);
    for (let position = 0; position < candidateCount; position++) {
      column[position] = options.attributes?.byKode.get(context.kodes[candidates[position]!]!)?.[attribute] ?? NaN;
    }
    return column;
  });
  const scores = values.map((column, f) => {
    let min = Infinity, max = -Infinity;
    for (let position = 0; position < candidateCount; position++) {
      const value = column[position]!;
      if (value < min) min = value; // NaN fails both comparisons, so unknowns are skipped
      if (value > max) max = value;
    }
    const score = new Float64Array(candidateCount);
    if (!(max > min)) return score;
    const higher = factorDefinitions[f]!.direction === 'higher';
    const range = max - min;
    for (let position = 0; position < candidateCount; position++) {
      const value = column[position]!;
      score[position] = Number.isNaN(value) ? 0 : higher ? (value - min) / range : (max - value) / range;
    }
    return score;
  });
  const totals = new Float64Array(candidateCount);
  const shares = factorDefinitions.map((factor) => (weightSum > 0 ? factor.weight / weightSum : 0));
  shares.forEach((share, f) => {
    const column = scores[f]!;
    for (let position = 0; position < candidateCount; position++) totals[position]! += share * column[position]!;
  });
  const order = Array.from({ length: candidateCount }, (_, position) => position);
  order.sort((a, b) => totals[b]! - totals[a]! || (context.kodes[candidates[a]!]! < context.kodes[candidates[b]!]! ? -1 : 1));
  const outputCount = Math.min(candidateCount, Math.max(0, Math.floor(options.limit ?? Infinity)));
  const ranked: RankedCandidate[] = new Array<RankedCandidate>(outputCount);
  for (let rankIndex = 0; rankIndex < outputCount; rankIndex++) {
    const position = order[rankIndex]!;
    const factors: FactorScore[] = new Array<FactorScore>(factorDefinitions.length);
    for (let f = 0; f < factorDefinitions.length; f++) {
      const factor = factorDefinitions[f]!;
      const value = values[f]![position]!;
      const score = scores[f]![position]!;
      factors[f] = {
        key: factor.key, value: Number.isNaN(value) ? null : value, unit: factor.unit, direction: factor.direction,
        score, weight: factor.weight, contribution: shares[f]! * score,
      };
    }
    ranked[rankIndex] = { kode: context.kodes[candidates[position]!]!, rank: rankIndex + 1, total: totals[position]!, factors };
  }
  return ranked;
}
