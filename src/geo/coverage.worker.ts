import { expose, transfer } from 'comlink';
import { createCoverageEngine } from './coverageWorkerApi';

const engine = createCoverageEngine();

// Results of point assignment go back by transfer (no copy of a million-entry array).
expose({
  ...engine,
  assignPoints(lngs: Float64Array, lats: Float64Array): Int32Array {
    const result = engine.assignPoints(lngs, lats);
    return transfer(result, [result.buffer]);
  },
});
