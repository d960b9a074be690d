import { fixture, html, waitUntil } from '@open-wc/testing';
import { contains, overlappingPairs, type Box } from '../../../src/geometry/index.js';
import type { PlanDocument, PlanNode } from '../../../src/schema/index.js';
import { validatePlan } from '../../../src/schema/index.js';
import type { PlanTree, TreeLayout } from '../../../src/components/plan-tree/index.js';
import { goalTokens, treeTheme } from '../../../src/theme/tree.js';
import type { SceneItem } from '../../../src/scene/types.js';

/** A <plan-tree> in a container with the given style, once its tree is drawn and its container measured. */
export async function drawTree(content: ReturnType<typeof html>, style = 'width: 1000px'): Promise<PlanTree> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}>${content}</div>`);
  const el = wrapper.querySelector('plan-tree')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[role="tree"], [part="error"]'), 'the tree was not drawn', { timeout: 5000 });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  await bandsBuilt(el);
  return el;
}

/** Waits until every band of a diagram is built (those off screen are built after the first frame). */
export async function bandsBuilt(el: PlanTree): Promise<void> {
  await waitUntil(() => !el.shadowRoot?.querySelector('svg.band:empty'), 'bands of the diagram were left unbuilt', { timeout: 10000 });
}

export const EXAMPLES = ['iwaki-chiiki-fukushi', 'iwaki-sample-indicators', 'english-sample', 'deep-health-plan', 'six-actor-bilingual'] as const;

export async function loadPlan(name: string): Promise<PlanDocument> {
  const response = await fetch(`/examples/${name}.plan.json`);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  const result = validatePlan(await response.json());
  if (!result.valid) throw new Error(`${name} is not valid`);
  return result.plan;
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing plan can be rebuilt. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES_JA = [
  '地域福祉',
  'の推進',
  '子ども・子育て支援',
  'の充実',
  '高齢者',
  'が安心して暮らせる',
  '見守り体制',
  'の整備',
  '（仮称）',
  '「つながり」',
  'づくり',
  '、',
  '。',
  '健康寿命の延伸と',
  'ボランティア活動',
  'への参加促進',
  '生活習慣病の発症予防と重症化予防に向けた',
  'かかりつけ医・薬局・医療保険者との連携',
  '包括的な相談支援体制',
];
const WORDS_EN = [
  'community',
  'support',
  'for',
  'older',
  'residents',
  'and',
  'carers',
  'through',
  'neighbourhood',
  'befriending',
  'safeguarding',
  'a',
  'single',
  'front',
  'door',
  'intergenerational',
];

/** A title: Japanese phrases, English words, or one of the awkward cases. */
export function title(rand: () => number, english: boolean): string {
  const roll = rand();
  if (roll < 0.04) return '';
  if (roll < 0.07) return '地域'.repeat(100); // 200 characters
  if (roll < 0.09) return 'https://www.city.example.lg.jp/soshiki/fukushi/chiiki-fukushi-keikaku-2021-2026.html';
  const count = 1 + Math.floor(rand() * 9);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const pool = english ? WORDS_EN : PHRASES_JA;
    parts.push(pool[Math.floor(rand() * pool.length)]!);
  }
  return parts.join(english ? ' ' : '');
}

export interface GeneratedPlanOptions {
  goals: number;
  /** Children of each node at depth d (1 = goals): [min, max]. */
  children: (depth: number) => [number, number];
  depth: number;
  english?: boolean;
}

/** A valid plan with the shapes real plans have: many measures, deep levels, long titles, groups, pending nodes. */
export function generatePlan(seed: number, options: GeneratedPlanOptions): PlanDocument {
  const rand = random(seed);
  const english = options.english === true;
  let counter = 0;
  const node = (depth: number, id: string, index: number): PlanNode => {
    counter++;
    const n: PlanNode = { id, title: title(rand, english) };
    if (rand() < 0.85) n.label = english ? `Measure ${id}` : `施策 ${id}`;
    if (rand() < 0.2) n.description = title(rand, english) || '説明';
    if (rand() < 0.1) n.pending = true;
    if (depth >= 2 && rand() < 0.4) n.group = english ? `Group ${Math.floor(index / 3)}` : `〈グループ${Math.floor(index / 3)}〉`;
    if (depth < options.depth) {
      const [min, max] = options.children(depth);
      const count = min + Math.floor(rand() * (max - min + 1));
      if (count > 0) n.children = Array.from({ length: count }, (_, i) => node(depth + 1, `${id}-${i + 1}`, i));
    }
    return n;
  };
  const plan = {
    schemaVersion: 1 as const,
    plan: { id: `generated-${seed}`, title: english ? 'Generated plan' : '生成した計画', lang: english ? 'en' : 'ja' },
    levels: english ? ['Goal', 'Measure', 'Action', 'Project', 'Task'] : ['基本目標', '施策', '取組', '事業', '細事業'],
    vision: { label: english ? 'Vision' : '基本理念', text: title(rand, english) || 'まち' },
    goals: Array.from({ length: options.goals }, (_, i) => node(1, String(i + 1), i)),
  };
  const result = validatePlan(plan);
  if (!result.valid) throw new Error(`generated plan ${seed} is not valid: ${JSON.stringify(result.errors.slice(0, 3))}`);
  void counter;
  return result.plan;
}

function inside(outer: Box, inner: Box, slack = 0.01): boolean {
  return contains({ x: outer.x - slack, y: outer.y - slack, width: outer.width + 2 * slack, height: outer.height + 2 * slack }, inner);
}

/** Points of a path made of M/L/H/V commands, as polylines (one per M). */
export function polylines(path: string): [number, number][][] {
  const out: [number, number][][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MLHV])([^MLHV]*)/g)) {
    const numbers = args!
      .split(/[ ,]+/)
      .filter((s) => s !== '')
      .map(Number);
    if (command === 'H') x = numbers[0]!;
    else if (command === 'V') y = numbers[0]!;
    else ((x = numbers[0]!), (y = numbers[1]!));
    if (command === 'M') out.push([]);
    out[out.length - 1]!.push([x, y]);
  }
  return out;
}

/** True when an axis-parallel segment passes through the inside of a box (its edges do not count). */
function crosses([x0, y0]: [number, number], [x1, y1]: [number, number], b: Box): boolean {
  const e = 0.5;
  const left = Math.min(x0, x1);
  const right = Math.max(x0, x1);
  const top = Math.min(y0, y1);
  const bottom = Math.max(y0, y1);
  return right > b.x + e && left < b.x + b.width - e && bottom > b.y + e && top < b.y + b.height - e;
}

/**
 * Everything a reader would notice going wrong: a NaN, boxes on top of each other, text out of
 * its box, something outside the viewBox, a connector through a box. Returns the problems found.
 */
export function layoutProblems(layout: TreeLayout): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(layout, (_, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`non-finite number ${value}`);
    return value;
  });
  if (/NaN|Infinity/.test(layout.links.map((l) => l.path).join(''))) problems.push('NaN in a path');
  void json;
  const vb = layout.viewBox;
  const boxes: { what: string; box: Box }[] = [
    ...layout.nodes.map((n) => ({ what: `node ${n.item.id}`, box: n.box })),
    ...layout.groups.map((g) => ({ what: `group ${g.label} of ${g.parentId}`, box: g.box })),
    ...layout.headers.map((h) => ({ what: `header ${h.text}`, box: h.box })),
  ];
  for (const [i, j] of overlappingPairs(boxes.map((b) => b.box))) problems.push(`${boxes[i]!.what} overlaps ${boxes[j]!.what}`);
  for (const b of boxes) if (!inside(vb, b.box)) problems.push(`${b.what} is outside the viewBox`);
  layout.nodes.forEach((n, i) => {
    if (n.item.index !== i) problems.push(`node ${n.item.id} is out of reading order`);
    if (n.box.width <= 0 || n.box.height <= 0) problems.push(`node ${n.item.id} has an empty box`);
    for (const l of n.lines) if (!inside(n.box, l.box)) problems.push(`text "${l.text}" leaves the box of ${n.item.id}`);
  });
  for (const g of layout.groups) for (const l of g.lines) if (!inside(g.box, l.box)) problems.push(`text "${l.text}" leaves group ${g.label}`);
  // A node's marks (SDG squares, roll-up) lie in its box under its text; the legend under everything, in the viewBox.
  for (const n of layout.nodes) {
    if (!n.marks) continue;
    const marks = shapesBox(n.marks, n.box.x, n.box.y);
    if (!marks || !inside(n.box, marks)) problems.push(`the marks of ${n.item.id} leave its box`);
    const textBottom = Math.max(...n.lines.map((l) => l.box.y + l.box.height));
    if (marks && marks.y < textBottom - 0.5) problems.push(`the marks of ${n.item.id} overlap its text`);
  }
  if (layout.legend) {
    const legend = shapesBox(layout.legend.item, 0, 0);
    if (!legend || !inside(vb, legend)) problems.push('the legend leaves the viewBox');
    for (const b of boxes) if (legend && overlappingPairs([legend, b.box]).length > 0) problems.push(`the legend overlaps ${b.what}`);
  }
  for (const h of layout.headers) for (const l of h.lines) if (!inside(h.box, l.box)) problems.push(`text "${l.text}" leaves header ${h.text}`);

  // Connectors stay in the viewBox and never run through a box other than their own ends.
  const byId = new Map(layout.nodes.map((n) => [n.item.id, n.box]));
  const tagOf = new Map<string, Box>();
  for (const g of layout.groups) for (const m of g.members) tagOf.set(m, g.box);
  const obstacles = boxes.filter((b) => !b.what.startsWith('header'));
  for (const link of layout.links) {
    const own = new Set([byId.get(link.source), byId.get(link.target), tagOf.get(link.target)]);
    for (const points of polylines(link.path)) {
      for (const [x, y] of points) if (!inside(vb, { x, y, width: 0, height: 0 })) problems.push(`link to ${link.target} leaves the viewBox`);
      for (let k = 1; k < points.length; k++) {
        for (const o of obstacles) {
          if (own.has(o.box)) continue;
          if (crosses(points[k - 1]!, points[k]!, o.box)) problems.push(`link ${link.source}→${link.target} runs through ${o.what}`);
        }
      }
    }
  }
  return problems;
}

/** The box around the rects of a scene item (groups moved by their x, y), from an origin; undefined without rects. */
export function shapesBox(item: SceneItem, x0: number, y0: number): Box | undefined {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const walk = (i: SceneItem, x: number, y: number): void => {
    if (i.type === 'group') for (const child of i.children) walk(child, x + (i.x ?? 0), y + (i.y ?? 0));
    else if (i.type === 'rect')
      ((left = Math.min(left, x + i.x)), (top = Math.min(top, y + i.y)), (right = Math.max(right, x + i.x + i.width)), (bottom = Math.max(bottom, y + i.y + i.height)));
  };
  walk(item, x0, y0);
  return left === Infinity ? undefined : { x: left, y: top, width: right - left, height: bottom - top };
}

/** The tree theme's colours in one scheme, by the names the contrast tests use (src/theme/tree.ts is the source). */
export function treeColors(scheme: 'light' | 'dark') {
  const v = (name: keyof typeof treeTheme.tokens): string => treeTheme.tokens[name][scheme];
  return {
    palette: Array.from({ length: 6 }, (_, i) => ({
      color: v(goalTokens(i).color as keyof typeof treeTheme.tokens),
      tint: v(goalTokens(i).tint as keyof typeof treeTheme.tokens),
    })),
    colors: {
      vision: v('--plan-tree-vision-color'),
      visionText: v('--plan-tree-vision-text-color'),
      goalText: v('--plan-tree-goal-text-color'),
      text: v('--plan-tree-text-color'),
      pending: v('--plan-tree-pending-color'),
      pendingText: v('--plan-tree-pending-text-color'),
      pendingBorder: v('--plan-tree-pending-border-color'),
      link: v('--plan-tree-link-color'),
      focus: v('--plan-tree-focus-color'),
      background: v('--plan-tree-background'),
    },
  };
}
export const TREE_COLORS = treeColors('light').colors;
export const TREE_COLORS_DARK = treeColors('dark').colors;
export const TREE_GOAL_PALETTE = treeColors('light').palette;
export const TREE_GOAL_PALETTE_DARK = treeColors('dark').palette;
