import { html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { localize } from '../../schema/messages.js';
import type { PlanDocument } from '../../schema/types.js';
import type { Scene } from '../../scene/types.js';
import { overviewMessages as m } from './messages.js';
import { OverviewPart } from './overview-part.js';
import { overviewColors } from './plan-overview.styles.js';
import { relationsScene } from './relations-layout.js';
import { renderScene } from './render-scene.js';

/** The 位置づけ diagram as a template, or a sentence when the plan gives no related plans. */
export function renderRelations(doc: PlanDocument, lang: string, width: number): TemplateResult {
  if (!doc.relatedPlans?.length) return html`<p part="empty">${localize(m.noRelations, lang)}</p>`;
  return renderScene(relationsScene(doc, { width, lang }), 'relations');
}

/**
 * Where the plan stands (計画の位置づけ), from `relatedPlans`: the laws it rests on (`basis`)
 * and the plans or charters above it (`upper`) at the top, an arrow down to this plan in the
 * middle, the individual plans it links across (`related`, each with its field) beside it on a
 * wide element and under it on a narrow one, and partners' plans (`partner`, with their owner)
 * joined by a dashed two-way line. Titles wrap inside their boxes, which grow to hold them. The
 * figure is one image whose text alternative names every relation in words.
 *
 * @summary The 位置づけ diagram: basis, upper, related and partner plans.
 *
 * @csspart relations - The figure (an SVG image).
 * @csspart empty - The sentence shown when the plan gives no related plans.
 * @csspart error - The error panel for a plan that cannot be drawn.
 * @cssprop [--plan-overview-plan-color=#0b5cad] - This plan's box.
 * @cssprop [--plan-overview-plan-text-color=#ffffff] - Text in this plan's box.
 * @cssprop [--plan-overview-basis-color=#f3efe4] - Boxes of laws and plans above.
 * @cssprop [--plan-overview-related-color=#eaf3fb] - Boxes of related plans.
 * @cssprop [--plan-overview-partner-color=#eef7ee] - Boxes of partners' plans.
 * @cssprop [--plan-overview-box-border-color=#7d8590] - Box outlines.
 * @cssprop [--plan-overview-line-color=#5c6670] - Arrows and links.
 * @cssprop [--plan-overview-text-color=#1b1b1b] - Titles.
 * @cssprop [--plan-overview-muted-color=#4a5159] - Kinds, fields and owners.
 * @fires plan-error - The plan could not be loaded or is not valid.
 */
@customElement('plan-relations')
export class PlanRelations extends OverviewPart {
  static override styles = [sharedStyles, overviewColors];

  protected exportScene(plan: PlanDocument): Scene | undefined {
    return plan.relatedPlans?.length ? relationsScene(plan, { width: this.figureWidth, lang: this.displayLang }) : undefined;
  }

  protected renderPlan(plan: PlanDocument): TemplateResult {
    return renderRelations(plan, this.displayLang, this.figureWidth);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-relations': PlanRelations;
  }
}
