import { describe, expect, it } from 'vitest';
import { scaleBar, wrapText } from './mapImage';

describe('wrapText', () => {
  // One unit per character, so widths are easy to reason about.
  const measure = (text: string) => text.length;

  it('fills each line up to the width and breaks at spaces', () => {
    expect(wrapText('Simbol sejenis yang bertumpuk digambar sekali', 16, measure)).toEqual(['Simbol sejenis', 'yang bertumpuk', 'digambar sekali']);
  });

  it('keeps a word longer than the width on a line of its own instead of dropping or cutting it', () => {
    expect(wrapText('a Kepmendagri-300.2.2-2430 b', 10, measure)).toEqual(['a', 'Kepmendagri-300.2.2-2430', 'b']);
  });

  it('collapses runs of spaces and gives no line for empty text', () => {
    expect(wrapText('  satu   dua  ', 20, measure)).toEqual(['satu dua']);
    expect(wrapText('', 20, measure)).toEqual([]);
  });
});

describe('scaleBar', () => {
  it('picks the longest 1, 2 or 5 × 10ⁿ m length that fits', () => {
    // 10 m per pixel, at most 120 px: 1,200 m fit, so 1 km (100 px).
    expect(scaleBar(10, 120)).toEqual({ meters: 1000, pixels: 100, label: '1 km' });
    // 30 m per pixel: 3,600 m fit, so 2 km.
    expect(scaleBar(30, 120)).toMatchObject({ meters: 2000, label: '2 km' });
    expect(scaleBar(30, 120).pixels).toBeCloseTo(66.67, 1);
    // 50 m per pixel: 6,000 m fit, so 5 km.
    expect(scaleBar(50, 120)).toMatchObject({ meters: 5000, pixels: 100, label: '5 km' });
  });

  it('labels lengths under a kilometre in metres', () => {
    // Street level: 0.6 m per pixel, 72 m fit, so 50 m.
    expect(scaleBar(0.6, 120)).toMatchObject({ meters: 50, label: '50 m' });
  });

  it('never draws a bar longer than allowed', () => {
    for (const metersPerPixel of [0.3, 1.7, 9.99, 10, 10.01, 123, 4_567]) {
      const bar = scaleBar(metersPerPixel, 120);
      expect(bar.pixels).toBeLessThanOrEqual(120 + 1e-9);
      expect(bar.pixels).toBeGreaterThan(120 / 5 - 1e-9);
    }
  });
});
