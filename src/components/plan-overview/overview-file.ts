/** The `overview` view of `plan-viz render`: the whole 概要版 as one SVG file, from its scene (no DOM). */
import type { PlanDocument } from '../../schema/types.js';
import { sceneToSVG } from '../../scene/svg.js';
import { fiscalYearOf } from './dates.js';
import { overviewScene } from './overview-scene.js';
import { overviewTheme } from './theme.js';

export function renderOverviewSvg(plan: PlanDocument, options: { lang?: string; today?: string; width?: number }): string {
  const lang = options.lang || plan.plan.lang || 'ja';
  return sceneToSVG(overviewScene(plan, { width: options.width ?? 960, lang, today: fiscalYearOf(options.today) }), overviewTheme);
}
