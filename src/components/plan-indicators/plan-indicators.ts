import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { whenIdle } from '../../core/idle.js';
import { PlanElement } from '../../core/plan-element.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { resolveTextLang } from '../../schema/text.js';
import type { PlanDocument, PlanNode } from '../../schema/types.js';
import { countGrades, formatNumber, gradeScale, type ResolvedGrade } from '../../progress/index.js';
import { gaugeMessages, gaugeStyles, gaugeView, gradeShape, parseToday, type GaugeVariant, type GaugeView } from '../plan-gauge/index.js';
import { gaugeElement } from '../plan-gauge/render.js';
import { goalHeading, selectIndicators, type IndicatorSelection } from './group.js';
import { indicatorsMessages } from './messages.js';
import { indicatorsStyles } from './plan-indicators.styles.js';
import { loadFileWriters } from '../../export/load.js';
import type { IndicatorsFileOptions } from './scene.js';
import { readOverrides } from '../../theme/host.js';
import { gaugeTheme } from '../../theme/gauge.js';
import type { TableState } from './table.js';
import { loadTableAddon } from './table-load.js';
import { rollupStyles, trendToggleStyles } from './table-toggle.styles.js';
import { rollupBar } from './rollup-bar.js';

/**
 * One cell of the grid, built with the DOM like the gauge in it: a template per cell (and one
 * around each gauge) cost more than the cell, for a thousand of them.
 */
function gaugeCell(view: GaugeView, trendLabel: string): HTMLElement {
  const cell = document.createElement('li');
  cell.setAttribute('class', 'cell waiting');
  cell.appendChild(gaugeElement(view));
  // The trend opens on demand (see toggleTrend): a thousand figures up front would cost more than the gauges.
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'trend-toggle';
  button.setAttribute('part', 'trend-toggle');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('data-indicator', view.progress.indicator.id);
  button.textContent = trendLabel;
  cell.appendChild(button);
  return cell;
}

/** A grade's symbol (◎, S) when the plan's evaluation gives one. */
const symbolOf = (grade: ResolvedGrade): string | undefined => grade.symbol;
let trendCount = 0;

/** Cards let go of `waiting` per idle period: each step lays out at most this many in the next frame. */
const CARDS_PER_STEP = 24;

/** The id `<plan-tree>` gives its vision when it is chosen: the whole plan. */
const WHOLE_PLAN = '#vision';

/**
 * All indicators (成果指標) of a plan, or those of one node and its descendants, as a responsive
 * grid of gauges grouped by goal (基本目標), headed by how many indicators are in each grade.
 * A plan or node without indicators gets a short message instead.
 *
 * Linked to a `<plan-tree>` (the same `src`, or `for` naming the tree), it follows the tree's
 * selection: the chosen node's indicators, headed by its name and count, with a button that
 * shows all of them again (and clears the selection). `node` filters without a selection.
 * With `presentation`, type and lines are larger; printed, no card is split across pages.
 *
 * @summary The plan's indicators as gauges, grouped by goal, with a count per grade.
 *
 * @csspart summary - The count of indicators and the count per grade.
 * @csspart group - One goal's indicators, with its heading.
 * @csspart heading - A goal's heading.
 * @csspart grid - The list of gauges of one goal.
 * @csspart gauge - One indicator's gauge (see `<plan-gauge>` for its parts: label, track, value, baseline, target, grade).
 * @csspart message - Shown instead of gauges when there is nothing to show.
 * @csspart filter - Above the gauges while a node is selected: its name and count (`role="status"`) and the show-all button.
 * @csspart show-all - The button that shows all indicators again (it clears the selection).
 * @csspart error - The error panel for a plan that cannot be drawn.
 * @csspart rollup - Under a goal's heading: its indicators' grades as a stacked bar and in words (指標 5件：達成 1、遅れ 2、未計測 2).
 * @csspart trend-toggle - The button on a card or a table row that shows the indicator's `<plan-trend>`.
 * @csspart table - With `layout="table"`: the KPI table.
 * @csspart table-scroll - The box the table scrolls sideways in (its first column stays in view).
 * @csspart row - One indicator's row of the table.
 * @csspart download - The table's download button (CSV, UTF-8 with BOM).
 *
 * @cssprop [--plan-indicators-column-width=14rem] - The narrowest column of the grid.
 * @cssprop [--plan-gauge-grade-achieved-color=#1a7f37] - 達成, and a plan's best grade.
 * @cssprop [--plan-gauge-grade-on-track-color=#0969da] - 順調.
 * @cssprop [--plan-gauge-grade-behind-color=#9a6700] - 遅れ.
 * @cssprop [--plan-gauge-grade-worsened-color=#cf222e] - 悪化, and a plan's lowest grade.
 * @cssprop [--plan-gauge-grade-not-measured-color=#6e7781] - 未計測.
 *
 * @fires plan-error - The plan could not be loaded or is not valid.
 * @fires plan-deselect - The selection was cleared (`clearSelection()` or the show-all button); linked elements clear theirs too.
 */
@customElement('plan-indicators')
export class PlanIndicators extends PlanElement {
  static override styles = [sharedStyles, gaugeStyles, indicatorsStyles, trendToggleStyles, rollupStyles];

  /** `cards` (default): gauges grouped by goal; `table`: the KPI table cities publish (施策, 指標, 基準値, one column per year, 目標値, 進捗, 評価), sortable, with CSV download. */
  @property({ reflect: true }) layout: 'cards' | 'table' = 'cards';

  /** @internal The table's sort and open trends, kept across updates. */
  readonly tableState: TableState = { open: new Set() };

  /** The table and `<plan-trend>`, loaded when first needed; an error message when they could not be. */
  private tableAddon?: Awaited<ReturnType<typeof loadTableAddon>> | string;

  private loadTable(): void {
    loadTableAddon().then(
      (addon) => {
        this.tableAddon = addon;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.tableAddon = `${this.message(indicatorsMessages.loadFailed)} (${String(error)})`;
        this.requestUpdate();
      },
    );
  }

  /** Show only the indicators of this node and its descendants (a node id, e.g. `3-3`); a selection (`selected`) takes its place while there is one. */
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

  /** The cards still waiting to be drawn when idle; replaced (so the old run stops) at each update. */
  private waitingCards?: Element[];

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.drawWaitingCards();
  }

  /**
   * A card away from the screen is skipped by the browser (`waiting`: content-visibility) so that
   * the first screen comes quickly; when the page is idle the cards are drawn, top down, a few at
   * a time, so that the whole list is soon drawn as it would be without skipping (for a
   * full-page screenshot, find in page).
   */
  private drawWaitingCards(): void {
    const cells = [...this.renderRoot.querySelectorAll('.cell.waiting')];
    if (cells.length === 0) return;
    this.waitingCards = cells;
    let next = 0;
    const step = () => {
      if (this.waitingCards !== cells || !this.isConnected) return;
      const end = Math.min(cells.length, next + CARDS_PER_STEP);
      for (; next < end; next++) cells[next]!.classList.remove('waiting');
      if (next < cells.length) whenIdle(step);
      else this.waitingCards = undefined;
    };
    whenIdle(step);
  }

  /**
   * The indicators as a standalone SVG file: the count per grade, each goal's heading and its
   * cards in the columns the screen shows at this element's width, drawn from the same scene as `plan-viz render --view indicators
   * --width W`, in the colours the page set with the custom properties (light unless
   * `color-scheme="dark"`). Rejects when there is nothing to draw.
   */
  override async toSVG(): Promise<string> {
    const { indicatorsSVG, exportMessages } = await loadFileWriters();
    const plan = this.planDocument;
    if (!plan) throw new Error(this.message(exportMessages.nothingDrawn(this.localName)));
    const chosen = this.selected && this.selected !== WHOLE_PLAN ? this.selected : undefined;
    const options: IndicatorsFileOptions = { lang: this.displayLang, today: parseToday(this.today), variant: this.variant === 'bar' ? 'bar' : 'arc' };
    const node = chosen ?? this.node;
    if (node) options.node = node;
    const width = (this.renderRoot.querySelector('.grid') as HTMLElement | null)?.clientWidth || this.clientWidth;
    if (width > 0) options.width = width;
    const style = getComputedStyle(this);
    // The grid's narrowest column as the page set it (--plan-indicators-column-width), in px.
    const column = /^([\d.]+)(px|rem|em)$/.exec(style.getPropertyValue('--plan-indicators-column-width').trim() || (this.presentation ? '14em' : '14rem'));
    if (column)
      options.minColumn = Number(column[1]) * (column[2] === 'px' ? 1 : parseFloat(getComputedStyle(column[2] === 'rem' ? document.documentElement : this).fontSize) || 16);
    return indicatorsSVG(plan, options, { scheme: this.colorScheme === 'dark' ? 'dark' : 'light', overrides: readOverrides(this, gaugeTheme) });
  }

  /** A card's trend button: shows the indicator's `<plan-trend>` below its gauge, or hides it. */
  private toggleTrend(event: Event, plan: PlanDocument): void {
    const button = (event.target as Element | null)?.closest?.('button.trend-toggle');
    if (!(button instanceof HTMLButtonElement)) return;
    const cell = button.parentElement!;
    const open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    cell.querySelector('plan-trend')?.remove();
    if (open) return;
    void loadTableAddon().then(
      () => this.showTrend(button, plan),
      () => button.setAttribute('aria-expanded', 'false'),
    );
  }

  private showTrend(button: HTMLButtonElement, plan: PlanDocument): void {
    const cell = button.parentElement;
    if (!cell || button.getAttribute('aria-expanded') !== 'true' || cell.querySelector('plan-trend')) return;
    const trend = document.createElement('plan-trend');
    trend.plan = plan;
    trend.indicator = button.getAttribute('data-indicator') ?? undefined;
    if (this.today) trend.today = this.today;
    trend.lang = this.displayLang;
    trend.id = `trend-${++trendCount}`;
    button.setAttribute('aria-controls', trend.id);
    cell.appendChild(trend);
  }

  private goalHeading(goal: PlanNode | null): string {
    return goalHeading(goal, this.displayLang, this.planLang);
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
            ${gradeShape(grade)}${symbolOf(grade) ? html`<span class="grade-symbol">${symbolOf(grade)}</span>` : nothing}<span class="grade-name">${grade.label}</span><span class="grade-number">${formatNumber(counts.get(grade.key) ?? 0, lang)}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /** The selected node's name and count, or why it has none, and the button that shows all indicators again. */
  private renderFilter(selection: IndicatorSelection): TemplateResult {
    const lang = this.displayLang;
    const said =
      selection.kind === 'groups'
        ? html`<p class="filter-title" role="status">${selection.node ? this.message(indicatorsMessages.filterTitle(this.goalHeading(selection.node), formatNumber(selection.count, lang))) : nothing}</p>`
        : html`<p part="message" role="status">${this.emptyMessage(selection)}</p>`;
    return html`<div part="filter" class="filter">
      ${said}<button part="show-all" class="show-all" type="button" @click=${() => this.clearSelection()}>${this.message(indicatorsMessages.showAll)}</button>
    </div>`;
  }

  private emptyMessage(selection: Exclude<IndicatorSelection, { kind: 'groups' }>): string {
    switch (selection.kind) {
      case 'no-indicators':
        return this.message(gaugeMessages.noIndicators);
      case 'unknown-node':
        return this.message(gaugeMessages.unknownNode(selection.id));
      case 'node-without-indicators':
        return this.message(gaugeMessages.nodeWithoutIndicators(this.goalHeading(selection.node)));
    }
  }

  protected renderPlan(plan: PlanDocument): TemplateResult {
    // A removed attribute leaves null, an empty one ''; neither selects anything.
    const chosen = this.selected && this.selected !== WHOLE_PLAN ? this.selected : undefined;
    const selection = selectIndicators(plan, chosen ?? this.node);
    if (selection.kind !== 'groups') return chosen === undefined ? html`<p part="message">${this.emptyMessage(selection)}</p>` : this.renderFilter(selection);
    const filter = chosen === undefined ? nothing : this.renderFilter(selection);
    const lang = this.displayLang;
    const today = parseToday(this.today);
    const variant: GaugeVariant = this.variant === 'bar' ? 'bar' : 'arc';
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    if (this.layout === 'table') {
      const addon = this.tableAddon;
      if (typeof addon === 'string') return html`${filter}<p part="message" role="alert">${addon}</p>`;
      if (!addon) {
        this.loadTable();
        return html`${filter}<p part="message" role="status">${this.message(indicatorsMessages.loading)}</p>`;
      }
      return html`${filter}${addon.renderTable(
        this,
        plan,
        selection.groups.flatMap((g) => g.indicators),
        lang,
        today,
      )}`;
    }
    const trendLabel = this.message(indicatorsMessages.trend);
    const scale = gradeScale(plan, lang);
    const groups = selection.groups.map((group) => ({ group, views: group.indicators.map((indicator) => gaugeView(indicator, plan, lang, today, variant)) }));
    /* eslint-disable lit-a11y/click-events-have-key-events -- the grid's click is delegated from its trend buttons (real <button>s: Enter and Space click them) */
    return html`
      ${filter}
      ${this.renderSummary(
        plan,
        groups.flatMap((g) => g.views),
      )}
      ${groups.map(
        ({ group, views }, index) => html`<section part="group" class="group" aria-labelledby="group-${index}">
          <div part="heading" class="heading" role="heading" aria-level=${level} id="group-${index}" lang=${(group.goal && resolveTextLang(group.goal.title, lang, this.planLang)) || nothing}>${this.goalHeading(group.goal)}</div>
          ${rollupBar(
            countGrades(
              scale,
              views.map((v) => v.progress.grade),
            ),
            lang,
          )}
          <ul part="grid" class="grid ${variant}" @click=${(event: Event) => this.toggleTrend(event, plan)}>
            ${views.map((view) => gaugeCell(view, trendLabel))}
          </ul>
        </section>`,
      )}
    `;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-indicators': PlanIndicators;
  }
}
