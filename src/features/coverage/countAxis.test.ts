import { describe, expect, it } from 'vitest';
import { countTicks } from './countAxis';

describe('countTicks', () => {
  it('picks a 1/2/2.5/5 step that covers the maximum', () => {
    expect(countTicks(64)).toEqual([0, 20, 40, 60, 80]);
    expect(countTicks(100_000)).toEqual([0, 20_000, 40_000, 60_000, 80_000, 100_000]);
    expect(countTicks(100_000, 4)).toEqual([0, 25_000, 50_000, 75_000, 100_000]);
    expect(countTicks(25_013)).toEqual([0, 10_000, 20_000, 30_000]);
    expect(countTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    // Whole numbers only: no 0.5 steps for a maximum of 1 or 2.
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(7, 4)).toEqual([0, 2, 4, 6, 8]);
  });

  it('gives 0..1 for an empty axis', () => {
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(Number.NaN)).toEqual([0, 1]);
  });

  it('always reaches the maximum with at most maxTicks whole-number steps, and no smaller step would do', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const candidates = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000];
    for (let sample = 0; sample < 2_000; sample++) {
      const max = Math.ceil(random() * 10 ** Math.ceil(random() * 6));
      const maxTicks = 2 + Math.floor(random() * 8);
      const ticks = countTicks(max, maxTicks);
      const step = ticks[1]! - ticks[0]!;
      const label = `max ${max}, maxTicks ${maxTicks}`;
      expect(ticks[0], label).toBe(0);
      expect(ticks.at(-1)!, label).toBeGreaterThanOrEqual(max);
      expect(ticks.at(-2)!, label).toBeLessThan(max);
      expect(ticks.length - 1, label).toBeLessThanOrEqual(maxTicks);
      expect(ticks.every((tick, index) => Number.isInteger(tick) && tick === index * step), label).toBe(true);
      for (const smaller of candidates.filter((candidate) => candidate < step)) {
        expect(Math.ceil(max / smaller), `${label} step ${smaller}`).toBeGreaterThan(maxTicks);
      }
    }
  });
});
