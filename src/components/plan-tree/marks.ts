/**
 * What a node shows under its text besides the text: its SDGs as numbered squares, and the
 * roll-up of the grades of the indicators under it as a small stacked bar with the count of each
 * grade; and the legend of the SDGs the plan names. Plain scene items (pure, no DOM): the layout
 * reserves their height and places them, every renderer draws them.
 *
 * The roll-up sits on a panel in the background colour, so that the grades' colours (which meet
 * 4.5:1 on the background) read the same on a goal's colour, a tint or the vision. Each grade's
 * swatch carries its tone as a class (`tone-achieved` …), which the element's stylesheet paints;
 * a grade with its own colour in the plan gets it as a literal paint.
 */
import { formatNumber } from '../../progress/format.js';
import { rollupSegments, type GradeRollup } from '../../progress/rollup.js';
import type { ResolvedGrade } from '../../progress/progress.js';
import type { Paint, SceneGroup, SceneItem, SceneRect } from '../../scene/types.js';
import { describeSdgs, sdgMarks, sdgName } from '../../sdgs/index.js';
import { measureText, wrapText } from '../../text/index.js';

const FONT = 11;
const ROW = 15;
const BAR = 6;
const PAD = 4;
const SWATCH = 9;
/** An SDG square on a node, and in the legend. */
const SQUARE = 16;
const LEGEND_FONT = 12;

/** A grade's swatch or bar segment: in its colour; 未計測 hollow and dashed, as the gauges draw it. */
function swatch(grade: ResolvedGrade, x: number, y: number, width: number, height: number): SceneRect {
  if (grade.tone === 'not-measured')
    return { type: 'rect', x, y, width, height, fill: '--plan-tree-background', stroke: '--_grade-not-measured', strokeWidth: 1, dash: [2, 1.5], part: 'tone-not-measured' };
  const rect: SceneRect = { type: 'rect', x, y, width, height, fill: (grade.color as Paint | undefined) ?? `--_grade-${grade.tone}` };
  if (!grade.color) rect.part = `tone-${grade.tone}`;
  return rect;
}

/**
 * The roll-up of one node, `width` wide, its top at `y`: the stacked bar of all its indicators
 * (none when none is measured: that is not 0%), then each grade that occurs with its symbol, or
 * its name, and count (「◎ 1」「未計測 2」), flowing onto more rows when the width runs out.
 */
export function rollupMarks(rollup: GradeRollup, width: number, y: number, lang: string): { item: SceneGroup; height: number } {
  const inner = width - 2 * PAD;
  const children: SceneItem[] = [];
  let top = PAD;
  if (rollup.measured > 0) {
    // A hairline of the panel between segments: neighbours are told apart without their colours.
    for (const s of rollupSegments(rollup)) children.push(swatch(s.grade, PAD + s.x * inner, top, Math.max(1, s.width * inner - (s.x + s.width < 0.999 ? 1 : 0)), BAR));
    top += BAR + 2;
  }
  let x = PAD;
  let row = 0;
  for (const { grade, count } of rollup.counts) {
    if (count === 0) continue;
    const text = `${grade.symbol || grade.label} ${formatNumber(count, lang)}`;
    // A grade's name longer than the panel (it is the plan's text) wraps on rows of its own.
    const room = width - 2 * PAD - SWATCH - 3;
    const lines = wrapText(text, { maxWidth: room, fontSize: FONT, lang }).lines;
    const w = SWATCH + 3 + (lines.length > 1 ? room : measureText(text, FONT));
    if (x > PAD && x + w > width - PAD) ((x = PAD), row++);
    const rowTop = top + row * ROW;
    children.push(swatch(grade, x, rowTop + 3, SWATCH, SWATCH), {
      type: 'text',
      fontSize: FONT,
      fill: '--plan-tree-text-color',
      lines: lines.map((line, i) => ({ text: line, x: x + SWATCH + 3, y: rowTop + 11.5 + i * ROW })),
    });
    x += w + 8;
    if (lines.length > 1) ((x = width), (row += lines.length - 1));
  }
  const height = top + (row + 1) * ROW + 2;
  children.unshift({ type: 'rect', x: 0, y: 0, width, height, r: 3, fill: '--plan-tree-background', stroke: '--plan-tree-link-color', strokeWidth: 0.75, part: 'panel' });
  return { item: { type: 'group', y, part: 'rollup', children }, height };
}

/** A node's SDG squares (a row that wraps within `width`) and roll-up, one below the other, from y = 0; undefined when it has neither. */
export function nodeMarks(item: { sdgs: readonly number[]; rollup: GradeRollup | undefined }, width: number, lang: string): { items: SceneItem[]; height: number } | undefined {
  const items: SceneItem[] = [];
  let height = 0;
  if (item.sdgs.length > 0) {
    const squares = sdgMarks(item.sdgs, 0, 0, SQUARE, Math.max(1, Math.floor((width + 2) / (SQUARE + 2))));
    items.push({ type: 'group', part: 'sdgs', label: describeSdgs(item.sdgs, lang), children: squares.items });
    height = squares.height + 4;
  }
  if (item.rollup) {
    const rollup = rollupMarks(item.rollup, width, height, lang);
    items.push(rollup.item);
    height += rollup.height;
  } else if (height > 0) height -= 4;
  return items.length > 0 ? { items, height } : undefined;
}

/**
 * The legend of the SDGs: 「SDGs」 then each goal's square and short name, flowing within
 * `width` from (x, y); its text alternative names every goal.
 */
export function sdgLegend(goals: readonly number[], x: number, y: number, width: number, lang: string): { item: SceneGroup; height: number } {
  const heading = 'SDGs';
  const children: SceneItem[] = [{ type: 'text', fontSize: LEGEND_FONT, bold: true, fill: '--plan-tree-text-color', lines: [{ text: heading, x, y: y + 12.5 }] }];
  const left = x + measureText(heading, LEGEND_FONT, true) + 10;
  let cx = left;
  let row = 0;
  const names: string[] = [];
  for (const goal of goals) {
    const name = sdgName(goal, lang);
    names.push(`${lang.startsWith('ja') ? '目標' : 'Goal '}${goal} ${name}`);
    const w = SQUARE + 4 + measureText(name, LEGEND_FONT);
    if (cx > left && cx + w > x + width) ((cx = left), row++);
    const top = y + row * (SQUARE + 6);
    children.push(...sdgMarks([goal], cx, top, SQUARE).items, {
      type: 'text',
      fontSize: LEGEND_FONT,
      fill: '--plan-tree-text-color',
      lines: [{ text: name, x: cx + SQUARE + 4, y: top + 12.5 }],
    });
    cx += w + 14;
  }
  return { item: { type: 'group', part: 'legend sdgs', label: `SDGs: ${names.join(lang.startsWith('ja') ? '、' : ', ')}`, children }, height: (row + 1) * (SQUARE + 6) - 6 };
}
