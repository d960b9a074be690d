/**
 * The tree a reader walks, before any geometry: the vision and the plan's nodes with their
 * names, ARIA positions (level, set size, position), colours by goal, what is collapsed and which
 * branch is shown. The diagram's layout (layout.ts) and the outline both start from it.
 */
import { localize, ui } from '../../schema/messages.js';
import { resolveText, resolveTextLang } from '../../schema/text.js';
import type { PlanDocument, PlanNode, Text } from '../../schema/types.js';
import { describeRollup, rollupGrades, type GradeRollup } from '../../progress/rollup.js';
import { describeSdgs, sdgGoals } from '../../sdgs/index.js';

/** `data-id` of the vision's treeitem (node ids are the plan's own). */
export const VISION_ID = '#vision';

/** One node of the tree as a reader meets it: the vision or a node of the plan. */
export interface TreeItem {
  /** The node's id, or {@link VISION_ID}. */
  id: string;
  /** The plan's node; undefined for the vision. */
  node: PlanNode | undefined;
  /** Position among the items shown, in reading order (the vision is 0). */
  index: number;
  /** 0 for the vision, 1 for goals, 2 for measures, … */
  depth: number;
  /** Index of the goal this node belongs to (its colour); -1 for the vision. */
  goalIndex: number;
  parentId: string | undefined;
  label: string;
  title: string;
  /** The language the title is shown in (for `lang` and line breaking). */
  titleLang: string | undefined;
  description: string;
  group: string;
  pending: boolean;
  /** True when the node has children in the plan (shown or collapsed). */
  hasChildren: boolean;
  /** True when its children are shown. */
  expanded: boolean;
  /** ARIA tree position: level (1 = vision), size of its sibling set, position in it. */
  level: number;
  setSize: number;
  posInSet: number;
  /** Accessible name: label, "title not yet set" when pending, and the full title. */
  name: string;
  /** The SDGs the node names (1–17, each once). */
  sdgs: number[];
  /** The grades of the indicators under the node (its own and its descendants'); undefined when it has none or the roll-up is off. */
  rollup: GradeRollup | undefined;
  /** Accessible description: the SDGs and the grade roll-up in words, then the group and the description. */
  accessibleDescription: string;
  /** The children shown (empty when collapsed). */
  children: TreeItem[];
}

export interface PlanItemsOptions {
  /** Display language; defaults to the plan's. */
  lang?: string;
  /** Ids of nodes whose children are hidden ({@link VISION_ID} hides the goals). */
  collapsed?: ReadonlySet<string>;
  /**
   * The id of a node to show alone with its branch: the nodes on the way from the vision to it,
   * and everything under it (one goal per slide). Siblings keep their colours, positions in
   * their set and numbering. An id that is not in the plan shows the whole tree.
   */
  branch?: string;
  /** Roll the indicators' grades up the tree (default true; only a plan with indicators has any). */
  rollup?: boolean;
  /** The date progress is judged at when a current value has no date or year; default now. */
  today?: Date;
}

/** The ids from a goal down to the node `id` (inclusive), or undefined when no node has it. */
export function branchPath(plan: PlanDocument, id: string): Set<string> | undefined {
  const path: string[] = [];
  const walk = (nodes: readonly PlanNode[] | undefined): boolean => {
    for (const node of nodes ?? []) {
      path.push(node.id);
      if (node.id === id || walk(node.children)) return true;
      path.pop();
    }
    return false;
  };
  return walk(plan.goals) ? new Set(path) : undefined;
}

/** The tree a reader walks: the vision with goals (and so on) below it. */
export function planItems(plan: PlanDocument, options: PlanItemsOptions = {}): TreeItem {
  const planLang = plan.plan.lang ?? 'ja';
  const lang = options.lang || planLang;
  const collapsed = options.collapsed ?? new Set<string>();
  const show = (text: Text | undefined) => resolveText(text, lang, planLang);
  const pendingName = localize(ui.pending, lang);
  const path = options.branch ? branchPath(plan, options.branch) : undefined;
  // Above the chosen node only the way down to it is shown; from it on, everything.
  const shown = (nodes: readonly PlanNode[], parentId: string): number[] | undefined => {
    if (!path || parentId === options.branch || (parentId !== VISION_ID && !path.has(parentId))) return undefined;
    const positions: number[] = [];
    nodes.forEach((node, i) => path.has(node.id) && positions.push(i));
    return positions;
  };
  let index = 0;
  const rollups = options.rollup !== false && plan.indicators?.length ? rollupGrades(plan, options.today ?? new Date(), lang) : undefined;
  // The counts and the SDGs first (short, and what the box shows besides its text), then the group and description.
  const describe = (item: TreeItem): string =>
    [describeSdgs(item.sdgs, lang), item.rollup ? describeRollup(item.rollup, lang) : '', joinWords([item.group, item.description])]
      .filter(Boolean)
      .join(lang.startsWith('ja') ? '。' : '. ');

  const vision: TreeItem = {
    id: VISION_ID,
    node: undefined,
    index: index++,
    depth: 0,
    goalIndex: -1,
    parentId: undefined,
    label: show(plan.vision.label),
    title: show(plan.vision.text),
    titleLang: resolveTextLang(plan.vision.text, lang, planLang),
    description: '',
    group: '',
    pending: false,
    hasChildren: plan.goals.length > 0,
    expanded: plan.goals.length > 0 && !collapsed.has(VISION_ID),
    level: 1,
    setSize: 1,
    posInSet: 1,
    name: '',
    sdgs: [],
    rollup: rollups?.get(VISION_ID),
    accessibleDescription: '',
    children: [],
  };
  vision.name = joinWords([vision.label, vision.title]);
  vision.accessibleDescription = describe(vision);

  const build = (node: PlanNode, parent: TreeItem, position: number, count: number, goalIndex: number): TreeItem => {
    const item: TreeItem = {
      id: node.id,
      node,
      index: index++,
      depth: parent.depth + 1,
      goalIndex,
      parentId: parent.id,
      label: show(node.label),
      title: show(node.title),
      titleLang: resolveTextLang(node.title, lang, planLang),
      description: show(node.description),
      group: show(node.group),
      pending: node.pending === true,
      hasChildren: (node.children?.length ?? 0) > 0,
      expanded: false,
      level: parent.level + 1,
      setSize: count,
      posInSet: position + 1,
      name: '',
      sdgs: sdgGoals(node.sdgs),
      rollup: rollups?.get(node.id),
      accessibleDescription: '',
      children: [],
    };
    item.expanded = item.hasChildren && !collapsed.has(node.id);
    item.name = joinWords([item.label, item.pending ? pendingName : '', item.title]);
    item.accessibleDescription = describe(item);
    if (item.expanded) {
      const children = node.children ?? [];
      item.children = (shown(children, node.id) ?? children.map((_, i) => i)).map((i) => build(children[i]!, item, i, children.length, goalIndex));
    }
    return item;
  };
  if (vision.expanded) vision.children = (shown(plan.goals, VISION_ID) ?? plan.goals.map((_, i) => i)).map((i) => build(plan.goals[i]!, vision, i, plan.goals.length, i));
  return vision;
}

export function joinWords(parts: string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}

/** Every item shown, in reading order (the order of the arrow keys); `items[i].index === i`. */
export function visibleItems(root: TreeItem): TreeItem[] {
  const out: TreeItem[] = [];
  const stack: TreeItem[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    out.push(item);
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
  }
  return out;
}
