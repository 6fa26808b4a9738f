import { useEffect, useState } from 'react';
import { prepareRanking, type RankingContext } from '../geo/rankCandidates';
import type { KelurahanCollection } from '../domain/region';
import { createCoverageWorker, type CoverageWorker } from '../geo/worker-client';

/**
 * The geometry-only half of the ranking (shared borders within 5 m, islands)
 * costs 300–600 ms of main-thread time on Batam's 64 kelurahan and grows with
 * the region, so it runs in the coverage worker; only a few typed arrays come
 * back. Until then the ranking is `undefined` (the UI shows a loading state).
 * If the worker cannot start, the same function runs here instead: the ranking
 * is late, never missing.
 */
export function useRankingContext(kelurahan: KelurahanCollection): RankingContext | undefined {
  const [result, setResult] = useState<{ source: KelurahanCollection; context: RankingContext }>();

  useEffect(() => {
    let cancelled = false;
    let worker: CoverageWorker | undefined;
    const accept = (context: RankingContext) => {
      if (!cancelled) setResult({ source: kelurahan, context });
    };
    const onMainThread = () => {
      if (!cancelled) accept(prepareRanking(kelurahan.features));
    };
    try {
      worker = createCoverageWorker();
      const engine = worker.engine;
      Promise.race([engine.load(kelurahan).then(() => engine.prepareRanking()), worker.failed])
        .then(accept, onMainThread)
        .finally(() => worker?.terminate());
    } catch {
      onMainThread();
    }
    return () => {
      cancelled = true;
      worker?.terminate();
    };
  }, [kelurahan]);

  return result?.source === kelurahan ? result.context : undefined;
}
