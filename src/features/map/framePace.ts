/** Frames in a row that must come at the display's pace. */
export const STEADY_FRAMES = 3;

/**
 * Whether the last frames came at the display's pace: each of the last
 * `STEADY_FRAMES` intervals (ms) at most 1.6 × the shortest one seen, counted as
 * no less than 25 ms (60 Hz and faster) and no more than 50 ms (a 30 Hz display
 * is steady; frames held back by a busy page or GPU are not).
 */
export function framesSteady(intervals: readonly number[]): boolean {
  if (intervals.length < STEADY_FRAMES) return false;
  const limit = Math.min(50, Math.max(25, 1.6 * Math.min(...intervals)));
  return intervals.slice(-STEADY_FRAMES).every((interval) => interval <= limit);
}

/**
 * Resolves once the browser draws at the display's pace, or after `maxMs`.
 *
 * Creating a WebGL context is a synchronous call to the GPU process. While that
 * process is still drawing the page's first frames (without a GPU, Skia compiles
 * its shaders for them), the call blocked the page for 0.25–0.45 s in one task;
 * asked once frames come at pace again, it takes a few ms.
 */
export function whenFramesSteady(maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const intervals: number[] = [];
    let last: number | undefined;
    let frame = 0;
    const done = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve();
    };
    // A hidden page draws no frames: the timer ends the wait there too.
    const timer = setTimeout(done, maxMs);
    const tick = (now: number) => {
      if (last !== undefined) intervals.push(now - last);
      last = now;
      if (framesSteady(intervals)) done();
      else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  });
}
