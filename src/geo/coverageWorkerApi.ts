import { assignToAreas, buildAreaIndex, type AreaIndex } from './assignToAreas';
import { placeInstallations, type PlaceableInstallation, type Placement } from './placeInstallations';
import { prepareRanking, rankCandidates, type RankedCandidate, type RankingContext, type RankOptions } from './rankCandidates';
import type { KelurahanCollection, KelurahanFeature } from '../domain/region';
import { visibilityCoverage, type VisibilityInstallation, type VisibilityOptions, type VisibilityResult } from './visibilityCoverage';

/**
 * The engine with its per-region state, as one object: `coverage.worker.ts`
 * exposes it through comlink, and tests call it directly in Node.
 * Geometry crosses the boundary once (`load` / `loadFromUrl`); after that
 * only kodes, options and typed arrays of points do.
 */
export function createCoverageEngine() {
  let features: KelurahanFeature[] = [];
  let kodes: string[] = [];
  let index: AreaIndex | null = null;
  let ranking: RankingContext | null = null;
  const ready = (): AreaIndex => {
    if (!index) throw new Error('coverage engine: call load() before querying');
    return index;
  };
  const engine = {
    /** Indexes a region's kelurahan; returns how many. Ranking context is built lazily on first rank(). */
    load(collection: KelurahanCollection): number {
      features = collection.features;
      kodes = features.map((feature) => feature.properties.kode);
      index = buildAreaIndex(features);
      ranking = null;
      return features.length;
    },
    /** Same as load, but the worker fetches and parses the file itself, so the main thread never holds it twice. */
    async loadFromUrl(url: string): Promise<number> {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`coverage engine: ${url}: HTTP ${response.status}`);
      return engine.load((await response.json()) as KelurahanCollection);
    },
    place(installations: PlaceableInstallation[]): Placement[] {
      return placeInstallations(ready(), kodes, installations);
    },
    /** Area index (position in the loaded collection) per point, -1 outside. */
    assignPoints(lngs: Float64Array, lats: Float64Array): Int32Array {
      return assignToAreas(ready(), lngs, lats);
    },
    /** The geometry-only half of ranking (shared borders, islands): typed arrays, cheap to copy back. */
    prepareRanking(): RankingContext {
      ready();
      ranking ??= prepareRanking(features);
      return ranking;
    },
    rank(options: RankOptions): RankedCandidate[] {
      ready();
      ranking ??= prepareRanking(features);
      return rankCandidates(ranking, options);
    },
    visibility(kode: string, installations: VisibilityInstallation[], options?: VisibilityOptions): VisibilityResult {
      ready();
      const feature = features.find((candidate) => candidate.properties.kode === kode);
      if (!feature) throw new Error(`coverage engine: unknown kelurahan ${kode}`);
      return visibilityCoverage(feature.geometry, installations, options);
    },
  };
  return engine;
}

export type CoverageEngine = ReturnType<typeof createCoverageEngine>;
