import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The naive method's wall time in the same unit (null for ratio rows, which compare two figures already). */
  baseline: number | null;
  /** baseline / value, by CPU time. */
  ratio: number | null;
  /** CPU time of this process for the measured value (ms), when it is a time. */
  cpuMs: number | null;
  goal: string;
  pass: boolean | null;
}

const RESULTS_PATH = fileURLToPath(new URL('./results.json', import.meta.url));

/**
 * Replaces the entries a bench owns in test/bench/results.json and keeps every
 * other bench's, so the browser benches can be run one at a time (a fresh clone
 * has no file yet).
 */
export function mergeResults(results: BenchResult[], owns: (name: string) => boolean): void {
  const previous = existsSync(RESULTS_PATH) ? (JSON.parse(readFileSync(RESULTS_PATH, 'utf8')) as BenchResult[]) : [];
  writeFileSync(RESULTS_PATH, `${JSON.stringify([...previous.filter((entry) => !owns(entry.name)), ...results], null, 2)}\n`);
}
