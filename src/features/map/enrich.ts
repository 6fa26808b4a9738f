import type { Feature, FeatureCollection, Point } from 'geojson';
import type { KelurahanCollection, KelurahanFeature, KelurahanProperties } from '../../domain/region';
import type { KelurahanState } from '../../components/palette';

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
}

/**
 * Adds the coverage state to each kelurahan so the style can colour it with
 * plain `get` expressions. `ranking` lists uncovered codes best first; its first
 * `topN` become the recommended next set. A covered kelurahan is never
 * recommended, even if a stale ranking still lists it. The shared filters are
 * not applied here (see `kelurahanOutsideFilter`): a filter change must not re-send
 * the polygons to the map.
 */
export function withCoverage(
  kelurahan: KelurahanCollection,
  coverage: ReadonlyMap<string, CoverageFacts>,
  ranking: readonly string[],
  topN: number,
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
        properties: { ...feature.properties, state, rank, installationCount: facts?.installationCount ?? 0 },
      };
    }),
  };
}

/**
 * The kelurahan the shared filters leave out (`kept` from `applyFilters`). The map
 * dims them, rather than dropping them, so the city stays readable; it does so by
 * feature-state (see MapAdapter), which costs 64 small calls instead of re-sending
 * every polygon (~14,000 vertices) to the map's worker on each filter change.
 */
export function kelurahanOutsideFilter(kelurahan: KelurahanCollection, kept: ReadonlySet<string>): Set<string> {
  return new Set(kelurahan.features.map((feature) => feature.properties.kode).filter((kode) => !kept.has(kode)));
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
