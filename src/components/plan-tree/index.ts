export { PlanTree, OUTLINE_BELOW, type TreeLayoutMode } from './plan-tree.js';
export {
  layoutTree,
  layoutCallout,
  planItems,
  visibleItems,
  VISION_ID,
  GOAL_COLORS,
  type TreeItem,
  type TreeLayout,
  type TreeLayoutOptions,
  type TreeNodeLayout,
  type TreeLinkLayout,
  type GroupLayout,
  type HeaderLayout,
  type CalloutLayout,
  type TextLine,
  type TreeOrientation,
  type VisionWriting,
  type PlanItemsOptions,
} from './layout.js';
export { GOAL_PALETTE, TREE_COLORS } from './plan-tree.styles.js';
