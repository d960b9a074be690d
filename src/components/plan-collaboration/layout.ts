import { arc } from 'd3-shape';
import { EPSILON, finite, polar, round, TAU, type Box } from '../../geometry/index.js';
import { resolveText, resolveTextLang } from '../../schema/text.js';
import type { Collaboration, PlanDocument, Text } from '../../schema/types.js';
import { breakOpportunities, measureText, wrapText } from '../../text/index.js';

/** How to lay out the collaboration figure. */
export interface CollaborationLayoutOptions {
  /** The width of the figure in px (its height follows). Default 720, from 240 to 2400. */
  width?: number;
  /** Font size of the keywords in px; the other labels scale from it. Default 14, from 8 to 48. */
  fontSize?: number;
  /** The language to show bilingual text in. Default: the plan's language. */
  lang?: string;
}

/** A point in figure coordinates (px). */
export interface Point {
  x: number;
  y: number;
}

/** One line of a label: `x` is its centre (or start, see `align`), `y` its middle (draw with dominant-baseline central). */
export interface LabelLine {
  text: string;
  x: number;
  y: number;
}

/** A wrapped label and the box it occupies. */
export interface LabelLayout {
  /** The whole text, unwrapped (for accessible names and tooltips). */
  text: string;
  /** The language the text is in, for the `lang` attribute. */
  lang: string | undefined;
  lines: LabelLine[];
  fontSize: number;
  bold: boolean;
  /** How the lines stand on `x`: centred (`text-anchor="middle"`) in the figure, from the start in the key. */
  align: 'middle' | 'start';
  /** The space the label takes, padding included; no two label boxes overlap. */
  box: Box;
  /** True when the text was cut short with an ellipsis. */
  truncated: boolean;
}

/** One actor: a circle and its name. */
export interface ActorLayout {
  id: string;
  /** Position in `collaboration.actors` (colours follow it: actor 1 is `--plan-collaboration-actor-1-color`). */
  index: number;
  cx: number;
  cy: number;
  r: number;
  /** Direction of the circle from the figure centre (0 = 12 o'clock, clockwise). */
  angle: number;
  label: LabelLayout;
  /** True when the name lies in the part of the circle no other circle covers (else on its outline, or in the key). */
  inRegion: boolean;
  /** Present when the name stands in the key under the figure. */
  key?: KeyMark;
}

/** A small numbered circle. */
export interface Badge {
  x: number;
  y: number;
  r: number;
}

/**
 * A label that found no room in its region: its text stands in the key under the figure,
 * after a numbered badge, and the same number marks the region in the figure.
 */
export interface KeyMark {
  number: number;
  /** The badge in the figure, in the label's region; absent when even a badge has no room there. */
  marker?: Badge;
  /** The badge in the key, before the text. */
  badge: Badge;
}

/** One keyword (issue) label. */
export interface KeywordLayout {
  /** Position in `collaboration.keywords`. */
  index: number;
  /** Ids of the actors whose shared region holds it (empty: around the circles). */
  actors: string[];
  /** Id of the node it links to, if any. */
  node?: string;
  label: LabelLayout;
  /** True when the label lies inside every circle of `actors` and outside every other circle. */
  inRegion: boolean;
  /** Present when the label found no room in its region and stands in the key under the figure. */
  key?: KeyMark;
}

/** One segment of the outer ring, drawn as an annulus segment. */
export interface RingSegmentLayout {
  index: number;
  /** Angles in radians, 0 at 12 o'clock, clockwise (d3-shape `arc`). */
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
  /** SVG path of the segment, centred on (0, 0): translate it by the figure centre. */
  path: string;
  label: LabelLayout;
}

/** The collaboration figure as numbers: circles, label boxes and ring segments in px. */
export interface CollaborationLayout {
  width: number;
  height: number;
  /** The centre shared by all circles and the ring. */
  cx: number;
  cy: number;
  title: LabelLayout | undefined;
  center: LabelLayout;
  /**
   * True when the centre label lies in the area all circles share; false when that area has no
   * room for it and it stands in a band of its own above the circles, under the title.
   */
  centerInRegion: boolean;
  actors: ActorLayout[];
  keywords: KeywordLayout[];
  ring: RingSegmentLayout[];
  ringInnerRadius: number;
  ringOuterRadius: number;
  /** The keyword font size used (smaller than asked when the labels did not fit otherwise). */
  fontSize: number;
  /** Indexes of keywords that could not be placed in their region (they stand in the key, numbered). */
  misplaced: number[];
}

/** Gap kept between a label and a circle's outline (in keyword font sizes). */
const EDGE_MARGIN = 0.22;
/** Gap kept between two labels (in keyword font sizes). */
const LABEL_GAP = 0.3;
const LINE_HEIGHT = 1.25;
/** Spacing of the candidate positions, in keyword font sizes. */
const GRID_STEP = 0.6;
/** The same while searching for the circles' size and overlap. */
const COARSE_GRID_STEP = 1.1;
/** Labels narrower than this many ems break only between phrases. */
const SHORT_TEXT = 8.5;
const MIN_WIDTH = 240;
/** Wider figures are laid out at this width: the search grows with (width ÷ font size)². */
const MAX_WIDTH = 2400;
const MIN_FONT = 8;
const MAX_FONT = 48;
/** At most this many candidate positions from the centre to the ring, each way, whatever the figure's size. */
const MAX_GRID_HALF = 150;
/** The ring's thickness in the font sizes it is laid out for: a line (1.1 × 1.25) and padding (0.4 + 2 × 0.3). */
const RING_BAND_EMS = 1.1 * LINE_HEIGHT + 0.4 + 2 * 0.3;
/** A centre label set in the band above the circles is cut after this many lines. */
const CENTER_BAND_LINES = 5;
/** Text in the key that needs more than a line goes under its badge when beside it a line would have fewer ems than this. */
const KEY_MIN_EMS = 5;

interface Variant {
  /** Font size when it differs from the label's (a long centre label may be set smaller). */
  fontSize?: number;
  lines: string[];
  width: number;
  height: number;
  truncated: boolean;
}

interface LabelSpec {
  kind: 'center' | 'actor' | 'keyword';
  /** Index of the actor or keyword. */
  index: number;
  /** Bit i set: inside the circle of the actor at slot i. */
  mask: number;
  text: string;
  lang: string | undefined;
  fontSize: number;
  bold: boolean;
  variants: Variant[];
  /** Written in the key from the start (actor names, when the figure is too small for them). */
  keyed?: boolean;
}

interface Placed {
  spec: LabelSpec;
  variant: Variant;
  box: Box;
  inRegion: boolean;
}

interface Geometry {
  n: number;
  d: number;
  r: number;
  /** Circle centres by slot. */
  centres: Point[];
  /** Slot angles. */
  angles: number[];
  /** Labels stay inside this radius (the ring's inner edge). */
  limit: number;
  margin: number;
}

/** Lays out `plan.collaboration`; `undefined` when the plan has none. Pure: same input, same numbers. */
export function layoutCollaboration(plan: PlanDocument, options: CollaborationLayoutOptions = {}): CollaborationLayout | undefined {
  const collaboration = plan.collaboration;
  if (!collaboration || collaboration.actors.length === 0) return undefined;
  const fallbackLang = plan.plan.lang ?? 'ja';
  const lang = options.lang || fallbackLang;
  return layout(collaboration, {
    width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, finite(options.width ?? 720) || 720)),
    fontSize: Math.min(MAX_FONT, Math.max(MIN_FONT, finite(options.fontSize ?? 14) || 14)),
    lang,
    fallbackLang,
  });
}

interface Settings {
  width: number;
  fontSize: number;
  lang: string;
  fallbackLang: string;
}

function layout(collaboration: Collaboration, settings: Settings): CollaborationLayout {
  const { width, lang, fallbackLang } = settings;
  const base = settings.fontSize;
  const resolve = (text: Text | undefined) => ({ text: resolveText(text, lang, fallbackLang), lang: resolveTextLang(text, lang, fallbackLang) });
  const actors = collaboration.actors;
  const n = actors.length;
  const keywords = collaboration.keywords ?? [];
  const actorIndex = new Map(actors.map((a, i) => [a.id, i] as const));
  const keywordActors = keywords.map((k) => [...new Set((k.actors ?? []).filter((id) => actorIndex.has(id)))]);
  const slots = slotOrder(n, keywordActors.map((ids) => ids.map((id) => actorIndex.get(id) ?? 0)));
  const maskOf = (ids: string[]) => ids.reduce((mask, id) => mask | (1 << (slots[actorIndex.get(id) ?? 0] ?? 0)), 0);

  const margin = round(base * 0.8);
  const title = collaboration.title === undefined ? undefined : resolve(collaboration.title);
  const titleSize = round(base * 1.35);
  const titleWrap = title && title.text.trim() !== '' ? wrapText(title.text, { maxWidth: width - 2 * margin, fontSize: titleSize, bold: true, balance: true, maxLines: 3, lang: title.lang }) : undefined;
  const titleHeight = titleWrap ? titleWrap.lines.length * titleSize * LINE_HEIGHT : 0;

  const outer = width / 2 - margin;
  const cx = width / 2;
  /** Where the circles (or a band for the centre label above them) begin. */
  const circlesTop = margin + (titleWrap ? titleHeight + base * 0.6 : 0);

  const ringLabels = (collaboration.ring ?? []).map(resolve);
  // The ring's band is 2.375 of its font sizes thick: with large type on a narrow figure it is set
  // smaller, so that it takes at most half the radius (else nothing, not even the circles, fits inside).
  const ring = layoutRing(ringLabels, outer, Math.min(base, outer / (2 * RING_BAND_EMS)));
  const limit = ring ? ring.inner : outer;

  const center = resolve(collaboration.center);

  const fonts = [base, round(base * 0.92), round(base * 0.85)];
  /**
   * Sizes of the circles (their union's radius over the room inside the ring) worth trying for an
   * overlap ratio, largest first: small enough that each keyword around the circles, at its place
   * in the round, fits between the circles and the ring.
   */
  const unionShares = (specs: LabelSpec[], f: number, q: number): number[] => {
    const outside = specs.filter((s) => s.kind === 'keyword' && s.mask === 0);
    const unit = makeGeometry(n, q, 1, 1, 0);
    const angles = outsideAngles(unit, outside.length);
    let largest = Infinity;
    outside.forEach((spec, j) => {
      const angle = angles[j] ?? 0;
      const depth = Math.min(...spec.variants.map((v) => Math.abs(v.width * Math.sin(angle)) + Math.abs(v.height * Math.cos(angle))));
      largest = Math.min(largest, (limit - depth - f) / limit / unionRadius(unit, angle));
    });
    // Also a step smaller, and larger ones: larger circles may serve better, the longest keywords then going to the key.
    const fits = SHARES.findIndex((share) => share <= largest + 1e-9);
    const first = fits < 0 ? SHARES.length - 1 : fits;
    const at = (i: number) => SHARES[Math.min(SHARES.length - 1, Math.max(0, i))] ?? 0.7;
    return [...new Set([at(first), at(first - 1), at(first + 1), at(first - 2), at(first - 4), at(1)])];
  };
  const ratios = RATIOS[Math.min(6, Math.max(2, n))] ?? [1.55];

  // No label is wider than the figure inside its margins.
  const inner = width - 2 * margin;
  const makeSpecs = (f: number, compact: boolean): LabelSpec[] => {
    const specs: LabelSpec[] = [];
    const all = (1 << n) - 1;
    const centerSize = round(f * 1.5);
    // A long centre or actor name may be set smaller before it has to leave its region; a centre
    // label is never cut there: one too long for the region stands whole in a band above the circles.
    const centerVariants = [1.5, 1.3, 1.15, 1].flatMap((scale) => variants(center.text, center.lang, round(f * scale), true, [5, 3.5, 7], 3, f, false, false, inner)).filter((v) => !v.truncated);
    specs.push({ kind: 'center', index: 0, mask: all, ...center, fontSize: centerSize, bold: true, variants: centerVariants });
    const actorSize = round(f * 1.15);
    actors.forEach((actor, i) => {
      const label = resolve(actor.label);
      const actorVariants = [1.15, 1].flatMap((scale) => variants(label.text, label.lang, round(f * scale), true, [6, 4.5, 8, 3.5], 4, f, false, false, inner));
      specs.push({ kind: 'actor', index: i, mask: 1 << (slots[i] ?? 0), ...label, fontSize: actorSize, bold: true, variants: actorVariants, keyed: compact });
    });
    keywords.forEach((keyword, i) => {
      const label = resolve(keyword.text);
      specs.push({ kind: 'keyword', index: i, mask: maskOf(keywordActors[i] ?? []), ...label, fontSize: f, bold: false, variants: variants(label.text, label.lang, f, false, [7.5, 5.5, 10, 13], 6, f, false, false, inner).filter((v) => !v.truncated) });
    });
    return specs;
  };

  /** `fine`: placed on the fine grid already. */
  type Candidate = Placement & { geometry: Geometry; specs: LabelSpec[]; font: number; fine?: boolean };
  // The asked font first, the largest circles first: the first layout where everything finds its
  // region wins; otherwise the one that costs least, smaller fonts costing a little. An attempt
  // stops once it costs more than the best so far.
  const search = (compact: boolean): Candidate | undefined => {
    let best: Candidate | undefined;
    for (const [step, f] of fonts.entries()) {
      const specs = makeSpecs(f, compact);
      const plans = ratios.map((q) => unionShares(specs, f, q).map((share) => ({ share, q })));
      // Round robin over the ratios, each in its own order of sizes.
      const geometries = Array.from({ length: Math.max(...plans.map((p) => p.length)) }, (_, i) => plans.flatMap((p) => p[i] ?? [])).flat();
      for (const [i, { share, q }] of geometries.entries()) {
        const geometry = makeGeometry(n, q, limit * share, limit, f);
        // The first figure tried (the asked font, the first circle size) is the one chosen
        // whenever all its labels find their place: placed on the fine grid at once (giving up
        // at the first label without room), it needs no coarse search.
        if (!compact && step === 0 && i === 0) {
          const fine = placeAll(geometry, specs, obstacles, f, Number.MIN_VALUE);
          if (fine) return { ...fine, geometry, specs, font: f, fine: true };
        }
        const budget = (best ? best.cost : Infinity) - step * COST.smallerFont;
        const result = placeAll(geometry, specs, obstacles, f, budget, COARSE_GRID_STEP);
        if (!result) continue;
        const cost = result.cost + step * COST.smallerFont;
        if (!best || cost < best.cost) best = { ...result, cost, geometry, specs, font: f };
        if (cost === 0) return best;
      }
    }
    return best;
  };
  const obstacles = ring ? ring.segments.map((segment) => segment.box) : [];
  let best = search(false);
  // When some actor's name finds no room, all of them go to the key, numbered on their circles in
  // their colours, and the circles are as large as the keywords let them be.
  if (best && best.specs.some((spec) => spec.kind === 'actor' && !best?.placed.has(spec))) best = search(true) ?? best;
  // The search places labels on a coarse grid; the chosen layout is placed again on the fine one
  // (unless it was placed there at once).
  if (best && !best.fine) {
    const fine = placeAll(best.geometry, best.specs, obstacles, best.font, Infinity);
    if (fine && fine.cost <= best.cost - fonts.indexOf(best.font) * COST.smallerFont) best = { ...best, placed: fine.placed, markers: fine.markers };
  }
  // The first attempt without a budget always completes, so best is set; the fallback keeps the types honest.
  const chosen = best ?? { cost: 0, geometry: makeGeometry(n, ratios[0] ?? 1.6, limit * 0.7, limit, base), placed: new Map<LabelSpec, Placed>(), markers: new Map(), specs: makeSpecs(base, false), font: base };
  const { geometry, placed, markers, specs, font } = chosen;

  // A centre label with no room where all circles overlap is not drawn over the other labels:
  // it stands in a band of its own between the title and the circles, wrapped to the figure's
  // width (cut with '…' after a few lines; its `text` keeps all of it).
  const centerSpec = specs.find((s) => s.kind === 'center');
  let centerBand: { variant: Variant; box: Box } | undefined;
  if (centerSpec && !placed.has(centerSpec)) {
    const size = round(font * 1.15);
    const padX = font * 0.45;
    const padY = font * 0.2;
    const wrapped = wrapText(centerSpec.text, { maxWidth: inner - 2 * padX, fontSize: size, bold: true, balance: true, maxLines: CENTER_BAND_LINES, lang: centerSpec.lang ?? 'ja' });
    const empty = wrapped.lines.length === 0;
    const bandWidth = empty ? 0 : Math.min(inner, wrapped.width + 2 * padX);
    const bandHeight = empty ? 0 : wrapped.lines.length * size * LINE_HEIGHT + 2 * padY;
    centerBand = {
      variant: { fontSize: size, lines: wrapped.lines, width: bandWidth, height: bandHeight, truncated: wrapped.truncated },
      box: { x: cx - bandWidth / 2, y: circlesTop, width: bandWidth, height: bandHeight },
    };
  }
  const cy = circlesTop + (centerBand && centerBand.box.height > 0 ? centerBand.box.height + base * 0.6 : 0) + outer;

  // Labels that found no room in their region: a numbered badge in the region, and the text in a key under the figure.
  const badgeRadius = round(font * 0.8);
  const keyed = specs.filter((spec) => !placed.has(spec) && spec.kind !== 'center');
  const marks = new Map<LabelSpec, KeyMark>();
  const keyTop = cy + outer + margin;
  const keyWidth = width - 2 * margin;
  const columns = Math.max(1, Math.floor((keyWidth + margin) / (font * 16 + margin)));
  const columnWidth = (keyWidth - (columns - 1) * margin) / columns;
  let rowTop = keyTop;
  let rowHeight = 0;
  // The texts after their badges; all under them when beside them some would need more than a
  // line of fewer than a few characters (large type on a narrow figure). Either way each wraps
  // within its column, breaking a word wider than the column.
  const besideRoom = columnWidth - 2 * badgeRadius - font * 0.5;
  const beside = keyed.every((spec) => besideRoom >= KEY_MIN_EMS * spec.fontSize || measureText(spec.text, spec.fontSize, spec.bold) <= besideRoom);
  keyed.forEach((spec, i) => {
    const number = i + 1;
    const found = markers.get(spec);
    const marker: Badge | undefined = found ? { x: round(found.x + cx), y: round(found.y + cy), r: found.r } : undefined;
    const column = i % columns;
    if (column === 0 && i > 0) {
      rowTop += rowHeight + font * 0.5;
      rowHeight = 0;
    }
    const indent = beside ? 2 * badgeRadius + font * 0.5 : 0;
    const textTop = beside ? rowTop : rowTop + 2 * badgeRadius + font * 0.3;
    const room = columnWidth - indent;
    const wrapped = wrapText(spec.text, { maxWidth: room, fontSize: spec.fontSize, bold: spec.bold, maxLines: 12, lang: spec.lang ?? 'ja' });
    const lines = wrapped.lines.length > 0 ? wrapped.lines : [''];
    const textHeight = lines.length * spec.fontSize * LINE_HEIGHT;
    const height = beside ? Math.max(2 * badgeRadius, textHeight) : textTop - rowTop + textHeight;
    const left = margin + column * (columnWidth + margin);
    const variant: Variant = { lines, width: wrapped.width, height: beside ? height : textHeight, truncated: wrapped.truncated };
    placed.set(spec, { spec, variant, box: { x: left + indent - cx, y: textTop - cy, width: Math.min(room, Math.max(wrapped.width, 1)), height: variant.height }, inRegion: false });
    const mark: KeyMark = { number, badge: { x: round(left + badgeRadius), y: round(beside ? rowTop + Math.min(height, spec.fontSize * LINE_HEIGHT) / 2 : rowTop + badgeRadius), r: badgeRadius } };
    if (marker) mark.marker = marker;
    marks.set(spec, mark);
    rowHeight = Math.max(rowHeight, height);
  });
  const height = keyed.length > 0 ? rowTop + rowHeight + margin : cy + outer + margin;

  const toLabel = (spec: LabelSpec): LabelLayout => {
    if (spec === centerSpec && centerBand) return labelAt(spec.text, spec.lang, centerBand.variant, centerBand.box, spec.fontSize, spec.bold);
    const p = placed.get(spec);
    const variant = p?.variant ?? spec.variants[spec.variants.length - 1] ?? { lines: [], width: 0, height: 0, truncated: false };
    const box = p ? { x: p.box.x + cx, y: p.box.y + cy, width: p.box.width, height: p.box.height } : { x: cx - variant.width / 2, y: cy - variant.height / 2, width: variant.width, height: variant.height };
    return marks.has(spec) ? labelAt(spec.text, spec.lang, variant, box, spec.fontSize, spec.bold, 0, 'start') : labelAt(spec.text, spec.lang, variant, box, spec.fontSize, spec.bold);
  };

  const actorSpecs = specs.filter((s) => s.kind === 'actor');
  const keywordSpecs = specs.filter((s) => s.kind === 'keyword');
  const inRegion = (spec: LabelSpec) => placed.get(spec)?.inRegion ?? false;

  const actorLayouts: ActorLayout[] = actors.map((actor, i) => {
    const slot = slots[i] ?? 0;
    const c = geometry.centres[slot] ?? { x: 0, y: 0 };
    const spec = actorSpecs[i];
    return {
      id: actor.id,
      index: i,
      cx: round(c.x + cx),
      cy: round(c.y + cy),
      r: round(geometry.r),
      angle: round(geometry.angles[slot] ?? 0),
      label: spec ? toLabel(spec) : labelAt('', undefined, { lines: [], width: 0, height: 0, truncated: false }, { x: cx, y: cy, width: 0, height: 0 }, font, true),
      inRegion: spec ? inRegion(spec) : false,
      ...(spec && marks.has(spec) ? { key: marks.get(spec) } : {}),
    };
  });

  const keywordLayouts: KeywordLayout[] = keywordSpecs.map((spec) => {
    const keyword = keywords[spec.index];
    const result: KeywordLayout = {
      index: spec.index,
      actors: keywordActors[spec.index] ?? [],
      label: toLabel(spec),
      inRegion: inRegion(spec),
    };
    const mark = marks.get(spec);
    if (mark) result.key = mark;
    if (keyword?.node !== undefined) result.node = keyword.node;
    return result;
  });

  const ringLayouts: RingSegmentLayout[] = ring
    ? ring.segments.map((segment, i) => ({
        index: i,
        startAngle: round(segment.startAngle),
        endAngle: round(segment.endAngle),
        innerRadius: round(ring.inner),
        outerRadius: round(outer),
        path: segment.path,
        label: labelAt(segment.text, segment.lang, segment.variant, { x: segment.box.x + cx, y: segment.box.y + cy, width: segment.box.width, height: segment.box.height }, ring.fontSize, true),
      }))
    : [];

  const titleLayout = title && titleWrap
    ? labelAt(title.text, title.lang, { lines: titleWrap.lines, width: titleWrap.width, height: titleHeight, truncated: titleWrap.truncated }, { x: (width - titleWrap.width) / 2, y: margin, width: titleWrap.width, height: titleHeight }, titleSize, true, 0)
    : undefined;

  return {
    width: round(width),
    height: round(height),
    cx: round(cx),
    cy: round(cy),
    title: titleLayout,
    center: centerSpec ? toLabel(centerSpec) : labelAt('', undefined, { lines: [], width: 0, height: 0, truncated: false }, { x: cx, y: cy, width: 0, height: 0 }, font, true),
    centerInRegion: centerSpec ? inRegion(centerSpec) : false,
    actors: actorLayouts,
    keywords: keywordLayouts,
    ring: ringLayouts,
    ringInnerRadius: round(ring ? ring.inner : 0),
    ringOuterRadius: round(ring ? outer : 0),
    fontSize: font,
    misplaced: keywordLayouts.filter((k) => !k.inRegion).map((k) => k.index),
  };
}

/** Radius of the circles' union over the room inside the ring, largest first. */
const SHARES = [0.96, 0.9, 0.84, 0.78, 0.72, 0.66, 0.6, 0.54];
/** Circle radius over centre distance to try, by number of actors, best first. */
const RATIOS: Record<number, number[]> = {
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
  const score = (slots: number[]) => sets.filter((ids) => isCyclicRun(ids.map((i) => slots[i] ?? 0), n)).length;
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

function makeGeometry(n: number, ratio: number, union: number, limit: number, f: number): Geometry {
  const d = union / (1 + ratio);
  const r = d * ratio;
  const start = startAngle(n);
  const angles = Array.from({ length: n }, (_, slot) => start + (slot * TAU) / n);
  return { n, d, r, angles, centres: angles.map((a) => polar(0, 0, d, a)), limit, margin: f * EDGE_MARGIN };
}

/** Length of (x, y); Math.hypot is several times slower and this runs in the inner loops. */
function dist(x: number, y: number): number {
  return Math.sqrt(x * x + y * y);
}

/**
 * How far a box centred at (x, y) stays inside the region `mask` (inside those circles, outside
 * the others, inside the limit), in px; negative when it crosses an edge.
 */
function regionSlack(g: Geometry, x: number, y: number, w: number, h: number, mask: number, ignore = 0): number {
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
function unionRadius(g: Geometry, angle: number): number {
  let best = 0;
  for (const a of g.angles) {
    const delta = angle - a;
    const along = g.d * Math.cos(delta);
    const across = g.d * Math.sin(delta);
    best = Math.max(best, along + Math.sqrt(Math.max(0, g.r * g.r - across * across)));
  }
  return best;
}

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
  return { points: points.subarray(0, 2 * k), clearance: clear.subarray(0, k), nearest: nearestCircle.subarray(0, k), clearanceBeyond: beyond.subarray(0, k), byMask, cache: new Map(), deepest };
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

/**
 * Where the keywords around the circles go, clockwise from 12 o'clock: spread round, more of
 * them where the circles leave more room (above and below two circles side by side).
 */
function outsideAngles(g: Geometry, count: number): number[] {
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
const COST = { center: 4, actor: 10, keyword: 2, outsideKeyword: 1.5, caption: 0.3, smallerFont: 0.2, noMarker: 1 } as const;

/** What a label costs when it finds no room: a keyword in an overlap says more than one around the circles. */
function missCost(spec: LabelSpec): number {
  if (spec.kind === 'keyword' && spec.mask === 0) return COST.outsideKeyword;
  return COST[spec.kind];
}

interface Placement {
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
      const cells = ordered.map((spec, i) => ({ spec, variant: pick(spec) ?? { lines: [], width: 0, height: 0, truncated: false }, row: columns === 1 ? i : Math.floor(i / columns), col: columns === 1 ? 0 : i % columns }));
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
function placeArrangement(g: Geometry, grid: Grid, mask: number, arrangement: Arrangement, target: Point | undefined, boxes: Box[], f: number): { score: number; boxes: Box[] } | undefined {
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
    if (arrangement.items.some((item) => hitsAny(boxes, option.x + item.dx - item.variant.width / 2, option.y + item.dy - item.variant.height / 2, item.variant.width, item.variant.height, gap))) continue;
    const placed = arrangement.items.map((item) => ({ x: option.x + item.dx - item.variant.width / 2, y: option.y + item.dy - item.variant.height / 2, width: item.variant.width, height: item.variant.height }));
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
function placeAll(g: Geometry, specs: LabelSpec[], obstacles: Box[], f: number, budget: number, spacing = GRID_STEP): Placement | undefined {
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
      accept({ cost: 0, placed: chosen.arrangement.items.map((item, i) => ({ spec: item.spec, variant: item.variant, box: chosen.boxes[i] ?? { x: 0, y: 0, width: 0, height: 0 }, inRegion: true })) });
    } else {
      // One by one: biggest first, the actor's name before or after its keywords, whichever costs less.
      const bySize = [...group].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || (b.variants[0]?.width ?? 0) * (b.variants[0]?.height ?? 0) - (a.variants[0]?.width ?? 0) * (a.variants[0]?.height ?? 0) || a.index - b.index);
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
    for (let k = 0, o = options.at(0); o && !option; o = options.at(++k)) if (!hitsAny(boxes, o.x - size / 2, o.y - size / 2, size, size, 1) && fits(g, place, badge, o)) option = o;
    if (!option) continue;
    boxes.push({ x: option.x - size / 2, y: option.y - size / 2, width: size, height: size });
    return { x: option.x, y: option.y, r: radius };
  }
  return undefined;
}

/** The widest run of Latin letters and digits, so that wrapping never has to cut a word (NPO・ボランティア keeps NPO). */
function widestWord(text: string, fontSize: number, bold: boolean): number {
  let widest = 0;
  for (const word of text.match(/[^\s\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g) ?? []) widest = Math.max(widest, measureText(word, fontSize, bold));
  return widest;
}

/**
 * Ways to wrap a label, most legible first: one line when it is short, then boxes of
 * decreasing width (squarer boxes fit round regions better); untruncated ones before cut ones.
 */
function variants(text: string, lang: string | undefined, fontSize: number, bold: boolean, widths: number[], maxLines: number, f: number, anyBreak = false, keepCut = true, widest = Infinity): Variant[] {
  // Wrapping is the costly part and the same labels are wrapped for every font tried: remember it.
  const key = JSON.stringify([text, lang, fontSize, bold, widths, maxLines, f, anyBreak, keepCut, widest]);
  const known = variantCache.get(key);
  if (known) return known;
  if (variantCache.size > 2000) variantCache.clear();
  const found = wrapVariants(text, lang, fontSize, bold, widths, maxLines, f, anyBreak, keepCut, widest);
  variantCache.set(key, found);
  return found;
}

const variantCache = new Map<string, Variant[]>();

/** `widest`: the widest a label's box may be (the figure's inner width); a longer word is broken within it. */
function wrapVariants(text: string, lang: string | undefined, fontSize: number, bold: boolean, widths: number[], maxLines: number, f: number, anyBreak: boolean, keepCut: boolean, widest: number): Variant[] {
  const padX = f * 0.45;
  const maxText = Math.max(fontSize, widest - 2 * padX);
  const padY = f * 0.2;
  const minWord = widestWord(text, fontSize, bold);
  const single = measureText(text, fontSize, bold);
  const lineHeight = fontSize * LINE_HEIGHT;
  // Widths giving boxes of about these width:height ratios, for long text.
  // Never narrower than 4.5 ems: a column of single words reads badly.
  const byAspect = [4, 2.5, 1.6, 1].map((aspect) => Math.max(anyBreak ? 0 : 4.5, Math.sqrt(single * lineHeight * aspect) / fontSize));
  // Short text is only broken between phrases (地域共生社会 stays whole, 制度の|狭間 may break).
  const short = !anyBreak && single <= SHORT_TEXT * fontSize;
  const phraseEnds = short ? wordEnds(text, lang) : new Set<number>();
  const seen = new Set<string>();
  const found: Variant[] = [];
  for (const em of [...widths, ...byAspect]) {
    const wrapped = wrapText(text, { maxWidth: Math.min(maxText, Math.max(em * fontSize, minWord)), fontSize, bold, maxLines, balance: true, lang: lang ?? 'ja' });
    const key = wrapped.lines.join('\n');
    if (seen.has(key)) continue;
    if (short && (wrapped.lines.length > 2 || !breaksBetweenPhrases(text, wrapped.lines, phraseEnds))) continue;
    seen.add(key);
    found.push({
      fontSize,
      lines: wrapped.lines,
      width: round(Math.max(wrapped.width, fontSize) + 2 * padX),
      height: round(Math.max(1, wrapped.lines.length) * lineHeight + 2 * padY),
      truncated: wrapped.truncated,
    });
  }
  const untruncated = found.filter((v) => !v.truncated);
  const ordered = [...untruncated.filter((v) => v.lines.length <= 1), ...untruncated.filter((v) => v.lines.length > 1).sort((a, b) => b.width - a.width)];
  return keepCut ? [...ordered, ...found.filter((v) => v.truncated)] : ordered.length > 0 ? ordered : found;
}

/** Where words and phrases of `text` end: the only places short text may break. */
function wordEnds(text: string, lang: string | undefined): Set<number> {
  const ends = new Set<number>();
  breakOpportunities(text, lang).reduce((end, phrase) => (ends.add(end + phrase.trimEnd().length), end + phrase.length), 0);
  for (const word of wordSegmenter(lang ?? 'ja')?.segment(text) ?? []) ends.add(word.index + word.segment.length);
  return ends;
}

const segmenters = new Map<string, Intl.Segmenter | undefined>();

function wordSegmenter(lang: string): Intl.Segmenter | undefined {
  if (!segmenters.has(lang)) {
    const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
    let segmenter: Intl.Segmenter | undefined;
    try {
      segmenter = typeof Segmenter === 'function' ? new Segmenter(lang, { granularity: 'word' }) : undefined;
    } catch {
      segmenter = undefined;
    }
    segmenters.set(lang, segmenter);
  }
  return segmenters.get(lang);
}

/** True when every line but the last ends where a phrase of `text` ends. */
function breaksBetweenPhrases(text: string, lines: string[], phraseEnds: Set<number>): boolean {
  let at = 0;
  for (const line of lines.slice(0, -1)) {
    const found = text.indexOf(line, at);
    if (found < 0) return false;
    at = found + line.length;
    if (!phraseEnds.has(at)) return false;
  }
  return true;
}

function labelAt(text: string, lang: string | undefined, variant: Variant, box: Box, labelSize: number, bold: boolean, padY?: number, align: 'middle' | 'start' = 'middle'): LabelLayout {
  const fontSize = variant.fontSize ?? labelSize;
  const lineHeight = fontSize * LINE_HEIGHT;
  const top = box.y + (padY ?? (box.height - variant.lines.length * lineHeight) / 2);
  const x = align === 'middle' ? box.x + box.width / 2 : box.x;
  return {
    text,
    lang,
    lines: variant.lines.map((line, i) => ({ text: line, x: round(x), y: round(top + (i + 0.5) * lineHeight) })),
    fontSize,
    bold,
    align,
    box: { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) },
    truncated: variant.truncated,
  };
}

interface RingPlan {
  inner: number;
  fontSize: number;
  segments: { startAngle: number; endAngle: number; path: string; text: string; lang: string | undefined; variant: Variant; box: Box }[];
}

/**
 * The outer ring: one annulus segment per label, each label upright in the middle of its
 * segment. The band is as thin as one line of text; a label too wide for it where the band
 * runs steeply stays inside the outer edge and reaches inwards (the keywords keep clear of it).
 * The ring turns whichever way needs less of that.
 */
function layoutRing(labels: { text: string; lang: string | undefined }[], outer: number, f: number): RingPlan | undefined {
  const m = labels.length;
  if (m === 0) return undefined;
  const fontSize = round(f * 1.1);
  const pad = f * 0.3;
  const band = fontSize * LINE_HEIGHT + f * 0.4 + 2 * pad;
  const maxReach = Math.max(outer * 0.3, fontSize * 4.5);
  // Smaller type, then a cut line, before a label may crowd its neighbours or the circles.
  const choices = labels.map((label) => [
    ...[1, 0.88, 0.78].flatMap((scale) => variants(label.text, label.lang, round(fontSize * scale), true, [5, 3.2, 2.2], 3, f, true, false, 2 * outer)),
    ...[6, 4, 2.5].map((em): Variant => {
      const size = round(fontSize * 0.78);
      const cut = wrapText(label.text, { maxWidth: Math.max(size, Math.min(em * size, 2 * outer - f * 0.9)), fontSize: size, bold: true, maxLines: 1, lang: label.lang ?? 'ja' });
      return { fontSize: size, lines: cut.lines, width: round(cut.width + f * 0.9), height: round(size * LINE_HEIGHT + f * 0.4), truncated: cut.truncated };
    }),
  ]);
  /** The label's centre: on the middle of the band, or further in when a corner would cross the outer edge. */
  const seat = (angle: number, v: Variant): { centre: Point; reach: number; fits: boolean } => {
    const far = (rho: number) => {
      const c = polar(0, 0, rho, angle);
      return dist(Math.abs(c.x) + v.width / 2, Math.abs(c.y) + v.height / 2);
    };
    let lo = 0;
    let hi = outer - band / 2;
    if (far(hi) > outer - pad) {
      for (let i = 0; i < 30; i++) {
        const mid = (lo + hi) / 2;
        if (far(mid) > outer - pad) hi = mid;
        else lo = mid;
      }
      hi = lo;
    }
    const centre = polar(0, 0, hi, angle);
    const near = dist(Math.max(Math.abs(centre.x) - v.width / 2, 0), Math.max(Math.abs(centre.y) - v.height / 2, 0));
    const xs = [centre.x - v.width / 2, centre.x + v.width / 2];
    const ys = [centre.y - v.height / 2, centre.y + v.height / 2];
    const reach = outer - near;
    return { centre, reach, fits: reach <= maxReach && (m === 1 || withinSector(xs, ys, angle, Math.PI / m)) };
  };
  let best: { offset: number; reach: number; picks: { variant: Variant; centre: Point }[] } | undefined;
  for (const offset of [0, Math.PI / m]) {
    let reach = 0;
    const picks = labels.map((_, i) => {
      const angle = offset + (i * TAU) / m;
      const options = (choices[i] ?? []).map((variant) => ({ variant, ...seat(angle, variant) }));
      const fitting = options.filter((o) => o.fits && o.variant.lines.length > 0);
      // One line at full size unless stacking or smaller type saves a good deal of room; cut text only when nothing else fits.
      const weight = (o: (typeof options)[number]) => o.reach + (o.variant.lines.length - 1) * fontSize * 0.8 + (fontSize - (o.variant.fontSize ?? fontSize)) * 8 + (o.variant.truncated ? outer : 0);
      const pick = fitting.reduce<(typeof options)[number] | undefined>((a, b) => (!a || weight(b) < weight(a) - 0.5 ? b : a), undefined);
      // A label that fits nowhere is left out of the drawing (it stays in the text alternative).
      const centre = polar(0, 0, outer - band / 2, angle);
      const none = { variant: { lines: [], width: 0, height: 0, truncated: true }, centre, reach: 0 };
      reach = Math.max(reach, pick ? weight(pick) : outer);
      return pick ?? none;
    });
    if (!best || reach < best.reach - 0.5) best = { offset, reach, picks };
  }
  const chosen = best ?? { offset: 0, reach: band, picks: [] };
  const inner = outer - band;
  const shape = arc().digits(2);
  const segments = labels.map((label, i) => {
    const centre = chosen.offset + (i * TAU) / m;
    const startAngle = m === 1 ? 0 : centre - Math.PI / m;
    const endAngle = m === 1 ? TAU : centre + Math.PI / m;
    const path = shape({ innerRadius: inner, outerRadius: outer, startAngle, endAngle, padAngle: m === 1 ? 0 : 0.012 }) ?? '';
    const pick = chosen.picks[i];
    const variant = pick?.variant ?? { lines: [], width: 0, height: 0, truncated: false };
    const mid = pick?.centre ?? polar(0, 0, outer - band / 2, centre);
    return { startAngle, endAngle, path, ...label, variant, box: { x: mid.x - variant.width / 2, y: mid.y - variant.height / 2, width: variant.width, height: variant.height } };
  });
  return { inner, fontSize, segments };
}

/** True when every corner of the box lies within `half` radians of `angle`. */
function withinSector(xs: number[], ys: number[], angle: number, half: number): boolean {
  for (const x of xs) {
    for (const y of ys) {
      const a = Math.atan2(x, -y);
      let delta = Math.abs(a - angle) % TAU;
      if (delta > Math.PI) delta = TAU - delta;
      if (delta > half - 0.02) return false;
    }
  }
  return true;
}
