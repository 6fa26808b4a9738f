import { describe, expect, it } from 'vitest';
import { revealScrollTop } from './revealOnPage';

// A phone: 844 px of screen; the map at 100–564 px on the page, the panel under it.
const VIEW = 844;
const MAP = { top: 100, bottom: 564 };

describe('revealScrollTop', () => {
  it('leaves the page where it is when the target is in view', () => {
    expect(revealScrollTop(0, VIEW, { top: 600, bottom: 780 })).toBeUndefined();
    expect(revealScrollTop(500, VIEW, { top: 600, bottom: 780 }, MAP)).toBeUndefined();
  });

  it('shows the map and the panel heading under it together when they fit (scrolled down the list)', () => {
    expect(revealScrollTop(2000, VIEW, { top: 564, bottom: 744 }, MAP)).toBe(100);
  });

  it('puts the target at the bottom, under as much of what is above it as fits, when both do not', () => {
    expect(revealScrollTop(2000, VIEW, { top: 564, bottom: 1100 }, MAP)).toBe(1100 - VIEW);
  });

  it('shows a target taller than the screen from its top', () => {
    expect(revealScrollTop(3000, VIEW, { top: 564, bottom: 2000 }, MAP)).toBe(564);
    expect(revealScrollTop(3000, VIEW, { top: 564, bottom: 2000 })).toBe(564);
  });

  it('without anything above it, moves by the least: a target above aligns its top, one below its bottom', () => {
    expect(revealScrollTop(1500, VIEW, MAP)).toBe(100);
    expect(revealScrollTop(0, VIEW, { top: 1000, bottom: 1200 })).toBe(1200 - VIEW);
  });

  it('never scrolls above the top of the page', () => {
    expect(revealScrollTop(1500, VIEW, { top: 0, bottom: 464 })).toBe(0);
    expect(revealScrollTop(1500, VIEW, { top: 464, bottom: 700 }, { top: 0, bottom: 464 })).toBe(0);
  });
});
