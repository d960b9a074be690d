export { PlanCollaboration, MIN_FIGURE_WIDTH, PRESENTATION_FONT_SCALE as COLLABORATION_PRESENTATION_FONT_SCALE } from './plan-collaboration.js';
export {
  layoutCollaboration,
  slotOrder as collaborationSlotOrder,
  type CollaborationLayout,
  type CollaborationLayoutOptions,
  type ActorLayout,
  type KeywordLayout,
  type RingSegmentLayout,
  type LabelLayout as CollaborationLabelLayout,
  type LabelLine as CollaborationLabelLine,
  type KeyMark as CollaborationKeyMark,
  type Badge as CollaborationBadge,
  type Point as CollaborationPoint,
} from './layout.js';
export {
  ACTOR_COLORS as COLLABORATION_ACTOR_COLORS,
  ACTOR_COLORS_DARK as COLLABORATION_ACTOR_COLORS_DARK,
  ACTOR_FILL_OPACITY as COLLABORATION_FILL_OPACITY,
  ACTOR_FILL_OPACITY_DARK as COLLABORATION_FILL_OPACITY_DARK,
  COLLABORATION_COLORS,
  COLLABORATION_COLORS_DARK,
  collaborationStyles,
} from './plan-collaboration.styles.js';
export { collaborationMessages } from './messages.js';
