/**
 * Lets the browser run input, rendering and other tasks before the caller goes on.
 * `scheduler.yield()` where the browser has it (it resumes ahead of other tasks), else a macrotask.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  signal?: AbortSignal;
  /** How to give the main thread back between slices (tests pass their own). */
  yieldToMain?: () => Promise<void>;
}

/**
 * Runs `work(start, end)` over 0..count in slices of `sliceSize`, giving the main
 * thread back between slices (and once after the last), so long work on 100,000
 * items never makes one long task. Resolves false when `signal` aborted it.
 */
export async function inSlices(count: number, sliceSize: number, work: (start: number, end: number) => void, options: SliceOptions = {}): Promise<boolean> {
  const { signal, yieldToMain: yieldNow = yieldToMain } = options;
  for (let start = 0; start < count; start += sliceSize) {
    if (start > 0) await yieldNow();
    if (signal?.aborted) return false;
    work(start, Math.min(start + sliceSize, count));
  }
  await yieldNow();
  return !signal?.aborted;
}
