/**
 * A goal's branch over as many slides as it takes for every measure title to be read from the
 * back of a council chamber: the goal's children in runs of neighbours, each run drawn as the
 * goal's branch with only those children (the nodes keep their labels and colours). A child
 * whose subtree does not fit alone is split the same way one level down; when that still leaves
 * a slide unreadable (a branch too deep for the slide's width), the child's whole subtree goes
 * on one slide of its own: the only slide allowed smaller text.
 */
import type { PlanDocument, PlanNode } from '../schema/types.js';

/** One slide's part of a branch: the plan cut down to it, and the node whose branch to draw. */
export interface BranchPart {
  /** The plan with the parent's children cut down to this part's (the rest of the plan as it is). */
  plan: PlanDocument;
  /** The node whose branch the slide draws (the parent of the part's nodes, or a lone node). */
  node: string;
  /** Ids of the nodes under `node` on this slide (all of its children when it is whole). */
  ids: string[];
  /** True when even this part alone cannot be drawn at the readable size. */
  small: boolean;
}

/** The plan with the children of `parent` replaced by `children` (only the nodes on the way down are copied). */
export function withChildren(plan: PlanDocument, parent: string, children: readonly PlanNode[]): PlanDocument {
  const swap = (nodes: readonly PlanNode[]): PlanNode[] | undefined => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      let next: PlanNode | undefined;
      if (node.id === parent) next = { ...node, children: [...children] };
      else if (node.children) {
        const below = swap(node.children);
        if (below) next = { ...node, children: below };
      }
      if (next) return [...nodes.slice(0, i), next, ...nodes.slice(i + 1)];
    }
    return undefined;
  };
  const goals = swap(plan.goals);
  return goals ? { ...plan, goals } : plan;
}

/**
 * Splits the branch of `goal` into parts whose slide gives its titles `readable` points or more
 * (`points`: the size of the smallest title on a slide of `node`'s branch in `plan`), as few as
 * it can, then evened out (ten measures as 5 + 5 rather than 6 + 4).
 */
export function splitBranch(plan: PlanDocument, goal: PlanNode, points: (plan: PlanDocument, node: string) => number, readable: number, maxLeaves = Infinity): BranchPart[] {
  const fits = (cut: PlanDocument, node: string) => points(cut, node) >= readable;
  // A run with more ends than a slide has lines at the readable size cannot fit: not drawn to find out.
  const leaves = (nodes: readonly PlanNode[]): number => nodes.reduce((n, node) => n + (node.children?.length ? leaves(node.children) : 1), 0);
  // One plan object per run, so that the caller can keep what it drew for `fits` and draw it again.
  const cut = new Map<string, PlanDocument>();
  const planOf = (parent: PlanNode, run: readonly PlanNode[]): PlanDocument => {
    if (run.length === (parent.children?.length ?? 0)) return plan;
    const key = [parent.id, ...run.map((n) => n.id)].join('\u0000');
    let cutPlan = cut.get(key);
    if (!cutPlan) cut.set(key, (cutPlan = withChildren(plan, parent.id, run)));
    return cutPlan;
  };
  const part = (parent: PlanNode, run: readonly PlanNode[], small = false): BranchPart => ({ plan: planOf(parent, run), node: parent.id, ids: run.map((n) => n.id), small });
  const fitsRun = (parent: PlanNode, run: readonly PlanNode[]) => leaves(run) <= maxLeaves && fits(planOf(parent, run), parent.id);

  const split = (parent: PlanNode): BranchPart[] => {
    const children = parent.children ?? [];
    if (children.length === 0 || fitsRun(parent, children)) return [part(parent, children)];
    const parts: BranchPart[] = [];
    let i = 0;
    // Neighbours are often alike: each run starts from the length of the one before.
    let guess = 1;
    while (i < children.length) {
      const child = children[i]!;
      if (!fitsRun(parent, [child])) {
        // Too large alone: its children over slides if that makes every one readable; else
        // (a branch too deep for the slide's width, a long title) the child alone, smaller.
        // Still smaller text below, but a point larger or more: worth the extra slides.
        const below = (child.children?.length ?? 0) > 0 ? split(child) : [];
        const smallest = (ps: BranchPart[]) => Math.min(...ps.map((p) => points(p.plan, p.node)));
        const alone = part(parent, [child], true);
        parts.push(...(below.length > 0 && (below.every((p) => !p.small) || smallest(below) >= points(alone.plan, alone.node) + 1) ? below : [alone]));
        i++;
        continue;
      }
      let j = Math.min(children.length, i + Math.max(1, guess));
      while (j > i + 1 && !fitsRun(parent, children.slice(i, j))) j--;
      while (j < children.length && fitsRun(parent, children.slice(i, j + 1))) j++;
      parts.push(part(parent, children.slice(i, j)));
      guess = j - i;
      i = j;
    }
    return even(parent, merged(parent, parts));
  };

  // Neighbours each too large alone at the readable size (the columns at their narrowest are
  // wider than the slide allows) share a slide while their text comes out no smaller.
  const merged = (parent: PlanNode, parts: BranchPart[]): BranchPart[] => {
    const out: BranchPart[] = [];
    for (const p of parts) {
      const last = out[out.length - 1];
      if (last?.small && p.small && last.node === parent.id && p.node === parent.id) {
        const run = (parent.children ?? []).filter((c) => last.ids.includes(c.id) || p.ids.includes(c.id));
        const both = part(parent, run, true);
        if (leaves(run) <= maxLeaves && points(both.plan, both.node) >= Math.min(points(last.plan, last.node), points(p.plan, p.node)) - 0.25) {
          out[out.length - 1] = both;
          continue;
        }
      }
      out.push(p);
    }
    return out;
  };

  // Runs of parts of the same parent, as even in size as still fit.
  const even = (parent: PlanNode, parts: BranchPart[]): BranchPart[] => {
    const out: BranchPart[] = [];
    let k = 0;
    while (k < parts.length) {
      let m = k;
      while (m < parts.length && parts[m]!.node === parent.id && !parts[m]!.small) m++;
      if (m - k < 2) {
        out.push(parts[k]!);
        k++;
        continue;
      }
      const ids = new Set(parts.slice(k, m).flatMap((p) => p.ids));
      const run = (parent.children ?? []).filter((c) => ids.has(c.id));
      const count = m - k;
      const sizes = Array.from({ length: count }, (_, n) => Math.floor(run.length / count) + (n < run.length % count ? 1 : 0));
      const runs: PlanNode[][] = [];
      let at = 0;
      for (const size of sizes) {
        runs.push(run.slice(at, at + size));
        at += size;
      }
      if (runs.every((r) => fitsRun(parent, r))) out.push(...runs.map((r) => part(parent, r)));
      else out.push(...parts.slice(k, m));
      k = m;
    }
    return out;
  };

  return split(goal);
}
