export { PlanTree, OUTLINE_BELOW, type TreeLayoutMode } from './plan-tree.js';
export {
  layoutTree,
  layoutCallout as layoutTreeCallout,
  planItems as treeItems,
  visibleItems as visibleTreeItems,
  VISION_ID,
  GOAL_COLORS as TREE_GOAL_COLORS,
  type TreeItem,
  type TreeLayout,
  type TreeLayoutOptions,
  type TreeNodeLayout,
  type TreeLinkLayout,
  type GroupLayout as TreeGroupLayout,
  type HeaderLayout as TreeHeaderLayout,
  type CalloutLayout as TreeCalloutLayout,
  type TextLine as TreeTextLine,
  type TreeOrientation,
  type VisionWriting,
  type PlanItemsOptions as TreeItemsOptions,
} from './layout.js';
export { planTreeStyles } from './plan-tree.styles.js';
export { treeTheme, goalTokens } from '../../theme/tree.js';
