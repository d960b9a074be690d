/**
 * A gauge as scene items (src/scene/types.ts): the dial or bar, the grade's shape, the sparkline
 * and, for files, the whole card around them (name, grade, progress, facts, trend). Pure: the
 * element's DOM (./dom.ts) and the SVG file are both drawn from these items. Paints are the
 * gauge theme's tokens (src/theme/gauge.ts); a grade's own `color` from the plan is a literal.
 */
import type { Paint, Scene, SceneGroup, SceneItem, SceneText } from '../../scene/types.js';
import type { GradeTone, ResolvedGrade } from '../../progress/index.js';
import { measureText, wrapText } from '../../text/index.js';
import { localize } from '../../schema/messages.js';
import { gaugeMessages } from './messages.js';
import type { GaugeDescription } from './describe.js';
import type { GaugeLayout, GaugeText, SparklineLayout } from './layout.js';
import type { GaugeView } from './view.js';

/** The colour a grade is drawn in: the plan's own, else its tone's token. */
export function gradePaint(grade: Pick<ResolvedGrade, 'tone' | 'color'>): Paint {
  return (grade.color as Paint | undefined) ?? `--plan-gauge-grade-${grade.tone}-color`;
}

/** The text of a grade as drawn: its symbol (◎) before its name when the evaluation gives one. */
export function gradeText(grade: Pick<ResolvedGrade, 'label' | 'symbol'>, label = grade.label): string {
  return grade.symbol ? `${grade.symbol} ${label}` : label;
}

const LABEL: Paint = '--plan-gauge-label-color';
/** Text in the page's colour on screen (currentColor); in a file, the theme's. */
const TEXT: Paint = '--_text';

function line(label: GaugeText, part: string, fill: Paint, bold?: boolean): SceneText {
  const text: SceneText = { type: 'text', part, fill, fontSize: label.fontSize, anchor: label.anchor, lines: [{ text: label.text, x: label.x, y: label.y }] };
  if (bold) text.bold = true;
  return text;
}

/**
 * The dial or bar: track, fill, baseline and target marks with their labels, the current
 * value's dot, the end labels and (dial) the value and unit in the middle. `part` of each item
 * is the class (and, for track/value/current/baseline/target, the CSS part) the DOM gives it.
 */
export function scaleItems(layout: GaugeLayout, grade: Pick<ResolvedGrade, 'tone' | 'color'>, measured: boolean): SceneItem[] {
  const color = gradePaint(grade);
  const { baseline, target } = layout;
  const items: SceneItem[] = [{ type: 'path', part: 'track', d: layout.track, fill: '--plan-gauge-track-color', stroke: '--plan-gauge-track-border-color', strokeWidth: 0.75 }];
  if (layout.value !== null) items.push({ type: 'path', part: 'value', d: layout.value, fill: color });
  const baselineGroup: SceneGroup = {
    type: 'group',
    part: 'baseline mark',
    children: [{ type: 'line', x1: baseline.x1, y1: baseline.y1, x2: baseline.x2, y2: baseline.y2, stroke: '--plan-gauge-baseline-color', strokeWidth: 2, dash: [3, 2] }],
  };
  if (baseline.label) baselineGroup.children.push(line(baseline.label, 'mark-label', LABEL));
  const targetGroup: SceneGroup = {
    type: 'group',
    part: 'target mark',
    children: [{ type: 'line', x1: target.x1, y1: target.y1, x2: target.x2, y2: target.y2, stroke: '--plan-gauge-target-color', strokeWidth: 3 }],
  };
  if (target.label) targetGroup.children.push(line(target.label, 'mark-label', '--plan-gauge-target-color', true));
  items.push(baselineGroup, targetGroup);
  if (layout.current !== null)
    items.push({
      type: 'circle',
      part: 'current',
      cx: layout.current.x,
      cy: layout.current.y,
      r: layout.current.r,
      fill: color,
      stroke: '--plan-gauge-current-ring-color',
      strokeWidth: 2,
    });
  for (const label of layout.ends) items.push(line(label, 'end-label', LABEL));
  if (layout.center) items.push(measured ? line(layout.center, 'center-value', TEXT, true) : line(layout.center, 'center-value empty', '--plan-gauge-grade-not-measured-color'));
  for (const label of layout.unit) items.push(line(label, 'center-unit', LABEL));
  return items;
}

/** The history's line, its points and the last point in the grade's colour. */
export function sparklineItems(spark: SparklineLayout, grade: Pick<ResolvedGrade, 'tone' | 'color'>): SceneItem[] {
  const items: SceneItem[] = [{ type: 'path', part: 'spark-line', d: spark.path, fill: 'none', stroke: LABEL, strokeWidth: 1.25, lineJoin: 'round' }];
  for (const p of spark.points) items.push({ type: 'circle', part: 'spark-point', cx: p.x, cy: p.y, r: 1.6, fill: LABEL });
  const last = spark.points[spark.points.length - 1];
  if (last)
    items.push({ type: 'circle', part: 'spark-last', cx: last.x, cy: last.y, r: 2.6, fill: gradePaint(grade), stroke: '--plan-gauge-current-ring-color', strokeWidth: 0.75 });
  return items;
}

/** Grade shapes in a 12 × 12 box, so that a grade never rests on colour alone. */
export const GRADE_SHAPES: Record<GradeTone, string> = {
  achieved: 'M6,0.5A5.5,5.5 0 1 1 6,11.5A5.5,5.5 0 1 1 6,0.5Z',
  'on-track': 'M6,0.5L11.5,6L6,11.5L0.5,6Z',
  behind: 'M6,1L11.5,11H0.5Z',
  worsened: 'M0.5,1H11.5L6,11Z',
  'not-measured': 'M6,1.5A4.5,4.5 0 1 1 6,10.5A4.5,4.5 0 1 1 6,1.5Z',
};

/** A grade's shape in its 12 × 12 box: filled with its colour (hollow and dashed when not measured), a check mark when achieved. */
export function gradeShapeItems(grade: Pick<ResolvedGrade, 'tone' | 'color'>): SceneItem[] {
  const color = gradePaint(grade);
  const hollow = grade.tone === 'not-measured';
  const shape: SceneItem = { type: 'path', part: `shape-fill tone-${grade.tone}`, d: GRADE_SHAPES[grade.tone], fill: hollow ? 'none' : color, stroke: color };
  if (hollow) {
    shape.strokeWidth = 1.5;
    if (!grade.color) shape.dash = [2, 1.5];
  }
  const items: SceneItem[] = [shape];
  if (grade.tone === 'achieved')
    items.push({ type: 'path', part: 'check', d: 'M3.4,6.2L5.2,8L8.7,4.3', fill: 'none', stroke: '--_check', strokeWidth: 1.6, lineCap: 'round', lineJoin: 'round' });
  return items;
}

// ---------------------------------------------------------------------------
// The card of a file: the same content as the card on screen, set as SVG text.

const PAD = 12;
const NAME_FONT = 14;
const TEXT_FONT = 12;
const GRADE_FONT = 13;
const LINE = 1.45;
/** Share of the font size above the baseline, for text set from its top. */
const ASCENT = 0.88;
/** Baseline of a line whose middle (of its capital height) sits at `middle`. */
const middleBaseline = (middle: number, size: number): number => middle + size * 0.36;

function round(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}

function textAt(
  text: string,
  x: number,
  y: number,
  fontSize: number,
  fill: Paint,
  options: { bold?: boolean; anchor?: 'start' | 'middle' | 'end'; lang?: string | undefined; part?: string } = {},
): SceneText {
  const item: SceneText = { type: 'text', fill, fontSize, lines: [{ text, x: round(x), y: round(y) }] };
  if (options.bold) item.bold = true;
  if (options.anchor && options.anchor !== 'start') item.anchor = options.anchor;
  if (options.lang) item.lang = options.lang;
  if (options.part) item.part = options.part;
  return item;
}

/** A drawing of its own size placed at x, y and scaled: children in their own units, moved so that their box starts at 0, 0. */
function placed(children: SceneItem[], box: { x: number; y: number }, x: number, y: number, scale = 1): SceneGroup {
  const inner: SceneGroup = { type: 'group', children };
  if (box.x) inner.x = round(-box.x);
  if (box.y) inner.y = round(-box.y);
  const outer: SceneGroup = { type: 'group', x: round(x), y: round(y), children: [inner] };
  if (scale !== 1) outer.scale = round(scale * 10000) / 10000;
  return outer;
}

/** One indicator's card for a file, `width` wide: its items (from 0, 0) and its height. */
export interface GaugeCard {
  key: string;
  width: number;
  height: number;
  items: SceneItem[];
  /** The sentence a screen reader gets for the gauge: the card's text alternative. */
  label: string;
}

/**
 * Lays out one indicator's card at `width`: the name (wrapped, up to four lines), the dial or
 * bar (scaled down when the card is narrower), the grade in a pill of its colour (symbol, shape
 * and name) with the progress beside it (below when there is no room), the facts, the trend.
 */
export function gaugeCard(view: GaugeView, width: number, lang: string): GaugeCard {
  const { description, layout, progress } = view;
  const grade = progress.grade;
  const inner = width - PAD * 2;
  const items: SceneItem[] = [];
  let y = PAD;

  const nameLang = description.nameLang && description.nameLang !== lang ? description.nameLang : undefined;
  const name = wrapText(description.name, { maxWidth: inner, fontSize: NAME_FONT, bold: true, maxLines: 4, lang: nameLang ?? lang }).lines;
  const nameItem: SceneText = {
    type: 'text',
    part: 'label',
    fill: TEXT,
    fontSize: NAME_FONT,
    bold: true,
    lines: name.map((text, i) => ({ text, x: PAD, y: round(y + NAME_FONT * ASCENT + i * NAME_FONT * LINE) })),
  };
  if (nameLang) nameItem.lang = nameLang;
  nameItem.box = { x: PAD, y, width: inner, height: round(name.length * NAME_FONT * LINE) };
  items.push(nameItem);
  y += name.length * NAME_FONT * LINE + 6;

  const bar = layout.variant === 'bar';
  const box = layout.viewBox;
  const factor = box.width > inner ? inner / box.width : 1;
  const top = y;
  items.push(placed(scaleItems(layout, grade, progress.measured), box, bar ? PAD : PAD + (inner - box.width * factor) / 2, y, factor));
  y += box.height * factor + 6;

  // The grade: a pill of its colour with its shape and text, the progress beside it; in a wide
  // bar card, beside the bar, as on screen.
  const label = gradeText(grade, description.grade);
  const pill = 6 + 12 + 4 + measureText(label, GRADE_FONT, true) + 8;
  const progressWidth = description.progress !== null ? measureText(description.progress, GRADE_FONT) : 0;
  const together = pill + (description.progress !== null ? 10 + progressWidth : 0);
  const besideBar = bar && box.width * factor + 16 + together <= inner;
  const besides = description.progress === null || together <= inner;
  const total = besides ? together : pill;
  const x = besideBar ? PAD + box.width * factor + 16 : bar ? PAD : PAD + Math.max(0, (inner - total) / 2);
  let pillTop = y;
  if (besideBar) {
    pillTop = top + Math.max(0, (box.height * factor - 22) / 2);
    y = Math.max(y, pillTop + 22 + 6);
  }
  const color = gradePaint(grade);
  items.push({
    type: 'group',
    part: 'grade',
    key: grade.key,
    children: [
      { type: 'rect', x: round(x), y: round(pillTop), width: round(pill), height: 22, r: 11, fill: 'none', stroke: color, strokeWidth: 1.5 },
      placed(gradeShapeItems(grade), { x: 0, y: 0 }, x + 6, pillTop + 5),
      textAt(label, x + 6 + 12 + 4, middleBaseline(pillTop + 11, GRADE_FONT), GRADE_FONT, TEXT, { bold: true }),
    ],
  });
  if (!besideBar) y += 22 + 8;
  if (description.progress !== null) {
    if (besides) items.push(textAt(description.progress, x + pill + 10, middleBaseline(pillTop + 11, GRADE_FONT), GRADE_FONT, TEXT, { part: 'progress' }));
    else {
      items.push(textAt(description.progress, bar ? PAD : PAD + Math.max(0, (inner - progressWidth) / 2), y + GRADE_FONT * ASCENT, GRADE_FONT, TEXT, { part: 'progress' }));
      y += GRADE_FONT * LINE + 4;
    }
  }

  const flowWidth = (fact: GaugeDescription['facts'][number]): number => measureText(fact.term, TEXT_FONT) + 6 + measureText(`${fact.value}${fact.detail}`, TEXT_FONT);
  if (bar && inner >= 480 && description.facts.every((fact) => flowWidth(fact) <= inner)) {
    // Facts of a wide bar card flow in a row, as on screen: 現状値 29.5%（令和5年度）  基準値 …
    let fx = PAD;
    let row = 0;
    for (const fact of description.facts) {
      const value = `${fact.value}${fact.detail}`;
      const termWidth = measureText(fact.term, TEXT_FONT);
      const itemWidth = flowWidth(fact);
      if (fx > PAD && fx + itemWidth > PAD + inner) {
        fx = PAD;
        row++;
      }
      const baseline = y + TEXT_FONT * ASCENT + row * TEXT_FONT * LINE;
      items.push(textAt(fact.term, fx, baseline, TEXT_FONT, LABEL), textAt(value, fx + termWidth + 6, baseline, TEXT_FONT, TEXT));
      fx += itemWidth + 20;
    }
    y += (row + 1) * TEXT_FONT * LINE;
  } else {
    // Facts: the term, then its value and detail wrapped beside it.
    const termWidth = Math.max(0, ...description.facts.map((fact) => measureText(fact.term, TEXT_FONT)));
    for (const fact of description.facts) {
      const lines = wrapText(`${fact.value}${fact.detail}`, { maxWidth: Math.max(40, inner - termWidth - 8), fontSize: TEXT_FONT, lang }).lines;
      items.push(textAt(fact.term, PAD, y + TEXT_FONT * ASCENT, TEXT_FONT, LABEL));
      if (lines.length > 0)
        items.push({
          type: 'text',
          fill: TEXT,
          fontSize: TEXT_FONT,
          lines: lines.map((text, i) => ({ text, x: round(PAD + termWidth + 8), y: round(y + TEXT_FONT * ASCENT + i * TEXT_FONT * LINE) })),
        });
      y += Math.max(1, lines.length) * TEXT_FONT * LINE;
    }
  }

  // Trend: its word and the sparkline.
  const spark = view.sparkline;
  if (spark) {
    y += 4;
    const word = localize(gaugeMessages.trend, view.lang);
    items.push(textAt(word, PAD, middleBaseline(y + spark.height / 2, TEXT_FONT), TEXT_FONT, LABEL));
    items.push(placed(sparklineItems(spark, grade), { x: 0, y: 0 }, PAD + measureText(word, TEXT_FONT) + 8, y));
    y += spark.height;
  }
  y += PAD;
  return { key: progress.indicator.id, width, height: round(y), items, label: description.sentence };
}

/** The frame drawn around a card in a file. */
export function cardFrame(width: number, height: number): SceneItem {
  return { type: 'rect', part: 'cell', x: 0.5, y: 0.5, width: round(width - 1), height: round(height - 1), r: 8, fill: 'none', stroke: '--_cell-border', strokeWidth: 1 };
}

/** Default card widths of one gauge in a file. */
export const CARD_WIDTH = { arc: 240, bar: 320 } as const;

/** One indicator's gauge as a whole figure (a card with no frame), for `<plan-gauge>`'s file. */
export function sceneOfGauge(view: GaugeView, options: { title: string; lang: string; width?: number }): Scene {
  const card = gaugeCard(view, options.width ?? CARD_WIDTH[view.layout.variant], options.lang);
  return {
    theme: 'plan-gauge',
    width: card.width,
    height: card.height,
    lang: options.lang,
    title: options.title,
    description: card.label,
    background: '--_background',
    items: [{ type: 'group', key: card.key, part: 'gauge', label: card.label, children: card.items }],
  };
}
