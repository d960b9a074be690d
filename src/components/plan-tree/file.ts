/**
 * The 体系図 as an SVG file, from plan to bytes: layout (layout.ts) → scene (scene.ts) → SVG
 * string (src/scene/svg.ts). The command line calls {@link treeSVG}; the element's `toSVG()`
 * calls {@link treeLayoutSVG} with the layout it shows, so that both give the same bytes for the
 * same plan and options. Pure: no DOM.
 */
import { exportMessages } from '../../export/messages.js';
import { localize } from '../../schema/messages.js';
import { resolveText } from '../../schema/text.js';
import type { PlanDocument } from '../../schema/types.js';
import { sceneToSVG } from '../../scene/svg.js';
import type { ResolveOptions } from '../../theme/define.js';
import { treeTheme } from '../../theme/tree.js';
import { layoutTree, type TreeLayout, type TreeLayoutOptions } from './layout.js';
import { sceneOfTree } from './scene.js';

export interface TreeFileOptions extends TreeLayoutOptions, ResolveOptions {
  /** Heavier lines, as on a slide. */
  presentation?: boolean;
}

/** The file's title: the plan's title and 体系図 / Plan structure. */
export function treeFileTitle(plan: PlanDocument, lang: string): string {
  const planTitle = resolveText(plan.plan.title, lang, plan.plan.lang ?? 'ja');
  return localize(exportMessages.title(planTitle, localize(exportMessages.views['plan-tree']!, lang)), lang);
}

/** A laid-out tree of `plan` as a standalone SVG file, in `lang`. */
export function treeLayoutSVG(layout: TreeLayout, plan: PlanDocument, lang: string, options: TreeFileOptions = {}): string {
  const scene = sceneOfTree(layout, { lang, title: treeFileTitle(plan, lang), presentation: options.presentation === true });
  return sceneToSVG(scene, treeTheme, options);
}

/** A valid plan's tree as a standalone SVG file (in `options.lang`, else the plan's language). */
export function treeSVG(plan: PlanDocument, options: TreeFileOptions = {}): string {
  const lang = options.lang || plan.plan.lang || 'ja';
  return treeLayoutSVG(layoutTree(plan, { ...options, lang }), plan, lang, options);
}
