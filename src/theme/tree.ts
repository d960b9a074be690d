/**
 * `<plan-tree>`'s colours. Goal n's colour fills the goal's box and draws the borders and labels
 * below it; its tint fills the boxes below it (goal 7 takes goal 1's again). Every text colour
 * is checked against its background for 4.5:1 (test/components/plan-tree), light and dark.
 */
import { defineTheme } from './define.js';
import { gaugeTheme } from './gauge.js';

const grade = gaugeTheme.tokens;

export const treeTheme = defineTheme('plan-tree', {
  '--plan-tree-goal-1-color': { light: '#1d5a9e', dark: '#8cb8f0', forced: 'CanvasText' },
  '--plan-tree-goal-2-color': { light: '#b03a14', dark: '#f4a27e', forced: 'CanvasText' },
  '--plan-tree-goal-3-color': { light: '#2a7232', dark: '#8fd19a', forced: 'CanvasText' },
  '--plan-tree-goal-4-color': { light: '#743b96', dark: '#cfa6ec', forced: 'CanvasText' },
  '--plan-tree-goal-5-color': { light: '#835700', dark: '#e6c06a', forced: 'CanvasText' },
  '--plan-tree-goal-6-color': { light: '#0b6c71', dark: '#7fd3d6', forced: 'CanvasText' },
  '--plan-tree-goal-1-tint': { light: '#eef4fb', dark: '#1b2533', forced: 'Canvas' },
  '--plan-tree-goal-2-tint': { light: '#fcf0ea', dark: '#2e1f19', forced: 'Canvas' },
  '--plan-tree-goal-3-tint': { light: '#eef7ee', dark: '#1a2a1d', forced: 'Canvas' },
  '--plan-tree-goal-4-tint': { light: '#f5eff9', dark: '#271f30', forced: 'Canvas' },
  '--plan-tree-goal-5-tint': { light: '#fbf5e4', dark: '#2a2415', forced: 'Canvas' },
  '--plan-tree-goal-6-tint': { light: '#e8f4f4', dark: '#15292a', forced: 'Canvas' },
  '--plan-tree-goal-text-color': { light: '#ffffff', dark: '#111418', forced: 'CanvasText' },
  '--plan-tree-text-color': { light: '#1b1b1b', dark: '#e6e8eb', forced: 'CanvasText' },
  '--plan-tree-vision-color': { light: '#23344d', dark: '#4a6890', forced: 'Canvas' },
  '--plan-tree-vision-text-color': { light: '#ffffff', dark: '#ffffff', forced: 'CanvasText' },
  '--plan-tree-pending-color': { light: '#ffffff', dark: '#1e2228', forced: 'Canvas' },
  '--plan-tree-pending-text-color': { light: '#4d4d4d', dark: '#b8bec6', forced: 'CanvasText' },
  '--plan-tree-pending-border-color': { light: '#6b6b6b', dark: '#8b939d', forced: 'CanvasText' },
  '--plan-tree-link-color': { light: '#767c86', dark: '#8b939d', forced: 'CanvasText' },
  '--plan-tree-focus-color': { light: '#0b57d0', dark: '#8ab4f8', forced: 'Highlight' },
  '--plan-tree-background': { light: '#ffffff', dark: '#17191c', forced: 'Canvas' },
  /** The roll-up bar's grade colours: the gauges' (no public property of the tree). */
  '--_grade-achieved': grade['--plan-gauge-grade-achieved-color'],
  '--_grade-on-track': grade['--plan-gauge-grade-on-track-color'],
  '--_grade-behind': grade['--plan-gauge-grade-behind-color'],
  '--_grade-worsened': grade['--plan-gauge-grade-worsened-color'],
  '--_grade-not-measured': grade['--plan-gauge-grade-not-measured-color'],
});

/** How many goal colours the theme has; goal n uses colour ((n − 1) mod 6) + 1. */
export const TREE_GOAL_COLORS = 6;

/** Goal `index`'s (0-based) colour and tint tokens. */
export function goalTokens(index: number): { color: `--plan-tree-goal-${number}-color`; tint: `--plan-tree-goal-${number}-tint` } {
  const n = (((index % TREE_GOAL_COLORS) + TREE_GOAL_COLORS) % TREE_GOAL_COLORS) + 1;
  return { color: `--plan-tree-goal-${n}-color`, tint: `--plan-tree-goal-${n}-tint` };
}
