import { html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PlanElement } from '../../core/plan-element.js';
import { sharedStyles } from '../../core/shared.styles.js';
import type { PlanDocument } from '../../schema/types.js';
import type { GaugeVariant } from './layout.js';
import { gaugeMessages } from './messages.js';
import { gaugeElementStyles, gaugeStyles } from './plan-gauge.styles.js';
import { gaugeView, renderGauge } from './render.js';
import { parseToday } from './today.js';
import { loadFileWriters } from '../../export/load.js';
import { readOverrides } from '../../theme/host.js';
import { gaugeTheme } from '../../theme/gauge.js';

export { parseToday };

/**
 * One indicator (成果指標) of a plan as a gauge: the scale, the baseline mark (基準値), the target
 * mark (目標値) and the current value (現状値) as the fill, measured from the baseline toward the
 * target, so that a `decrease` indicator fills as its value goes down. Beside it: the value with
 * its unit, the fiscal year, the progress and the grade (by shape, text and colour), and the
 * history as a sparkline. With `presentation` the gauge is centred in the element's box with
 * type twice the page's.
 *
 * @summary An indicator's baseline, current value and target as a gauge.
 *
 * @csspart gauge - The whole gauge; `role="meter"` whose `aria-valuetext` is a full sentence (`role="img"` when not measured).
 * @csspart label - The indicator's name.
 * @csspart track - The scale.
 * @csspart value - The fill from the baseline to the current value.
 * @csspart current - The dot where the current value lies on the scale.
 * @csspart baseline - The baseline mark and its label.
 * @csspart target - The target mark and its label.
 * @csspart grade - The grade: shape and text, in the grade's colour.
 * @csspart message - Shown instead of a gauge when the indicator is not in the plan.
 * @csspart error - The error panel for a plan that cannot be drawn.
 *
 * @cssprop [--plan-gauge-grade-achieved-color=#1a7f37] - 達成, and a plan's best grade.
 * @cssprop [--plan-gauge-grade-on-track-color=#0969da] - 順調.
 * @cssprop [--plan-gauge-grade-behind-color=#9a6700] - 遅れ.
 * @cssprop [--plan-gauge-grade-worsened-color=#cf222e] - 悪化, and a plan's lowest grade.
 * @cssprop [--plan-gauge-grade-not-measured-color=#6e7781] - 未計測.
 * @cssprop [--plan-gauge-track-color=#e6e9ed] - The scale's fill.
 * @cssprop [--plan-gauge-track-border-color=#7d8590] - The scale's outline.
 * @cssprop [--plan-gauge-baseline-color=#57606a] - The baseline mark.
 * @cssprop [--plan-gauge-target-color=#1b1b1b] - The target mark and its label.
 * @cssprop [--plan-gauge-label-color=#3d444d] - Scale labels, units and terms.
 * @cssprop [--plan-gauge-current-ring-color=#fff] - The ring around the current-value dot (the page background).
 *
 * @fires plan-error - The plan could not be loaded or is not valid.
 */
@customElement('plan-gauge')
export class PlanGauge extends PlanElement {
  static override styles = [sharedStyles, gaugeStyles, gaugeElementStyles];

  /** The id of the indicator to show. */
  @property({ reflect: true }) indicator?: string;

  /** `arc` (default): a semicircular dial; `bar`: a compact horizontal bar for lists and tables. */
  @property({ reflect: true }) variant: GaugeVariant = 'arc';

  /**
   * The date progress is judged at (`YYYY-MM-DD`) when the current value has neither a date
   * nor a fiscal year; default the real today.
   */
  @property() today?: string;

  protected renderPlan(plan: PlanDocument): TemplateResult {
    const lang = this.displayLang;
    if (!this.indicator) return html`<p part="message">${this.message(gaugeMessages.noIndicatorChosen)}</p>`;
    const indicator = plan.indicators?.find((candidate) => candidate.id === this.indicator);
    if (!indicator) return html`<p part="message">${this.message(gaugeMessages.unknownIndicator(this.indicator))}</p>`;
    const variant: GaugeVariant = this.variant === 'bar' ? 'bar' : 'arc';
    return renderGauge(gaugeView(indicator, plan, lang, parseToday(this.today), variant));
  }

  /**
   * The gauge as a standalone SVG file (a card with the name, the dial or bar, the grade, the
   * facts and the trend), drawn from the same scene as `plan-viz render --view indicators
   * --indicator ID`, in the colours the page set with the custom properties (light unless
   * `color-scheme="dark"`). Rejects when there is no indicator to draw.
   */
  override async toSVG(): Promise<string> {
    const { gaugeSVG, nothingToDraw, exportMessages } = await loadFileWriters();
    const plan = this.planDocument;
    if (!plan) throw new Error(this.message(exportMessages.nothingDrawn(this.localName)));
    if (!this.indicator) throw nothingToDraw(this.localName, this.displayLang, gaugeMessages.noIndicatorChosen);
    return gaugeSVG(
      plan,
      this.indicator,
      { lang: this.displayLang, today: parseToday(this.today), variant: this.variant === 'bar' ? 'bar' : 'arc' },
      { scheme: this.colorScheme === 'dark' ? 'dark' : 'light', overrides: readOverrides(this, gaugeTheme) },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-gauge': PlanGauge;
  }
}
