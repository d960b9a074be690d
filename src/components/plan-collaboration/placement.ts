// Label placement: candidate points on a grid in each region, labels of a region set together
// or one by one, the search's costs, and numbered badges for labels without room.
import { EPSILON, polar, round, type Box } from '../../geometry/index.js';
import { dist, outsideAngles, regionSlack, unionRadius } from './circles.js';
import type { Geometry, LabelSpec, Placed, Point, Variant } from './model.js';

/** Gap kept between two labels (in keyword font sizes). */
const LABEL_GAP = 0.3;
/** Spacing of the candidate positions, in keyword font sizes. */
const GRID_STEP = 0.6;
/** The same while searching for the circles' size and overlap. */
export const COARSE_GRID_STEP = 1.1;
/** At most this many candidate positions from the centre to the ring, each way, whatever the figure's size. */
const MAX_GRID_HALF = 150;

interface Grid {
  points: Float64Array;
  /** How far each point is from the nearest circle outline or the limit: a box narrower than twice that cannot fit there. */
  clearance: Float64Array;
  /** The circle whose outline is nearest (-1: the limit), and the clearance without it. */
  nearest: Int8Array;
  clearanceBeyond: Float64Array;
  /** Indexes of the points by the set of circles that hold them. */
  byMask: Map<number, number[]>;
  /** Options found so far, by place and wrapping. */
  cache: Map<Place, Map<Variant, Options>>;
  /** The largest clearance in each region. */
  deepest: Map<number, number>;
}

function candidateGrid(g: Geometry, f: number, spacing = GRID_STEP): Grid {
  const step = Math.max(2, f * spacing, g.limit / MAX_GRID_HALF);
  // Centred on the figure's centre, so that symmetric figures get symmetric places.
  const half = Math.floor(g.limit / step);
  const count = 2 * half + 1;
  // At most count² points (fewer: only those inside the limit), written in place.
  const room = count * count;
  const points = new Float64Array(2 * room);
  const clear = new Float64Array(room);
  const beyond = new Float64Array(room);
  const nearestCircle = new Int8Array(room);
  const masks = new Int32Array(room);
  const r2 = g.r * g.r;
  const limit2 = g.limit * g.limit;
  const n = g.n;
  const cxs = g.centres.map((c) => c.x);
  const cys = g.centres.map((c) => c.y);
  let k = 0;
  for (let row = 0; row < count; row++) {
    const y = (row - half) * step;
    for (let col = 0; col < count; col++) {
      const x = (col - half) * step;
      const d2 = x * x + y * y;
      if (d2 >= limit2) continue;
      let c = g.limit - Math.sqrt(d2);
      let c2 = Infinity;
      let near = -1;
      let mask = 0;
      for (let i = 0; i < n; i++) {
        const dx = x - cxs[i]!;
        const dy = y - cys[i]!;
        const e2 = dx * dx + dy * dy;
        if (e2 < r2) mask |= 1 << i;
        const e = Math.abs(Math.sqrt(e2) - g.r);
        if (e < c) {
          c2 = c;
          c = e;
          near = i;
        } else if (e < c2) c2 = e;
      }
      points[2 * k] = x;
      points[2 * k + 1] = y;
      clear[k] = c - g.margin;
      beyond[k] = c2 - g.margin;
      nearestCircle[k] = near;
      masks[k] = mask;
      k++;
    }
  }
  const byMask = new Map<number, number[]>();
  const deepest = new Map<number, number>();
  for (let i = 0; i < k; i++) {
    const mask = masks[i]!;
    const bucket = byMask.get(mask);
    if (bucket) bucket.push(i);
    else byMask.set(mask, [i]);
    deepest.set(mask, Math.max(deepest.get(mask) ?? 0, clear[i]!));
  }
  return {
    points: points.subarray(0, 2 * k),
    clearance: clear.subarray(0, k),
    nearest: nearestCircle.subarray(0, k),
    clearanceBeyond: beyond.subarray(0, k),
    byMask,
    cache: new Map(),
    deepest,
  };
}

/**
 * A cost the placement cannot avoid: labels whose every wrapping is too thick for the
 * deepest point of their region (actor names then go on the rim).
 */
function unavoidableCost(grid: Grid, specs: LabelSpec[]): number {
  const deepest = grid.deepest;
  let cost = 0;
  for (const spec of specs) {
    if (spec.mask === 0) continue;
    const thinnest = Math.min(...spec.variants.map((v) => Math.min(v.width, v.height) / 2));
    if (thinnest > (deepest.get(spec.mask) ?? 0)) cost += spec.kind === 'actor' ? COST.caption : missCost(spec);
  }
  return cost;
}

/** A region a label may go to, and where in it the label prefers to sit. */
interface Place {
  mask: number;
  /** Without a target, the label goes as deep inside the region as it can. */
  target?: Point;
  /** How much being far from the target costs, per px. */
  pull: number;
  /** Circles the label may cross (an actor's name set on its own circle's rim). */
  ignore?: number;
  /** False for an actor's name on its circle's rim. */
  inRegion: boolean;
}

/** The places a label may take: actor names in the outer part of their own circle (else across its outline), outside keywords spread round. */
function placesFor(g: Geometry, specs: LabelSpec[]): Map<LabelSpec, Place[]> {
  const places = new Map<LabelSpec, Place[]>();
  const outside = specs.filter((s) => s.kind === 'keyword' && s.mask === 0);
  const angles = outsideAngles(g, outside.length);
  outside.forEach((spec, j) => {
    const angle = angles[j] ?? 0;
    const inner = unionRadius(g, angle);
    places.set(spec, [{ mask: 0, target: polar(0, 0, (inner + g.limit) / 2, angle), pull: 1, inRegion: true }]);
  });
  for (const spec of specs) {
    if (spec.kind === 'center') places.set(spec, [{ mask: spec.mask, target: { x: 0, y: 0 }, pull: 0.35, inRegion: true }]);
    else if (spec.kind === 'actor') {
      const slot = Math.round(Math.log2(spec.mask));
      const angle = g.angles[slot] ?? 0;
      // In the middle of the part of the circle that is its own, a little towards the rim; across its outline only when it does not fit inside.
      const start = Math.max(0, ...g.angles.filter((_, j) => j !== slot).map((other) => unionRadius({ ...g, angles: [other] }, angle)));
      places.set(spec, [{ mask: 0, ignore: spec.mask, target: polar(0, 0, start + 0.6 * (g.d + g.r - start), angle), pull: 0.5, inRegion: true }]);
    } else if (spec.mask !== 0) places.set(spec, [{ mask: spec.mask, pull: 0, inRegion: true }]);
  }
  return places;
}

interface Option {
  x: number;
  y: number;
  score: number;
  /** Whether the box fits its region there, once checked. */
  fits?: boolean;
}

/**
 * Candidate places, best first (highest score, then topmost, then leftmost), ordered only as
 * far as they are asked for: a label usually takes one of the first few of thousands, and
 * sorting them all was most of the layout's time. A binary heap of the candidates not yet
 * ordered; the order is that of a full sort (no two candidates share a point).
 */
class Options {
  /** The candidates in order, as far as asked for. */
  private readonly ordered: Option[] = [];
  private readonly heap: Int32Array;
  private size: number;

  constructor(
    private readonly xs: Float64Array,
    private readonly ys: Float64Array,
    private readonly scores: Float64Array,
    count: number,
  ) {
    this.heap = new Int32Array(count);
    for (let i = 0; i < count; i++) this.heap[i] = i;
    this.size = count;
    for (let i = (count >> 1) - 1; i >= 0; i--) this.down(i);
  }

  /** Whether candidate a goes before candidate b. */
  private before(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    if (sa !== sb) return sa > sb;
    const ya = this.ys[a]!;
    const yb = this.ys[b]!;
    return ya !== yb ? ya < yb : this.xs[a]! < this.xs[b]!;
  }

  private down(at: number): void {
    const heap = this.heap;
    const size = this.size;
    const item = heap[at]!;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && this.before(heap[right]!, heap[left]!) ? right : left;
      if (!this.before(heap[child]!, item)) break;
      heap[at] = heap[child]!;
      at = child;
    }
    heap[at] = item;
  }

  /** The k-th best candidate (from 0), or undefined when there are no more. */
  at(k: number): Option | undefined {
    const ordered = this.ordered;
    while (ordered.length <= k && this.size > 0) {
      const best = this.heap[0]!;
      this.size--;
      if (this.size > 0) {
        this.heap[0] = this.heap[this.size]!;
        this.down(0);
      }
      ordered.push({ x: this.xs[best]!, y: this.ys[best]!, score: this.scores[best]! });
    }
    return ordered[k];
  }
}

const NO_OPTIONS = new Options(new Float64Array(0), new Float64Array(0), new Float64Array(0), 0);

function optionsIn(g: Geometry, grid: Grid, place: Place, variant: Variant, f: number): Options {
  let byVariant = grid.cache.get(place);
  if (!byVariant) grid.cache.set(place, (byVariant = new Map()));
  const cached = byVariant.get(variant);
  if (cached) return cached;
  const half = Math.min(variant.width, variant.height) / 2;
  // Too thick for the deepest point of the region: no need to look further.
  if (!place.ignore && half > (grid.deepest.get(place.mask) ?? -1)) {
    byVariant.set(variant, NO_OPTIONS);
    return NO_OPTIONS;
  }
  const { points } = grid;
  const cap = f * 0.6;
  const own = place.ignore ? g.centres[Math.round(Math.log2(place.ignore))] : undefined;
  const w = variant.width / 2;
  const h = variant.height / 2;
  const first = grid.byMask.get(place.mask) ?? NO_POINTS;
  const second = place.ignore ? (grid.byMask.get(place.mask | place.ignore) ?? NO_POINTS) : NO_POINTS;
  const capacity = first.length + second.length;
  const xs = new Float64Array(capacity);
  const ys = new Float64Array(capacity);
  const scores = new Float64Array(capacity);
  let count = 0;
  const target = place.target;
  const pull = place.pull;
  for (const bucket of [first, second]) {
    for (const i of bucket) {
      const clear = (place.ignore && place.ignore & (1 << (grid.nearest[i] ?? -1)) ? grid.clearanceBeyond[i] : grid.clearance[i]) ?? 0;
      if (clear < half) continue;
      const x = points[2 * i] ?? 0;
      const y = points[2 * i + 1] ?? 0;
      // Ranked by the point's clearance less the box's half size, which bounds the box's slack
      // from above; whether the box really fits is checked only for the places tried.
      const depth = clear - half;
      let score = target ? Math.min(depth, cap) - pull * dist(x - target.x, y - target.y) : depth;
      if (own) {
        // An actor's name outside its circle must still touch it, and crosses its outline only where inside is much further from the rim.
        if (dist(Math.max(x - w - own.x, 0, own.x - x - w), Math.max(y - h - own.y, 0, own.y - y - h)) > g.r - g.margin) continue;
        if (dist(Math.max(Math.abs(x - w - own.x), Math.abs(x + w - own.x)), Math.max(Math.abs(y - h - own.y), Math.abs(y + h - own.y))) > g.r - g.margin) score -= f * 8;
      }
      xs[count] = x;
      ys[count] = y;
      scores[count] = score;
      count++;
    }
  }
  const found = new Options(xs, ys, scores, count);
  byVariant.set(variant, found);
  return found;
}

const NO_POINTS: number[] = [];

/** True when a box of the variant centred at the option lies in the place's region. */
function fits(g: Geometry, place: Place, variant: Variant, option: Option): boolean {
  if (option.fits === undefined) option.fits = regionSlack(g, option.x, option.y, variant.width, variant.height, place.mask, place.ignore) >= 0;
  return option.fits;
}

const PRIORITY = { center: 0, actor: 1, keyword: 2 } as const;

/** What a layout loses for each compromise; the search keeps the cheapest. */
export const COST = { center: 4, actor: 10, keyword: 2, outsideKeyword: 1.5, caption: 0.3, smallerFont: 0.2, noMarker: 1 } as const;

/** What a label costs when it finds no room: a keyword in an overlap says more than one around the circles. */
function missCost(spec: LabelSpec): number {
  if (spec.kind === 'keyword' && spec.mask === 0) return COST.outsideKeyword;
  return COST[spec.kind];
}

export interface Placement {
  cost: number;
  placed: Map<LabelSpec, Placed>;
  /** Numbered badges (centre and radius) for the labels that found no room, in their regions. */
  markers: Map<LabelSpec, { x: number; y: number; r: number }>;
}

/** True when a box at (x, y) of size w × h comes within `gap` of any of `boxes` (same test as `overlaps`, without making a box). */
function hitsAny(boxes: Box[], x: number, y: number, w: number, h: number, gap: number): boolean {
  for (const b of boxes) {
    if (b.x < x + w + gap - EPSILON && x < b.x + b.width + gap - EPSILON && b.y < y + h + gap - EPSILON && y < b.y + b.height + gap - EPSILON) return true;
  }
  return false;
}

/** Labels of one region drawn as a small table: each item's centre relative to the table's. */
interface Arrangement {
  items: { spec: LabelSpec; variant: Variant; dx: number; dy: number }[];
}

/**
 * Ways to set the labels of one region together: a column, then two or three columns.
 * An actor's name goes at the end nearest the circle's rim; the centre label in the middle.
 */
function arrangements(g: Geometry, specs: LabelSpec[], f: number): Arrangement[][] {
  const gap = f * LABEL_GAP * 1.2;
  const actor = specs.find((s) => s.kind === 'actor');
  const center = specs.find((s) => s.kind === 'center');
  const keywords = specs.filter((s) => s.kind === 'keyword');
  let ordered = keywords;
  if (center) ordered = [...keywords.slice(0, Math.floor(keywords.length / 2)), center, ...keywords.slice(Math.floor(keywords.length / 2))];
  if (actor) {
    const angle = g.angles[Math.round(Math.log2(actor.mask))] ?? 0;
    ordered = Math.cos(angle) >= 0 ? [actor, ...keywords] : [...keywords, actor];
  }
  const result: Arrangement[][] = [];
  const pickSets: ((s: LabelSpec) => Variant | undefined)[] = [(s) => s.variants[0], (s) => [...s.variants].sort((a, b) => a.width - b.width)[0]];
  for (const pick of pickSets) {
    const set: Arrangement[] = [];
    result.push(set);
    for (let columns = 1; columns <= Math.min(3, ordered.length); columns++) {
      const rows = Math.ceil(ordered.length / columns);
      const cells = ordered.map((spec, i) => ({
        spec,
        variant: pick(spec) ?? { lines: [], width: 0, height: 0, truncated: false },
        row: columns === 1 ? i : Math.floor(i / columns),
        col: columns === 1 ? 0 : i % columns,
      }));
      const widths = Array.from({ length: columns }, (_, c) => Math.max(0, ...cells.filter((x) => x.col === c).map((x) => x.variant.width)));
      const heights = Array.from({ length: rows }, (_, r) => Math.max(0, ...cells.filter((x) => x.row === r).map((x) => x.variant.height)));
      const totalW = widths.reduce((a, b) => a + b, 0) + gap * (columns - 1);
      const totalH = heights.reduce((a, b) => a + b, 0) + gap * (rows - 1);
      const left = (c: number) => -totalW / 2 + widths.slice(0, c).reduce((a, b) => a + b, 0) + gap * c;
      const top = (r: number) => -totalH / 2 + heights.slice(0, r).reduce((a, b) => a + b, 0) + gap * r;
      set.push({
        items: cells.map((x) => ({ spec: x.spec, variant: x.variant, dx: left(x.col) + (widths[x.col] ?? 0) / 2, dy: top(x.row) + (heights[x.row] ?? 0) / 2 })),
      });
    }
  }
  return result;
}

/** The best free place for a whole arrangement in its region, if any. */
function placeArrangement(
  g: Geometry,
  grid: Grid,
  mask: number,
  arrangement: Arrangement,
  target: Point | undefined,
  boxes: Box[],
  f: number,
): { score: number; boxes: Box[] } | undefined {
  const gap = f * LABEL_GAP;
  const cap = f * 0.6;
  const bucket = grid.byMask.get(mask) ?? NO_POINTS;
  const xs = new Float64Array(bucket.length);
  const ys = new Float64Array(bucket.length);
  const scores = new Float64Array(bucket.length);
  let count = 0;
  for (const i of bucket) {
    const x = grid.points[2 * i] ?? 0;
    const y = grid.points[2 * i + 1] ?? 0;
    let slack = Infinity;
    for (const item of arrangement.items) {
      slack = Math.min(slack, regionSlack(g, x + item.dx, y + item.dy, item.variant.width, item.variant.height, mask));
      if (slack < 0) break;
    }
    if (slack < 0) continue;
    xs[count] = x;
    ys[count] = y;
    scores[count] = target ? Math.min(slack, cap) - 0.35 * dist(x - target.x, y - target.y) : slack;
    count++;
  }
  const found = new Options(xs, ys, scores, count);
  for (let k = 0, option = found.at(0); option; option = found.at(++k)) {
    if (
      arrangement.items.some((item) =>
        hitsAny(boxes, option.x + item.dx - item.variant.width / 2, option.y + item.dy - item.variant.height / 2, item.variant.width, item.variant.height, gap),
      )
    )
      continue;
    const placed = arrangement.items.map((item) => ({
      x: option.x + item.dx - item.variant.width / 2,
      y: option.y + item.dy - item.variant.height / 2,
      width: item.variant.width,
      height: item.variant.height,
    }));
    return { score: option.score, boxes: placed };
  }
  return undefined;
}

/**
 * Placement, region by region, the most crowded first: the labels of a region set together
 * as a column or small table when that fits, else one by one (each at its best free place);
 * then the keywords around the circles, spread round. Gives up (undefined) as soon as the
 * cost reaches `budget`.
 */
export function placeAll(g: Geometry, specs: LabelSpec[], obstacles: Box[], f: number, budget: number, spacing = GRID_STEP): Placement | undefined {
  const grid = candidateGrid(g, f, spacing);
  if (unavoidableCost(grid, specs) >= budget) return undefined;
  const places = placesFor(g, specs);
  const gap = f * LABEL_GAP;
  const area = Math.max(2, f * spacing) ** 2;
  const groups = new Map<number, LabelSpec[]>();
  /** What the labels that no wrapping writes whole (a centre or keyword too long for any) cost: they find no room. */
  let unwritable = 0;
  for (const spec of specs) {
    if ((spec.mask === 0 && spec.kind === 'keyword') || spec.keyed) continue;
    if (spec.variants.length === 0) {
      unwritable += missCost(spec);
      continue;
    }
    const group = groups.get(spec.mask);
    if (group) group.push(spec);
    else groups.set(spec.mask, [spec]);
  }
  const crowding = (mask: number, group: LabelSpec[]) => {
    const demand = group.reduce((sum, s) => sum + ((s.variants[0]?.width ?? 0) + gap) * ((s.variants[0]?.height ?? 0) + gap), 0);
    return demand / Math.max(1, (grid.byMask.get(mask)?.length ?? 0) * area);
  };
  const hasCenter = (group: LabelSpec[]) => (group.some((s) => s.kind === 'center') ? 1 : 0);
  const regionOrder = [...groups.entries()].sort((a, b) => hasCenter(b[1]) - hasCenter(a[1]) || crowding(b[0], b[1]) - crowding(a[0], a[1]) || a[0] - b[0]);
  const placed = new Map<LabelSpec, Placed>();
  const boxes: Box[] = [...obstacles];
  let cost = unwritable;

  /** Places labels one by one on top of `taken`; returns what it placed and what that cost. */
  const oneByOne = (order: LabelSpec[], taken: Box[]): { cost: number; placed: Placed[] } => {
    const local = [...taken];
    const result: Placed[] = [];
    let localCost = 0;
    for (const spec of order) {
      const found = (places.get(spec) ?? []).some((place) =>
        spec.variants.some((variant) => {
          const options = optionsIn(g, grid, place, variant, f);
          for (let k = 0, option = options.at(0); option; option = options.at(++k)) {
            if (hitsAny(local, option.x - variant.width / 2, option.y - variant.height / 2, variant.width, variant.height, gap) || !fits(g, place, variant, option)) continue;
            const box = { x: option.x - variant.width / 2, y: option.y - variant.height / 2, width: variant.width, height: variant.height };
            const inRegion = place.ignore ? regionSlack(g, option.x, option.y, variant.width, variant.height, place.ignore) >= 0 : place.inRegion;
            result.push({ spec, variant, box, inRegion });
            local.push(box);
            if (!inRegion) localCost += COST.caption;
            return true;
          }
          return false;
        }),
      );
      // A centre label without room goes to a band above the circles (see layout()).
      if (!found) localCost += missCost(spec);
    }
    return { cost: localCost, placed: result };
  };

  const accept = (result: { cost: number; placed: Placed[] }) => {
    for (const p of result.placed) {
      placed.set(p.spec, p);
      boxes.push(p.box);
    }
    cost += result.cost;
  };

  for (const [mask, group] of regionOrder) {
    let together: { score: number; boxes: Box[]; arrangement: Arrangement } | undefined;
    if (group.length > 1) {
      const actor = group.find((s) => s.kind === 'actor');
      const target = actor ? places.get(actor)?.[0]?.target : hasCenter(group) ? { x: 0, y: 0 } : undefined;
      // The labels' preferred wrapping first; their narrowest only where that does not fit.
      for (const set of arrangements(g, group, f)) {
        for (const arrangement of set) {
          const found = placeArrangement(g, grid, mask, arrangement, target, boxes, f);
          if (found && (!together || found.score > together.score + 0.5)) together = { ...found, arrangement };
        }
        if (together) break;
      }
    }
    if (together) {
      const chosen = together;
      accept({
        cost: 0,
        placed: chosen.arrangement.items.map((item, i) => ({
          spec: item.spec,
          variant: item.variant,
          box: chosen.boxes[i] ?? { x: 0, y: 0, width: 0, height: 0 },
          inRegion: true,
        })),
      });
    } else {
      // One by one: biggest first, the actor's name before or after its keywords, whichever costs less.
      const bySize = [...group].sort(
        (a, b) =>
          PRIORITY[a.kind] - PRIORITY[b.kind] ||
          (b.variants[0]?.width ?? 0) * (b.variants[0]?.height ?? 0) - (a.variants[0]?.width ?? 0) * (a.variants[0]?.height ?? 0) ||
          a.index - b.index,
      );
      const actorFirst = oneByOne(bySize, boxes);
      const hasActor = group.some((s) => s.kind === 'actor');
      const actorLast = hasActor && actorFirst.cost > 0 ? oneByOne([...bySize.filter((s) => s.kind !== 'actor'), ...bySize.filter((s) => s.kind === 'actor')], boxes) : undefined;
      accept(actorLast && actorLast.cost < actorFirst.cost ? actorLast : actorFirst);
    }
    if (cost >= budget) return undefined;
  }
  for (const spec of specs) {
    if (spec.mask !== 0 || spec.kind !== 'keyword') continue;
    accept(oneByOne([spec], boxes));
    if (cost >= budget) return undefined;
  }
  // The labels without room get a numbered badge in their region; one without even that costs more.
  const markers = new Map<LabelSpec, { x: number; y: number; r: number }>();
  for (const spec of specs) {
    if (placed.has(spec) || spec.kind === 'center') continue;
    const marker = placeMarker(g, grid, spec.mask, boxes, f);
    if (marker) markers.set(spec, marker);
    else cost += COST.noMarker;
    if (cost >= budget) return undefined;
  }
  return { cost, placed, markers };
}

/** A numbered badge in a region, clear of the labels; a smaller one where a full one does not fit. */
function placeMarker(g: Geometry, grid: Grid, mask: number, boxes: Box[], f: number): { x: number; y: number; r: number } | undefined {
  for (const radius of [round(f * 0.8), round(f * 0.6)]) {
    const size = 2 * radius + 2;
    const place: Place = { mask, pull: 0, inRegion: true };
    const badge: Variant = { lines: [], width: size, height: size, truncated: false };
    const options = optionsIn(g, grid, place, badge, f);
    let option: Option | undefined;
    for (let k = 0, o = options.at(0); o && !option; o = options.at(++k))
      if (!hitsAny(boxes, o.x - size / 2, o.y - size / 2, size, size, 1) && fits(g, place, badge, o)) option = o;
    if (!option) continue;
    boxes.push({ x: option.x - size / 2, y: option.y - size / 2, width: size, height: size });
    return { x: option.x, y: option.y, r: radius };
  }
  return undefined;
}
