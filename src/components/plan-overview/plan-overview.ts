import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { localize } from '../../schema/messages.js';
import type { PlanDocument } from '../../schema/types.js';
import type { Scene } from '../../scene/types.js';
import { overviewMessages as m } from './messages.js';
import { OverviewPart } from './overview-part.js';
import { overviewScene } from './overview-scene.js';
import { heading, headingTag, renderSections, renderTimeline } from './parts.js';
import { overviewColors, overviewLayoutStyles, overviewPartStyles } from './plan-overview.styles.js';
import { renderPeriod } from './plan-period.js';
import { renderRelations } from './plan-relations.js';
import { formatFiscalYear } from '../../progress/format.js';
import { readOverrides } from '../../theme/host.js';
import { loadBeside } from '../../core/autoload.js';
import type { ResolveOptions, Theme } from '../../theme/define.js';

type Figures = typeof import('./figures.js');

/** True in plan-viz-overview.iife.js (vite.config.ts defines it). */
declare const __PLAN_VIZ_OVERVIEW_IIFE__: boolean | undefined;

/**
 * The whole 概要版 of a plan as a section of a web page, from the same document as the other
 * elements: the title and municipality, the period bar (with its extension and today's fiscal
 * year), the 位置づけ diagram, the timeline, the plan's sections as panels, and the tree and
 * collaboration figure when the page puts them in the `tree` and `collaboration` slots. One
 * column on a phone, two or three on wider boxes (container queries on the element's own width);
 * in print every panel stays whole on its page (A3 landscape holds it on one sheet, A4 portrait
 * on two; the page sets `@page { size: A3 landscape }`). Headings run in order from
 * `heading-level`. Each part is also an element of its own: `<plan-period>`,
 * `<plan-relations>`, `<plan-timeline>`.
 *
 * @summary The plan's 概要版: period, 位置づけ, timeline, sections, tree and collaboration.
 *
 * @attr today - The date deciding today's fiscal year (`YYYY-MM-DD`); default the real today.
 * @attr heading-level - The level of the overview's title, 1 to 3 (default 2); the parts' headings are one below.
 * @slot tree - A `<plan-tree>` (or anything) shown as the 体系図 panel.
 * @slot collaboration - A `<plan-collaboration>` shown as the 協働の図 panel.
 * @csspart header - The title, municipality and period label.
 * @csspart period - The period figure.
 * @csspart relations - The 位置づけ figure.
 * @csspart timeline - The timeline list; `event` and `planned` its events.
 * @csspart section - One of the plan's sections.
 * @csspart panel - Every panel.
 * @csspart empty - A sentence shown where the plan gives nothing for a part.
 * @csspart error - The error panel for a plan that cannot be drawn.
 * @cssprop [--plan-overview-box-color=#ffffff] - Panel and box backgrounds.
 * @fires plan-error - The plan could not be loaded or is not valid.
 */
/** The width the printed figures are laid out for: a column of an A3 landscape or A4 portrait page at the print scale. */
const PRINT_WIDTH = 540;

@customElement('plan-overview')
export class PlanOverview extends OverviewPart {
  static override styles = [sharedStyles, overviewColors, overviewPartStyles, overviewLayoutStyles];

  /** The level of the overview's title, 1 to 3 (default 2); the parts' headings are one below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The width of each figure's panel, measured (they differ with the number of columns). */
  @state() private widths: Record<string, number> = {};

  /** Which slots the page filled: a panel is shown only for those. */
  @state() private filled: Record<string, boolean> = {};

  private observer?: ResizeObserver;

  /** The tree's and the collaboration's scene builders, for the file: loaded once a slot holds one of them. */
  private figures?: Figures;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    for (const name of ['tree', 'collaboration']) this.filled = { ...this.filled, [name]: this.querySelector(`:scope > [slot="${name}"]`) !== null };
    this.loadFigures();
  }

  private loadFigures(): void {
    if (this.figures || !(this.filled.tree || this.filled.collaboration)) return;
    // In plan-viz-overview.iife.js (one file, no chunks) they are a file of their own beside it.
    const loading =
      typeof __PLAN_VIZ_OVERVIEW_IIFE__ !== 'undefined' && __PLAN_VIZ_OVERVIEW_IIFE__
        ? loadBeside<Figures>('plan-viz-overview-figures.iife.js', 'PlanVizOverviewFigures')
        : import('./figures.js');
    loading.then(
      (figures) => (this.figures = figures),
      () => undefined,
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Each figure is laid out for its panel's width; the panels change width with the columns.
    this.observer ??= new ResizeObserver((entries) => {
      const next = { ...this.widths };
      let moved = false;
      for (const entry of entries) {
        const key = (entry.target as HTMLElement).dataset.fig ?? '';
        const width = Math.round(entry.contentRect.width);
        if (width > 0 && Math.abs((next[key] ?? 0) - width) >= 1) {
          next[key] = width;
          moved = true;
        }
      }
      if (moved) requestAnimationFrame(() => (this.widths = next));
    });
    for (const element of this.renderRoot.querySelectorAll<HTMLElement>('[data-fig]')) this.observer.observe(element);
  }

  private slotChanged(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.filled = { ...this.filled, [slot.name]: slot.assignedElements().length > 0 };
    this.loadFigures();
  }

  private width(key: string): number {
    return this.widths[key] || Math.max(280, this.figureWidth - 34);
  }

  /** The `<plan-tree>` or `<plan-collaboration>` the page put in a slot, if any. */
  private slotted(name: 'tree' | 'collaboration'): HTMLElement | undefined {
    const element = this.querySelector<HTMLElement>(`:scope > [slot="${name}"]`);
    return element?.localName === `plan-${name}` ? element : undefined;
  }

  /**
   * The whole overview for the file, with the tree and the collaboration figure when their slots
   * hold a `<plan-tree>` or `<plan-collaboration>`: drawn from this plan by their scene builders
   * (the tree whole, in the slotted tree's orientation, vision writing and line limit), in the
   * colours the page gave those elements. The same bytes as `plan-viz render --view overview` at
   * this element's width (at least 640 px).
   */
  protected exportScene(plan: PlanDocument): Scene {
    const lang = this.displayLang;
    const width = Math.max(640, this.figureWidth);
    const figures = this.figures;
    const scheme = this.colorScheme === 'dark' ? 'dark' : 'light';
    const tree = this.slotted('tree') as (HTMLElement & { orientation?: 'horizontal' | 'vertical'; visionWriting?: 'horizontal' | 'vertical'; maxLines?: number }) | undefined;
    const collaboration = this.slotted('collaboration');
    const colors = (element: HTMLElement, theme: Theme): ResolveOptions => ({ scheme, overrides: readOverrides(element, theme) });
    return overviewScene(plan, {
      width,
      lang,
      today: this.todayYear,
      tree:
        figures && tree && plan.goals.length > 0
          ? figures.treeFigure(
              plan,
              lang,
              { orientation: tree.orientation ?? 'horizontal', visionWriting: tree.visionWriting ?? 'horizontal', maxLines: tree.maxLines ?? 3 },
              colors(tree, figures.treeTheme),
            )
          : undefined,
      collaboration: figures && collaboration ? figures.collaborationFigure(plan, lang, width, colors(collaboration, figures.collaborationTheme)) : undefined,
    });
  }

  protected renderPlan(plan: PlanDocument): TemplateResult {
    const lang = this.displayLang;
    const level = Math.min(3, Math.max(1, Math.round(this.headingLevel) || 2));
    const title = this.text(plan.plan.title);
    const sub = headingTag(level + 1);
    const period = plan.plan.period;
    const periodText = period ? this.text(period.label) || localize(m.range(formatFiscalYear(period.from, lang), formatFiscalYear(period.to, lang)), lang) : '';
    const panel = (name: string, label: string, body: TemplateResult, extra = '') =>
      html`<section part="panel" class=${`panel ${name} ${extra}`} aria-labelledby=${`${name}-heading`}>${heading(sub, label, `${name}-heading`)}${body}</section>`;
    const slotPanel = (name: 'tree' | 'collaboration') =>
      html`<section part="panel" class="panel ${name}" ?hidden=${!this.filled[name]} aria-labelledby=${`${name}-heading`}>
        ${heading(sub, localize(m[name], lang), `${name}-heading`)}<slot name=${name} @slotchange=${this.slotChanged}></slot>
      </section>`;
    // Two drawings of each figure: one laid out for its panel on screen, one for a printed page's column
    // (print does not wait for a new layout); CSS shows one of them.
    const figure = (name: string, draw: (width: number) => TemplateResult) =>
      html`<div class="fig screen" data-fig=${name}>${draw(this.width(name))}</div><div class="fig print">${draw(PRINT_WIDTH)}</div>`;
    // The columns are boxes only on a printed A3 page; elsewhere (display: contents) the panels are grid items themselves.
    return html`<article class="overview" lang=${lang}>
      <div class="col col-a">
        <header part="header">
          ${level === 1 ? html`<h1>${title}</h1>` : level === 3 ? html`<h3>${title}</h3>` : html`<h2>${title}</h2>`}
          ${plan.plan.municipality || periodText ? html`<p>${[this.text(plan.plan.municipality), periodText].filter(Boolean).join('　')}</p>` : nothing}
        </header>
        ${panel(
          'period',
          localize(m.period, lang),
          figure('period', (width) => renderPeriod(plan, lang, width, this.todayYear, title)),
        )}
        ${panel(
          'relations',
          localize(m.relations, lang),
          figure('relations', (width) => renderRelations(plan, lang, width)),
        )}
      </div>
      <div class="col col-b">${slotPanel('tree')}</div>
      <div class="col col-c">${panel('timeline-panel', localize(m.timeline, lang), renderTimeline(plan, lang, headingTag(level + 2)))} ${slotPanel('collaboration')}</div>
      <div class="col col-d"><div class="sections">${renderSections(plan, lang, sub)}</div></div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-overview': PlanOverview;
  }
}
