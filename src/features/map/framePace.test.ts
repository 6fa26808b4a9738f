import { afterEach, describe, expect, it, vi } from 'vitest';
import { framesSteady, whenFramesSteady } from './framePace';

describe('framesSteady', () => {
  it('needs three frames in a row at the display pace', () => {
    expect(framesSteady([])).toBe(false);
    expect(framesSteady([16.7, 16.7])).toBe(false);
    expect(framesSteady([16.7, 16.7, 16.6])).toBe(true);
    expect(framesSteady([240, 160, 16.7, 16.7, 16.7])).toBe(true);
    expect(framesSteady([16.7, 16.7, 16.7, 90, 16.7, 16.7])).toBe(false);
  });

  it('accepts a slower display but not frames held back by a busy page', () => {
    expect(framesSteady([33.3, 33.4, 33.3])).toBe(true);
    expect(framesSteady([100, 100, 100])).toBe(false);
    expect(framesSteady([60, 60, 60])).toBe(false);
    // A 120 Hz display: a frame late by a few ms still counts as at pace.
    expect(framesSteady([8.3, 8.4, 20])).toBe(true);
  });
});

describe('whenFramesSteady', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** Drives requestAnimationFrame by hand: each call to `frame(ms)` runs the waiting callback at that time. */
  function manualFrames() {
    let waiting: FrameRequestCallback | undefined;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      waiting = callback;
      return 1;
    });
    vi.stubGlobal('cancelAnimationFrame', () => {
      waiting = undefined;
    });
    return (at: number) => {
      const callback = waiting;
      waiting = undefined;
      callback?.(at);
    };
  }

  it('resolves on the third frame in a row at pace, not before', async () => {
    const frame = manualFrames();
    let resolved = false;
    void whenFramesSteady(5_000).then(() => (resolved = true));
    for (const at of [0, 300, 520, 537, 554]) frame(at);
    await Promise.resolve();
    expect(resolved).toBe(false);
    frame(571);
    await Promise.resolve();
    expect(resolved).toBe(true);
  });

  it('gives up waiting after maxMs (e.g. a hidden page draws no frames)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    manualFrames();
    let resolved = false;
    void whenFramesSteady(1_000).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
  });
});
