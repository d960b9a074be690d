// The collaboration figure (協働の図) as numbers: the search over fonts and circle sizes, the centre
// band, the key under the figure, and the layout the element and the file writers draw.
import { finite, round, type Box } from '../../geometry/index.js';
import { resolveText, resolveTextLang } from '../../schema/text.js';
import type { Collaboration, PlanDocument, Text } from '../../schema/types.js';
import { measureText, wrapText } from '../../text/index.js';
import { makeGeometry, outsideAngles, RATIOS, SHARES, slotOrder, unionRadius } from './circles.js';
import { labelAt, variants } from './labels.js';
import {
  LINE_HEIGHT,
  type ActorLayout,
  type Badge,
  type CollaborationLayout,
  type CollaborationLayoutOptions,
  type KeyMark,
  type KeywordLayout,
  type LabelLayout,
  type LabelSpec,
  type Placed,
  type RingSegmentLayout,
  type Variant,
  type Geometry,
} from './model.js';
import { COARSE_GRID_STEP, COST, placeAll, type Placement } from './placement.js';
import { layoutRing } from './ring.js';

export type { ActorLayout, Badge, CollaborationLayout, CollaborationLayoutOptions, KeyMark, KeywordLayout, LabelLayout, LabelLine, Point, RingSegmentLayout } from './model.js';
export { slotOrder } from './circles.js';

const MIN_WIDTH = 240;
/** Wider figures are laid out at this width: the search grows with (width ÷ font size)². */
const MAX_WIDTH = 2400;
const MIN_FONT = 8;
const MAX_FONT = 48;
/** The ring's thickness in the font sizes it is laid out for: a line (1.1 × 1.25) and padding (0.4 + 2 × 0.3). */
const RING_BAND_EMS = 1.1 * LINE_HEIGHT + 0.4 + 2 * 0.3;
/** A centre label set in the band above the circles is cut after this many lines. */
const CENTER_BAND_LINES = 5;
/** Text in the key that needs more than a line goes under its badge when beside it a line would have fewer ems than this. */
const KEY_MIN_EMS = 5;

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
  const slots = slotOrder(
    n,
    keywordActors.map((ids) => ids.map((id) => actorIndex.get(id) ?? 0)),
  );
  const maskOf = (ids: string[]) => ids.reduce((mask, id) => mask | (1 << (slots[actorIndex.get(id) ?? 0] ?? 0)), 0);

  const margin = round(base * 0.8);
  const title = collaboration.title === undefined ? undefined : resolve(collaboration.title);
  const titleSize = round(base * 1.35);
  const titleWrap =
    title && title.text.trim() !== ''
      ? wrapText(title.text, { maxWidth: width - 2 * margin, fontSize: titleSize, bold: true, balance: true, maxLines: 3, lang: title.lang })
      : undefined;
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
    const centerVariants = [1.5, 1.3, 1.15, 1]
      .flatMap((scale) => variants(center.text, center.lang, round(f * scale), true, [5, 3.5, 7], 3, f, false, false, inner))
      .filter((v) => !v.truncated);
    specs.push({ kind: 'center', index: 0, mask: all, ...center, fontSize: centerSize, bold: true, variants: centerVariants });
    const actorSize = round(f * 1.15);
    actors.forEach((actor, i) => {
      const label = resolve(actor.label);
      const actorVariants = [1.15, 1].flatMap((scale) => variants(label.text, label.lang, round(f * scale), true, [6, 4.5, 8, 3.5], 4, f, false, false, inner));
      specs.push({ kind: 'actor', index: i, mask: 1 << (slots[i] ?? 0), ...label, fontSize: actorSize, bold: true, variants: actorVariants, keyed: compact });
    });
    keywords.forEach((keyword, i) => {
      const label = resolve(keyword.text);
      specs.push({
        kind: 'keyword',
        index: i,
        mask: maskOf(keywordActors[i] ?? []),
        ...label,
        fontSize: f,
        bold: false,
        variants: variants(label.text, label.lang, f, false, [7.5, 5.5, 10, 13], 6, f, false, false, inner).filter((v) => !v.truncated),
      });
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
  const chosen = best ?? {
    cost: 0,
    geometry: makeGeometry(n, ratios[0] ?? 1.6, limit * 0.7, limit, base),
    placed: new Map<LabelSpec, Placed>(),
    markers: new Map(),
    specs: makeSpecs(base, false),
    font: base,
  };
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
    const wrapped = wrapText(centerSpec.text, {
      maxWidth: inner - 2 * padX,
      fontSize: size,
      bold: true,
      balance: true,
      maxLines: CENTER_BAND_LINES,
      lang: centerSpec.lang ?? 'ja',
    });
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
    placed.set(spec, {
      spec,
      variant,
      box: { x: left + indent - cx, y: textTop - cy, width: Math.min(room, Math.max(wrapped.width, 1)), height: variant.height },
      inRegion: false,
    });
    const mark: KeyMark = {
      number,
      badge: { x: round(left + badgeRadius), y: round(beside ? rowTop + Math.min(height, spec.fontSize * LINE_HEIGHT) / 2 : rowTop + badgeRadius), r: badgeRadius },
    };
    if (marker) mark.marker = marker;
    marks.set(spec, mark);
    rowHeight = Math.max(rowHeight, height);
  });
  const height = keyed.length > 0 ? rowTop + rowHeight + margin : cy + outer + margin;

  const toLabel = (spec: LabelSpec): LabelLayout => {
    if (spec === centerSpec && centerBand) return labelAt(spec.text, spec.lang, centerBand.variant, centerBand.box, spec.fontSize, spec.bold);
    const p = placed.get(spec);
    const variant = p?.variant ?? spec.variants[spec.variants.length - 1] ?? { lines: [], width: 0, height: 0, truncated: false };
    const box = p
      ? { x: p.box.x + cx, y: p.box.y + cy, width: p.box.width, height: p.box.height }
      : { x: cx - variant.width / 2, y: cy - variant.height / 2, width: variant.width, height: variant.height };
    return marks.has(spec)
      ? labelAt(spec.text, spec.lang, variant, box, spec.fontSize, spec.bold, 0, 'start')
      : labelAt(spec.text, spec.lang, variant, box, spec.fontSize, spec.bold);
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
        label: labelAt(
          segment.text,
          segment.lang,
          segment.variant,
          { x: segment.box.x + cx, y: segment.box.y + cy, width: segment.box.width, height: segment.box.height },
          ring.fontSize,
          true,
        ),
      }))
    : [];

  const titleLayout =
    title && titleWrap
      ? labelAt(
          title.text,
          title.lang,
          { lines: titleWrap.lines, width: titleWrap.width, height: titleHeight, truncated: titleWrap.truncated },
          { x: (width - titleWrap.width) / 2, y: margin, width: titleWrap.width, height: titleHeight },
          titleSize,
          true,
          0,
        )
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
