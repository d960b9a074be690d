// The collaboration figure as an SVG file without a browser (plan-viz render --view
// collaboration): plan → layout → scene → bytes, the same functions the element's toSVG() uses.
import { sceneToSVG } from '../../scene/svg.js';
import type { Scene } from '../../scene/types.js';
import type { PlanDocument } from '../../schema/types.js';
import { collaborationTheme } from '../../theme/collaboration.js';
import type { ResolveOptions } from '../../theme/define.js';
import { describeCollaboration } from './describe.js';
import { layoutCollaboration } from './layout.js';
import { collaborationScene } from './scene.js';

/** How to draw the file: as `<plan-collaboration>` draws it at `width` (default 800, its `max-width`). */
export interface CollaborationFileOptions extends ResolveOptions {
  /** Default: the plan's language. */
  lang?: string;
  width?: number;
  /** Of the keywords; default 14. */
  fontSize?: number;
  /** Heavier lines, as `presentation` draws them (for a slide). */
  presentation?: boolean;
}

/** The scene of `plan.collaboration` (undefined when the plan has none). `plan` must be valid. */
export function collaborationSceneOf(plan: PlanDocument, options: CollaborationFileOptions = {}): Scene | undefined {
  const lang = options.lang || plan.plan.lang || 'ja';
  const layout = layoutCollaboration(plan, { width: options.width ?? 800, fontSize: options.fontSize ?? 14, lang });
  const description = describeCollaboration(plan, lang);
  return layout && description ? collaborationScene(plan, layout, description, lang, options.presentation === true) : undefined;
}

/** `plan.collaboration` as a standalone SVG file; throws when the plan has none. */
export function collaborationSVG(plan: PlanDocument, options: CollaborationFileOptions = {}): string {
  const scene = collaborationSceneOf(plan, options);
  if (!scene) throw new Error('the plan has no collaboration');
  return sceneToSVG(scene, collaborationTheme, options);
}
