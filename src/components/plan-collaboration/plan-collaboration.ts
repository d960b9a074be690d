import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PlanSelectDetail } from '../../core/events.js';
import { PlanElement } from '../../core/plan-element.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { ContainerSizeController } from '../../core/container-size.js';
import type { Scene, SceneGroup, SceneItem } from '../../scene/types.js';
import type { Collaboration, PlanDocument, PlanNode } from '../../schema/types.js';
import { layoutCollaboration, type CollaborationLayout } from './layout.js';
import { describeCollaboration, type CollaborationDescription, type DescribedKeyword } from './describe.js';
import { collaborationMessages as m } from './messages.js';
import { collaborationStyles } from './plan-collaboration.styles.js';
import { partOf, renderItems } from './render.js';
import { collaborationScene } from './scene.js';
import { loadFileWriters } from '../../export/load.js';
import { collaborationTheme } from '../../theme/collaboration.js';
import { readOverrides } from '../../theme/host.js';

/** The figure is never laid out narrower than this (px); a narrower container scales it down. */
export const MIN_FIGURE_WIDTH = 280;

/** Widths are rounded down to this step (px), so that resizing does not lay the figure out at every pixel. */
const WIDTH_STEP = 8;

/** In presentation, text is this much larger relative to the figure. */
export const PRESENTATION_FONT_SCALE = 1.5;

/** Widths tried in presentation, as multiples of the box's height (the widest that fits is the box's width). */
const PRESENTATION_WIDTHS = [0.8, 0.9, 1, 4 / 3] as const;

/**
 * The plan's figure of who works together (協働): each actor (個人・地域・行政 …) a circle, the
 * circles overlapping around a common centre that names what they do together, the goal of the
 * whole as the title, and an outer ring (社会・地域・暮らし …). Each keyword (見守り, 防犯 …) sits
 * in the region of the actors it names; keywords naming no actor sit around the circles. A
 * keyword that finds no room in its region is numbered there and written in a key under the
 * figure. The figure takes its container's width (up to `max-width`) so that text stays at its
 * size; a screen reader gets the same content as a list: each actor with its keywords, then the
 * shared ones. With `presentation` the figure is laid out to fill the element's box with
 * keywords 1.5 times larger (relative to the figure) and heavier lines, and scales to fit.
 *
 * @summary Overlapping circles of the actors of a plan, with the issues they share (協働の図).
 *
 * @fires plan-select - A keyword that links to a node was chosen (click, Enter or Space); `detail` is `{ id, node }`.
 * @fires plan-error - The plan could not be loaded or is not valid; the element shows why.
 *
 * @csspart figure - The figure around the SVG.
 * @csspart title - The title above the circles (地域福祉の実現).
 * @csspart ring - The outer ring: its segments and their labels.
 * @csspart actor - An actor's circle (an SVG group); hovering it highlights the circle and its keywords.
 * @csspart actor-name - An actor's name.
 * @csspart center - The label where all circles overlap (協働).
 * @csspart keyword - A keyword: its box and text (in the key, its text). Linked ones are buttons; the one whose node is `selected` has `aria-current="true"`.
 * @csspart marker - The numbered badge that stands in the figure for a keyword written in the key.
 * @csspart message - Shown instead of the figure when the plan has no collaboration.
 * @csspart error - The panel shown when the plan cannot be drawn.
 *
 * @cssprop [--plan-collaboration-actor-1-color=#1d5a9e] - Actor 1's circle and name. Actors 2–6: `#b03a14`, `#2a7232`, `#743b96`, `#a3195b`, `#0b6c71`.
 * @cssprop [--plan-collaboration-fill-opacity=0.1] - Opacity of the circles' fill.
 * @cssprop [--plan-collaboration-text-color=#1b1b1b] - Keywords, the centre and the title.
 * @cssprop [--plan-collaboration-keyword-background=#ffffff] - Behind a keyword.
 * @cssprop [--plan-collaboration-link-color=#0b57d0] - A keyword that links to a node: its text and border (other keywords have none).
 * @cssprop [--plan-collaboration-ring-color=#e4eaf1] - The outer ring.
 * @cssprop [--plan-collaboration-ring-label-color=#d3dde8] - Behind a ring label.
 * @cssprop [--plan-collaboration-ring-text-color=#1f2d3d] - A ring label.
 * @cssprop [--plan-collaboration-badge-color=#2b2f36] - A number badge.
 * @cssprop [--plan-collaboration-badge-text-color=#ffffff] - Its number.
 * @cssprop [--plan-collaboration-focus-color=#0b57d0] - The focus ring.
 * @cssprop [--plan-collaboration-background=#ffffff] - Behind the figure.
 */
@customElement('plan-collaboration')
export class PlanCollaboration extends PlanElement {
  static override styles = [sharedStyles, collaborationStyles];

  /** The widest the figure gets (px). In a narrower container it takes the container's width. */
  @property({ attribute: 'max-width', type: Number, reflect: true }) maxWidth = 800;

  /** Font size of the keywords (px); names, the centre and the title are set larger. Smaller where labels would not fit. */
  @property({ attribute: 'font-size', type: Number, reflect: true }) fontSize = 14;

  /** The element's own box, followed with a ResizeObserver; its height only in presentation. */
  private readonly container = new ContainerSizeController(this, () => this.presentation);
  /** The actor whose circle the pointer is over. */
  @state() private hoveredActor?: string;
  /** The keyword that has focus. */
  @state() private focusedKeyword?: number;

  private layoutCache = new Map<string, CollaborationLayout | undefined>();
  private cachedPlan?: PlanDocument;
  private current?: CollaborationLayout;
  private scenes = new WeakMap<CollaborationLayout, { presentation: boolean; description: CollaborationDescription; scene: Scene }>();
  private described?: { plan: PlanDocument; lang: string; description: CollaborationDescription | undefined };

  /** The current figure's numbers (circles, label boxes, ring); undefined without a collaboration. */
  get collaborationLayout(): CollaborationLayout | undefined {
    return this.current;
  }

  /** The width the figure is laid out at. */
  private figureWidth(): number {
    const widest = Number.isFinite(this.maxWidth) && this.maxWidth > 0 ? this.maxWidth : 800;
    const room = this.container.width > 0 ? Math.min(this.container.width, widest) : widest;
    return Math.max(MIN_FIGURE_WIDTH, Math.floor(room / WIDTH_STEP) * WIDTH_STEP);
  }

  private layoutFor(plan: PlanDocument): CollaborationLayout | undefined {
    if (this.cachedPlan !== plan) {
      this.layoutCache.clear();
      this.cachedPlan = plan;
    }
    if (!this.presentation || this.container.width <= 0 || this.container.height <= 0) return this.layoutAt(plan, this.figureWidth());
    // On a slide the figure fills the box and `max-width` does not apply. Its height follows
    // its width (and grows with a key under it), and keywords are set smaller where they would
    // not fit: of a few widths near the box's height, take the one whose keywords are drawn largest.
    const box = { width: this.container.width, height: this.container.height };
    let best: CollaborationLayout | undefined;
    let bestSize = 0;
    for (const factor of PRESENTATION_WIDTHS) {
      const width = Math.max(MIN_FIGURE_WIDTH, Math.floor(Math.min(box.width, box.height * factor) / WIDTH_STEP) * WIDTH_STEP);
      const layout = this.layoutAt(plan, width);
      if (!layout) return undefined;
      const scale = Math.min(box.width / layout.width, box.height / layout.height);
      let smallest = Infinity;
      for (const keyword of layout.keywords) smallest = Math.min(smallest, keyword.label.fontSize);
      const size = (Number.isFinite(smallest) ? smallest : 1) * scale;
      if (size > bestSize + 0.05) {
        best = layout;
        bestSize = size;
      }
    }
    return best;
  }

  private layoutAt(plan: PlanDocument, width: number): CollaborationLayout | undefined {
    const base = Number.isFinite(this.fontSize) && this.fontSize > 0 ? this.fontSize : 14;
    const fontSize = this.presentation ? Math.round(base * PRESENTATION_FONT_SCALE) : base;
    const lang = this.displayLang;
    const key = `${lang}|${width}|${fontSize}`;
    if (!this.layoutCache.has(key)) {
      if (this.layoutCache.size > 8 + PRESENTATION_WIDTHS.length) this.layoutCache.clear();
      this.layoutCache.set(key, layoutCollaboration(plan, { width, fontSize, lang }));
    }
    return this.layoutCache.get(key);
  }

  protected renderPlan(plan: PlanDocument): TemplateResult {
    const collaboration = plan.collaboration;
    const layout = collaboration ? this.layoutFor(plan) : undefined;
    this.current = layout;
    const description = layout ? this.describe(plan) : undefined;
    if (!collaboration || !layout || !description) return html`<p part="message">${this.message(m.noCollaboration)}</p>`;
    const scene = this.sceneFor(plan, layout, description);
    const name = this.message(m.figureName(this.text(collaboration.title)));
    return html`<figure part="figure" aria-label=${name}>${this.renderFigure(scene, layout, description)} ${this.renderDescription(description)}</figure>`;
  }

  /** The figure as text in the display language, made once per plan and language. */
  private describe(plan: PlanDocument): CollaborationDescription | undefined {
    const lang = this.displayLang;
    if (this.described?.plan !== plan || this.described.lang !== lang) this.described = { plan, lang, description: describeCollaboration(plan, lang) };
    return this.described.description;
  }

  /** The scene of a layout, made once per layout (and presentation). */
  private sceneFor(plan: PlanDocument, layout: CollaborationLayout, description: CollaborationDescription): Scene {
    const known = this.scenes.get(layout);
    if (known && known.presentation === this.presentation && known.description === description) return known.scene;
    const scene = collaborationScene(plan, layout, description, this.displayLang, this.presentation);
    this.scenes.set(layout, { presentation: this.presentation, description, scene });
    return scene;
  }

  /**
   * The figure as a standalone SVG file (Japanese font stack, `<title>` and `<desc>`), for slides
   * and print: the light colours unless `color-scheme` is `dark`, with the page's own values of
   * the custom properties. The same bytes as `plan-viz render --view collaboration` at 800 px.
   * Rejects when there is no valid plan to draw.
   */
  override async toSVG(): Promise<string> {
    const { sceneToSVG } = await loadFileWriters();
    const plan = this.planDocument;
    const layout = this.current;
    const description = plan && layout ? this.describe(plan) : undefined;
    if (!plan || !layout || !description) return super.toSVG();
    const scene = this.sceneFor(plan, layout, description);
    return sceneToSVG(scene, collaborationTheme, { scheme: this.colorScheme === 'dark' ? 'dark' : 'light', overrides: readOverrides(this, collaborationTheme) });
  }

  private renderFigure(scene: Scene, layout: CollaborationLayout, description: CollaborationDescription): TemplateResult {
    const nodes = new Map<number, PlanNode>();
    for (const group of [...description.actors, ...description.groups]) for (const keyword of group.keywords) if (keyword.node) nodes.set(keyword.index, keyword.node);
    const highlightedActors = new Set<number>();
    const actorIndex = new Map(layout.actors.map((a) => [a.id, a.index] as const));
    if (this.hoveredActor !== undefined) highlightedActors.add(actorIndex.get(this.hoveredActor) ?? -1);
    const focused = this.focusedKeyword === undefined ? undefined : layout.keywords[this.focusedKeyword];
    for (const id of focused?.actors ?? []) highlightedActors.add(actorIndex.get(id) ?? -1);
    const hovered = this.hoveredActor === undefined ? undefined : actorIndex.get(this.hoveredActor);
    // The focus ring of a keyword in the key reaches round its badge, which is drawn outside it.
    const keyBadges = new Map<string, SceneItem>();
    for (const item of scene.items) if (item.type === 'group' && item.key?.startsWith('badge:')) keyBadges.set(item.key.slice(6), item.children[0] ?? item);
    const group = (item: SceneGroup, content: SVGTemplateResult[], top: boolean): SVGTemplateResult => {
      const key = item.key ?? '';
      if (key.startsWith('actor:')) {
        const index = Number(key.slice(6));
        const id = layout.actors[index]?.id ?? '';
        return svg`<g part="actor" class="${item.part ?? ''} ${highlightedActors.has(index) ? 'highlighted' : ''}" data-actor=${id} aria-hidden="true"
          @pointerenter=${() => (this.hoveredActor = id)}
          @pointerleave=${() => {
            if (this.hoveredActor === id) this.hoveredActor = undefined;
          }}>${content}</g>`;
      }
      if (key.startsWith('keyword:')) {
        const index = Number(key.slice(8));
        const actors = (layout.keywords[index]?.actors ?? []).map((id) => actorIndex.get(id) ?? -1);
        const lit = actors.find((i) => highlightedActors.has(i) && (hovered === undefined || i === hovered));
        return this.renderKeyword(item, content, index, nodes.get(index), lit, keyBadges.get(key));
      }
      if (item.x !== undefined || item.y !== undefined) return svg`<g transform="translate(${item.x ?? 0} ${item.y ?? 0})">${content}</g>`;
      return svg`<g part=${partOf(item) ?? nothing} class=${item.part ?? nothing} aria-hidden=${top ? 'true' : nothing}>${content}</g>`;
    };
    return html`<svg viewBox="0 0 ${scene.width} ${scene.height}" width=${scene.width} height=${scene.height}>${renderItems(scene.items, group)}</svg>`;
  }

  /** A keyword; `lit` is the actor whose colour highlights it. */
  private renderKeyword(
    item: SceneGroup,
    content: SVGTemplateResult[],
    index: number,
    node: PlanNode | undefined,
    lit: number | undefined,
    keyBadge: SceneItem | undefined,
  ): SVGTemplateResult {
    const highlighted = lit !== undefined || this.focusedKeyword === index;
    const selected = node !== undefined && this.selected === node.id;
    const classes = `${item.part ?? 'keyword'} ${highlighted ? 'highlighted' : ''} ${selected ? 'selected' : ''} ${lit !== undefined ? `actor-${lit + 1}` : ''}`;
    if (!node) return svg`<g part="keyword" class=${classes} aria-hidden="true">${content}</g>`;
    const select = () => this.select(node);
    return svg`<g part="keyword" class=${classes} role="button" tabindex="0" aria-current=${selected ? 'true' : nothing} aria-label=${item.label ?? ''}
      @click=${select}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        select();
      }}
      @focus=${() => (this.focusedKeyword = index)}
      @blur=${() => {
        if (this.focusedKeyword === index) this.focusedKeyword = undefined;
      }}>${content}${this.focusRing(item, keyBadge)}</g>`;
  }

  /** The ring drawn around a focused keyword, a little outside its box (and its badge, in the key). */
  private focusRing(item: SceneGroup, keyBadge: SceneItem | undefined): SVGTemplateResult | typeof nothing {
    const text = item.children.find((child) => child.type === 'text');
    const box = text?.type === 'text' ? text.box : undefined;
    if (!box) return nothing;
    const badge = keyBadge?.type === 'group' ? keyBadge.children.find((child) => child.type === 'circle') : undefined;
    const left = badge?.type === 'circle' ? badge.cx - badge.r : box.x;
    return svg`<rect class="focus-ring" x=${left - 3} y=${box.y - 3} width=${box.x + box.width - left + 6} height=${box.height + 6} rx="6"></rect>`;
  }

  private select(node: PlanNode): void {
    const detail: PlanSelectDetail = { id: node.id, node };
    this.dispatchEvent(new CustomEvent('plan-select', { detail, bubbles: true, composed: true }));
  }

  /** The figure as text: each actor with its own keywords, then the keywords they share, then the ones around them, then the ring. */
  private renderDescription(d: CollaborationDescription): TemplateResult {
    const item = (keyword: DescribedKeyword) => html`<li lang=${keyword.lang ?? nothing}>${keyword.text}${keyword.linksTo ?? nothing}</li>`;
    const list = (items: DescribedKeyword[]) => html`<ul>
      ${items.map(item)}
    </ul>`;
    return html`<div class="visually-hidden">
      <p>${d.summary}</p>
      <ul>
        ${d.actors.map(
          (actor) => html`<li>
            <span lang=${actor.name.lang ?? nothing}>${actor.name.text}</span>${actor.description ? html`：<span lang=${actor.description.lang ?? nothing}>${actor.description.text}</span>` : nothing}
            ${actor.keywords.length > 0 ? list(actor.keywords) : html` ${d.nothingAlone}`}
          </li>`,
        )}
        ${d.groups.map((group) => html`<li>${group.heading} ${list(group.keywords)}</li>`)}
      </ul>
      ${d.ring ? html`<p>${d.ring}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-collaboration': PlanCollaboration;
  }
}
