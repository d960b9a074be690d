import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PlanElement } from '../../core/plan-element.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { ui } from '../../schema/messages.js';
import { resolveTextLang } from '../../schema/text.js';
import type { PlanDocument, PlanNode } from '../../schema/types.js';
import { formatNumber, gradeScale } from '../../progress/index.js';
import { gaugeMessages, gaugeStyles, gaugeView, gradeShape, parseToday, renderGauge, type GaugeVariant, type GaugeView } from '../plan-gauge/index.js';
import { selectIndicators } from './group.js';
import { indicatorsStyles } from './plan-indicators.styles.js';

/**
 * All indicators (成果指標) of a plan, or those of one node and its descendants, as a responsive
 * grid of gauges grouped by goal (基本目標), headed by how many indicators are in each grade.
 * A plan or node without indicators gets a short message instead.
 *
 * @summary The plan's indicators as gauges, grouped by goal, with a count per grade.
 *
 * @csspart summary - The count of indicators and the count per grade.
 * @csspart group - One goal's indicators, with its heading.
 * @csspart heading - A goal's heading.
 * @csspart grid - The list of gauges of one goal.
 * @csspart gauge - One indicator's gauge (see `<plan-gauge>` for its parts: label, track, value, baseline, target, grade).
 * @csspart message - Shown instead of gauges when there is nothing to show.
 * @csspart error - The error panel for a plan that cannot be drawn.
 *
 * @cssprop [--plan-indicators-column-width=14rem] - The narrowest column of the grid.
 * @cssprop [--plan-gauge-grade-achieved-color=#1a7f37] - 達成, and a plan's best grade.
 * @cssprop [--plan-gauge-grade-on-track-color=#0969da] - 順調.
 * @cssprop [--plan-gauge-grade-behind-color=#9a6700] - 遅れ.
 * @cssprop [--plan-gauge-grade-worsened-color=#cf222e] - 悪化, and a plan's lowest grade.
 * @cssprop [--plan-gauge-grade-not-measured-color=#6e7781] - 未計測.
 *
 * @fires plan-error - The plan could not be loaded or is not valid.
 */
@customElement('plan-indicators')
export class PlanIndicators extends PlanElement {
  static override styles = [sharedStyles, gaugeStyles, indicatorsStyles];

  /** Show only the indicators of this node and its descendants (a node id, e.g. `3-3`). */
  @property({ reflect: true }) node?: string;

  /** `arc` (default): a grid of dials; `bar`: a list of compact bars. */
  @property({ reflect: true }) variant: GaugeVariant = 'arc';

  /** The level of the goals' headings (2–6); default 3. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /**
   * The date progress is judged at (`YYYY-MM-DD`) when a current value has neither a date nor
   * a fiscal year; default the real today.
   */
  @property() today?: string;

  private goalHeading(goal: PlanNode | null): string {
    if (!goal) return this.message(gaugeMessages.otherIndicators);
    const title = goal.pending && !this.text(goal.title) ? this.message(ui.pending) : this.text(goal.title);
    return [this.text(goal.label), title].filter(Boolean).join(' ');
  }

  private renderSummary(plan: PlanDocument, views: readonly GaugeView[]): TemplateResult {
    const lang = this.displayLang;
    const counts = new Map<string, number>();
    for (const view of views) counts.set(view.progress.grade.key, (counts.get(view.progress.grade.key) ?? 0) + 1);
    return html`<div part="summary" class="summary">
      <p class="count">${this.message(gaugeMessages.indicatorCount(formatNumber(views.length, lang)))}</p>
      <ul class="grades" aria-label=${this.message(gaugeMessages.gradeSummary)}>
        ${gradeScale(plan, lang).map(
          (grade) => html`<li class="grade-count tone-${grade.tone}" data-grade=${grade.key}>
            ${gradeShape(grade)}<span class="grade-name">${grade.label}</span><span class="grade-number">${formatNumber(counts.get(grade.key) ?? 0, lang)}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  protected renderPlan(plan: PlanDocument): TemplateResult {
    const selection = selectIndicators(plan, this.node);
    switch (selection.kind) {
      case 'no-indicators':
        return html`<p part="message">${this.message(gaugeMessages.noIndicators)}</p>`;
      case 'unknown-node':
        return html`<p part="message">${this.message(gaugeMessages.unknownNode(selection.id))}</p>`;
      case 'node-without-indicators':
        return html`<p part="message">${this.message(gaugeMessages.nodeWithoutIndicators(this.goalHeading(selection.node)))}</p>`;
      case 'groups':
        break;
    }
    const lang = this.displayLang;
    const today = parseToday(this.today);
    const variant: GaugeVariant = this.variant === 'bar' ? 'bar' : 'arc';
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const groups = selection.groups.map((group) => ({ group, views: group.indicators.map((indicator) => gaugeView(indicator, plan, lang, today, variant)) }));
    return html`
      ${this.renderSummary(
        plan,
        groups.flatMap((g) => g.views),
      )}
      ${groups.map(
        ({ group, views }, index) => html`<section part="group" class="group" aria-labelledby="group-${index}">
          <div part="heading" class="heading" role="heading" aria-level=${level} id="group-${index}" lang=${(group.goal && resolveTextLang(group.goal.title, lang, this.planLang)) || nothing}>${this.goalHeading(group.goal)}</div>
          <ul part="grid" class="grid ${variant}">
            ${views.map((view) => html`<li class="cell">${renderGauge(view)}</li>`)}
          </ul>
        </section>`,
      )}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-indicators': PlanIndicators;
  }
}
