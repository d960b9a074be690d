/**
 * The 体系図 as a scene (src/scene/types.ts): what a laid-out tree looks like, as plain shapes
 * with the tree theme's tokens. The SVG file (`toSVG()`, `plan-viz render --view tree`) is this
 * scene serialized, and a slide is the same scene written by the deck renderer.
 *
 * Pure: no DOM, runs in Node. Colours by class of node, as the element's stylesheet has them:
 * the vision in its colour; a goal filled with its goal colour; below it, boxes tinted with the
 * goal's tint, framed and labelled in its colour; a pending node (title not yet set) white,
 * dashed, grey text.
 *
 * Marks on a node (its SDG squares and grade roll-up: marks.ts) are the last child of the node's
 * group, in the box's own coordinates (0,0 is the box's top left corner); the layout grows the
 * box to hold them. The SDG legend comes last, under the diagram.
 */
import type { Paint, Scene, SceneGroup, SceneItem, SceneText } from '../../scene/types.js';
import { goalTokens } from '../../theme/tree.js';
import type { TreeItem } from './items.js';
import type { GroupLayout, HeaderLayout, TextLine, TreeLayout, TreeLinkLayout, TreeNodeLayout } from './layout.js';

/** What the parts of the figure depend on. */
export interface TreeMarkOptions {
  /** The display language (a title in another language gets its own `lang`). */
  lang: string;
  /** Heavier lines, as on a slide (`presentation`). */
  presentation?: boolean;
}

export interface TreeSceneOptions extends TreeMarkOptions {
  /** The figure's name (a file's `<title>`). */
  title: string;
}

/** Line widths in px; presentation is seen from further away. */
const STROKE = {
  frame: [1.25, 2],
  link: [1.5, 2.5],
  bracket: [1.5, 2.5],
  groupBox: [1, 1],
  rule: [1, 1],
} as const;

function stroke(kind: keyof typeof STROKE, options: TreeMarkOptions): number {
  return STROKE[kind][options.presentation ? 1 : 0];
}

/** The goal colour and tint of an item (the vision's: its own colour on the background). */
function goalPaints(goalIndex: number): { goal: Paint; tint: Paint } {
  if (goalIndex < 0) return { goal: '--plan-tree-vision-color', tint: '--plan-tree-background' };
  const tokens = goalTokens(goalIndex);
  return { goal: tokens.color, tint: tokens.tint };
}

/** A node's frame and text colours, by its depth, goal and whether it is pending. */
export function nodePaints(item: TreeItem): { fill: Paint; stroke: Paint; label: Paint; title: Paint; dash: readonly number[] | undefined } {
  if (item.depth === 0)
    return {
      fill: '--plan-tree-vision-color',
      stroke: '--plan-tree-vision-color',
      label: '--plan-tree-vision-text-color',
      title: '--plan-tree-vision-text-color',
      dash: undefined,
    };
  if (item.pending)
    return {
      fill: '--plan-tree-pending-color',
      stroke: '--plan-tree-pending-border-color',
      label: '--plan-tree-pending-text-color',
      title: '--plan-tree-pending-text-color',
      dash: [5, 3],
    };
  const { goal, tint } = goalPaints(item.goalIndex);
  if (item.depth === 1) return { fill: goal, stroke: goal, label: '--plan-tree-goal-text-color', title: '--plan-tree-goal-text-color', dash: undefined };
  return { fill: tint, stroke: goal, label: goal, title: '--plan-tree-text-color', dash: undefined };
}

/**
 * Text blocks of consecutive lines that share kind and style, moved by (-dx, -dy): a block is
 * one `SceneText`, each of its lines keeps its own baseline.
 */
function textBlocks(lines: readonly TextLine[], paint: (line: TextLine) => Paint, dx: number, dy: number, lang?: (line: TextLine) => string | undefined): SceneText[] {
  const blocks: SceneText[] = [];
  let last: TextLine | undefined;
  for (const l of lines) {
    const block = blocks[blocks.length - 1];
    const lineLang = lang?.(l);
    if (
      block &&
      last &&
      last.kind === l.kind &&
      last.bold === l.bold &&
      last.fontSize === l.fontSize &&
      last.anchor === l.anchor &&
      last.vertical === l.vertical &&
      block.lang === lineLang
    ) {
      (block.lines as { text: string; x: number; y: number }[]).push({ text: l.text, x: l.x - dx, y: l.y - dy });
    } else {
      const text: SceneText = { type: 'text', lines: [{ text: l.text, x: l.x - dx, y: l.y - dy }], fontSize: l.fontSize, fill: paint(l), part: l.kind };
      if (l.bold) text.bold = true;
      if (l.anchor !== 'start') text.anchor = l.anchor;
      if (l.vertical) text.vertical = true;
      if (lineLang !== undefined) text.lang = lineLang;
      blocks.push(text);
    }
    last = l;
  }
  return blocks;
}

/** One node: its frame and its lines, in the box's coordinates; the group is placed at the box's corner and keyed by the node's id. */
export function nodeScene(n: TreeNodeLayout, options: TreeMarkOptions): SceneGroup {
  const { item, box } = n;
  const paints = nodePaints(item);
  const frame: SceneItem = {
    type: 'rect',
    x: 0,
    y: 0,
    width: box.width,
    height: box.height,
    r: item.depth === 0 ? 6 : 3,
    fill: paints.fill,
    stroke: paints.stroke,
    strokeWidth: stroke('frame', options),
    part: 'frame',
  };
  if (paints.dash) frame.dash = paints.dash;
  const titleLang = item.titleLang !== undefined && item.titleLang !== options.lang ? item.titleLang : undefined;
  const lines = textBlocks(
    n.lines,
    (l) => (l.kind === 'label' ? paints.label : paints.title),
    box.x,
    box.y,
    (l) => (l.kind === 'title' ? titleLang : undefined),
  );
  const children: SceneItem[] = [frame, ...lines];
  if (n.marks) children.push(n.marks);
  return { type: 'group', x: box.x, y: box.y, key: item.id, part: 'node', label: [item.name, item.accessibleDescription].filter(Boolean).join(' — '), children };
}

/** A connector from a parent to a child, in the colour of connectors. */
export function linkScene(link: TreeLinkLayout, options: TreeMarkOptions): SceneItem {
  return { type: 'path', d: link.path, fill: 'none', stroke: '--plan-tree-link-color', strokeWidth: stroke('link', options), part: 'link' };
}

/** A group's name in a box on its bracket, in its goal's colour. */
export function groupScene(group: GroupLayout, options: TreeMarkOptions): SceneGroup {
  const { goal } = goalPaints(group.goalIndex);
  const children: SceneItem[] = [];
  if (group.bracket) children.push({ type: 'path', d: group.bracket, fill: 'none', stroke: goal, strokeWidth: stroke('bracket', options) });
  children.push({ type: 'rect', ...group.box, r: 3, fill: '--plan-tree-background', stroke: goal, strokeWidth: stroke('groupBox', options) });
  children.push(...textBlocks(group.lines, () => goal, 0, 0));
  return { type: 'group', part: 'group', label: group.label, children };
}

/** A column heading and its rule. */
export function headerScene(header: HeaderLayout, options: TreeMarkOptions): SceneGroup {
  return {
    type: 'group',
    part: 'header',
    children: [
      { type: 'path', d: header.rule, fill: 'none', stroke: '--plan-tree-link-color', strokeWidth: stroke('rule', options) },
      ...textBlocks(header.lines, () => '--plan-tree-text-color', 0, 0),
    ],
  };
}

/**
 * The tree's text alternative: one line per node in reading order, indented by level, with its
 * accessible name and description (what a screen reader gets from the treeitems).
 */
export function describeTree(layout: TreeLayout): string {
  const lines = layout.nodes.map(({ item }) => `${'  '.repeat(Math.max(0, item.level - 1))}${[item.name, item.accessibleDescription].filter(Boolean).join(' — ')}`);
  if (layout.legend?.item.label) lines.push(layout.legend.item.label);
  return lines.join('\n');
}

/** The whole diagram: headings, connectors, groups, then the nodes on top, on the tree's background. */
export function sceneOfTree(layout: TreeLayout, options: TreeSceneOptions): Scene {
  const vb = layout.viewBox;
  const items: SceneItem[] = [];
  for (const h of layout.headers) items.push(headerScene(h, options));
  for (const l of layout.links) items.push(linkScene(l, options));
  for (const g of layout.groups) items.push(groupScene(g, options));
  for (const n of layout.nodes) items.push(nodeScene(n, options));
  if (layout.legend) items.push(layout.legend.item);
  const scene: Scene = {
    theme: 'plan-tree',
    width: vb.width,
    height: vb.height,
    lang: options.lang,
    title: options.title,
    description: describeTree(layout),
    background: '--plan-tree-background',
    items,
  };
  // A layout's viewBox starts at 0,0; should it not, the items move with it.
  if (vb.x !== 0 || vb.y !== 0) scene.items = [{ type: 'group', x: -vb.x, y: -vb.y, children: items }];
  return scene;
}
