import { arc, line } from 'd3-shape';
import { overlaps, polar, round as roundSigned, shareOf, union, type Box } from '../../geometry/index.js';
import type { GaugeScale } from '../../progress/index.js';
import { measureText, wrapText } from '../../text/index.js';
import { measureMilli, milliToPx } from '../../text/measure.js';

/** `arc`: a semicircular dial; `bar`: a compact horizontal bar for lists and tables. */
export type GaugeVariant = 'arc' | 'bar';

/** One line of SVG text and the box it takes. */
export interface GaugeText {
  text: string;
  /** Anchor point (the `x`, `y` of the SVG text; `y` is the baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  fontSize: number;
  box: Box;
}

/** A mark across the track (baseline or target) and its label. */
export interface GaugeMark {
  /** Position along the gauge, 0..1. */
  at: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label: GaugeText | null;
}

/** What a gauge's texts say; every string already formatted in the display language. */
export interface GaugeTexts {
  /** True when `value` is a word (未計測) rather than a number: it is set smaller. */
  valueIsWord?: boolean;
  /** Lines labelling the left end, e.g. `['基準', '19.8']` (joined on one line when there is room). */
  start: readonly string[];
  /** Lines labelling the right end, e.g. `['目標', '13.0']`. */
  end: readonly string[];
  /** The baseline mark's own label, or null when an end label already names it. */
  baseline: string | null;
  /** The target mark's own label, or null when an end label already names it. */
  target: string | null;
  /** The current value for the middle of the dial (arc only), e.g. `16.2` or `未計測`. */
  value?: string;
  /** The unit under it (arc only). */
  unit?: string;
  /** Shorter forms (`123兆`), used where the full numbers would not fit at a readable size. */
  compact?: { start: readonly string[]; end: readonly string[]; value?: string };
}

/** Everything a gauge draws, in SVG user units. */
export interface GaugeLayout {
  variant: GaugeVariant;
  /** The box holding every drawn thing; use it as the SVG viewBox. */
  viewBox: Box;
  /** Path of the whole scale. */
  track: string;
  /** Path of the fill from the baseline to the current value; null when there is nothing to fill. */
  value: string | null;
  baseline: GaugeMark;
  target: GaugeMark;
  /** Labels of the two ends, one entry per line. */
  ends: GaugeText[];
  /** A dot on the track where the current value lies (clamped to the scale); null when not measured. */
  current: { x: number; y: number; r: number } | null;
  /** The current value in the middle of the dial (arc only). */
  center: GaugeText | null;
  /** Unit lines under the value (arc only). */
  unit: GaugeText[];
}

/** Sizes of the dial (arc variant), in SVG user units. */
export const ARC = {
  radius: 80,
  thickness: 16,
  markOverhang: 4,
  targetOverhang: 7,
  labelGap: 5,
  endGap: 8,
  sideRoom: 24,
  fontSize: 12,
  minValueFont: 12,
  maxValueFont: 28,
  maxWordFont: 18,
  unitFont: 11,
} as const;
/** Sizes of the bar variant. */
export const BAR = { width: 240, height: 12, markOverhang: 4, targetOverhang: 6, fontSize: 12 } as const;

/** Rounds to 1/100 and drops the sign of zero, so that no coordinate prints as `-0`. */
function round(value: number): number {
  return roundSigned(value) + 0;
}

/** Share of the font size above the baseline, and the whole line height, for text boxes. */
const ASCENT = 0.9;
const LINE = 1.25;
/** Space kept between neighbouring texts. */
const GAP = 3;

function textAt(text: string, x: number, y: number, anchor: GaugeText['anchor'], fontSize: number): GaugeText {
  const width = round(measureText(text, fontSize));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { text, x: round(x), y: round(y), anchor, fontSize, box: { x: round(left), y: round(y - fontSize * ASCENT), width, height: round(fontSize * LINE) } };
}

function moved(label: GaugeText, dy: number): GaugeText {
  return { ...label, y: round(label.y + dy), box: { ...label.box, y: round(label.box.y + dy) } };
}

/** Lifts a label one line at a time until it clears every placed box (at most a few lines). */
function clear(label: GaugeText, placed: readonly Box[]): GaugeText {
  let result = label;
  for (let step = 0; step < 6 && placed.some((box) => overlaps(result.box, box, GAP)); step++) {
    result = moved(result, -label.fontSize * LINE);
  }
  return result;
}

/** The smallest font size end labels shrink to before they give up sitting side by side. */
const MIN_END_FONT = 8;
/** Below this size, end labels switch to the short forms of their numbers when there are any. */
const READABLE_END_FONT = 10;

/** The widest of some lines at a font size, from their widths in thousandths of an em (as measureText gives them). */
function widest(millis: readonly number[], size: number): number {
  let widest = 0;
  for (const milli of millis) widest = Math.max(widest, milliToPx(milli, size));
  return widest;
}

function endLabelsOf(start: readonly string[], end: readonly string[], left: number, span: number, top: number, fontSize: number): { labels: GaugeText[]; cramped: boolean } {
  const startLine = start.filter(Boolean).join(' ');
  const endLine = end.filter(Boolean).join(' ');
  // Each line is measured once; the sizes tried below only scale it.
  const fits = (a: readonly number[], b: readonly number[], size: number): boolean => widest(a, size) + widest(b, size) + GAP * 2 <= span;
  const oneLine = fits([measureMilli(startLine)], [measureMilli(endLine)], fontSize);
  const startLines = oneLine ? [startLine] : start.filter(Boolean);
  const endLines = oneLine ? [endLine] : end.filter(Boolean);
  const startMillis = startLines.map((text) => measureMilli(text));
  const endMillis = endLines.map((text) => measureMilli(text));
  let size = fontSize;
  while (size > MIN_END_FONT && !fits(startMillis, endMillis, size)) size -= 0.5;
  const endOffset = fits(startMillis, endMillis, size) ? 0 : startLines.length;
  const baseline = top + size * ASCENT;
  const labels = [
    ...startLines.map((text, i) => textAt(text, left, baseline + i * size * LINE, 'start', size)),
    ...endLines.map((text, i) => textAt(text, left + span, baseline + (i + endOffset) * size * LINE, 'end', size)),
  ].filter((label) => label.text !== '');
  return { labels, cramped: size < READABLE_END_FONT || endOffset > 0 };
}

/**
 * The two end labels, each on one line when they fit side by side within `span` (from `left`),
 * else each stacked into its lines; lines still too wide are set smaller (or in their short
 * forms), and as a last resort the right label goes below the left one.
 */
function endLabels(texts: GaugeTexts, left: number, span: number, top: number, fontSize: number): GaugeText[] {
  const full = endLabelsOf(texts.start, texts.end, left, span, top, fontSize);
  if (!full.cramped || !texts.compact) return full.labels;
  return endLabelsOf(texts.compact.start, texts.compact.end, left, span, top, fontSize).labels;
}

function boxOfMark(mark: Pick<GaugeMark, 'x1' | 'y1' | 'x2' | 'y2'>): Box {
  return { x: Math.min(mark.x1, mark.x2), y: Math.min(mark.y1, mark.y2), width: Math.abs(mark.x2 - mark.x1), height: Math.abs(mark.y2 - mark.y1) };
}

function viewBoxOf(boxes: Box[]): Box {
  const all = union(boxes);
  const pad = 2;
  return { x: round(all.x - pad), y: round(all.y - pad), width: round(all.width + pad * 2), height: round(all.height + pad * 2) };
}

/** Angle of a position on the dial: 0 at the left end (−π/2), 1 at the right end (π/2). */
export function dialAngle(at: number): number {
  return -Math.PI / 2 + Math.min(1, Math.max(0, at)) * Math.PI;
}

/** The dial's band, one generator for every gauge (each sector sets both its angles). */
let band: ReturnType<typeof arc<null>> | undefined;
/** The whole dial's track, the same path for every gauge. */
let arcTrack: string | undefined;

function sector(from: number, to: number): string {
  band ??= arc<null>()
    .innerRadius(ARC.radius - ARC.thickness)
    .outerRadius(ARC.radius)
    .digits(2);
  return band.startAngle(dialAngle(from)).endAngle(dialAngle(to))(null) ?? '';
}

function layoutArc(scale: GaugeScale, texts: GaugeTexts): GaugeLayout {
  const outer = ARC.radius;
  const inner = ARC.radius - ARC.thickness;
  const track = (arcTrack ??= sector(0, 1));
  const from = scale.current === null ? null : Math.min(scale.baseline, scale.current);
  const to = scale.current === null ? null : Math.max(scale.baseline, scale.current);
  const value = from !== null && to !== null && to > from ? sector(from, to) : null;

  const ends = endLabels(texts, -outer, outer * 2, ARC.endGap, ARC.fontSize);

  // The value and its unit sit in the half-disc inside the band, unit lines at the bottom.
  const room = inner - 6;
  const chordAt = (y: number): number => 2 * Math.sqrt(Math.max(0, room * room - y * y));
  const unitLines = texts.unit ? wrapText(texts.unit, { maxWidth: chordAt(ARC.unitFont * 2 * LINE), fontSize: ARC.unitFont, maxLines: 2 }).lines : [];
  const unit = unitLines.map((text, i) => textAt(text, 0, -4 - (unitLines.length - 1 - i) * ARC.unitFont * LINE, 'middle', ARC.unitFont));
  // The value's box ends GAP above the unit's (or near the diameter when there is no unit).
  const valueBottom = (unit[0]?.box.y ?? 0) - GAP;
  const baselineFor = (size: number): number => valueBottom - size * (LINE - ASCENT);
  const fitted = (value: string): GaugeText => {
    let size: number = texts.valueIsWord ? ARC.maxWordFont : ARC.maxValueFont;
    const milli = measureMilli(value);
    while (size > ARC.minValueFont && milliToPx(milli, size) > chordAt(baselineFor(size) - size * ASCENT)) size -= 1;
    return textAt(value, 0, baselineFor(size), 'middle', size);
  };
  const fits = (label: GaugeText): boolean => label.box.width <= chordAt(label.box.y);
  let center: GaugeText | null = null;
  if (texts.value) {
    center = fitted(texts.value);
    if (!fits(center) && texts.compact?.value) center = fitted(texts.compact.value);
  }

  const placed: Box[] = [...ends.map((l) => l.box), ...unit.map((l) => l.box), ...(center ? [center.box] : [])];
  const mark = (at: number, overhang: number, text: string | null): GaugeMark => {
    const angle = dialAngle(at);
    const a = polar(0, 0, inner - overhang, angle);
    const b = polar(0, 0, outer + overhang, angle);
    let label: GaugeText | null = null;
    if (text) {
      const p = polar(0, 0, outer + overhang + ARC.labelGap, angle);
      const side = Math.sin(angle);
      const anchor = side < -0.35 ? 'end' : side > 0.35 ? 'start' : 'middle';
      const y = anchor === 'middle' ? p.y - 2 : p.y + ARC.fontSize * 0.35;
      label = clear(textAt(text, p.x, y, anchor, ARC.fontSize), placed);
      placed.push(label.box);
    }
    return { at, x1: round(a.x), y1: round(a.y), x2: round(b.x), y2: round(b.y), label };
  };
  // The target is placed first: when the two labels would collide, the baseline's gives way.
  const target = mark(scale.target, ARC.targetOverhang, texts.target);
  const baseline = mark(scale.baseline, ARC.markOverhang, texts.baseline);

  // Every dial reserves room for mark labels beside the ring: drawn at one width, dials in a grid share one scale.
  const reserveSide = outer + ARC.sideRoom;
  const reserved: Box = { x: -reserveSide, y: -outer, width: reserveSide * 2, height: outer + ARC.endGap + ARC.fontSize * LINE };
  const boxes: Box[] = [reserved, boxOfMark(target), boxOfMark(baseline), ...placed];
  const dot = scale.current === null ? null : polar(0, 0, outer - ARC.thickness / 2, dialAngle(scale.current));
  const current = dot ? { x: round(dot.x), y: round(dot.y), r: ARC.thickness / 2 - 2 } : null;
  return { variant: 'arc', viewBox: viewBoxOf(boxes), track, value, baseline, target, current, ends, center, unit };
}

function rectPath(x0: number, x1: number, y: number, height: number): string {
  const left = round(Math.min(x0, x1));
  const right = round(Math.max(x0, x1));
  return `M${left},${round(y)}H${right}V${round(y + height)}H${left}Z`;
}

function layoutBar(scale: GaugeScale, texts: GaugeTexts): GaugeLayout {
  const { width, height } = BAR;
  const xAt = (at: number): number => round(Math.min(1, Math.max(0, at)) * width);
  const track = rectPath(0, width, 0, height);
  const value = scale.current === null || xAt(scale.current) === xAt(scale.baseline) ? null : rectPath(xAt(scale.baseline), xAt(scale.current), 0, height);
  const ends = endLabels(texts, 0, width, height + BAR.targetOverhang + 2, BAR.fontSize);
  const placed: Box[] = ends.map((l) => l.box);
  const mark = (at: number, overhang: number, text: string | null): GaugeMark => {
    const x = xAt(at);
    let label: GaugeText | null = null;
    if (text) {
      const w = measureText(text, BAR.fontSize);
      const anchor = x - w / 2 < 0 ? 'start' : x + w / 2 > width ? 'end' : 'middle';
      label = clear(textAt(text, anchor === 'start' ? 0 : anchor === 'end' ? width : x, -overhang - 3, anchor, BAR.fontSize), placed);
      placed.push(label.box);
    }
    return { at, x1: x, y1: -overhang, x2: x, y2: height + overhang, label };
  };
  const target = mark(scale.target, BAR.targetOverhang, texts.target);
  const baseline = mark(scale.baseline, BAR.markOverhang, texts.baseline);
  const current = scale.current === null ? null : { x: xAt(scale.current), y: height / 2, r: height / 2 - 1 };
  const boxes: Box[] = [{ x: 0, y: 0, width, height }, boxOfMark(target), boxOfMark(baseline), ...placed];
  // A dot at either end reaches past the bar: the viewBox holds it, so that an exported SVG does not cut it.
  if (current) boxes.push({ x: current.x - current.r, y: current.y - current.r, width: current.r * 2, height: current.r * 2 });
  return { variant: 'bar', viewBox: viewBoxOf(boxes), track, value, baseline, target, current, ends, center: null, unit: [] };
}

/**
 * Lays out a gauge: the track, the fill from the baseline mark to the current value, the
 * baseline and target marks with their labels, and the end labels (plus, on the dial, the
 * current value and unit in the middle). Pure numbers: no DOM.
 */
export function layoutGauge(scale: GaugeScale, texts: GaugeTexts, variant: GaugeVariant = 'arc'): GaugeLayout {
  return variant === 'bar' ? layoutBar(scale, texts) : layoutArc(scale, texts);
}

/** One point of a sparkline. */
export interface SparklinePoint {
  value: number;
  year?: number;
}

/** A small line of a history of values. */
export interface SparklineLayout {
  width: number;
  height: number;
  path: string;
  /** Where each value is drawn, in order. */
  points: { x: number; y: number }[];
}

/**
 * A sparkline of values, oldest first, spaced by fiscal year when every point has one (else
 * evenly) and scaled to their own range. Fewer than two points give null: there is no line.
 */
export function layoutSparkline(values: readonly SparklinePoint[], width = 96, height = 28): SparklineLayout | null {
  if (values.length < 2) return null;
  const pad = 3;
  const years = values.map((v) => v.year);
  const byYear = years.every((y): y is number => y !== undefined) && Math.max(...(years as number[])) > Math.min(...(years as number[]));
  const firstYear = byYear ? Math.min(...(years as number[])) : 0;
  const lastYear = byYear ? Math.max(...(years as number[])) : 0;
  const low = Math.min(...values.map((v) => v.value));
  const high = Math.max(...values.map((v) => v.value));
  const points = values.map((v, i) => ({
    x: round(pad + (width - pad * 2) * (byYear ? ((v.year ?? firstYear) - firstYear) / (lastYear - firstYear) : i / (values.length - 1))),
    y: round(high === low ? height / 2 : pad + (height - pad * 2) * (1 - shareOf(v.value, low, high))),
  }));
  const path =
    line<{ x: number; y: number }>()
      .x((p) => p.x)
      .y((p) => p.y)
      .digits(2)(points) ?? '';
  return { width, height, path, points };
}
