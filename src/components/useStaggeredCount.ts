import { useEffect, useState } from 'react';

/**
 * How many of `count` costly children (e.g. charts) to mount: none until `start`
 * (e.g. the data they draw has loaded), then one more in each task after the
 * previous one committed. Mounting the
 * dashboard's Recharts charts together was one long task at 100,000 installations
 * (docs/performance.md); one at a time, the browser can paint and take input in between.
 */
export function useStaggeredCount(count: number, start = true): number {
  const [mounted, setMounted] = useState(0);
  useEffect(() => {
    if (!start || mounted >= count) return;
    const timer = setTimeout(() => setMounted((value) => value + 1), 0);
    return () => clearTimeout(timer);
  }, [mounted, count, start]);
  return Math.min(mounted, count);
}
