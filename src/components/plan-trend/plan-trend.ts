import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PlanElement } from '../../core/plan-element.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { formatFiscalYear, formatNumber, gradeName } from '../../progress/index.js';
import type { PlanDocument } from '../../schema/types.js';
import { kindName, layoutTrend, TREND_COLORS } from './layout.js';
import { trendMessages } from './messages.js';
import { trendStyles } from './plan-trend.styles.js';
import { sceneToSvgElement } from './render.js';
import { sceneToSVG } from '../../scene/svg.js';
import { localize } from '../../schema/messages.js';
import { exportMessages } from '../../export/messages.js';
import { trendTheme } from './theme.js';
import { readOverrides } from '../../theme/host.js';

let nextId = 0;

/** `YYYY-MM-DD` as a local date; anything else is the real today (as `<plan-gauge>`'s `today`). */
function parseToday(value: string | undefined): Date {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : new Date();
  return Number.isFinite(date.getTime()) ? date : new Date();
}

/**
 * One indicator's history as a line over fiscal years: the baseline, the measured values, the
 * milestones (中間目標値), the target, the expected path from the baseline through the
 * milestones to the target (dashed), and the current value marked in its grade's colour with
 * its grade (and symbol). The figure is named and described for screen readers, and its
 * values are in a table below it (数値の表).
 *
 * @summary An indicator's trend over fiscal years, with its expected path and grade.
 *
 * @csspart figure - The SVG figure.
 * @csspart line - The measured values' line.
 * @csspart expected - The expected path, dashed.
 * @csspart current - The current value's mark.
 * @csspart target - The target's mark.
 * @csspart milestone - A milestone's mark.
 * @csspart data - The disclosure with the values as a table.
 * @csspart message - Shown instead of the figure when there is nothing to draw.
 *
 * @cssprop [--plan-trend-line-color=#1b1b1b] - The measured values' line and dots.
 * @cssprop [--plan-trend-expected-color=#57606a] - The expected path.
 * @cssprop [--plan-trend-target-color=#1b1b1b] - The target and milestone marks.
 * @cssprop [--plan-trend-grid-color=#d0d7de] - Gridlines.
 * @cssprop [--plan-trend-label-color=#3d444d] - Axis labels.
 * @cssprop [--plan-trend-background=#ffffff] - Inside hollow marks.
 *
 * @fires plan-error - The plan could not be loaded or is not valid.
 */
@customElement('plan-trend')
export class PlanTrend extends PlanElement {
  static override styles = [sharedStyles, trendStyles];

  /** The id of the indicator to draw. */
  @property({ reflect: true }) indicator?: string;

  /** The date progress is judged at (`YYYY-MM-DD`) when a current value has neither a date nor a fiscal year; default the real today. */
  @property() today?: string;

  private readonly figureId = `plan-trend-${nextId++}`;

  /** The width the figure is laid out at, in steps of 40 px, so that its type stays readable in a card or a wide page. */
  private layoutWidth = 0;

  private readonly resizeObserver = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.measure());

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  private measure(): void {
    const width = Math.min(720, Math.floor((this.clientWidth || 640) / 40) * 40);
    if (width !== this.layoutWidth) {
      this.layoutWidth = width;
      this.requestUpdate();
    }
  }

  /**
   * The figure as a standalone SVG file, written from the same scene by the shared SVG writer
   * (colours resolved, text alternative as `<title>` and `<desc>`). Rejects when there is nothing to draw.
   */
  override async toSVG(): Promise<string> {
    const plan = this.planDocument;
    const indicator = plan?.indicators?.find((i) => i.id === this.indicator);
    if (!plan || !indicator) throw new Error(localize(exportMessages.nothingDrawn(this.localName), this.displayLang));
    return sceneToSVG(layoutTrend(indicator, plan, this.displayLang, parseToday(this.today), this.layoutWidth || 640).scene, trendTheme, {
      scheme: this.colorScheme === 'dark' ? 'dark' : 'light',
      overrides: readOverrides(this, trendTheme),
    });
  }

  protected renderPlan(plan: PlanDocument): TemplateResult {
    const lang = this.displayLang;
    if (!this.indicator) return html`<p part="message">${this.message(trendMessages.noIndicator)}</p>`;
    const indicator = plan.indicators?.find((i) => i.id === this.indicator);
    if (!indicator) return html`<p part="message">${this.message(trendMessages.unknownIndicator(this.indicator))}</p>`;
    const trend = layoutTrend(indicator, plan, lang, parseToday(this.today), this.layoutWidth || Math.min(720, this.clientWidth || 640));
    const svg = sceneToSvgElement(trend.scene, TREND_COLORS, this.figureId);
    svg.setAttribute('part', 'figure');
    const digits = trend.progress.decimals;
    const unit = this.text(indicator.unit);
    return html`${svg}
      <details part="data">
        <summary>${this.message(trendMessages.table)}</summary>
        <table>
          <caption class="visually-hidden">${trend.scene.title}</caption>
          <thead>
            <tr>
              <th scope="col">${this.message(trendMessages.year)}</th>
              <th scope="col">${this.message(trendMessages.value)}${unit ? `（${unit}）` : ''}</th>
              <th scope="col">${this.message(trendMessages.kind)}</th>
            </tr>
          </thead>
          <tbody>
            ${trend.points.map(
              (p) => html`<tr>
                <th scope="row">${formatFiscalYear(p.year, lang)}</th>
                <td class="num">${formatNumber(p.value, lang, digits)}</td>
                <td>${kindName(p.kind, lang)}${p.kind === 'current' ? `（${gradeName(trend.progress.grade)}）` : nothing}</td>
              </tr>`,
            )}
            ${
              trend.expected
                ? html`<tr>
                  <th scope="row">${formatFiscalYear(trend.expected.year, lang)}</th>
                  <td class="num">${formatNumber(trend.expected.value, lang, digits)}</td>
                  <td>${this.message(trendMessages.expectedNow)}</td>
                </tr>`
                : nothing
            }
          </tbody>
        </table>
      </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-trend': PlanTrend;
  }
}
