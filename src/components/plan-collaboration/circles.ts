// The circles: their order around the centre, their size and overlap, and the regions they make.
import { polar, round, TAU } from '../../geometry/index.js';
import type { Geometry } from './model.js';

/** Gap kept between a label and a circle's outline (in keyword font sizes). */
const EDGE_MARGIN = 0.22;

/** Radius of the circles' union over the room inside the ring, largest first. */
export const SHARES = [0.96, 0.9, 0.84, 0.78, 0.72, 0.66, 0.6, 0.54];
/** Circle radius over centre distance to try, by number of actors, best first. */
export const RATIOS: Record<number, number[]> = {
  2: [1.6, 1.4, 1.85],
  3: [1.6, 1.4, 1.85],
  4: [1.6, 1.4, 1.85],
  5: [1.5, 1.3, 1.7],
  6: [1.45, 1.3, 1.6, 1.8],
};

/** Where the first circle sits: side by side for two, a square for four, else one on top. */
function startAngle(n: number): number {
  if (n === 2) return -Math.PI / 2;
  if (n === 4) return -Math.PI / 4;
  return 0;
}

/**
 * The slot (position around the centre) of each actor. Circles around a centre only share
 * regions between neighbours, so when a keyword names actors that are not neighbours in the
 * plan's order, the order that makes the most keywords placeable is used instead.
 */
export function slotOrder(n: number, keywordActors: number[][]): number[] {
  const identity = Array.from({ length: n }, (_, i) => i);
  const sets = keywordActors.map((ids) => [...new Set(ids)]).filter((ids) => ids.length >= 2 && ids.length <= n - 2);
  if (sets.length === 0 || n < 4 || n > 6) return identity;
  const score = (slots: number[]) =>
    sets.filter((ids) =>
      isCyclicRun(
        ids.map((i) => slots[i] ?? 0),
        n,
      ),
    ).length;
  let best = identity;
  let bestScore = score(identity);
  for (const rest of permutations(identity.slice(1))) {
    const order = [0, ...rest];
    const slots: number[] = new Array<number>(n).fill(0);
    order.forEach((actor, slot) => (slots[actor] = slot));
    const s = score(slots);
    if (s > bestScore) {
      best = slots;
      bestScore = s;
    }
  }
  return best;
}

function* permutations(items: number[]): Generator<number[]> {
  if (items.length <= 1) {
    yield items;
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const p of permutations(rest)) yield [items[i] ?? 0, ...p];
  }
}

/** True when the slots form one unbroken run around the circle. */
function isCyclicRun(slots: number[], n: number): boolean {
  const set = new Set(slots);
  if (set.size === 0 || set.size >= n) return true;
  let starts = 0;
  for (const s of set) if (!set.has((s - 1 + n) % n)) starts++;
  return starts === 1;
}

export function makeGeometry(n: number, ratio: number, union: number, limit: number, f: number): Geometry {
  const d = union / (1 + ratio);
  const r = d * ratio;
  const start = startAngle(n);
  const angles = Array.from({ length: n }, (_, slot) => start + (slot * TAU) / n);
  return { n, d, r, angles, centres: angles.map((a) => polar(0, 0, d, a)), limit, margin: f * EDGE_MARGIN };
}

/** Length of (x, y); Math.hypot is several times slower and this runs in the inner loops. */
export function dist(x: number, y: number): number {
  return Math.sqrt(x * x + y * y);
}

/**
 * How far a box centred at (x, y) stays inside the region `mask` (inside those circles, outside
 * the others, inside the limit), in px; negative when it crosses an edge.
 */
export function regionSlack(g: Geometry, x: number, y: number, w: number, h: number, mask: number, ignore = 0): number {
  const x0 = x - w / 2;
  const x1 = x + w / 2;
  const y0 = y - h / 2;
  const y1 = y + h / 2;
  let slack = g.limit - g.margin - dist(Math.max(Math.abs(x0), Math.abs(x1)), Math.max(Math.abs(y0), Math.abs(y1)));
  for (let i = 0; i < g.n; i++) {
    const c = g.centres[i];
    if (!c || ignore & (1 << i)) continue;
    if (mask & (1 << i)) {
      const far = dist(Math.max(Math.abs(x0 - c.x), Math.abs(x1 - c.x)), Math.max(Math.abs(y0 - c.y), Math.abs(y1 - c.y)));
      slack = Math.min(slack, g.r - g.margin - far);
    } else {
      const near = dist(Math.max(x0 - c.x, 0, c.x - x1), Math.max(y0 - c.y, 0, c.y - y1));
      slack = Math.min(slack, near - g.r - g.margin);
    }
    if (slack < 0) return slack;
  }
  return slack;
}

/** Distance from the centre to the outside of the union of circles, along a direction. */
export function unionRadius(g: Geometry, angle: number): number {
  let best = 0;
  for (const a of g.angles) {
    const delta = angle - a;
    const along = g.d * Math.cos(delta);
    const across = g.d * Math.sin(delta);
    best = Math.max(best, along + Math.sqrt(Math.max(0, g.r * g.r - across * across)));
  }
  return best;
}

/**
 * Where the keywords around the circles go, clockwise from 12 o'clock: spread round, more of
 * them where the circles leave more room (above and below two circles side by side).
 */
export function outsideAngles(g: Geometry, count: number): number[] {
  if (count === 0) return [];
  // The angles depend on the circles' shape only, not their size.
  const key = `${g.n}|${round(g.r / g.d)}|${count}`;
  const known = angleCache.get(key);
  if (known) return known;
  if (angleCache.size > 200) angleCache.clear();
  const angles = spreadAngles(g, count);
  angleCache.set(key, angles);
  return angles;
}

const angleCache = new Map<string, number[]>();

function spreadAngles(g: Geometry, count: number): number[] {
  const samples = 360;
  const radii = Array.from({ length: samples }, (_, i) => unionRadius(g, (i * TAU) / samples));
  const widest = Math.max(...radii);
  const weights = radii.map((radius) => widest - radius + 0.15 * widest);
  const total = weights.reduce((a, b) => a + b, 0);
  // Counted from where a circle bulges most, so that the slots fall in the gaps between circles.
  const start = radii.indexOf(widest);
  const angles: number[] = [];
  let sum = 0;
  let next = 0;
  for (let k = 0; k < samples && next < count; k++) {
    const i = (start + k) % samples;
    sum += weights[i] ?? 0;
    while (next < count && sum >= ((next + 0.5) / count) * total) {
      angles.push((i * TAU) / samples);
      next++;
    }
  }
  while (angles.length < count) angles.push(0);
  // Clockwise from 12 o'clock, the order the keywords are given in.
  return angles.sort((a, b) => a - b);
}
