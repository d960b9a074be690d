/**
 * The SVG file of one indicator's gauge (`<plan-gauge>`, `plan-viz render --view indicators
 * --indicator ID`): its card's scene (./scene.ts) written by the shared serializer with the
 * gauge's theme. Pure (no DOM, no Lit), so the element and the command line get the same bytes.
 */
import { exportMessages } from '../../export/messages.js';
import { sceneToSVG } from '../../scene/svg.js';
import { localize, type Message } from '../../schema/messages.js';
import { gaugeMessages } from './messages.js';
import { resolveText } from '../../schema/text.js';
import type { PlanDocument } from '../../schema/types.js';
import type { ResolveOptions } from '../../theme/define.js';
import { gaugeTheme } from '../../theme/gauge.js';
import type { GaugeVariant } from './layout.js';
import { gaugeView } from './view.js';
import { sceneOfGauge } from './scene.js';

/** What a file shows and how: the attributes of the element. */
export interface GaugeFileOptions {
  /** The display language; default the plan's. */
  lang?: string;
  /** The date progress is judged at when a value has no date or year. */
  today: Date;
  variant?: GaugeVariant;
}

/** The title of a file: the plan and what it shows. */
export function fileTitle(plan: PlanDocument, lang: string, subject: string): string {
  return localize(exportMessages.title(resolveText(plan.plan.title, lang, plan.plan.lang ?? 'ja'), subject), lang);
}

/** The error of an element (or a command) with nothing to draw, and why (no such indicator, no indicators). */
export const nothingToDraw = (tag: string, lang: string, why: Message): Error =>
  new Error(localize({ ja: `<${tag}> には書き出せる図がありません：${why.ja}`, en: `<${tag}> has no drawing to export: ${why.en}` }, lang));

/** Indicator `id` of a valid plan as a standalone SVG file (one card); light colours unless `colors.scheme` says otherwise. Throws when the plan has no such indicator. */
export function gaugeSVG(plan: PlanDocument, id: string, options: GaugeFileOptions, colors: ResolveOptions = {}): string {
  const lang = options.lang ?? plan.plan.lang ?? 'ja';
  const indicator = plan.indicators?.find((candidate) => candidate.id === id);
  if (!indicator) throw nothingToDraw('plan-gauge', lang, gaugeMessages.unknownIndicator(id));
  const view = gaugeView(indicator, plan, lang, options.today, options.variant === 'bar' ? 'bar' : 'arc');
  return sceneToSVG(sceneOfGauge(view, { title: fileTitle(plan, lang, view.description.name), lang }), gaugeTheme, colors);
}
