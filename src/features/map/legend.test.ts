import { describe, expect, it } from 'vitest';
import { countValues, legendItems } from './legend';

describe('legendItems', () => {
  it('lists the three area states, then the four installation types with distinct shapes and colours', () => {
    const items = legendItems({ covered: 5, uncovered: 54, recommended: 5 }, { baliho: 2 });
    expect(items.map((item) => (item.kind === 'area' ? item.state : item.type))).toEqual([
      'covered', 'recommended', 'uncovered', 'baliho', 'spanduk', 'banner', 'poster',
    ]);
    const symbols = items.flatMap((item) => (item.kind === 'installation' ? [item] : []));
    expect(new Set(symbols.map((item) => item.shape)).size).toBe(4);
    expect(new Set(symbols.map((item) => item.colour)).size).toBe(4);
    expect(items.find((item) => item.kind === 'area' && item.state === 'uncovered')?.count).toBe(54);
    expect(items.find((item) => item.kind === 'installation' && item.type === 'poster')?.count).toBe(0);
  });
});

describe('countValues', () => {
  it('counts each value', () => {
    expect(countValues(['a', 'b', 'a'])).toEqual({ a: 2, b: 1 });
    expect(countValues([])).toEqual({});
  });
});
