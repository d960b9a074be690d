import { localize, type Message } from '../schema/messages.js';
import type { PlanDocument, PlanNode } from '../schema/types.js';
import { formatNumber } from './format.js';
import { gradeScale, indicatorProgress, type ResolvedGrade } from './progress.js';

/** The key of the whole plan (the vision) in {@link rollupGrades}' result, as `<plan-tree>` names it when chosen. */
export const WHOLE_PLAN = '#vision';

/** How the indicators under one node (its own and its descendants') are graded. */
export interface GradeRollup {
  /** Every indicator under the node. */
  total: number;
  /** Those with a current value; 未計測 ones are counted apart, never as 0. */
  measured: number;
  /** One entry per grade of the plan, best first, ending with 未計測; counts of 0 included. */
  counts: { grade: ResolvedGrade; count: number }[];
}

/**
 * The grade counts of the indicators under every node of the plan (its own and its
 * descendants'), keyed by node id, and of the whole plan under {@link WHOLE_PLAN}. A node
 * without indicators is absent; an indicator tied to no node counts only for the whole plan.
 *
 * @param today As for `indicatorProgress`: used for a current value without a date or year.
 */
export function rollupGrades(plan: PlanDocument, today: Date, lang?: string): Map<string, GradeRollup> {
  const scale = gradeScale(plan, lang);
  const order = new Map(scale.map((grade, index) => [grade.key, index]));
  const parent = new Map<string, string | undefined>();
  const stack: PlanNode[] = [...plan.goals];
  for (const goal of plan.goals) parent.set(goal.id, undefined);
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of node.children ?? []) {
      parent.set(child.id, node.id);
      stack.push(child);
    }
  }
  const raw = new Map<string, number[]>();
  const add = (id: string, slot: number) => {
    let counts = raw.get(id);
    if (!counts) raw.set(id, (counts = scale.map(() => 0)));
    counts[slot]!++;
  };
  for (const indicator of plan.indicators ?? []) {
    const slot = order.get(indicatorProgress(indicator, plan, today, lang).grade.key) ?? scale.length - 1;
    add(WHOLE_PLAN, slot);
    // Up from the indicator's node; a node id the plan does not have adds nothing.
    for (let id = indicator.node; id !== undefined && parent.has(id); id = parent.get(id)) add(id, slot);
  }
  const result = new Map<string, GradeRollup>();
  for (const [id, counts] of raw) result.set(id, rollupOf(scale, counts));
  return result;
}

function rollupOf(scale: readonly ResolvedGrade[], counts: readonly number[]): GradeRollup {
  const total = counts.reduce((sum, n) => sum + n, 0);
  return { total, measured: total - counts[counts.length - 1]!, counts: scale.map((grade, i) => ({ grade, count: counts[i]! })) };
}

/** The roll-up of some indicators' grades (e.g. one group of `<plan-indicators>`), over the plan's `gradeScale`. */
export function countGrades(scale: readonly ResolvedGrade[], grades: Iterable<ResolvedGrade>): GradeRollup {
  const counts = scale.map(() => 0);
  for (const grade of grades) {
    const slot = scale.findIndex((g) => g.key === grade.key);
    counts[slot < 0 ? counts.length - 1 : slot]!++;
  }
  return rollupOf(scale, counts);
}

const rollupMessages = {
  /** 「指標 5件：達成 1、順調 2、未計測 2」 */
  summary: (total: string, parts: string): Message => ({ ja: `指標 ${total}件：${parts}`, en: `${total} indicator${total === '1' ? '' : 's'}: ${parts}` }),
  /** 「指標 2件：すべて未計測」 */
  noneMeasured: (total: string): Message => ({ ja: `指標 ${total}件：すべて未計測`, en: `${total} indicator${total === '1' ? '' : 's'}: none measured yet` }),
};

/** What a screen reader hears for a roll-up: the grades that occur with their counts (symbol before name), or that none is measured. */
export function describeRollup(rollup: GradeRollup, lang: string): string {
  const total = formatNumber(rollup.total, lang);
  if (rollup.measured === 0) return localize(rollupMessages.noneMeasured(total), lang);
  const separator = lang.startsWith('ja') ? '、' : ', ';
  const parts = rollup.counts.filter((c) => c.count > 0).map((c) => `${gradeName(c.grade)} ${formatNumber(c.count, lang)}`);
  return localize(rollupMessages.summary(total, parts.join(separator)), lang);
}

/** A grade's name with its symbol when the plan gives one: 「◎ 達成」. */
export function gradeName(grade: ResolvedGrade): string {
  return grade.symbol && grade.symbol !== grade.label ? `${grade.symbol} ${grade.label}` : grade.label;
}

/** One segment of a roll-up's stacked bar, in a bar of width 1. */
export interface RollupSegment {
  grade: ResolvedGrade;
  count: number;
  x: number;
  width: number;
}

/**
 * The stacked bar of a roll-up: one segment per grade that occurs, best first, widths in
 * proportion to the counts (of all indicators, so that 未計測 shows as its own grey part).
 */
export function rollupSegments(rollup: GradeRollup): RollupSegment[] {
  const segments: RollupSegment[] = [];
  let x = 0;
  for (const { grade, count } of rollup.counts) {
    if (count === 0) continue;
    const width = count / rollup.total;
    segments.push({ grade, count, x, width });
    x += width;
  }
  return segments;
}
