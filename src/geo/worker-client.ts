import { transfer, wrap, type Remote } from 'comlink';
import type { CoverageEngine } from './coverageWorkerApi';

export interface CoverageWorker {
  engine: Remote<CoverageEngine>;
  /** Sends the point arrays by transfer: after the call `lngs` and `lats` are detached (empty) in this thread. */
  assignPoints(lngs: Float64Array, lats: Float64Array): Promise<Int32Array>;
  /** Rejects if the worker script fails to load or throws at top level (comlink calls would never settle). */
  failed: Promise<never>;
  terminate(): void;
}

/** Starts the coverage engine in a module worker. Call `terminate()` when the page no longer needs it. */
export function createCoverageWorker(): CoverageWorker {
  const worker = new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' });
  const engine = wrap<CoverageEngine>(worker);
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => reject(new Error(`coverage worker: ${event.message || 'failed to load'}`)), { once: true });
  });
  failed.catch(() => undefined); // observed by callers that race it; never an unhandled rejection
  return {
    engine,
    failed,
    assignPoints: (lngs, lats) => engine.assignPoints(transfer(lngs, [lngs.buffer]), transfer(lats, [lats.buffer])),
    terminate: () => worker.terminate(),
  };
}
