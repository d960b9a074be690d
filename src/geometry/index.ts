/** Geometry shared by every layout: plain numbers, no DOM. */

/** An axis-aligned box: top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Smallest gap between drawn boxes that counts as "not touching" (px). */
export const EPSILON = 1e-6;

/** True when two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap - EPSILON && b.x < a.x + a.width + gap - EPSILON && a.y < b.y + b.height + gap - EPSILON && b.y < a.y + a.height + gap - EPSILON;
}

/** True when `inner` lies inside `outer` (edges may touch). */
export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x - EPSILON &&
    inner.y >= outer.y - EPSILON &&
    inner.x + inner.width <= outer.x + outer.width + EPSILON &&
    inner.y + inner.height <= outer.y + outer.height + EPSILON
  );
}

/** The smallest box holding every box given (an empty list gives a zero box at the origin). */
export function union(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Pairs of indexes of boxes that overlap (sweep over x; n log n plus the pairs found). */
export function overlappingPairs(boxes: readonly Box[], gap = 0): [number, number][] {
  const order = boxes.map((_, i) => i).sort((i, j) => boxes[i]!.x - boxes[j]!.x);
  const pairs: [number, number][] = [];
  const active: number[] = [];
  for (const i of order) {
    const b = boxes[i]!;
    for (let k = active.length - 1; k >= 0; k--) {
      const a = boxes[active[k]!]!;
      if (a.x + a.width + gap <= b.x + EPSILON) active.splice(k, 1);
      else if (overlaps(a, b, gap)) pairs.push([active[k]!, i]);
    }
    active.push(i);
  }
  return pairs;
}

/** Rounds to 1/100 px, so that layouts compare and print as stable numbers. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A number that is safe to write into SVG: finite, else 0. */
export function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

export const TAU = 2 * Math.PI;

/** A point on a circle; angle 0 at 12 o'clock, growing clockwise (the d3-shape arc convention). */
export function polar(cx: number, cy: number, r: number, angle: number): { x: number; y: number } {
  return { x: cx + r * Math.sin(angle), y: cy - r * Math.cos(angle) };
}

/**
 * Where `value` lies from `from` (0) to `to` (1): `(value − from) / (to − from)`, computed so
 * that numbers near ±Number.MAX_VALUE do not overflow to NaN. An empty range gives 0.5; the
 * result is always finite.
 */
export function shareOf(value: number, from: number, to: number): number {
  const offset = value - from;
  const range = to - from;
  let share = offset / range;
  if (!Number.isFinite(offset) || !Number.isFinite(range)) {
    const s = Math.max(Math.abs(value), Math.abs(from), Math.abs(to));
    share = s > 0 && Number.isFinite(s) ? (value / s - from / s) / (to / s - from / s) : Number.NaN;
  }
  if (Number.isNaN(share)) return 0.5;
  return Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, share));
}
