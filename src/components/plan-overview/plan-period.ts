import { html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { sharedStyles } from '../../core/shared.styles.js';
import type { PlanDocument } from '../../schema/types.js';
import type { Scene } from '../../scene/types.js';
import { overviewMessages as m } from './messages.js';
import { OverviewPart } from './overview-part.js';
import { overviewColors } from './plan-overview.styles.js';
import { periodScene } from './period-layout.js';
import { renderScene } from './render-scene.js';

/** The period bar of a plan as a template, or a sentence when the plan gives no period. */
export function renderPeriod(doc: PlanDocument, lang: string, width: number, today: number, title: string): TemplateResult {
  const period = doc.plan.period;
  if (!period) return html`<p part="empty">${lang.startsWith('ja') ? m.noPeriod.ja : m.noPeriod.en}</p>`;
  return renderScene(periodScene(period, { width, lang, today, title }), 'period');
}

/**
 * The plan period as a bar of fiscal years in 和暦 and Western years (令和3年度 / 2021年度). An
 * extension (`period.originalTo` before `period.to`) is drawn as such: its years lighter,
 * hatched and outlined with dashes, labelled 延長 beneath, beside a bracket for the original
 * period. Today's fiscal year is outlined and marked 今年度 when it lies in the period. The
 * figure is one image whose text alternative says all of this in words.
 *
 * @summary The plan period with its extension and today's fiscal year.
 *
 * @attr today - The date deciding today's fiscal year (`YYYY-MM-DD`); default the real today.
 * @csspart period - The figure (an SVG image).
 * @csspart empty - The sentence shown when the plan gives no period.
 * @csspart error - The error panel for a plan that cannot be drawn.
 * @cssprop [--plan-overview-period-color=#0b5cad] - The years of the period.
 * @cssprop [--plan-overview-period-text-color=#ffffff] - Text on those years.
 * @cssprop [--plan-overview-extension-color=#d7e6f5] - The years of an extension.
 * @cssprop [--plan-overview-extension-text-color=#0b3d73] - Text on the extension and its label.
 * @cssprop [--plan-overview-today-color=#b3261e] - Today's fiscal year mark.
 * @fires plan-error - The plan could not be loaded or is not valid.
 */
@customElement('plan-period')
export class PlanPeriod extends OverviewPart {
  static override styles = [sharedStyles, overviewColors];

  protected exportScene(plan: PlanDocument): Scene | undefined {
    return plan.plan.period && periodScene(plan.plan.period, { width: this.figureWidth, lang: this.displayLang, today: this.todayYear, title: this.text(plan.plan.title) });
  }

  protected renderPlan(plan: PlanDocument): TemplateResult {
    return renderPeriod(plan, this.displayLang, this.figureWidth, this.todayYear, this.text(plan.plan.title));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-period': PlanPeriod;
  }
}
