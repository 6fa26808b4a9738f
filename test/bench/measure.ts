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
