import { html, isServer, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PlanElement } from '../../core/plan-element.js';
import { sharedStyles } from '../../core/shared.styles.js';
import { ContainerSizeController } from '../../core/container-size.js';
import { whenIdle, type IdleDeadline } from '../../core/idle.js';
import type { PlanSelectDetail } from '../../core/events.js';
import { ui } from '../../schema/messages.js';
import type { PlanDocument, PlanNode } from '../../schema/types.js';
import {
  GOAL_COLORS,
  VISION_ID,
  branchPath,
  layoutCallout,
  layoutTree,
  planItems,
  visibleItems,
  type TextLine,
  type TreeItem,
  type TreeLayout,
  type TreeOrientation,
  type VisionWriting,
} from './layout.js';
import { planTreeStyles } from './plan-tree.styles.js';
import { splitIntoBands } from './bands.js';
import { readOverrides } from '../../theme/host.js';
import type { Scheme } from '../../theme/define.js';
import { treeTheme } from '../../theme/tree.js';
import type { FileWriters } from '../../export/load.js';
import { parseToday } from '../../progress/today.js';
import { nodeMarks } from './marks.js';
import { renderItem } from '../../scene/dom.js';
import {
  bandsToPaint,
  drawAllBands,
  drawBand,
  drawBandOf,
  drawBandsWithin,
  drawTree,
  markPath,
  markSelected,
  paintBands,
  scaleDrawing,
  setTabbable,
  type TreeDrawing,
} from './draw.js';

/** Below this container width (px) `layout="auto"` shows the outline instead of the diagram. */
export const OUTLINE_BELOW = 600;

/** Width (px) of a node's SDG squares and roll-up in the outline. */
const OUTLINE_MARKS_WIDTH = 200;

/** Outline levels that indent further; deeper ones line up with the last. */
const OUTLINE_INDENTS = 6;

/** An attribute's number; empty or not a number means "not set". */
function optionalNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function joinWords(parts: string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}

/** Bands painted away from the screen per idle period (the browser lays them out in the next frame). */
const BANDS_PAINTED_PER_STEP = 4;

/** The diagram is scaled to its container between these factors; beyond them it scrolls or stops growing. */
const MIN_SCALE = 0.8;
const MAX_SCALE = 1.15;

export type TreeLayoutMode = 'auto' | 'diagram' | 'outline';

/**
 * The plan's 体系図: the vision (基本理念) at the left, its goals (基本目標) in the next column,
 * their measures (施策) in the next, deeper levels further right, joined by elbow connectors.
 * Siblings that share a `group` are bracketed under the group's name; every goal has its own
 * colour, carried to everything below it. Below 600 px of container width it becomes an
 * indented outline. It is one WAI-ARIA tree: arrow keys walk it, Enter or Space chooses a node.
 * The chosen (`selected`) node has a heavier outline, a tick on its corner and `aria-selected`,
 * its path to the vision drawn heavier too; Escape, or choosing it again, clears the selection
 * here and in the elements linked to the tree. With `presentation` the whole diagram is scaled
 * to fit the element's box (never the outline), with heavier lines. A diagram taller than a
 * screen and a half draws that much at once and the rest as it scrolls near or while the page
 * is idle; every node is in the tree for screen readers and the keyboard from the start, and
 * print, `toSVG()` and `toPNG()` always have the whole diagram.
 *
 * @summary The vision → goals → measures diagram of a plan (体系図).
 *
 * @fires plan-select - A node was chosen (click, Enter or Space); `detail` is `{ id, node }`. For the vision, `id` is `#vision` and `node` holds the vision's text as its title and the goals as its children.
 * @fires plan-deselect - The selection was cleared (`clearSelection()`, Escape, or the selected node chosen again); linked elements clear theirs too.
 * @fires plan-error - The plan could not be loaded or is not valid; the element shows why.
 *
 * @csspart node - A node (the vision, a goal, a measure …): an SVG group with its box (`rect`) and text. In the outline, each list item.
 * @csspart link - A connector between a parent and a child.
 * @csspart group - A group's name and bracket (〈人づくり〉 …).
 * @csspart diagram - The scrolling box around the SVG.
 * @csspart outline - The outline list shown in narrow containers.
 * @csspart message - The note above the tree when `node` names no node of the plan.
 * @csspart error - The panel shown when the plan cannot be drawn.
 *
 * @cssprop [--plan-tree-goal-1-color=#1d5a9e] - Goal 1's colour: its box, and the borders and labels below it (goal 7 takes goal 1's again, and so on).
 * @cssprop [--plan-tree-goal-2-color=#b03a14] - Goal 2's colour.
 * @cssprop [--plan-tree-goal-3-color=#2a7232] - Goal 3's colour.
 * @cssprop [--plan-tree-goal-4-color=#743b96] - Goal 4's colour.
 * @cssprop [--plan-tree-goal-5-color=#835700] - Goal 5's colour.
 * @cssprop [--plan-tree-goal-6-color=#0b6c71] - Goal 6's colour.
 * @cssprop [--plan-tree-goal-1-tint=#eef4fb] - Background of the boxes under goal 1.
 * @cssprop [--plan-tree-goal-2-tint=#fcf0ea] - Background of the boxes under goal 2.
 * @cssprop [--plan-tree-goal-3-tint=#eef7ee] - Background of the boxes under goal 3.
 * @cssprop [--plan-tree-goal-4-tint=#f5eff9] - Background of the boxes under goal 4.
 * @cssprop [--plan-tree-goal-5-tint=#fbf5e4] - Background of the boxes under goal 5.
 * @cssprop [--plan-tree-goal-6-tint=#e8f4f4] - Background of the boxes under goal 6.
 * @cssprop [--plan-tree-goal-text-color=#ffffff] - Text on a goal's colour.
 * @cssprop [--plan-tree-text-color=#1b1b1b] - Text of measures and deeper levels.
 * @cssprop [--plan-tree-vision-color=#23344d] - The vision's box.
 * @cssprop [--plan-tree-vision-text-color=#ffffff] - The vision's text.
 * @cssprop [--plan-tree-pending-color=#ffffff] - Background of a node whose title is not yet set.
 * @cssprop [--plan-tree-pending-text-color=#4d4d4d] - Its text.
 * @cssprop [--plan-tree-pending-border-color=#6b6b6b] - Its dashed border.
 * @cssprop [--plan-tree-link-color=#767c86] - Connectors.
 * @cssprop [--plan-tree-focus-color=#0b57d0] - The focus ring.
 * @cssprop [--plan-tree-background=#ffffff] - Behind the diagram.
 *
 * Dark and forced-colours defaults: src/theme/tree.ts (a test checks these defaults against it).
 */
@customElement('plan-tree')
export class PlanTree extends PlanElement {
  static override styles = [sharedStyles, planTreeStyles];

  /** `horizontal`: levels left to right (the usual 体系図); `vertical`: levels top down, for portrait pages. */
  @property({ reflect: true }) orientation: TreeOrientation = 'horizontal';

  /** `vertical` writes the vision top to bottom (縦書き). */
  @property({ attribute: 'vision-writing', reflect: true }) visionWriting: VisionWriting = 'horizontal';

  /** Lines of a title before it is cut with "…" (the full title stays in the accessible name). */
  @property({ attribute: 'max-lines', type: Number, reflect: true }) maxLines = 3;

  /** Levels shown expanded when the plan loads: 0 shows only the vision, 1 also the goals, …; unset shows everything. */
  @property({
    attribute: 'expand-depth',
    reflect: true,
    converter: { fromAttribute: optionalNumber, toAttribute: (value?: number) => (value === undefined ? null : String(value)) },
  })
  expandDepth?: number;

  /** `auto` draws the diagram, or the outline when the element is narrower than 600 px; `diagram` and `outline` force one. */
  @property({ reflect: true }) layout: TreeLayoutMode = 'auto';

  /**
   * The id of a node (`2`, `2-4` …) to show with its branch only: the way from the vision down
   * to it, and everything under it; for a slide per goal. Numbering, colours and positions
   * ("2 of 3") stay those of the whole plan. An id that is not in the plan shows the whole tree
   * with a note that says so.
   */
  @property({ reflect: true }) node?: string;

  /**
   * `off` hides the grade roll-up: by default, when the plan has indicators, every node shows
   * the grades of the indicators under it (its own and its descendants') as a small stacked bar
   * with the count of each grade, and says them in its description for screen readers.
   */
  @property({ reflect: true }) rollup: 'on' | 'off' = 'on';

  /** The date progress is judged at (`YYYY-MM-DD`) when a current value has neither a date nor a fiscal year; default the real today. */
  @property() today?: string;

  /** Ids of the nodes whose children are hidden. */
  @state() private collapsed: ReadonlySet<string> = new Set();
  /** The treeitem that takes Tab (roving tabindex). */
  @state() private focusId: string = VISION_ID;
  @state() private hoverId?: string;
  @state() private focusWithin = false;
  /** Focus came from the keyboard (the browser's :focus-visible), so the ring shows. */
  @state() private focusVisible = false;
  /** The element's own box, followed with a ResizeObserver; its height only in presentation. */
  private readonly container = new ContainerSizeController(this, () => this.presentation);

  private root?: TreeItem;
  private marksSvgs = new WeakMap<TreeItem, SVGSVGElement>();
  private visible: TreeItem[] = [];
  private byId = new Map<string, TreeItem>();
  private diagram?: TreeLayout;
  private drawing?: TreeDrawing;
  private inputs?: readonly unknown[];
  /** A `node` that is not in the plan (the whole tree is shown, with a note). */
  private unknownBranch?: string;
  private moveFocus = false;
  /** Builds the bands that come near the screen (see draw.ts). */
  private bandObserver?: IntersectionObserver;
  /** The drawing whose bands are being built when the browser is idle. */
  private idleDrawing?: TreeDrawing;

  /** The current diagram's numbers (boxes, connectors, viewBox); undefined in outline mode or without a plan. */
  get treeLayout(): TreeLayout | undefined {
    return this.diagram;
  }

  /** Whether the outline (rather than the diagram) is shown. */
  get showsOutline(): boolean {
    if (this.layout === 'outline') return true;
    if (this.layout === 'diagram' || this.presentation) return false;
    return this.container.width > 0 && this.container.width < OUTLINE_BELOW;
  }

  /** Shows the children of a node. */
  expand(id: string): void {
    if (!this.collapsed.has(id)) return;
    const next = new Set(this.collapsed);
    next.delete(id);
    this.setCollapsed(next);
  }

  /** Hides the children of a node. */
  collapse(id: string): void {
    if (this.collapsed.has(id)) return;
    this.setCollapsed(new Set(this.collapsed).add(id));
  }

  private setCollapsed(collapsed: ReadonlySet<string>): void {
    this.collapsed = collapsed;
    // Items after a change are redrawn in other elements: keep focus on the same node.
    if (this.focusWithin) this.moveFocus = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    // Back after a removal: draw the bands taken out then.
    if (this.hasUpdated && this.diagram && !this.drawing) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    this.releaseDrawing();
  }

  private stopBuildingBands(): void {
    this.bandObserver?.disconnect();
    this.bandObserver = undefined;
    this.idleDrawing = undefined;
  }

  /** The file of the diagram (also when the outline is shown): its layout as a scene, serialized; nothing is read back from the screen. */
  protected override sceneSVG(writers: FileWriters, scheme: Scheme): string | undefined {
    const plan = this.planDocument;
    if (!plan) return undefined;
    const lang = this.displayLang;
    const layout =
      this.diagram ??
      layoutTree(plan, {
        lang,
        collapsed: this.collapsed,
        orientation: this.orientation,
        visionWriting: this.visionWriting,
        maxLines: this.maxLines,
        branch: this.node || undefined,
        rollup: this.rollup !== 'off',
        today: parseToday(this.today),
      });
    return writers.treeLayoutSVG(layout, plan, lang, { presentation: this.presentation, scheme, overrides: readOverrides(this, treeTheme) });
  }

  /** A printed tree is drawn whole. */
  private onBeforePrint = (): void => this.completeDrawing();

  protected override completeDrawing(): void {
    if (this.drawing) drawAllBands(this.drawing);
  }

  /**
   * Bands not built with the first screen are built as they come within a screen of it, and
   * the rest, top down, whenever the browser is idle; then, for a drawing that is not huge, the
   * bands away from the screen are painted too, a few per idle period (see paintBands).
   */
  private buildBandsLater(drawing: TreeDrawing): void {
    if ((drawing.waiting === 0 && !bandsToPaint(drawing)) || this.idleDrawing === drawing) return;
    this.bandObserver?.disconnect();
    this.bandObserver = undefined;
    if (drawing.waiting > 0 && typeof IntersectionObserver === 'function') {
      const observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            const index = drawing.svgs.indexOf(entry.target as SVGSVGElement);
            if (index >= 0) drawBand(drawing, index);
            observer.unobserve(entry.target);
          }
          if (drawing.waiting === 0) observer.disconnect();
        },
        { rootMargin: '100% 0px' },
      );
      drawing.svgs.forEach((svg, i) => {
        if (!drawing.built[i]) observer.observe(svg);
      });
      this.bandObserver = observer;
    }
    this.idleDrawing = drawing;
    const step = (deadline: IdleDeadline) => {
      if (this.drawing !== drawing || this.idleDrawing !== drawing) return;
      if (drawing.waiting > 0) {
        let next = drawing.built.indexOf(false);
        while (next >= 0) {
          drawBand(drawing, next);
          if (deadline.timeRemaining() < 4) break;
          next = drawing.built.indexOf(false, next);
        }
      } else {
        paintBands(drawing, BANDS_PAINTED_PER_STEP);
      }
      if (drawing.waiting > 0 || bandsToPaint(drawing)) whenIdle(step);
      else this.stopBuildingBands();
    };
    whenIdle(step);
  }

  /**
   * Chromium keeps a removed element's `content-visibility` bands (and so the element) alive
   * until its next look at what is on screen; taking the bands out lets the element go at
   * once. Drawn again if the element comes back.
   */
  private releaseDrawing(): void {
    this.stopBuildingBands();
    if (!this.drawing) return;
    for (const band of this.drawing.svgs) band.remove();
    this.drawing = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('expandDepth') || (changed as PropertyValues).has('planDocument')) this.resetCollapsed();
  }

  private resetCollapsed(): void {
    const plan = this.planDocument;
    const limit = this.expandDepth;
    const collapsed = new Set<string>();
    if (plan && limit !== undefined && Number.isFinite(limit)) {
      if (limit <= 0) collapsed.add(VISION_ID);
      const walk = (nodes: readonly PlanNode[], depth: number) => {
        for (const node of nodes) {
          if (!node.children?.length) continue;
          if (depth >= limit) collapsed.add(node.id);
          walk(node.children, depth + 1);
        }
      };
      walk(plan.goals, 1);
    }
    this.collapsed = collapsed;
    this.focusId = VISION_ID;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Focus and hover change a few attributes and classes of the drawing, not the drawing.
    if (this.drawing && this.diagram) {
      setTabbable(this.drawing, this.focusId);
      markPath(this.drawing, this.pathIds(), this.activeId);
      markSelected(this.drawing, this.selected || undefined);
      this.buildBandsLater(this.drawing);
    }
    if (this.moveFocus) {
      this.moveFocus = false;
      // The box is drawn before the focus scrolls to it.
      const item = this.byId.get(this.focusId);
      if (this.drawing && item) drawBandOf(this.drawing, item.index);
      this.itemElement(this.focusId)?.focus();
    }
  }

  private itemElement(id: string): HTMLElement | SVGElement | null {
    return this.renderRoot.querySelector<HTMLElement | SVGElement>(`[role="treeitem"][data-id="${CSS.escape(id)}"]`);
  }

  protected renderPlan(plan: PlanDocument): TemplateResult {
    this.prepare(plan);
    const name = this.text(plan.plan.title);
    const drawn = this.diagram ? this.renderDiagram(this.diagram, name) : this.renderOutline(name);
    return this.unknownBranch === undefined ? drawn : html`<p part="message" role="status">${this.message(ui.unknownBranch(this.unknownBranch))}</p>${drawn}`;
  }

  /** Lays the tree out again only when something it depends on changed (not on hover or focus). */
  private prepare(plan: PlanDocument): void {
    // On a slide the columns are widened to the container's shape (to a tenth of its aspect ratio).
    const { width, height } = this.container;
    const aspect = this.presentation && width > 0 && height > 0 ? Math.round((width / height) * 10) / 10 : undefined;
    const branch = this.node || undefined;
    const inputs = [
      plan,
      this.displayLang,
      this.collapsed,
      this.showsOutline,
      this.orientation,
      this.visionWriting,
      this.maxLines,
      aspect,
      branch,
      this.rollup,
      this.today,
    ] as const;
    if (this.inputs && inputs.every((value, i) => value === this.inputs![i])) return;
    this.inputs = inputs;
    const [, lang, collapsed, outline] = inputs;
    const rollup = this.rollup !== 'off';
    const today = parseToday(this.today);
    this.unknownBranch = branch !== undefined && branchPath(plan, branch) === undefined ? branch : undefined;
    if (outline) {
      this.stopBuildingBands();
      this.diagram = undefined;
      this.drawing = undefined;
      this.root = planItems(plan, { lang, collapsed, branch, rollup, today });
    } else {
      this.diagram = layoutTree(plan, {
        lang,
        collapsed,
        orientation: this.orientation,
        visionWriting: this.visionWriting,
        maxLines: this.maxLines,
        aspect,
        branch,
        rollup,
        today,
      });
      this.root = this.diagram.nodes[0]!.item;
    }
    // The diagram's nodes are the items shown, in reading order: no second walk of the tree.
    this.visible = this.diagram ? this.diagram.nodes.map((n) => n.item) : visibleItems(this.root);
    this.byId = new Map(this.visible.map((item) => [item.id, item]));
    if (!this.byId.has(this.focusId)) this.focusId = VISION_ID;
  }

  // -------------------------------------------------------------------------
  // Diagram

  private get activeId(): string | undefined {
    return this.hoverId ?? (this.focusWithin ? this.focusId : undefined);
  }

  /** Ids of the active and the selected node and their ancestors up to the vision. */
  private pathIds(): Set<string> {
    const ids = new Set<string>();
    for (const start of [this.activeId, this.selected]) {
      let item = start === undefined ? undefined : this.byId.get(start);
      while (item) {
        ids.add(item.id);
        item = item.parentId === undefined ? undefined : this.byId.get(item.parentId);
      }
    }
    return ids;
  }

  /** The drawing of this layout at this scale: built once per layout, resized in place. */
  private drawingFor(layout: TreeLayout, scale: number): TreeDrawing {
    if (this.drawing?.layout !== layout) {
      this.stopBuildingBands();
      this.drawing = drawTree(layout, splitIntoBands(layout), { lang: this.displayLang, pendingText: this.pendingText(), focusId: this.focusId, scale });
      // The first screen and a half is built now, the rest later (see buildBandsLater); a slide
      // (shown whole), and where nothing can follow the screen (a server), all at once.
      const screen = (typeof innerHeight === 'number' && innerHeight > 0 ? innerHeight : 800) * 1.5;
      const top = layout.viewBox.y;
      if (this.presentation || isServer || typeof IntersectionObserver !== 'function') drawAllBands(this.drawing);
      else drawBandsWithin(this.drawing, top, top + screen / Math.max(scale, 0.1));
    } else {
      scaleDrawing(this.drawing, scale);
    }
    return this.drawing;
  }

  private renderDiagram(layout: TreeLayout, name: string): TemplateResult {
    const vb = layout.viewBox;
    const scale =
      this.presentation && this.container.width > 0 && this.container.height > 0 && vb.width > 0 && vb.height > 0
        ? Math.min(this.container.width / vb.width, this.container.height / vb.height)
        : this.container.width > 0
          ? Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.container.width / vb.width))
          : 1;
    const drawing = this.drawingFor(layout, scale);
    const active = this.activeId;
    const activeItem = active === undefined ? undefined : this.byId.get(active);
    const activeNode = activeItem ? layout.nodes[activeItem.index] : undefined;
    const callout = activeNode ? layoutCallout(activeNode.box, this.calloutText(activeNode.item), vb, activeNode.item.titleLang) : undefined;
    const height = vb.width > 0 ? (vb.height * drawing.width) / vb.width : vb.height;
    // The bands are built with the DOM (draw.ts) and placed here as they are. The SVG on top
    // holds the treeitems (invisible boxes over the drawn ones) and what follows focus and
    // hover, so that neither redraws a band.
    return html`<div class="scroller" part="diagram">
      <div
        class="canvas"
        role="tree"
        aria-label=${name}
        @keydown=${this.onKeyDown}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
        @pointerover=${this.onPointerOver}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
      >
        ${drawing.svgs}
        <svg class="overlay" role="none" viewBox="${vb.x} ${vb.y} ${vb.width} ${vb.height}" width=${drawing.width} height=${Math.round(height * 1000) / 1000}>
          ${drawing.readerLayer}
          <g aria-hidden="true">
            ${this.renderSelection(layout)} ${this.renderRing(layout)}
            ${
              callout
                ? svg`<g class="callout">
                  <rect x=${callout.box.x} y=${callout.box.y} width=${callout.box.width} height=${callout.box.height} rx="4"></rect>
                  ${callout.lines.map((l) => this.renderLine(l))}
                </g>`
                : nothing
            }
          </g>
        </svg>
      </div>
    </div>`;
  }

  /** The focus ring, drawn around the box (not on it) so that it shows on every goal colour. */
  private renderRing(layout: TreeLayout): SVGTemplateResult | typeof nothing {
    const focused = this.focusVisible ? this.byId.get(this.focusId) : undefined;
    const b = focused ? layout.nodes[focused.index]?.box : undefined;
    if (!b) return nothing;
    return svg`<rect class="ring" x=${b.x - 4} y=${b.y - 4} width=${b.width + 8} height=${b.height + 8} rx="6"></rect>`;
  }

  /** A badge with a tick on the selected box's corner: the selection is not shown by colour and line width alone. */
  private renderSelection(layout: TreeLayout): SVGTemplateResult | typeof nothing {
    const selected = this.selected ? this.byId.get(this.selected) : undefined;
    const b = selected ? layout.nodes[selected.index]?.box : undefined;
    if (!b) return nothing;
    const x = b.x;
    const y = b.y;
    return svg`<g class="selection-marker"><circle cx=${x} cy=${y} r="9"></circle><path d="M${x - 4.5},${y}l3,3.2l6,-6.4"></path></g>`;
  }

  /** The group and the description (the box itself shows the SDGs and the roll-up). */
  private calloutText(item: TreeItem): string {
    return joinWords([item.group, item.description]);
  }

  /** One line of text; the common case (left-aligned, horizontal, in the page's language) binds the least. */
  private renderLine(l: TextLine, lang?: string): SVGTemplateResult {
    const classes = l.bold ? `${l.kind} bold` : l.kind;
    if (l.anchor === 'start' && !l.vertical && lang === undefined) {
      return svg`<text class=${classes} x=${l.x} y=${l.y} font-size=${l.fontSize}>${l.text}</text>`;
    }
    return svg`<text
      class=${classes}
      x=${l.x}
      y=${l.y}
      font-size=${l.fontSize}
      text-anchor=${l.anchor === 'middle' ? 'middle' : nothing}
      writing-mode=${l.vertical ? 'vertical-rl' : nothing}
      lang=${lang ?? nothing}
    >${l.text}</text>`;
  }

  // -------------------------------------------------------------------------
  // Outline

  /**
   * The outline is one flat list of treeitems with levels, like the diagram: nesting them would
   * put every descendant's text into each item's visible name.
   */
  private renderOutline(name: string): TemplateResult {
    const active = this.activeId;
    let lastGroup = '';
    let lastParent: string | undefined;
    return html`<ul class="outline" part="outline" role="tree" aria-label=${name} @keydown=${this.onKeyDown} @click=${this.onClick} @pointerover=${this.onPointerOver} @pointerleave=${this.onPointerLeave} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
      ${this.visible.map((item) => {
        if (item.parentId !== lastParent) lastGroup = '';
        lastParent = item.parentId;
        const header = item.group !== '' && item.group !== lastGroup;
        lastGroup = item.group;
        const marks = this.outlineMarks(item);
        return html`${header ? html`<li class=${`group-name ${this.levelClass(item)}`} aria-hidden="true">${item.group}</li>` : nothing}${this.renderOutlineItem(item, active)}${marks === nothing ? nothing : html`<li class=${`marks ${this.levelClass(item)}`} aria-hidden="true">${marks}</li>`}`;
      })}
    </ul>`;
  }

  private levelClass(item: TreeItem): string {
    const goal = item.goalIndex < 0 ? '' : ` goal-${(item.goalIndex % GOAL_COLORS) + 1}`;
    return `level-${Math.min(item.depth, OUTLINE_INDENTS)}${goal}`;
  }

  private renderOutlineItem(item: TreeItem, active: string | undefined): TemplateResult {
    const kind = item.depth === 0 ? ' vision' : item.depth === 1 ? ' goal' : '';
    const label = joinWords([item.label, item.pending ? this.pendingText() : '']);
    return html`<li
      part="node"
      role="treeitem"
      class=${`item${kind} ${this.levelClass(item)}${item.pending ? ' pending' : ''}${item.id === this.selected ? ' selected' : ''}`}
      data-id=${item.id}
      tabindex=${item.id === this.focusId ? 0 : -1}
      aria-level=${item.level}
      aria-setsize=${item.setSize}
      aria-posinset=${item.posInSet}
      aria-expanded=${item.hasChildren ? String(item.expanded) : nothing}
      aria-selected=${item.id === this.selected ? 'true' : nothing}
      aria-label=${item.name}
      aria-description=${item.accessibleDescription || nothing}
    >
      <div class="row">
        ${item.id === this.selected ? html`<span class="selection-marker" aria-hidden="true"></span>` : nothing}
        <span class="texts">
          ${label ? html`<span class="label">${label}</span>` : nothing}
          <span class="title" lang=${item.titleLang ?? nothing}>${item.title}</span>
          ${item.description !== '' && active === item.id ? html`<span class="description" aria-hidden="true">${item.description}</span>` : nothing}
        </span>
        ${item.hasChildren ? html`<span class="disclosure" aria-hidden="true" data-toggle=${item.id}>${item.expanded ? '−' : '+'}</span>` : nothing}
      </div>
    </li>`;
  }

  /**
   * A node's SDG squares and roll-up in the outline: the diagram's marks (marks.ts), as a small
   * SVG under its item, made once per item. Outside the item (hidden from the tree): a
   * treeitem's name must hold the words shown in it, and these are in its description.
   */
  private outlineMarks(item: TreeItem): SVGSVGElement | typeof nothing {
    let svg = this.marksSvgs.get(item);
    if (!svg && !isServer) {
      const marks = nodeMarks(item, OUTLINE_MARKS_WIDTH, this.displayLang);
      if (!marks) return nothing;
      svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      for (const [name, value] of [
        ['class', 'marks'],
        ['aria-hidden', 'true'],
        ['width', OUTLINE_MARKS_WIDTH],
        ['height', marks.height],
        ['viewBox', `0 0 ${OUTLINE_MARKS_WIDTH} ${marks.height}`],
      ])
        svg.setAttribute(String(name), String(value));
      for (const mark of marks.items) renderItem(svg, mark);
      this.marksSvgs.set(item, svg);
    }
    return svg ?? nothing;
  }

  private pendingText(): string {
    return this.message(ui.pending);
  }

  // -------------------------------------------------------------------------
  // Interaction

  private idFrom(event: Event, attribute: 'data-id' | 'data-toggle'): string | undefined {
    for (const target of event.composedPath()) {
      if (target === this) break;
      if (target instanceof Element && target.hasAttribute(attribute)) return target.getAttribute(attribute) ?? undefined;
    }
    return undefined;
  }

  private onPointerOver = (event: PointerEvent): void => {
    const id = this.idFrom(event, 'data-id');
    if (id !== this.hoverId) this.hoverId = id;
  };

  private onPointerLeave = (): void => {
    this.hoverId = undefined;
  };

  private onFocusIn = (event: FocusEvent): void => {
    const id = this.idFrom(event, 'data-id');
    if (id !== undefined) this.focusId = id;
    this.focusWithin = true;
    this.focusVisible = event.target instanceof Element && event.target.matches(':focus-visible');
  };

  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !this.renderRoot.contains(next)) this.focusWithin = this.focusVisible = false;
  };

  private onClick = (event: MouseEvent): void => {
    const toggle = this.idFrom(event, 'data-toggle');
    const id = this.idFrom(event, 'data-id');
    if (id === undefined) return;
    this.focusId = id;
    this.moveFocus = true;
    if (toggle !== undefined) this.toggle(toggle);
    else this.select(id);
  };

  private toggle(id: string): void {
    if (this.collapsed.has(id)) this.expand(id);
    else this.collapse(id);
  }

  /** Chooses a node; choosing the selected node again clears the selection. */
  private select(id: string): void {
    const plan = this.planDocument;
    if (!plan) return;
    if (this.selected === id) {
      this.clearSelection();
      return;
    }
    const node: PlanNode | undefined = id === VISION_ID ? { id, label: plan.vision.label, title: plan.vision.text, children: plan.goals } : this.byId.get(id)?.node;
    if (!node) return;
    const detail: PlanSelectDetail = { id, node };
    this.dispatchEvent(new CustomEvent('plan-select', { detail, bubbles: true, composed: true }));
  }

  private focusItem(id: string): void {
    this.focusId = id;
    this.moveFocus = true;
    this.requestUpdate();
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.visible;
    const item = this.byId.get(this.focusId);
    if (!item) return;
    const index = item.index;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        if (index + 1 < items.length) this.focusItem(items[index + 1]!.id);
        break;
      case 'ArrowUp':
        if (index > 0) this.focusItem(items[index - 1]!.id);
        break;
      case 'Home':
        this.focusItem(items[0]!.id);
        break;
      case 'End':
        this.focusItem(items[items.length - 1]!.id);
        break;
      case 'ArrowRight':
        if (item.hasChildren && !item.expanded) this.expand(item.id);
        else if (item.children[0]) this.focusItem(item.children[0].id);
        break;
      case 'ArrowLeft':
        if (item.expanded) this.collapse(item.id);
        else if (item.parentId !== undefined) this.focusItem(item.parentId);
        break;
      case 'Enter':
      case ' ':
        this.select(item.id);
        break;
      case 'Escape':
        if (!this.selected) handled = false;
        else this.clearSelection();
        break;
      case '*': {
        const siblings = items.filter((other) => other.parentId === item.parentId && other.hasChildren && !other.expanded);
        if (siblings.length > 0) {
          const next = new Set(this.collapsed);
          for (const sibling of siblings) next.delete(sibling.id);
          this.setCollapsed(next);
        }
        break;
      }
      default:
        handled = event.key.length === 1 && this.typeAhead(event.key, index);
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  /** Moves to the next item whose name starts with the typed character. */
  private typeAhead(key: string, from: number): boolean {
    const items = this.visible;
    const wanted = key.toLocaleLowerCase();
    for (let step = 1; step <= items.length; step++) {
      const candidate = items[(from + step) % items.length]!;
      const text = (candidate.label || candidate.title).toLocaleLowerCase();
      if (text.startsWith(wanted)) {
        this.focusItem(candidate.id);
        return true;
      }
    }
    return false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-tree': PlanTree;
  }
}
