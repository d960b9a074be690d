import { localize, ui } from '../../schema/messages.js';
import { resolveText } from '../../schema/text.js';
import { gaugeMessages } from '../plan-gauge/messages.js';
import type { Indicator, PlanDocument, PlanNode } from '../../schema/types.js';

/** Indicators under one goal (基本目標), in plan order. */
export interface IndicatorGroup {
  /** The top-level goal, or null for indicators tied to no node of the plan. */
  goal: PlanNode | null;
  indicators: Indicator[];
}

/** The result of choosing indicators: the groups, or why there are none. */
export type IndicatorSelection =
  | { kind: 'groups'; groups: IndicatorGroup[]; count: number; node?: PlanNode }
  | { kind: 'no-indicators' }
  | { kind: 'unknown-node'; id: string }
  | { kind: 'node-without-indicators'; node: PlanNode };

function findNode(nodes: readonly PlanNode[], id: string): PlanNode | undefined {
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.id === id) return node;
    if (node.children) stack.push(...node.children);
  }
  return undefined;
}

function subtreeIds(node: PlanNode): Set<string> {
  const ids = new Set<string>();
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    ids.add(current.id);
    if (current.children) stack.push(...current.children);
  }
  return ids;
}

/**
 * Chooses the indicators to show: all of the plan's, or those of `nodeId` and its descendants,
 * grouped by the top-level goal their node belongs to (in the order of the goals; indicators
 * tied to no node come last, in a group without a goal). With `nodeId`, the result names the node.
 */
export function selectIndicators(plan: PlanDocument, nodeId?: string | null): IndicatorSelection {
  const all = plan.indicators ?? [];
  let chosen = all;
  let scope: PlanNode | undefined;
  if (nodeId) {
    scope = findNode(plan.goals, nodeId);
    if (!scope) return { kind: 'unknown-node', id: nodeId };
    const ids = subtreeIds(scope);
    chosen = all.filter((indicator) => indicator.node !== undefined && ids.has(indicator.node));
  }
  if (chosen.length === 0) return scope ? { kind: 'node-without-indicators', node: scope } : { kind: 'no-indicators' };

  const goalOf = new Map<string, number>();
  plan.goals.forEach((goal, index) => {
    for (const id of subtreeIds(goal)) goalOf.set(id, index);
  });
  const byGoal = new Map<number, Indicator[]>();
  for (const indicator of chosen) {
    const index = indicator.node === undefined ? -1 : (goalOf.get(indicator.node) ?? -1);
    const list = byGoal.get(index) ?? [];
    list.push(indicator);
    byGoal.set(index, list);
  }
  const groups = [...byGoal.entries()]
    .sort(([a], [b]) => (a < 0 ? Infinity : a) - (b < 0 ? Infinity : b))
    .map(([index, indicators]) => ({ goal: index < 0 ? null : (plan.goals[index] ?? null), indicators }));
  return scope ? { kind: 'groups', groups, count: chosen.length, node: scope } : { kind: 'groups', groups, count: chosen.length };
}

/** A goal's heading in the display language: its label and title (the pending word when it has no title yet); indicators tied to no goal are その他の指標. */
export function goalHeading(goal: PlanNode | null, lang: string, planLang: string): string {
  if (!goal) return localize(gaugeMessages.otherIndicators, lang);
  const title = resolveText(goal.title, lang, planLang);
  return [resolveText(goal.label, lang, planLang), goal.pending && !title ? localize(ui.pending, lang) : title].filter(Boolean).join(' ');
}
