import { describe, expect, it } from 'vitest';
import { inSlices } from './slices';

describe('inSlices', () => {
  it('covers 0..count exactly once, in order, in slices no longer than asked, yielding between them', async () => {
    for (const [count, size] of [[0, 5], [1, 5], [5, 5], [6, 5], [23, 4]] as const) {
      const slices: [number, number][] = [];
      let yields = 0;
      const finished = await inSlices(count, size, (start, end) => slices.push([start, end]), { yieldToMain: async () => void (yields += 1) });
      expect(finished).toBe(true);
      expect(slices.flatMap(([start, end]) => Array.from({ length: end - start }, (_, offset) => start + offset))).toEqual([...Array(count).keys()]);
      expect(slices.every(([start, end]) => end - start <= size && end > start)).toBe(true);
      // One yield between each pair of slices and one after the last.
      expect(yields).toBe(Math.max(slices.length - 1, 0) + 1);
    }
  });

  it('stops at the next slice boundary when aborted, and says so', async () => {
    const controller = new AbortController();
    const slices: number[] = [];
    const finished = await inSlices(100, 10, (start) => {
      slices.push(start);
      if (start === 20) controller.abort();
    }, { signal: controller.signal, yieldToMain: async () => undefined });
    expect(finished).toBe(false);
    expect(slices).toEqual([0, 10, 20]);
  });
});
