/**
 * Layout of the 体系図 (vision → goals → measures → …): plain numbers, no DOM.
 *
 * `planItems` turns a plan into the tree a reader walks (names, ARIA positions, what is
 * collapsed); `layoutTree` sizes every box to its wrapped text and places boxes, connectors,
 * group brackets and column headings. The element draws the result; a Node exporter can draw
 * the same numbers.
 */
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import { round, type Box } from '../../geometry/index.js';
import { localize, ui } from '../../schema/messages.js';
import { resolveText, resolveTextLang } from '../../schema/text.js';
import type { PlanDocument, PlanNode, Text } from '../../schema/types.js';
import { measureText, prepareWrap } from '../../text/index.js';
import { wrapLines, type MeasuredLines } from '../../text/wrap.js';
import type { SceneGroup } from '../../scene/types.js';
import { sdgLegendGoals } from '../../sdgs/index.js';
import { nodeMarks, sdgLegend } from './marks.js';

/** How many goal colours the palette has before it repeats. */
export const GOAL_COLORS = 6;

export { VISION_ID, branchPath, planItems, visibleItems, type PlanItemsOptions, type TreeItem } from './items.js';
import { joinWords, planItems, visibleItems, type PlanItemsOptions, type TreeItem } from './items.js';

export type TreeOrientation = 'horizontal' | 'vertical';
export type VisionWriting = 'horizontal' | 'vertical';

// ---------------------------------------------------------------------------
// Geometry

export interface TreeLayoutOptions extends PlanItemsOptions {
  /** `horizontal`: levels left to right (the usual 体系図); `vertical`: top down, for portrait pages. */
  orientation?: TreeOrientation;
  /** Write the vision top to bottom (縦書き). */
  visionWriting?: VisionWriting;
  /** Lines of a title before it is cut with '…' (default 3; the vision gets at least 8). */
  maxLines?: number;
  /**
   * The width / height ratio of the frame the diagram is scaled to fit (a slide: 16 / 9).
   * Columns are then widened, so that titles take fewer lines, as far as that makes the text
   * larger once the diagram is scaled to the frame (horizontal orientation only).
   */
  aspect?: number;
}

/** One line of text, placed. */
export interface TextLine {
  text: string;
  /** Horizontal text: x of the anchor and y of the baseline. Vertical text: x of the column's centre and y of its top. */
  x: number;
  y: number;
  /** `start` or `middle` (horizontal text only). */
  anchor: 'start' | 'middle';
  fontSize: number;
  bold: boolean;
  vertical: boolean;
  /** What the line shows: the numbering (label) or the name (title). */
  kind: 'label' | 'title';
  /** The space the line takes (measured length × line height), for checks and hit tests. */
  box: Box;
}

/** A node's box and its text. */
export interface TreeNodeLayout {
  item: TreeItem;
  box: Box;
  lines: TextLine[];
  /** True when the title was cut to `maxLines` (the full text stays in the accessible name). */
  truncated: boolean;
  /** Centre of the expand/collapse control on the box's right edge (nodes with children only). */
  toggle: { x: number; y: number } | undefined;
  /** The SDG squares and grade roll-up under the text (marks.ts), in the box's coordinates (0,0 its top left corner). */
  marks: SceneGroup | undefined;
}

/** A connector from a parent to one child (through the child's group name, if it has one). */
export interface TreeLinkLayout {
  source: string;
  target: string;
  goalIndex: number;
  /** SVG path data. */
  path: string;
  /** The highest and lowest y the connector reaches. */
  top: number;
  bottom: number;
}

/** The name of a run of siblings that share a `group`, with the bracket that holds them. */
export interface GroupLayout {
  parentId: string;
  label: string;
  goalIndex: number;
  /** Ids of the siblings in the run. */
  members: string[];
  box: Box;
  lines: TextLine[];
  /** SVG path data of the bracket (horizontal orientation; empty in the vertical one). */
  bracket: string;
}

/** A column heading (基本理念, 基本目標, 施策 …) over the horizontal diagram. */
export interface HeaderLayout {
  depth: number;
  text: string;
  box: Box;
  lines: TextLine[];
  /** SVG path data of the rule under the heading. */
  rule: string;
}

export interface TreeLayout {
  orientation: TreeOrientation;
  viewBox: Box;
  /** Column headings from the plan's `levels` (horizontal orientation only). */
  headers: HeaderLayout[];
  /** In reading order, the vision first: `nodes[i].item.index === i`. */
  nodes: TreeNodeLayout[];
  links: TreeLinkLayout[];
  groups: GroupLayout[];
  /** The legend of the SDGs the nodes shown name, under the diagram (in the layout's coordinates). */
  legend: { box: Box; item: SceneGroup } | undefined;
}

/** Sizes in px; titles at 14 px are about 10.5 pt, as in the printed plans. */
const MARGIN = 12;
const PAD_X = 10;
const PAD_Y = 7;
/** Line height as a multiple of the font size; the font's ascent + descent (1.448 em) sits in its middle. */
const LINE = 1.5;
const BASELINE = (LINE - 1.448) / 2 + 1.16;
const LABEL_GAP = 2;

const FONT = {
  visionLabel: 13,
  vision: 17,
  goalLabel: 12,
  goal: 15,
  label: 12,
  title: 14,
  group: 12,
  header: 13,
  callout: 13,
} as const;

/** Range of the text width of each column (px). */
const VISION_WIDTH = [112, 176] as const;
const GOAL_WIDTH = [120, 190] as const;
const MEASURE_WIDTH = [140, 240] as const;
const DEEP_WIDTH = [130, 220] as const;
const GROUP_WIDTH = [44, 112] as const;
/** Length of a column of the vision in vertical writing. */
const VERTICAL_COLUMN = [180, 520] as const;
const GROUP_PAD_X = 6;
const GROUP_PAD_Y = 4;

const COLUMN_GAP = 44;
const LANE_GAP = 18;
const SIBLING_GAP = 8;
const GROUP_GAP = 18;
const COUSIN_GAP = 20;
const GOAL_GAP = 24;
const HEADER_GAP = 14;
/** Room left and right of a column's heading. */
const HEADER_PAD_X = 4;

/** Vertical orientation. */
const INDENT = 20;
const ROW_GAP = 8;
const TIER_GAP = 36;
const GOAL_COLUMN_GAP = 28;

/** A coordinate in path data: to 1/100 px. */
function coordinate(value: number): number {
  return Math.round(value * 100) / 100;
}

/** SVG path data of a polyline, to 1/100 px (what d3's `line().digits(2)` writes). */
function pathOf(points: readonly (readonly [number, number])[]): string {
  let d = '';
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i]!;
    d += `${i === 0 ? 'M' : 'L'}${coordinate(x)},${coordinate(y)}`;
  }
  return d;
}

function clamp(value: number, [min, max]: readonly [number, number]): number {
  return Math.min(max, Math.max(min, value));
}

/** A number safe for SVG and exact tests: finite, 1/100 px. */
function r(value: number): number {
  return Number.isFinite(value) ? round(value) : 0;
}

function box(x: number, y: number, width: number, height: number): Box {
  return { x: r(x), y: r(y), width: r(width), height: r(height) };
}

/** A line inside a block, relative to the block's top-left. */
interface BlockLine {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle';
  fontSize: number;
  bold: boolean;
  vertical: boolean;
  kind: 'label' | 'title';
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Block {
  lines: BlockLine[];
  width: number;
  height: number;
  truncated: boolean;
}

interface Piece {
  text: string;
  fontSize: number;
  bold: boolean;
  kind: 'label' | 'title';
  maxLines: number;
  lang: string | undefined;
  /** Even out the lines (centred text: the vision, group names). */
  balance?: boolean;
}

/**
 * Wrapping is the costly step, and the same text at the same width always wraps the same way:
 * a tree laid out again (a node opened or closed) reuses what the layout before it wrapped.
 * Two generations, the layout being made and the one before, so that the cache stays the size
 * of a plan. Keyed by the text itself, whose hash the string keeps, then by how it is set.
 */
interface WrapEntry {
  width: number;
  fontSize: number;
  bold: boolean;
  maxLines: number;
  balance: boolean;
  lang: string | undefined;
  wrapped: MeasuredLines;
}
let wrapCache = new Map<string, WrapEntry[]>();
let previousWraps = new Map<string, WrapEntry[]>();

/** Starts a layout's generation of wrapped texts. */
function beginWraps(): void {
  previousWraps = wrapCache;
  wrapCache = new Map();
}

function findWrap(entries: readonly WrapEntry[] | undefined, piece: Piece, width: number, balance: boolean): WrapEntry | undefined {
  if (entries) {
    for (const e of entries) {
      if (e.width === width && e.fontSize === piece.fontSize && e.bold === piece.bold && e.maxLines === piece.maxLines && e.balance === balance && e.lang === piece.lang) return e;
    }
  }
  return undefined;
}

function remember(entry: WrapEntry, text: string): void {
  const entries = wrapCache.get(text);
  if (entries) entries.push(entry);
  else wrapCache.set(text, [entry]);
}

/** Whether the text was wrapped this way by this layout or the one before. */
function wrappedBefore(piece: Piece, width: number): boolean {
  const balance = piece.balance === true;
  return findWrap(wrapCache.get(piece.text), piece, width, balance) !== undefined || findWrap(previousWraps.get(piece.text), piece, width, balance) !== undefined;
}

function wrap(piece: Piece, width: number): MeasuredLines {
  const balance = piece.balance === true;
  const current = findWrap(wrapCache.get(piece.text), piece, width, balance);
  if (current) return current.wrapped;
  const previous = findWrap(previousWraps.get(piece.text), piece, width, balance);
  if (previous) {
    remember(previous, piece.text);
    return previous.wrapped;
  }
  const wrapped = wrapLines(piece.text, { maxWidth: width, fontSize: piece.fontSize, maxLines: piece.maxLines, lang: piece.lang, bold: piece.bold, balance });
  remember({ width, fontSize: piece.fontSize, bold: piece.bold, maxLines: piece.maxLines, balance, lang: piece.lang, wrapped }, piece.text);
  return wrapped;
}

/**
 * Analyses, in a few batches, the texts of the nodes that will not fit on one line (finding
 * phrase boundaries costs little per text but much per call).
 */
function prepareBlocks(pieces: readonly (readonly Piece[] | undefined)[], widthOf: (index: number) => number): void {
  const byLang = new Map<string, string[]>();
  for (let i = 1; i < pieces.length; i++) {
    const width = widthOf(i);
    for (const piece of pieces[i] ?? []) {
      if (piece.text === '' || measureText(piece.text, piece.fontSize, piece.bold) <= width || wrappedBefore(piece, width)) continue;
      const lang = piece.lang || 'ja';
      const texts = byLang.get(lang);
      if (texts) texts.push(piece.text);
      else byLang.set(lang, [piece.text]);
    }
  }
  for (const [lang, texts] of byLang) prepareWrap(texts, lang);
}

/**
 * Wraps pieces of text (label, title) one below the other within `width`. Centred lines
 * are anchored at x = `width` / 2.
 */
function textBlock(pieces: readonly Piece[], width: number, anchor: 'start' | 'middle'): Block {
  const lines: BlockLine[] = [];
  let y = 0;
  let widest = 0;
  let truncated = false;
  for (const piece of pieces) {
    if (piece.text.trim() === '') continue;
    if (lines.length > 0) y += LABEL_GAP;
    const wrapped = wrap(piece, width);
    truncated ||= wrapped.truncated;
    const slot = piece.fontSize * LINE;
    for (let k = 0; k < wrapped.lines.length; k++) {
      const text = wrapped.lines[k]!;
      const measured = wrapped.widths[k]!;
      widest = Math.max(widest, measured);
      lines.push({
        text,
        x: 0,
        y: y + piece.fontSize * BASELINE,
        anchor,
        fontSize: piece.fontSize,
        bold: piece.bold,
        vertical: false,
        kind: piece.kind,
        left: anchor === 'middle' ? -measured / 2 : 0,
        top: y,
        width: measured,
        height: slot,
      });
      y += slot;
    }
  }
  if (lines.length === 0) y = FONT.title * LINE;
  const blockWidth = anchor === 'middle' ? Math.max(width, Math.ceil(widest)) : width;
  if (anchor === 'middle') for (const l of lines) ((l.x += blockWidth / 2), (l.left += blockWidth / 2));
  return { lines, width: anchor === 'middle' ? blockWidth : widest, height: y, truncated };
}

/** Vertical writing: columns `length` px long, right to left, under an optional horizontal label. */
function verticalBlock(label: Piece, title: Piece, length: number): Block {
  const lines: BlockLine[] = [];
  let top = 0;
  let width = 0;
  if (label.text.trim() !== '') {
    const head = textBlock([label], Math.max(length, 40), 'middle');
    for (const l of head.lines) lines.push({ ...l, x: l.x - head.width / 2, left: l.left - head.width / 2 });
    width = Math.ceil(Math.max(...head.lines.map((l) => l.width)));
    top = head.height + LABEL_GAP * 3;
  }
  const wrapped = wrap({ ...title, balance: true }, length);
  const slot = title.fontSize * LINE;
  const columnsWidth = wrapped.lines.length * slot;
  width = Math.max(width, columnsWidth);
  let tallest = 0;
  wrapped.lines.forEach((text, i) => {
    const measured = wrapped.widths[i]!;
    tallest = Math.max(tallest, measured);
    const centre = width / 2 + columnsWidth / 2 - slot * (i + 0.5);
    lines.push({
      text,
      x: centre,
      y: top,
      anchor: 'start',
      fontSize: title.fontSize,
      bold: title.bold,
      vertical: true,
      kind: 'title',
      left: centre - slot / 2,
      top,
      width: slot,
      height: measured,
    });
  });
  for (const l of lines) if (!l.vertical) ((l.x += width / 2), (l.left += width / 2));
  return { lines, width, height: top + Math.max(tallest, title.fontSize), truncated: wrapped.truncated };
}

/** The block centred in a wider one (never narrowed). */
function widened(block: Block, width: number): Block {
  if (!(width > block.width)) return block;
  const dx = (width - block.width) / 2;
  return { ...block, width, lines: block.lines.map((l) => ({ ...l, x: l.x + dx, left: l.left + dx })) };
}

/** The heading of a column (the level's name), on one line. */
function headerPiece(text: string, lang: string | undefined): Piece {
  return { text, fontSize: FONT.header, bold: true, kind: 'label', maxLines: 1, lang };
}

/** The block's lines at (x, y), rounded. */
function placeLines(block: Block, x: number, y: number): TextLine[] {
  return block.lines.map((l) => ({
    text: l.text,
    x: r(l.x + x),
    y: r(l.y + y),
    anchor: l.anchor,
    fontSize: l.fontSize,
    bold: l.bold,
    vertical: l.vertical,
    kind: l.kind,
    box: box(l.left + x, l.top + y, l.width, l.height),
  }));
}

function naturalWidth(pieces: readonly Piece[]): number {
  let widest = 0;
  for (const p of pieces) if (p.text !== '') widest = Math.max(widest, measureText(p.text, p.fontSize, p.bold));
  return Math.ceil(widest);
}

/** Range of the text width of the column at a depth (goals, measures, deeper levels). */
function widthRange(depth: number, widen = 1): readonly [number, number] {
  const [min, max] = depth === 1 ? GOAL_WIDTH : depth === 2 ? MEASURE_WIDTH : DEEP_WIDTH;
  return [min, Math.max(min, max * widen)];
}

/** How much wider than on a page the columns may be made to fit a frame (see `aspect`). */
const WIDENINGS = [1, 1.35, 1.8, 2.4, 3.2] as const;
/** How much narrower (down to each level's least width) when the diagram is too wide for the frame. */
const NARROWINGS = [0.8, 0.65, 0.5] as const;

function nodePieces(item: TreeItem, settings: Settings): Piece[] {
  const goal = item.depth === 1;
  const label = joinWords([item.label, item.pending ? settings.pendingText : '']);
  return [
    { text: label, fontSize: goal ? FONT.goalLabel : FONT.label, bold: true, kind: 'label', maxLines: 2, lang: settings.lang },
    { text: item.title, fontSize: goal ? FONT.goal : FONT.title, bold: goal, kind: 'title', maxLines: settings.maxLines, lang: item.titleLang },
  ];
}

function visionPieces(item: TreeItem, settings: Settings, withLabel: boolean): [Piece, Piece] {
  return [
    { text: withLabel ? item.label : '', fontSize: FONT.visionLabel, bold: true, kind: 'label', maxLines: 2, lang: settings.lang },
    { text: item.title, fontSize: FONT.vision, bold: true, kind: 'title', maxLines: Math.max(8, settings.maxLines), lang: item.titleLang, balance: true },
  ];
}

function tagPiece(label: string, lang: string): Piece {
  return { text: label, fontSize: FONT.group, bold: true, kind: 'title', maxLines: 3, lang, balance: true };
}

/** A run of consecutive siblings with the same non-empty group, and its name's text. */
interface Run {
  label: string;
  parentId: string;
  goalIndex: number;
  members: TreeItem[];
  block: Block;
  width: number;
  height: number;
}

function collectRuns(items: readonly TreeItem[], lang: string, widthOf: (depth: number) => number): Run[] {
  const runs: Run[] = [];
  for (const parent of items) {
    let current: Run | undefined;
    for (const child of parent.children) {
      if (child.group === '') {
        current = undefined;
      } else if (current && current.label === child.group) {
        current.members.push(child);
      } else {
        const width = widthOf(child.depth);
        const block = textBlock([tagPiece(child.group, lang)], width - 2 * GROUP_PAD_X, 'middle');
        current = { label: child.group, parentId: parent.id, goalIndex: child.goalIndex, members: [child], block, width, height: block.height + 2 * GROUP_PAD_Y };
        runs.push(current);
      }
    }
  }
  return runs;
}

interface Settings {
  maxLines: number;
  visionWriting: VisionWriting;
  pendingText: string;
  lang: string;
  /** Names of the levels under the vision (the plan's `levels`). */
  levelNames: string[];
  /** The columns' widest text as a multiple of their width on a page. */
  widen: number;
}

/**
 * Places the 体系図 of a plan: every box sized to its wrapped text, connectors, group
 * brackets, column headings and the viewBox. Pure and deterministic: the same numbers in a
 * browser and in Node. Boxes never overlap, text stays inside its box, and everything lies
 * inside the viewBox.
 */
export function layoutTree(plan: PlanDocument, options: TreeLayoutOptions = {}): TreeLayout {
  beginWraps();
  const root = planItems(plan, options);
  const planLang = plan.plan.lang ?? 'ja';
  const lang = options.lang || planLang;
  const maxLines = Math.max(1, Math.floor(Number.isFinite(options.maxLines) ? options.maxLines! : 3));
  const settings: Settings = {
    maxLines,
    visionWriting: options.visionWriting === 'vertical' ? 'vertical' : 'horizontal',
    pendingText: localize(ui.pending, lang),
    lang,
    levelNames: (plan.levels ?? []).map((level) => resolveText(level, lang, planLang)),
    widen: 1,
  };
  const items = visibleItems(root);
  if (options.orientation === 'vertical') return layoutVertical(items, settings);
  const aspect = options.aspect;
  if (aspect === undefined || !Number.isFinite(aspect) || aspect <= 0) return layoutHorizontal(items, settings);
  // The widening whose diagram, scaled into the frame, is largest: wider columns make the
  // diagram shorter until it is as wide as the frame allows; past that it only gets smaller.
  const fit = (layout: TreeLayout) => Math.min(aspect / layout.viewBox.width, 1 / layout.viewBox.height);
  let best = layoutHorizontal(items, settings);
  for (const widen of WIDENINGS.slice(1)) {
    const next = layoutHorizontal(items, { ...settings, widen });
    if (fit(next) <= fit(best)) break;
    best = next;
  }
  // Too wide for the frame (a deep branch on a slide): narrower columns, titles on more lines.
  if (best.viewBox.width > aspect * best.viewBox.height) {
    for (const widen of NARROWINGS) {
      const next = layoutHorizontal(items, { ...settings, widen });
      if (fit(next) <= fit(best)) break;
      best = next;
    }
  }
  return best;
}

function layoutHorizontal(items: readonly TreeItem[], settings: Settings): TreeLayout {
  const root = items[0]!;
  const n = items.length;
  let maxDepth = 0;
  for (const item of items) maxDepth = Math.max(maxDepth, item.depth);

  // Each column's text width: the widest one-line text at that depth, within the level's range.
  const pieces: Piece[][] = new Array<Piece[]>(n);
  const natural = new Array<number>(maxDepth + 1).fill(0);
  const groupNatural = new Array<number>(maxDepth + 1).fill(0);
  for (let i = 1; i < n; i++) {
    const item = items[i]!;
    pieces[i] = nodePieces(item, settings);
    // Past the column's widest, measuring more titles cannot change it.
    if (natural[item.depth]! < widthRange(item.depth, settings.widen)[1]) natural[item.depth] = Math.max(natural[item.depth]!, naturalWidth(pieces[i]!));
    if (item.group !== '' && groupNatural[item.depth]! < GROUP_WIDTH[1])
      groupNatural[item.depth] = Math.max(groupNatural[item.depth]!, naturalWidth([tagPiece(item.group, settings.lang)]));
  }
  const textWidth = natural.map((w, depth) => clamp(w, widthRange(depth, settings.widen)));
  const laneWidth = groupNatural.map((w) => (w > 0 ? clamp(w, GROUP_WIDTH) + 2 * GROUP_PAD_X : 0));

  // Wrap every node; a word wider than its column (a long URL) widens the column.
  prepareBlocks(pieces, (i) => textWidth[items[i]!.depth]!);
  const blocks: Block[] = new Array<Block>(n);
  const height = new Float64Array(n);
  const columnWidth = textWidth.map((w) => w + 2 * PAD_X);
  for (let i = 1; i < n; i++) {
    const depth = items[i]!.depth;
    const block = textBlock(pieces[i]!, textWidth[depth]!, 'start');
    blocks[i] = block;
    height[i] = block.height + 2 * PAD_Y;
    columnWidth[depth] = Math.max(columnWidth[depth]!, Math.ceil(block.width) + 2 * PAD_X);
  }
  // Room under the text for the node's SDGs and roll-up, as wide as its column's text.
  const marks = new Array<Marks | undefined>(n);
  for (let i = 1; i < n; i++) {
    const m = nodeMarks(items[i]!, columnWidth[items[i]!.depth]! - 2 * PAD_X, settings.lang);
    if (m) ((marks[i] = m), (height[i] = height[i]! + m.height + MARK_GAP));
  }

  // A group's name may be taller than its run: keep that much more room around the run.
  const runs = collectRuns(items, settings.lang, (depth) => laneWidth[depth]!);
  const padBefore = new Float64Array(n);
  const padAfter = new Float64Array(n);
  for (const run of runs) {
    let span = (run.members.length - 1) * SIBLING_GAP;
    for (const m of run.members) span += height[m.index]!;
    if (run.height > span) {
      padBefore[run.members[0]!.index] = (run.height - span) / 2;
      padAfter[run.members[run.members.length - 1]!.index] = (run.height - span) / 2;
    }
  }

  // Reingold–Tilford (d3.tree) across the levels, each pair of neighbours at the same depth
  // kept apart by their half heights and a gap: the tree's x is our y, in px.
  const placed = tree<TreeItem>()
    .nodeSize([1, 1])
    .separation((a, b) => {
      const upper = a.data.index < b.data.index ? a.data : b.data;
      const lower = upper === a.data ? b.data : a.data;
      const gap = upper.parentId !== lower.parentId ? COUSIN_GAP : upper.depth === 1 ? GOAL_GAP : upper.group === lower.group ? SIBLING_GAP : GROUP_GAP;
      return height[upper.index]! / 2 + height[lower.index]! / 2 + gap + padAfter[upper.index]! + padBefore[lower.index]!;
    })(hierarchy<TreeItem>(root, (item) => (item.children.length > 0 ? item.children : undefined)));
  const centre = new Float64Array(n);
  placed.each((node: HierarchyPointNode<TreeItem>) => {
    centre[node.data.index] = node.x;
  });

  // The vision: with level names, a heading row names every column and the vision's label moves into it.
  const headed = settings.levelNames.some((name) => name !== '');
  const [visionLabel, visionTitle] = visionPieces(root, settings, !headed);
  let visionBlock: Block;
  if (settings.visionWriting === 'vertical') {
    let top = Infinity;
    let bottom = -Infinity;
    for (let i = 1; i < n; i++) ((top = Math.min(top, centre[i]!)), (bottom = Math.max(bottom, centre[i]!)));
    visionBlock = verticalBlock(visionLabel, visionTitle, clamp(bottom > top ? (bottom - top) * 0.8 : 0, VERTICAL_COLUMN));
    // One column (or none) is narrower than the heading 基本理念 above it: widen it to the heading,
    // as wide as a horizontal vision's column at most (a longer heading is cut there, as it would be).
    if (headed && root.label.trim() !== '')
      visionBlock = widened(visionBlock, Math.min(naturalWidth([headerPiece(root.label, settings.lang)]) + HEADER_PAD_X * 2, VISION_WIDTH[1] + 2 * PAD_X) - 2 * PAD_X);
  } else {
    visionBlock = textBlock([visionLabel, visionTitle], clamp(naturalWidth([visionLabel, visionTitle]), VISION_WIDTH), 'middle');
  }
  if (root.rollup) visionBlock = widened(visionBlock, VISION_WIDTH[0]);
  marks[0] = nodeMarks(root, visionBlock.width, settings.lang);
  height[0] = visionBlock.height + 2 * PAD_Y + 4 + (marks[0] ? marks[0].height + MARK_GAP : 0);
  columnWidth[0] = visionBlock.width + 2 * PAD_X;

  // Columns left to right: vision | gap | [group names | gap] goals | …
  const columnX: number[] = [MARGIN];
  const laneX: number[] = [MARGIN];
  for (let depth = 1; depth <= maxDepth; depth++) {
    const previousRight = columnX[depth - 1]! + columnWidth[depth - 1]!;
    laneX[depth] = previousRight + LANE_GAP;
    columnX[depth] = laneWidth[depth]! > 0 ? laneX[depth]! + laneWidth[depth]! + LANE_GAP : previousRight + COLUMN_GAP;
  }

  // Group names, centred on their run.
  const top = new Float64Array(n);
  for (let i = 0; i < n; i++) top[i] = centre[i]! - height[i]! / 2;
  const runTop = runs.map((run) => {
    const first = run.members[0]!.index;
    const last = run.members[run.members.length - 1]!.index;
    return (top[first]! + top[last]! + height[last]!) / 2 - run.height / 2;
  });

  // Column headings above everything; then shift the whole drawing to the margin.
  let minTop = Infinity;
  for (let i = 0; i < n; i++) minTop = Math.min(minTop, top[i]!);
  for (const t of runTop) minTop = Math.min(minTop, t);
  const headerBlocks: { depth: number; text: string; block: Block }[] = [];
  let headerHeight = 0;
  if (headed) {
    const names = [root.label, ...settings.levelNames];
    for (let depth = 0; depth <= maxDepth; depth++) {
      const text = names[depth] ?? '';
      if (text === '') continue;
      const block = textBlock([headerPiece(text, settings.lang)], columnWidth[depth]! - 2 * HEADER_PAD_X, 'middle');
      headerBlocks.push({ depth, text, block });
      headerHeight = Math.max(headerHeight, block.height + 6);
    }
  }
  const shift = MARGIN - minTop + (headerBlocks.length > 0 ? headerHeight + HEADER_GAP : 0);

  const nodes: TreeNodeLayout[] = items.map((item, i) => {
    const b = box(columnX[item.depth]!, top[i]! + shift, columnWidth[item.depth]!, height[i]!);
    const block = i === 0 ? visionBlock : blocks[i]!;
    return {
      item,
      box: b,
      lines: placeLines(block, b.x + PAD_X, b.y + PAD_Y + (i === 0 ? 2 : 0)),
      truncated: block.truncated,
      toggle: item.hasChildren ? { x: r(b.x + b.width), y: r(b.y + b.height / 2) } : undefined,
      marks: placeMarks(marks[i], b),
    };
  });

  const tagOf = new Map<string, Box>();
  const groups: GroupLayout[] = runs.map((run, k) => {
    const depth = run.members[0]!.depth;
    const b = box(laneX[depth]!, runTop[k]! + shift, run.width, run.height);
    for (const m of run.members) tagOf.set(m.id, b);
    const first = nodes[run.members[0]!.index]!.box;
    const last = nodes[run.members[run.members.length - 1]!.index]!.box;
    const x = r(b.x + b.width + LANE_GAP / 2);
    return {
      parentId: run.parentId,
      label: run.label,
      goalIndex: run.goalIndex,
      members: run.members.map((m) => m.id),
      box: b,
      lines: placeLines(run.block, b.x + GROUP_PAD_X, b.y + GROUP_PAD_Y),
      bracket: `M${r(x + 5)},${r(first.y + first.height / 2)}H${x}V${r(last.y + last.height / 2)}H${r(x + 5)}`,
    };
  });

  const headers: HeaderLayout[] = headerBlocks.map(({ depth, text, block }) => {
    const b = box(columnX[depth]!, MARGIN, columnWidth[depth]!, headerHeight);
    return { depth, text, box: b, lines: placeLines(block, b.x + HEADER_PAD_X, b.y), rule: `M${b.x},${r(b.y + b.height - 1)}H${r(b.x + b.width)}` };
  });

  // Connectors: parent's right edge → trunk in the gap → child's left edge, through the child's group name.
  const parents = parentIndexes(items);
  const links: TreeLinkLayout[] = [];
  // Siblings' connectors start alike: from the parent to the trunk, written once per parent.
  const starts = new Map<string, string>();
  for (let i = 1; i < n; i++) {
    const item = items[i]!;
    const parent = nodes[parents[i]!]!.box;
    const child = nodes[i]!.box;
    const px = parent.x + parent.width;
    const py = parent.y + parent.height / 2;
    const cy = child.y + child.height / 2;
    const tag = tagOf.get(item.id);
    const trunk = laneWidth[item.depth]! > 0 ? px + LANE_GAP / 2 : (px + child.x) / 2;
    let path: string;
    let top = Math.min(py, cy);
    let bottom = Math.max(py, cy);
    if (tag) {
      const ty = tag.y + tag.height / 2;
      const branch = tag.x + tag.width + LANE_GAP / 2;
      path =
        pathOf([
          [px, py],
          [trunk, py],
          [trunk, ty],
          [tag.x, ty],
        ]) +
        pathOf([
          [tag.x + tag.width, ty],
          [branch, ty],
          [branch, cy],
          [child.x, cy],
        ]);
      top = Math.min(top, ty);
      bottom = Math.max(bottom, ty);
    } else {
      const key = `${parents[i]}|${trunk}`;
      let start = starts.get(key);
      if (start === undefined) {
        start = `${pathOf([
          [px, py],
          [trunk, py],
        ])}L${coordinate(trunk)},`;
        starts.set(key, start);
      }
      const y = coordinate(cy);
      path = `${start}${y}L${coordinate(child.x)},${y}`;
    }
    links.push({ source: item.parentId!, target: item.id, goalIndex: item.goalIndex, path, top: r(top), bottom: r(bottom) });
  }

  return withLegend({ orientation: 'horizontal', viewBox: viewBoxOf(nodes, groups, headers), headers, nodes, links, groups, legend: undefined }, settings.lang);
}

type Marks = ReturnType<typeof nodeMarks>;

/** Space between a node's text and its marks. */
const MARK_GAP = 6;
const LEGEND_GAP = 16;

/** A node's marks at the bottom of its box, in the box's coordinates. */
function placeMarks(marks: Marks, b: Box): SceneGroup | undefined {
  return marks && { type: 'group', x: PAD_X, y: r(b.height - PAD_Y - marks.height), children: marks.items };
}

/** The layout with the legend of the SDGs its nodes name under everything, the viewBox grown to hold it. */
function withLegend(layout: TreeLayout, lang: string): TreeLayout {
  const goals = sdgLegendGoals(layout.nodes.map((n) => n.item));
  if (goals.length === 0) return layout;
  const vb = layout.viewBox;
  const top = vb.y + vb.height - MARGIN + LEGEND_GAP;
  const width = Math.max(vb.width - 2 * MARGIN, 240);
  const { item, height } = sdgLegend(goals, MARGIN, top, width, lang);
  const legendBox = box(MARGIN, top, width, height);
  return { ...layout, legend: { box: legendBox, item }, viewBox: { ...vb, width: r(Math.max(vb.width, width + 2 * MARGIN)), height: r(top + height + MARGIN - vb.y) } };
}

/** Each item's parent's index (0 for the vision itself). */
function parentIndexes(items: readonly TreeItem[]): Int32Array {
  const parents = new Int32Array(items.length);
  for (const item of items) for (const child of item.children) parents[child.index] = item.index;
  return parents;
}

function viewBoxOf(nodes: readonly TreeNodeLayout[], groups: readonly GroupLayout[], headers: readonly HeaderLayout[]): Box {
  let right = 0;
  let bottom = 0;
  const grow = (b: Box) => {
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  };
  for (const node of nodes) grow(node.box);
  for (const group of groups) grow(group.box);
  for (const header of headers) grow(header.box);
  return { x: 0, y: 0, width: r(right + MARGIN), height: r(bottom + MARGIN) };
}

function layoutVertical(items: readonly TreeItem[], settings: Settings): TreeLayout {
  const root = items[0]!;
  const n = items.length;
  let maxDepth = 1;
  let natural = 0;
  const pieces: Piece[][] = new Array<Piece[]>(n);
  for (let i = 1; i < n; i++) {
    pieces[i] = nodePieces(items[i]!, settings);
    if (natural < MEASURE_WIDTH[1]) natural = Math.max(natural, naturalWidth(pieces[i]!));
    maxDepth = Math.max(maxDepth, items[i]!.depth);
  }

  // Every goal's column fits the deepest level's text plus one indent per level.
  const indentOf = (depth: number) => Math.max(0, depth - 1) * INDENT;
  let columnWidth = clamp(natural, MEASURE_WIDTH) + 2 * PAD_X + indentOf(maxDepth);
  const blocks: Block[] = new Array<Block>(n);
  prepareBlocks(pieces, (i) => columnWidth - indentOf(items[i]!.depth) - 2 * PAD_X);
  for (let i = 1; i < n; i++) {
    const depth = items[i]!.depth;
    blocks[i] = textBlock(pieces[i]!, columnWidth - indentOf(depth) - 2 * PAD_X, 'start');
  }
  for (let i = 1; i < n; i++) columnWidth = Math.max(columnWidth, Math.ceil(blocks[i]!.width) + 2 * PAD_X + indentOf(items[i]!.depth));

  const runs = collectRuns(items, settings.lang, (depth) => columnWidth - indentOf(depth));
  const runAt = new Map<number, Run>(runs.map((run) => [run.members[0]!.index, run]));
  const goals = root.children;
  const goalsWidth = Math.max(0, goals.length * columnWidth + (goals.length - 1) * GOAL_COLUMN_GAP);

  // The vision: a band across the top.
  const [label, title] = visionPieces(root, settings, true);
  let visionBlock =
    settings.visionWriting === 'vertical'
      ? verticalBlock(label, title, VERTICAL_COLUMN[0])
      : textBlock([label, title], clamp(naturalWidth([label, title]), [VISION_WIDTH[0], Math.max(VISION_WIDTH[1], Math.min(560, goalsWidth - 2 * PAD_X))]), 'middle');
  // Room for the roll-up under a narrow vision (vertical writing, a short title), as in the horizontal layout.
  if (root.rollup) visionBlock = widened(visionBlock, VISION_WIDTH[0]);
  const visionWidth = visionBlock.width + 2 * PAD_X;
  const fullWidth = Math.max(goalsWidth, visionWidth);
  const visionMarks = nodeMarks(root, visionBlock.width, settings.lang);
  const visionBox = box(MARGIN + (fullWidth - visionWidth) / 2, MARGIN, visionWidth, visionBlock.height + 2 * PAD_Y + 4 + (visionMarks ? visionMarks.height + MARK_GAP : 0));
  const left = MARGIN + (fullWidth - goalsWidth) / 2;

  const nodes: TreeNodeLayout[] = new Array<TreeNodeLayout>(n);
  nodes[0] = {
    item: root,
    box: visionBox,
    lines: placeLines(visionBlock, visionBox.x + PAD_X, visionBox.y + PAD_Y + 2),
    truncated: visionBlock.truncated,
    toggle: undefined,
    marks: placeMarks(visionMarks, visionBox),
  };
  const groups: GroupLayout[] = [];
  const firstRow = visionBox.y + visionBox.height + TIER_GAP;

  // Under each goal, its descendants as an indented list in reading order; a group's name heads its run.
  goals.forEach((goal, column) => {
    const x = left + column * (columnWidth + GOAL_COLUMN_GAP);
    const last = column + 1 < goals.length ? goals[column + 1]!.index : n;
    let y = firstRow;
    for (let i = goal.index; i < last; i++) {
      const item = items[i]!;
      const indent = indentOf(item.depth);
      if (i > goal.index) y += ROW_GAP;
      const run = runAt.get(i);
      if (run) {
        if (item.posInSet > 1) y += GROUP_GAP - ROW_GAP;
        const b = box(x + indent, y, run.width, run.height);
        groups.push({
          parentId: run.parentId,
          label: run.label,
          goalIndex: run.goalIndex,
          members: run.members.map((m) => m.id),
          box: b,
          lines: placeLines(run.block, b.x + GROUP_PAD_X, b.y + GROUP_PAD_Y),
          bracket: '',
        });
        y += run.height + ROW_GAP / 2;
      }
      const block = blocks[i]!;
      const m = nodeMarks(item, columnWidth - indent - 2 * PAD_X, settings.lang);
      const b = box(x + indent, y, columnWidth - indent, block.height + 2 * PAD_Y + (m ? m.height + MARK_GAP : 0));
      nodes[i] = { item, box: b, lines: placeLines(block, b.x + PAD_X, b.y + PAD_Y), truncated: block.truncated, toggle: undefined, marks: placeMarks(m, b) };
      y += b.height;
    }
  });
  for (const node of nodes) if (node.item.hasChildren) node.toggle = { x: r(node.box.x + node.box.width), y: r(node.box.y + node.box.height / 2) };

  // Vision → goals over a bus line; within a column, a trunk down the parent's indent to each child.
  const parents = parentIndexes(items);
  const links: TreeLinkLayout[] = [];
  const busY = visionBox.y + visionBox.height + TIER_GAP / 2;
  for (let i = 1; i < n; i++) {
    const item = items[i]!;
    const parent = nodes[parents[i]!]!.box;
    const child = nodes[i]!.box;
    let path: string;
    const top = parent.y + parent.height;
    let bottom: number;
    if (item.depth === 1) {
      const px = parent.x + parent.width / 2;
      const cx = child.x + child.width / 2;
      path = pathOf([
        [px, top],
        [px, busY],
        [cx, busY],
        [cx, child.y],
      ]);
      bottom = child.y;
    } else {
      const trunk = parent.x + INDENT / 2;
      bottom = child.y + child.height / 2;
      path = pathOf([
        [trunk, top],
        [trunk, bottom],
        [child.x, bottom],
      ]);
    }
    links.push({ source: item.parentId!, target: item.id, goalIndex: item.goalIndex, path, top: r(Math.min(top, bottom)), bottom: r(Math.max(top, bottom)) });
  }
  return withLegend({ orientation: 'vertical', viewBox: viewBoxOf(nodes, groups, []), headers: [], nodes, links, groups, legend: undefined }, settings.lang);
}

/** The description box shown beside a node on hover and focus. */
export interface CalloutLayout {
  box: Box;
  lines: TextLine[];
}

const CALLOUT_WIDTH = 260;
const CALLOUT_PAD = 8;

/**
 * Places a node's description next to its box: to the right when it fits in the viewBox,
 * else below, else above; never wider than the viewBox. Empty text gives undefined.
 */
export function layoutCallout(target: Box, text: string, viewBox: Box, lang?: string): CalloutLayout | undefined {
  if (text.trim() === '') return undefined;
  const room = Math.max(60, Math.min(CALLOUT_WIDTH, viewBox.width - 2 * CALLOUT_PAD - 4));
  const block = textBlock([{ text, fontSize: FONT.callout, bold: false, kind: 'title', maxLines: 10, lang }], room - 2 * CALLOUT_PAD, 'start');
  const width = Math.ceil(block.width) + 2 * CALLOUT_PAD;
  const height = block.height + 2 * CALLOUT_PAD;
  const right = viewBox.x + viewBox.width;
  const bottom = viewBox.y + viewBox.height;
  let x: number;
  let y: number;
  if (target.x + target.width + 8 + width <= right) {
    x = target.x + target.width + 8;
    y = Math.min(target.y, bottom - height);
  } else {
    x = Math.min(target.x + 16, right - width);
    y = target.y + target.height + 6 + height <= bottom ? target.y + target.height + 6 : target.y - 6 - height;
  }
  const b = box(Math.max(viewBox.x, x), Math.max(viewBox.y, y), width, height);
  return { box: b, lines: placeLines(block, b.x + CALLOUT_PAD, b.y + CALLOUT_PAD) };
}
