import { useEffect, useMemo, useState } from 'react';
import { inSlices } from '../data/slices';

/** Items per slice: a few tens of ms of work for typical row builders. */
export const BUILD_SLICE = 20_000;

/**
 * `Array.from({ length: count }, (_, index) => build(index))`, but for long lists
 * built in slices after render, with the main thread given back between slices:
 * 100,000 table rows built in one go were one long task that froze the page.
 * Returns undefined while a large list is being built. A new `build` (memoise it
 * on what it reads) starts over; the result always belongs to the current `build`.
 */
export function useSlicedBuild<T>(count: number, build: (index: number) => T, sliceSize = BUILD_SLICE): readonly T[] | undefined {
  const small = count <= sliceSize;
  const immediate = useMemo(() => (small ? Array.from({ length: count }, (_, index) => build(index)) : undefined), [small, count, build]);
  const [built, setBuilt] = useState<{ build: (index: number) => T; items: T[] }>();

  useEffect(() => {
    if (small) return;
    const controller = new AbortController();
    const items = new Array<T>(count);
    void inSlices(count, sliceSize, (start, end) => {
      for (let index = start; index < end; index++) items[index] = build(index);
    }, { signal: controller.signal }).then((finished) => finished && setBuilt({ build, items }));
    return () => controller.abort();
  }, [small, count, build, sliceSize]);

  if (immediate) return immediate;
  return built?.build === build ? built.items : undefined;
}
