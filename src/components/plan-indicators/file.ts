/**
 * The SVG file of `<plan-indicators>`: its scene (./scene.ts) written by the
 * shared serializer with the gauge's theme. Pure (no DOM, no Lit): the element's `toSVG()` and
 * `plan-viz render --view indicators` call it with the same options and get the same bytes.
 */
import { sceneToSVG } from '../../scene/svg.js';
import type { ResolveOptions } from '../../theme/define.js';
import { gaugeTheme } from '../../theme/gauge.js';
import type { PlanDocument } from '../../schema/types.js';
import { indicatorsScene, type IndicatorsFileOptions } from './scene.js';

/** The indicators of a valid plan as a standalone SVG file; light colours unless `scheme` says otherwise. */
export function indicatorsSVG(plan: PlanDocument, options: IndicatorsFileOptions, colors: ResolveOptions = {}): string {
  return sceneToSVG(indicatorsScene(plan, options), gaugeTheme, colors);
}
