import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PlanSelectDetail } from '../../core/events.js';
import { PlanElement } from '../../core/plan-element.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { ContainerSizeController } from '../../core/container-size.js';
import { resolveTextLang } from '../../schema/text.js';
import type { Collaboration, Keyword, PlanDocument, PlanNode, Text } from '../../schema/types.js';
import { layoutCollaboration, type Badge, type CollaborationLayout, type KeywordLayout, type LabelLayout } from './layout.js';
import { collaborationMessages as m } from './messages.js';
import { collaborationStyles } from './plan-collaboration.styles.js';

/** The figure is never laid out narrower than this (px); a narrower container scales it down. */
export const MIN_FIGURE_WIDTH = 280;

/** Widths are rounded down to this step (px), so that resizing does not lay the figure out at every pixel. */
const WIDTH_STEP = 8;

/** In presentation, text is this much larger relative to the figure. */
export const PRESENTATION_FONT_SCALE = 1.5;

/** Widths tried in presentation, as multiples of the box's height (the widest that fits is the box's width). */
const PRESENTATION_WIDTHS = [0.8, 0.9, 1, 4 / 3] as const;

function findNode(nodes: readonly PlanNode[], id: string): PlanNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = node.children ? findNode(node.children, id) : undefined;
    if (found) return found;
  }
  return undefined;
}

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
    if (!collaboration || !layout) return html`<p part="message">${this.message(m.noCollaboration)}</p>`;
    const name = this.message(m.figureName(this.text(collaboration.title)));
    return html`<figure part="figure" aria-label=${name}>
      ${this.renderFigure(plan, collaboration, layout)} ${this.renderDescription(plan, collaboration)}
    </figure>`;
  }

  private renderFigure(plan: PlanDocument, collaboration: Collaboration, layout: CollaborationLayout): TemplateResult {
    const keywords = collaboration.keywords ?? [];
    const highlightedActors = new Set<string>();
    if (this.hoveredActor) highlightedActors.add(this.hoveredActor);
    const focused = this.focusedKeyword === undefined ? undefined : layout.keywords[this.focusedKeyword];
    for (const id of focused?.actors ?? []) highlightedActors.add(id);
    const actorClass = new Map(layout.actors.map((a) => [a.id, `actor-${a.index + 1}`] as const));
    return html`<svg viewBox="0 0 ${layout.width} ${layout.height}" width=${layout.width} height=${layout.height}>
      ${layout.title ? svg`<g part="title" class="title" aria-hidden="true">${this.lines(layout.title)}</g>` : nothing}
      ${layout.ring.length > 0
        ? svg`<g part="ring" class="ring" aria-hidden="true">
            <g transform="translate(${layout.cx} ${layout.cy})">${layout.ring.map((segment) => svg`<path d=${segment.path}></path>`)}</g>
            ${layout.ring.map((segment) => (segment.label.lines.length > 0 ? svg`<g class="ring-label">${this.box(segment.label, 4)}${this.lines(segment.label)}</g>` : nothing))}
          </g>`
        : nothing}
      <g class="circles">
        ${layout.actors.map(
          (actor) => svg`<g part="actor" class="actor actor-${actor.index + 1} ${highlightedActors.has(actor.id) ? 'highlighted' : ''}" data-actor=${actor.id} aria-hidden="true"
            @pointerenter=${() => (this.hoveredActor = actor.id)}
            @pointerleave=${() => {
              if (this.hoveredActor === actor.id) this.hoveredActor = undefined;
            }}>
            <circle class="circle" cx=${actor.cx} cy=${actor.cy} r=${actor.r}></circle>
          </g>`,
        )}
      </g>
      <g part="center" class="center" aria-hidden="true">${this.lines(layout.center)}</g>
      ${layout.actors.map((actor) =>
        actor.key
          ? this.badge(actor.key.marker, actor.key.number, `marker actor-badge actor-${actor.index + 1}`)
          : svg`<g part="actor-name" class="actor-name actor-${actor.index + 1}" aria-hidden="true">${actor.inRegion ? nothing : this.box(actor.label, 4)}${this.lines(actor.label)}</g>`,
      )}
      ${layout.actors.map((actor) => (actor.key ? this.keyEntry(actor.label, actor.key.badge, actor.key.number, `actor-${actor.index + 1} actor-name actor-badge`) : nothing))}
      ${layout.keywords.map((keyword) => this.renderKeyword(plan, keyword, keywords[keyword.index], highlightedActors, actorClass))}
    </svg>`;
  }

  private renderKeyword(plan: PlanDocument, layout: KeywordLayout, keyword: Keyword | undefined, highlightedActors: Set<string>, actorClass: Map<string, string>): SVGTemplateResult {
    const node = layout.node === undefined ? undefined : findNode(plan.goals, layout.node);
    const lit = layout.actors.find((id) => highlightedActors.has(id) && (this.hoveredActor === undefined || id === this.hoveredActor));
    const highlighted = lit !== undefined || this.focusedKeyword === layout.index;
    const selected = node !== undefined && this.selected === node.id;
    const classes = ['keyword', node ? 'linked' : '', highlighted ? 'highlighted' : '', selected ? 'selected' : '', lit ? actorClass.get(lit) ?? '' : ''].join(' ');
    const label = layout.label;
    const content = layout.key
      ? this.lines(label)
      : svg`<rect class="chip" x=${label.box.x} y=${label.box.y} width=${label.box.width} height=${label.box.height} rx=${Math.min(6, label.box.height / 2)}></rect>${this.lines(label)}`;
    const ring = this.focusRing(layout);
    // The badges stay outside the keyword, so that what a button shows is what it is called.
    const marker = layout.key?.marker ? this.badge(layout.key.marker, layout.key.number, 'marker') : nothing;
    const keyBadge = layout.key ? svg`<g class="key-badge" aria-hidden="true">${this.badgeShape(layout.key.badge, layout.key.number)}</g>` : nothing;
    if (!node || !keyword?.node) return svg`${marker}${keyBadge}<g part="keyword" class=${classes} aria-hidden="true">${content}</g>`;
    const select = () => this.select(node);
    return svg`${marker}${keyBadge}<g part="keyword" class=${classes} role="button" tabindex="0" aria-current=${selected ? 'true' : nothing} aria-label=${label.text + this.message(m.linksTo(this.text(node.title)))}
      @click=${select}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        select();
      }}
      @focus=${() => (this.focusedKeyword = layout.index)}
      @blur=${() => {
        if (this.focusedKeyword === layout.index) this.focusedKeyword = undefined;
      }}>${content}${ring}</g>`;
  }

  /** The ring drawn around a focused keyword, a little outside its box (and its badge, in the key). */
  private focusRing(layout: KeywordLayout): SVGTemplateResult {
    const box = layout.label.box;
    const left = layout.key ? layout.key.badge.x - layout.key.badge.r : box.x;
    const x = left - 3;
    const y = box.y - 3;
    return svg`<rect class="focus-ring" x=${x} y=${y} width=${box.x + box.width - left + 6} height=${box.height + 6} rx="6"></rect>`;
  }

  private keyEntry(label: LabelLayout, badge: Badge, number: number, classes: string): SVGTemplateResult {
    return svg`<g part="keyword" class="key-entry ${classes}" aria-hidden="true">${this.badgeShape(badge, number)}${this.lines(label)}</g>`;
  }

  private badge(badge: Badge | undefined, number: number, classes: string): SVGTemplateResult | typeof nothing {
    if (!badge) return nothing;
    return svg`<g part="marker" class=${classes} aria-hidden="true">${this.badgeShape(badge, number)}</g>`;
  }

  private badgeShape(badge: Badge, number: number): SVGTemplateResult {
    return svg`<g class="badge"><circle cx=${badge.x} cy=${badge.y} r=${badge.r}></circle><text x=${badge.x} y=${badge.y} font-size=${Math.round(badge.r * 1.15 * 100) / 100} text-anchor="middle">${number}</text></g>`;
  }

  private box(label: LabelLayout, radius: number): SVGTemplateResult {
    const b = label.box;
    return svg`<rect x=${b.x} y=${b.y} width=${b.width} height=${b.height} rx=${radius}></rect>`;
  }

  private lines(label: LabelLayout): SVGTemplateResult[] {
    // A line that was broken at a space keeps it at its end: SVG does not draw it, but the text
    // read from the drawing ("Help into" + "work") keeps its words apart.
    let at = 0;
    return label.lines.map((line) => {
      const found = label.text.indexOf(line.text, at);
      at = found < 0 ? at : found + line.text.length;
      const spaced = found >= 0 && /\s/.test(label.text.charAt(at)) ? `${line.text} ` : line.text;
      return svg`<text x=${line.x} y=${line.y} font-size=${label.fontSize} text-anchor=${label.align} lang=${label.lang ?? nothing}>${spaced}</text>`;
    });
  }

  private select(node: PlanNode): void {
    const detail: PlanSelectDetail = { id: node.id, node };
    this.dispatchEvent(new CustomEvent('plan-select', { detail, bubbles: true, composed: true }));
  }

  /** The figure as text: each actor with its own keywords, then the keywords they share, then the ones around them, then the ring. */
  private renderDescription(plan: PlanDocument, collaboration: Collaboration): TemplateResult {
    const actors = collaboration.actors;
    const keywords = collaboration.keywords ?? [];
    const names = new Map(actors.map((a) => [a.id, this.text(a.label)] as const));
    const order = new Map(actors.map((a, i) => [a.id, i] as const));
    const join = (ids: string[]) => {
      const list = ids.map((id) => names.get(id) ?? id);
      if (list.length <= 1) return list.join('');
      return `${list.slice(0, -1).join(this.message(m.listSeparator))}${this.message(m.lastSeparator)}${list[list.length - 1]}`;
    };
    const setOf = (keyword: Keyword) => [...new Set((keyword.actors ?? []).filter((id) => order.has(id)))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const alone = new Map<string, Keyword[]>();
    const shared = new Map<string, { ids: string[]; keywords: Keyword[] }>();
    const everyone: Keyword[] = [];
    const around: Keyword[] = [];
    for (const keyword of keywords) {
      const ids = setOf(keyword);
      if (ids.length === 0) around.push(keyword);
      else if (ids.length === 1) alone.set(ids[0] ?? '', [...(alone.get(ids[0] ?? '') ?? []), keyword]);
      else if (ids.length === actors.length) everyone.push(keyword);
      else {
        const key = ids.join('\n');
        const group = shared.get(key) ?? { ids, keywords: [] };
        group.keywords.push(keyword);
        shared.set(key, group);
      }
    }
    const center = this.text(collaboration.center);
    const item = (keyword: Keyword) => {
      const node = keyword.node === undefined ? undefined : findNode(plan.goals, keyword.node);
      return html`<li lang=${this.langOf(keyword.text) ?? nothing}>${this.text(keyword.text)}${node ? this.message(m.linksTo(this.text(node.title))) : nothing}</li>`;
    };
    const list = (items: Keyword[]) => html`<ul>
      ${items.map(item)}
    </ul>`;
    const ring = (collaboration.ring ?? []).map((label) => this.text(label)).filter((label) => label !== '');
    return html`<div class="visually-hidden">
      <p>${this.message(m.summary(join(actors.map((a) => a.id)), center))}</p>
      <ul>
        ${actors.map((actor) => {
          const own = alone.get(actor.id) ?? [];
          return html`<li>
            <span lang=${this.langOf(actor.label) ?? nothing}>${names.get(actor.id)}</span>${actor.description ? html`：<span lang=${this.langOf(actor.description) ?? nothing}>${this.text(actor.description)}</span>` : nothing}
            ${own.length > 0 ? list(own) : html` ${this.message(m.nothingAlone)}`}
          </li>`;
        })}
        ${[...shared.values()].map((group) => html`<li>${this.message(m.shared(join(group.ids)))} ${list(group.keywords)}</li>`)}
        ${everyone.length > 0 ? html`<li>${this.message(m.everyone(center))} ${list(everyone)}</li>` : nothing}
        ${around.length > 0 ? html`<li>${this.message(m.around)} ${list(around)}</li>` : nothing}
      </ul>
      ${ring.length > 0 ? html`<p>${this.message(m.ring(ring.join(this.message(m.ringSeparator))))}</p>` : nothing}
    </div>`;
  }

  /** The language a text is shown in, when it is not the display language (for the `lang` attribute). */
  private langOf(text: Text | undefined): string | undefined {
    const lang = resolveTextLang(text, this.displayLang, this.planLang);
    return lang && lang !== this.displayLang ? lang : undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-collaboration': PlanCollaboration;
  }
}
