/**
 * The tree and the collaboration figure inside the overview's file: each from its own scene
 * builder (the same scenes their elements' `toSVG()` write), with every paint resolved to a colour
 * of its own theme, so that the overview's scene can hold them beside its own tokens. Pure: no
 * DOM. The element loads this module on demand (it brings the tree's and the collaboration's
 * layouts), only when its `tree` or `collaboration` slot is filled.
 */
import { resolveText } from '../../schema/text.js';
import type { PlanDocument } from '../../schema/types.js';
import type { Paint, Scene, SceneItem } from '../../scene/types.js';
import { collaborationTheme } from '../../theme/collaboration.js';
import { resolvePaint, type ResolveOptions, type Theme } from '../../theme/define.js';
import { treeTheme } from '../../theme/tree.js';
import { collaborationSceneOf } from '../plan-collaboration/file.js';
import { layoutTree, type TreeLayoutOptions } from '../plan-tree/layout.js';
import { sceneOfTree } from '../plan-tree/scene.js';

export { collaborationTheme, treeTheme };

/** The scene with each token replaced by its colour in `theme` (the page's values, else the scheme's). */
export function resolveScene(scene: Scene, theme: Theme, colors: ResolveOptions = {}): Scene {
  const paint = (value: Paint | undefined) => (value === undefined ? undefined : (resolvePaint(value, theme, colors) as Paint));
  const item = (shape: SceneItem): SceneItem => {
    if (shape.type === 'group') return { ...shape, children: shape.children.map(item) };
    const out = { ...shape };
    if (shape.fill !== undefined) out.fill = paint(shape.fill);
    if (shape.stroke !== undefined) out.stroke = paint(shape.stroke);
    if (typeof shape.fillOpacity === 'string') out.fillOpacity = Number(resolvePaint(shape.fillOpacity, theme, colors));
    return out;
  };
  const resolved: Scene = { ...scene, items: scene.items.map(item) };
  if (scene.background !== undefined) resolved.background = paint(scene.background);
  return resolved;
}

/** The whole 体系図 (nothing folded) with the tree's own options, its colours resolved. */
export function treeFigure(
  plan: PlanDocument,
  lang: string,
  options: Pick<TreeLayoutOptions, 'orientation' | 'visionWriting' | 'maxLines'> = {},
  colors: ResolveOptions = {},
): Scene {
  const layout = layoutTree(plan, { ...options, lang });
  return resolveScene(sceneOfTree(layout, { lang, title: resolveText(plan.plan.title, lang, plan.plan.lang ?? 'ja'), presentation: false }), treeTheme, colors);
}

/** The collaboration figure as its element draws it at `width` (at most its 800 px), its colours resolved; undefined when the plan has none. */
export function collaborationFigure(plan: PlanDocument, lang: string, width: number, colors: ResolveOptions = {}): Scene | undefined {
  const scene = collaborationSceneOf(plan, { lang, width: Math.min(800, width) });
  return scene && resolveScene(scene, collaborationTheme, colors);
}
