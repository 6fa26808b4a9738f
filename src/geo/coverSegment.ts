/** Exact segment-against-capsule measurements for shared borders (local metres, see projectBoundaries). */

/**
 * The part [t0, t1] of segment P(t) = A + t(B − A), t ∈ [0, 1], lying within `tolerance` of segment CD.
 * Distance to a segment is convex along a line, so the part is one interval: the union of the line's
 * intersections with the capsule's rectangle and its two end discs.
 */
export function coveredInterval(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
  tolerance: number,
): [number, number] | undefined {
  const interval = new Float64Array(2);
  return coverSegment(interval, ax, ay, bx, by, cx, cy, dx, dy, tolerance) ? [interval[0] as number, interval[1] as number] : undefined;
}

/**
 * `coveredInterval` without allocating: writes [t0, t1] into `interval` and returns whether it is
 * non-empty. The shared-border loop calls it ~10⁵ times on Batam.
 */
export function coverSegment(interval: Float64Array, ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number, tolerance: number): boolean {
  let start = Infinity;
  let end = -Infinity;
  const lengthCD = Math.hypot(dx - cx, dy - cy);
  if (lengthCD > 0) {
    // Rectangle in CD's frame: 0 ≤ u ≤ |CD|, |v| ≤ tolerance; u and v are linear in t.
    const ux = (dx - cx) / lengthCD;
    const uy = (dy - cy) / lengthCD;
    const u0 = (ax - cx) * ux + (ay - cy) * uy;
    const v0 = -(ax - cx) * uy + (ay - cy) * ux;
    const du = (bx - ax) * ux + (by - ay) * uy;
    const dv = -(bx - ax) * uy + (by - ay) * ux;
    let from = 0;
    let to = 1;
    if (du === 0) {
      if (u0 < 0 || u0 > lengthCD) to = -1;
    } else {
      const t0 = (0 - u0) / du;
      const t1 = (lengthCD - u0) / du;
      from = Math.max(from, Math.min(t0, t1));
      to = Math.min(to, Math.max(t0, t1));
    }
    if (dv === 0) {
      if (v0 < -tolerance || v0 > tolerance) to = -1;
    } else {
      const t0 = (-tolerance - v0) / dv;
      const t1 = (tolerance - v0) / dv;
      from = Math.max(from, Math.min(t0, t1));
      to = Math.min(to, Math.max(t0, t1));
    }
    if (from <= to) {
      start = from;
      end = to;
    }
  }
  // End discs around C and D: |A + t(B − A) − C|² ≤ r², a quadratic in t.
  const directionX = bx - ax;
  const directionY = by - ay;
  const a = directionX * directionX + directionY * directionY;
  if (a > 0) {
    for (let disc = 0; disc < 2; disc += 1) {
      const offsetX = ax - (disc === 0 ? cx : dx);
      const offsetY = ay - (disc === 0 ? cy : dy);
      const b = 2 * (offsetX * directionX + offsetY * directionY);
      const c = offsetX * offsetX + offsetY * offsetY - tolerance * tolerance;
      const discriminant = b * b - 4 * a * c;
      if (discriminant < 0) continue;
      const root = Math.sqrt(discriminant);
      const from = Math.max(0, (-b - root) / (2 * a));
      const to = Math.min(1, (-b + root) / (2 * a));
      if (from > to) continue;
      if (from < start) start = from;
      if (to > end) end = to;
    }
  }
  interval[0] = start;
  interval[1] = end;
  return start <= end;
}

/** Total length of the union of intervals given flat as [s0, e0, s1, e1, ...]; sorts them in place. */
export function unionLength(flat: number[]): number {
  const count = flat.length / 2;
  // Insertion sort by start: a segment meets only a handful of the other border's segments.
  for (let i = 1; i < count; i += 1) {
    const startValue = flat[2 * i] as number;
    const endValue = flat[2 * i + 1] as number;
    let j = i - 1;
    while (j >= 0 && (flat[2 * j] as number) > startValue) {
      flat[2 * j + 2] = flat[2 * j] as number;
      flat[2 * j + 3] = flat[2 * j + 1] as number;
      j -= 1;
    }
    flat[2 * j + 2] = startValue;
    flat[2 * j + 3] = endValue;
  }
  let total = 0;
  let currentStart = flat[0] as number;
  let currentEnd = flat[1] as number;
  for (let i = 1; i < count; i += 1) {
    const from = flat[2 * i] as number;
    const to = flat[2 * i + 1] as number;
    if (from > currentEnd) {
      total += currentEnd - currentStart;
      currentStart = from;
      currentEnd = to;
    } else if (to > currentEnd) {
      currentEnd = to;
    }
  }
  return total + currentEnd - currentStart;
}
