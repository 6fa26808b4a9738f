/**
 * Runs `work` `repeats` times: the median wall time (ms), the median CPU time
 * of this process (ms, user + system) and the last result. Medians resist a
 * noisy machine; CPU time shows the cost when other jobs share the cores.
 */
export function time<T>(repeats: number, work: () => T): { median: number; cpuMedian: number; result: T } {
  const durations: number[] = [];
  const cpu: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < Math.max(1, repeats); run++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    result = work();
    durations.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { median: median(durations), cpuMedian: median(cpu), result: result as T };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Peak resident set size of this process so far, in bytes (the kernel's high-water mark, not a sample). */
export function trackPeakMemory(): () => number {
  return () => process.resourceUsage().maxRSS * 1024;
}

/**
 * A page script (for `page.evaluate`) that resolves once `frames` frames in a row came
 * under 34 ms apart (the page has nothing left to do), or after 10 s, whichever is first.
 */
export function framesAtPace(frames: number): string {
  return `new Promise((resolve) => {
  setTimeout(resolve, 10000);
  let last = performance.now();
  let quick = 0;
  const tick = (now) => {
    quick = now - last < 34 ? quick + 1 : 0;
    last = now;
    if (quick >= ${frames}) resolve();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;
}
