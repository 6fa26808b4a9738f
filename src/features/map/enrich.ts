import type { Feature, FeatureCollection, Point } from 'geojson';
import type { KelurahanCollection, KelurahanFeature, KelurahanProperties } from '../../geo/types';
import type { KelurahanState } from './palette';

/** What the map needs to know about one kelurahan's coverage (a subset of the engine's output). */
export interface CoverageFacts {
  covered: boolean;
  installationCount?: number;
}

/** Properties the kelurahan fill layers read (see layers.ts). */
export interface EnrichedKelurahanProperties extends KelurahanProperties {
  state: KelurahanState;
  /** 1-based position in the ranking of uncovered kelurahan; 0 when covered or not ranked. */
  rank: number;
  installationCount: number;
  /** False when the shared filters hide this kelurahan: the map dims it rather than dropping it, so the city stays readable. */
  inFilter: boolean;
}

/**
 * Adds the coverage state to each kelurahan so the style can colour it with
 * plain `get` expressions. `ranking` lists uncovered codes best first; its first
 * `topN` become the recommended next set. A covered kelurahan is never
 * recommended, even if a stale ranking still lists it. `inFilter` (the shared
 * filters' kelurahan, see `applyFilters`) marks the rest as filtered out; absent = all in.
 */
export function withCoverage(
  kelurahan: KelurahanCollection,
  coverage: ReadonlyMap<string, CoverageFacts>,
  ranking: readonly string[],
  topN: number,
  inFilter?: ReadonlySet<string>,
): FeatureCollection<KelurahanFeature['geometry'], EnrichedKelurahanProperties> {
  const rankOf = new Map<string, number>();
  let position = 0;
  for (const kode of ranking) {
    if (coverage.get(kode)?.covered || rankOf.has(kode)) continue;
    rankOf.set(kode, ++position);
  }
  return {
    type: 'FeatureCollection',
    features: kelurahan.features.map((feature) => {
      const facts = coverage.get(feature.properties.kode);
      const rank = rankOf.get(feature.properties.kode) ?? 0;
      const state: KelurahanState = facts?.covered ? 'covered' : rank > 0 && rank <= topN ? 'recommended' : 'uncovered';
      return {
        ...feature,
        properties: { ...feature.properties, state, rank, installationCount: facts?.installationCount ?? 0, inFilter: inFilter?.has(feature.properties.kode) ?? true },
      };
    }),
  };
}

export interface KelurahanLabelProperties {
  kode: string;
  label: string;
}

/** One label point per kelurahan, at the pipeline's inside point (not the centroid: islands). */
export function kelurahanLabelPoints(kelurahan: KelurahanCollection): FeatureCollection<Point, KelurahanLabelProperties> {
  return {
    type: 'FeatureCollection',
    features: kelurahan.features.map(
      (feature): Feature<Point, KelurahanLabelProperties> => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...feature.properties.labelPoint] },
        properties: { kode: feature.properties.kode, label: feature.properties.nama },
      }),
    ),
  };
}
