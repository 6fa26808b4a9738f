import { transfer, wrap, type Remote } from 'comlink';
import type { CoverageEngine } from './coverageWorkerApi';

export interface CoverageWorker {
  engine: Remote<CoverageEngine>;
  /** Sends the point arrays by transfer: after the call `lngs` and `lats` are detached (empty) in this thread. */
  assignPoints(lngs: Float64Array, lats: Float64Array): Promise<Int32Array>;
  terminate(): void;
}

/** Starts the coverage engine in a module worker. Call `terminate()` when the page no longer needs it. */
export function createCoverageWorker(): CoverageWorker {
  const worker = new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' });
  const engine = wrap<CoverageEngine>(worker);
  return {
    engine,
    assignPoints: (lngs, lats) => engine.assignPoints(transfer(lngs, [lngs.buffer]), transfer(lats, [lats.buffer])),
    terminate: () => worker.terminate(),
  };
}
