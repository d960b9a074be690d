/**
 * The `overview` view of `plan-viz render`: the whole 概要版 as one SVG file, from its scene (no
 * DOM), with the plan's tree (in the tree options given) and its collaboration figure, as
 * `<plan-overview>` writes it with a `<plan-tree>` and a `<plan-collaboration>` in its slots.
 */
import type { PlanDocument } from '../../schema/types.js';
import { sceneToSVG } from '../../scene/svg.js';
import type { ResolveOptions } from '../../theme/define.js';
import type { TreeLayoutOptions } from '../plan-tree/layout.js';
import { fiscalYearOf } from './dates.js';
import { collaborationFigure, treeFigure } from './figures.js';
import { overviewScene } from './overview-scene.js';
import { overviewTheme } from './theme.js';

export interface OverviewFileOptions extends Pick<TreeLayoutOptions, 'orientation' | 'visionWriting' | 'maxLines'> {
  lang?: string;
  /** `YYYY-MM-DD`: today's fiscal year on the period bar; default the real today. */
  today?: string;
  /** Default 960. */
  width?: number;
  colorScheme?: ResolveOptions['scheme'];
}

export function renderOverviewSvg(plan: PlanDocument, options: OverviewFileOptions): string {
  const lang = options.lang || plan.plan.lang || 'ja';
  const width = options.width ?? 960;
  const colors: ResolveOptions = options.colorScheme === undefined ? {} : { scheme: options.colorScheme };
  const tree: Pick<TreeLayoutOptions, 'orientation' | 'visionWriting' | 'maxLines'> = {};
  if (options.orientation !== undefined) tree.orientation = options.orientation;
  if (options.visionWriting !== undefined) tree.visionWriting = options.visionWriting;
  if (options.maxLines !== undefined) tree.maxLines = options.maxLines;
  const scene = overviewScene(plan, {
    width,
    lang,
    today: fiscalYearOf(options.today),
    tree: plan.goals.length > 0 ? treeFigure(plan, lang, tree, colors) : undefined,
    collaboration: collaborationFigure(plan, lang, width, colors),
  });
  return sceneToSVG(scene, overviewTheme, colors);
}
