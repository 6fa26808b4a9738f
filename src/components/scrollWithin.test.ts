import { describe, expect, it } from 'vitest';
import { nearestScrollTop } from './scrollWithin';

describe('nearestScrollTop', () => {
  // A box 100 high scrolled to 200: it shows content 200–300.
  it('leaves an item in view where it is', () => {
    expect(nearestScrollTop(200, 100, 220, 260)).toBeUndefined();
    expect(nearestScrollTop(200, 100, 200, 300)).toBeUndefined();
  });

  it('brings an item above the view to the top, one below it to the bottom', () => {
    expect(nearestScrollTop(200, 100, 150, 180)).toBe(150);
    expect(nearestScrollTop(200, 100, 320, 350)).toBe(250);
  });

  it('shows the top of an item taller than the box', () => {
    expect(nearestScrollTop(200, 100, 280, 450)).toBe(280);
  });
});
